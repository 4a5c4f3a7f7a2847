"""Derive where a student stands in the search for a bpv place, and since when, from the facts.

Nobody types the search status; ``derive_search_status`` computes it from the case's
enrolment, applications and placements as they stand on ``today``. "Since" is the first day
on which the status holds. The rules, first match wins:

1. **STOPPED** since ``stopped_on`` once that day has come. Stopping a case is expected to
   end its placements and close its applications; resuming it means clearing ``stopped_on``
   and setting ``search_started_on`` to the day of resumption.
2. Placements ended early (``ended_early_on`` on or before today) are ignored; the student is
   back to searching from that day. Placements whose end passed without a complete POK are
   ignored too: without a POK there was no valid bpv.
3. A running placement (start ≤ today ≤ end): **IN_BPV** if its POK is complete, since the
   start (or the day the POK was completed, if later); else **PLACED_AWAITING_POK** since
   the placement was recorded. A placement without a complete POK is not a valid bpv.
4. Else the nearest future placement: **PLACED** since its POK was completed (or the
   placement was recorded, if that date is unknown); without a complete POK
   **PLACED_AWAITING_POK** since the placement was recorded.
5. The *round*: a search round starts at enrolment and again the day after each placement
   ends (or the day it was ended early). Only applications changed during the current round,
   and a ``search_started_on`` inside it, count; older ones belong to an earlier round.
6. An accepted application in this round without a placement yet: **PLACED_AWAITING_POK**
   since the (earliest) acceptance.
7. An open application (sent … offered) in this round: **APPLYING** since the start of the
   unbroken run of open applications that reaches today. An application counts as open from
   its ``created_on`` until its ``changed_on`` if it is closed now, or until today.
8. The round started after a completed bpv and nothing happened since: **COMPLETED** since
   the day after the last completed placement's end.
9. Any search activity in this round (``search_started_on``, any application, or a round
   started by a placement ending without a valid bpv): **SEARCHING** since the latest of the
   round start, ``search_started_on`` (without it: the first application's ``created_on``)
   and the last change of a closed application.
10. Else **NOT_STARTED** since ``enrolled_on``.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from stagedesk.domain.applications import is_open
from stagedesk.domain.enums import ApplicationStatus, SearchStatus
from stagedesk.domain.errors import TransitionRefused

MACHINE = "search_status"
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ApplicationFact:
    """An application as it stands: current status, when created and last changed."""

    status: ApplicationStatus
    created_on: date
    changed_on: date
    # Only ``current_company`` reads these: opaque ids, whatever the store uses.
    id: Hashable | None = None
    company_id: Hashable | None = None


@dataclass(frozen=True)
class PlacementFact:
    """A placement (bpv-plaatsing) as it stands, with whether its POK is complete."""

    start: date
    end: date
    pok_complete: bool
    pok_completed_on: date | None
    created_on: date
    ended_early_on: date | None = None
    company_id: Hashable | None = None
    application_id: Hashable | None = None


@dataclass(frozen=True)
class CaseFacts:
    """Everything ``derive_search_status`` needs to know about one student's case."""

    enrolled_on: date
    applications: tuple[ApplicationFact, ...] = ()
    placements: tuple[PlacementFact, ...] = ()
    search_started_on: date | None = None
    stopped_on: date | None = None


_St = SearchStatus
# The natural progression through one bpv period; STOPPED (left the programme) last.
ORDER: tuple[SearchStatus, ...] = (
    _St.NOT_STARTED,
    _St.SEARCHING,
    _St.APPLYING,
    _St.PLACED_AWAITING_POK,
    _St.PLACED,
    _St.IN_BPV,
    _St.COMPLETED,
    _St.STOPPED,
)

_PLACEMENT = frozenset({_St.PLACED_AWAITING_POK, _St.PLACED})
# A new placement may be recorded at any point of the search, even when it has a signed POK
# or has already started (BBL students often enrol with a leerbaan).
_TO_PLACEMENT = _PLACEMENT | {_St.IN_BPV}

# Status changes one event can cause between two derivations (an unchanged status is no
# change and always accepted by ``check_transition``).
TRANSITIONS: Mapping[SearchStatus, frozenset[SearchStatus]] = MappingProxyType(
    {
        _St.NOT_STARTED: frozenset({_St.SEARCHING, _St.APPLYING, *_TO_PLACEMENT, _St.STOPPED}),
        # All open applications closed → SEARCHING; an acceptance → PLACED_AWAITING_POK.
        _St.SEARCHING: frozenset({_St.APPLYING, *_TO_PLACEMENT, _St.STOPPED}),
        _St.APPLYING: frozenset({_St.SEARCHING, *_TO_PLACEMENT, _St.STOPPED}),
        # POK completed → PLACED or IN_BPV; placement falls through → back to the search.
        _St.PLACED_AWAITING_POK: frozenset(
            {_St.PLACED, _St.IN_BPV, _St.SEARCHING, _St.APPLYING, _St.STOPPED}
        ),
        # POK cancelled → awaiting a new one; start date reached → IN_BPV.
        _St.PLACED: frozenset(
            {_St.PLACED_AWAITING_POK, _St.IN_BPV, _St.SEARCHING, _St.APPLYING, _St.STOPPED}
        ),
        # Ended → COMPLETED, or the next placement; broken off → SEARCHING (a new round).
        _St.IN_BPV: frozenset({_St.COMPLETED, *_PLACEMENT, _St.SEARCHING, _St.STOPPED}),
        # A next bpv period starts a new round: a search, or a placement recorded directly.
        _St.COMPLETED: frozenset({_St.SEARCHING, _St.APPLYING, *_TO_PLACEMENT, _St.STOPPED}),
        _St.STOPPED: frozenset({_St.SEARCHING}),
    }
)


