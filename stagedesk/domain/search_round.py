"""The current search round and the rejections in it: how often this search was turned down.

A search round starts at enrolment, on the day a placement was broken off, and on the day after
a placement ended (domain.search_status, rule 5). The attention list flags a searching student
with many rejections in the current round; earlier rounds' rejections led to a place and say
nothing about this search.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from stagedesk.domain.enums import ApplicationStatus
from stagedesk.domain.search_status import CaseFacts, PlacementFact

_DAY = timedelta(days=1)


def round_started_on(placements: Iterable[PlacementFact], today: date) -> date | None:
    """The first day of the current round as placements over on ``today`` set it; None when
    none is over (the round started at enrolment)."""
    starts = []
    for p in placements:
        if p.ended_early_on is not None and p.ended_early_on <= today:
            starts.append(p.ended_early_on)
        elif p.end < today:
            starts.append(p.end + _DAY)
    return max(starts, default=None)


def rejections_this_round(facts: CaseFacts, today: date) -> tuple[int, date | None]:
    """How many applications were rejected in the current round, and the last one's date."""
    start = round_started_on(facts.placements, today)
    dates = [
        a.changed_on
        for a in facts.applications
        if a.status == ApplicationStatus.REJECTED and (start is None or a.changed_on >= start)
    ]
    return len(dates), max(dates, default=None)
