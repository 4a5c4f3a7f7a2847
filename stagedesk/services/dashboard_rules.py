"""The dashboard's plain rules (no I/O): visits due on a placement, the weeks of a school
year, and the school's own region.

Supervision: a placement needs one visit (or call) for every ``weeks_per_visit`` weeks it
lasts, the last, shorter stretch included; each visit is due by the last day of its stretch
(the last one by the placement's end). A visit is *missed* only once that day has passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from stagedesk.domain.dates import school_year_start
from stagedesk.services.regions import region_for_postcode

_WEEK = timedelta(days=7)
_POSTCODE = re.compile(r"\b([1-9][0-9]{3}) ?([A-Za-z]{2})\b")


def visits_needed(start: date, end: date, weeks_per_visit: int) -> int:
    """How many visits a placement from ``start`` to ``end`` (both included) needs."""
    days = (end - start).days + 1
    period = weeks_per_visit * 7
    return max(1, -(-days // period))


def visits_due(start: date, end: date, today: date, weeks_per_visit: int) -> int:
    """How many of the placement's visits should have been held before ``today``."""
    if today <= start:
        return 0
    needed = visits_needed(start, end, weeks_per_visit)
    if today > end:
        return needed
    # Stretch k (1-based) ends on start + k·period − 1 day; due once today is past it.
    elapsed = (today - start).days  # days fully passed since the first day
    return min(needed, elapsed // (weeks_per_visit * 7))


def due_from(today: date, weeks_per_visit: int) -> date:
    """The last start date of a running placement with a visit due on ``today``."""
    return today - timedelta(days=weeks_per_visit * 7)


@dataclass(frozen=True, slots=True)
class IsoWeek:
    year: int
    week: int
    monday: date

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def label(self) -> str:
        """``"2026-W47"``: ISO 8601's week notation (also the drill-down key)."""
        return f"{self.year}-W{self.week:02d}"

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, weekday = day.isocalendar()
        return cls(year, week, day - timedelta(days=weekday - 1))

    @classmethod
    def parse(cls, label: str) -> IsoWeek:
        """The inverse of ``label``; ValueError for anything else."""
        match = re.fullmatch(r"([0-9]{4})-W([0-9]{2})", label)
        if match is None:
            raise ValueError(f"not an ISO week like 2026-W47: {label!r}")
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        return cls.of(monday)


def school_year_weeks(today: date) -> list[IsoWeek]:
    """The ISO weeks of ``today``'s school year up to and including today's week (the first
    is the week holding 1 August)."""
    weeks: list[IsoWeek] = []
    monday = IsoWeek.of(school_year_start(today)).monday
    while monday <= today:
        weeks.append(IsoWeek.of(monday))
        monday += _WEEK
    return weeks


def postcode_in(text: str) -> str | None:
    """The first Dutch postcode in an address text (``"3500 AA"``), or None."""
    match = _POSTCODE.search(text)
    return f"{match.group(1)} {match.group(2).upper()}" if match else None


def school_region(address: str) -> str | None:
    """The region of the school's postal address (SchoolSettings.school_address), if any."""
    region = region_for_postcode(postcode_in(address))
    return region.region if region else None