def check_transition(old: SearchStatus, new: SearchStatus) -> None:
    """Raise ``TransitionRefused`` if no single event turns ``old`` into ``new``."""
    if old != new and new not in TRANSITIONS[old]:
        raise TransitionRefused(MACHINE, old.value, new.value, "not a plausible change")


def _broken_off(placement: PlacementFact, today: date) -> bool:
    return placement.ended_early_on is not None and placement.ended_early_on <= today


def _placement_status(
    placements: list[PlacementFact], today: date
) -> tuple[SearchStatus, date] | None:
    """Rules 3 and 4: the status a running or future placement gives, if any."""
    running = [p for p in placements if p.start <= today <= p.end]
    with_pok = [p for p in running if p.pok_complete]
    if with_pok:
        return _St.IN_BPV, min(max(p.start, p.pok_completed_on or p.start) for p in with_pok)
    if running:
        return _St.PLACED_AWAITING_POK, min(p.created_on for p in running)
    future = sorted(
        (p for p in placements if p.start > today), key=lambda p: (p.start, p.pok_complete)
    )
    if not future:
        return None
    nearest = future[0]
    if nearest.pok_complete:
        return _St.PLACED, nearest.pok_completed_on or nearest.created_on
    return _St.PLACED_AWAITING_POK, nearest.created_on


def _applying_since(apps: list[ApplicationFact], today: date) -> date:
    """Rule 7: the start of the run of overlapping open periods that reaches today."""
    periods = sorted(
        (a.created_on, today if is_open(a.status) else a.changed_on)
        for a in apps
        if a.status != ApplicationStatus.DRAFT
    )
    run_start, run_end = periods[0]
    for start, end in periods[1:]:
        if start > run_end:
            run_start, run_end = start, end
        else:
            run_end = max(run_end, end)
    return run_start


def derive_search_status(facts: CaseFacts, today: date) -> tuple[SearchStatus, date]:
    """The student's search status on ``today`` and the first day it held (see module doc)."""
    if facts.stopped_on is not None and facts.stopped_on <= today:
        return _St.STOPPED, facts.stopped_on

    broken = [p for p in facts.placements if _broken_off(p, today)]
    valid = [p for p in facts.placements if not _broken_off(p, today)]
    placed = _placement_status(valid, today)
    if placed is not None:
        return placed

    # Rule 5: nothing is running or planned, so every placement left is over; the latest end
    # starts the current round. On a tie the ending without a valid bpv wins (back to search).
    ends = [(p.ended_early_on, True) for p in broken if p.ended_early_on is not None]
    ends += [(p.end + _DAY, not p.pok_complete) for p in valid]
    round_start: date | None = None
    after_completed_bpv = False
    if ends:
        round_start, back_to_search = max(ends)
        after_completed_bpv = not back_to_search

    apps = [a for a in facts.applications if round_start is None or a.changed_on >= round_start]
    search_started = facts.search_started_on
    if search_started is not None and (
        search_started > today or (round_start is not None and search_started < round_start)
    ):
        search_started = None

    accepted = [a.changed_on for a in apps if a.status == ApplicationStatus.ACCEPTED]
    if accepted:
        return _St.PLACED_AWAITING_POK, min(accepted)
    if any(is_open(a.status) for a in apps):
        since = _applying_since(apps, today)
        return _St.APPLYING, since if round_start is None else max(since, round_start)
    if round_start is not None and after_completed_bpv and not apps and search_started is None:
        return _St.COMPLETED, round_start

    if search_started is None and apps:
        search_started = min(a.created_on for a in apps)
    candidates = [d for d in (round_start, search_started) if d is not None]
    candidates += [a.changed_on for a in apps if a.status != ApplicationStatus.DRAFT]
    if candidates:
        return _St.SEARCHING, max(candidates)
    return _St.NOT_STARTED, facts.enrolled_on


_PIPELINE_RANK = {
    ApplicationStatus.DRAFT: 0,
    ApplicationStatus.SENT: 1,
    ApplicationStatus.INVITED: 2,
    ApplicationStatus.INTERVIEWED: 3,
    ApplicationStatus.OFFERED: 4,
    ApplicationStatus.ACCEPTED: 5,
}


def current_company(facts: CaseFacts, today: date) -> Hashable | None:
    """The company a student's list line shows: the running placement's, else the nearest
    future placement's (neither broken off), else that of the most advanced open application
    (an acceptance whose placement is not recorded yet counts as open); None otherwise."""
    live = [
        p
        for p in facts.placements
        if p.end >= today and not (p.ended_early_on is not None and p.ended_early_on <= today)
    ]
    if live:
        return min(live, key=lambda p: (p.start > today, p.start)).company_id
    placed = {p.application_id for p in facts.placements if p.application_id is not None}
    pending = [
        a
        for a in facts.applications
        if is_open(a.status) or (a.status is ApplicationStatus.ACCEPTED and a.id not in placed)
    ]
    if not pending:
        return None
    return max(pending, key=lambda a: (_PIPELINE_RANK[a.status], a.changed_on)).company_id
