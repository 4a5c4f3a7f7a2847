"""Prerequisites of a bpv (VOG, screening, a required course): what a student needs, whether
they have it on a date, and what confirming a placement does when they do not.

A requirement applies to one programme or to every programme of a sector. A student's record
of it has a status; an obtained prerequisite holds from the day obtained until its expiry
(exclusive), where the expiry is recorded or follows from the requirement's validity period.
Whether a missing prerequisite refuses a placement or only warns is a school setting
(``prerequisites:mode``: ``refuse`` or ``warn``).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import ValidationError

NAME_MAX = 100
VALIDITY_MAX_MONTHS = 120


class PrerequisiteStatus(StrEnum):
    """Where a student stands with one prerequisite."""

    REQUESTED = "requested"  # applied for, not yet in hand
    OBTAINED = "obtained"
    EXEMPT = "exempt"  # the office decided it does not apply to this student


class PrerequisiteMode(StrEnum):
    """What confirming a placement does when a prerequisite is missing or expired."""

    REFUSE = "refuse"
    WARN = "warn"


@dataclass(frozen=True)
class Requirement:
    """One prerequisite as the rules need it: for a programme, or for a whole sector."""

    name: str
    programme_id: object | None = None
    sector: Sector | None = None
    validity_months: int | None = None

    def applies_to(self, programme_id: object, sector: Sector) -> bool:
        if self.programme_id is not None:
            return self.programme_id == programme_id
        return self.sector is not None and self.sector == sector


@dataclass(frozen=True)
class Holding:
    """A student's record of one prerequisite."""

    status: PrerequisiteStatus
    obtained_on: date | None = None
    expires_on: date | None = None


@dataclass(frozen=True)
class Shortfall:
    """A prerequisite that does not hold on the day it is needed, and why (one sentence)."""

    name: str
    reason: str


def check_requirement(req: Requirement) -> Requirement:
    """The requirement cleaned, or ValidationError naming the field."""
    name = " ".join(req.name.split())
    if not name:
        raise ValidationError("name", "must not be empty")
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"is longer than {NAME_MAX} characters")
    if (req.programme_id is None) == (req.sector is None):
        raise ValidationError("programme_id", "give either a programme or a sector, not both")
    if req.validity_months is not None and not 1 <= req.validity_months <= VALIDITY_MAX_MONTHS:
        raise ValidationError("validity_months", f"must be 1 to {VALIDITY_MAX_MONTHS}")
    return Requirement(name, req.programme_id, req.sector, req.validity_months)


def check_holding(holding: Holding, today: date) -> None:
    """An obtained prerequisite has its date (not in the future); expiry comes after it."""
    if holding.status is PrerequisiteStatus.OBTAINED and holding.obtained_on is None:
        raise ValidationError("obtained_on", "an obtained prerequisite needs the date obtained")
    if holding.obtained_on is not None and holding.obtained_on > today:
        raise ValidationError("obtained_on", f"{format_date(holding.obtained_on)} is in the future")
    if (
        holding.expires_on is not None
        and holding.obtained_on is not None
        and holding.expires_on <= holding.obtained_on
    ):
        raise ValidationError(
            "expires_on",
            f"{format_date(holding.expires_on)} is not after the date obtained "
            f"{format_date(holding.obtained_on)}",
        )


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months (the 31st becomes the month's last day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry(req: Requirement, holding: Holding) -> date | None:
    """The first day the prerequisite no longer holds: the recorded expiry, else the date
    obtained plus the requirement's validity period; None if it does not expire."""
    if holding.expires_on is not None:
        return holding.expires_on
    if holding.obtained_on is not None and req.validity_months is not None:
        return add_months(holding.obtained_on, req.validity_months)
    return None


def shortfall(req: Requirement, holding: Holding | None, on: date) -> Shortfall | None:
    """Why ``req`` does not hold on ``on``, or None if it does."""
    if holding is None:
        return Shortfall(req.name, f"{req.name} is missing")
    if holding.status is PrerequisiteStatus.EXEMPT:
        return None
    if holding.status is PrerequisiteStatus.REQUESTED or holding.obtained_on is None:
        return Shortfall(req.name, f"{req.name} is requested but not obtained yet")
    if holding.obtained_on > on:
        return Shortfall(
            req.name, f"{req.name} is obtained only from {format_date(holding.obtained_on)}"
        )
    ends = expiry(req, holding)
    if ends is not None and ends <= on:
        return Shortfall(req.name, f"{req.name} expired on {format_date(ends)}")
    return None


def shortfalls(
    requirements: Iterable[tuple[object, Requirement]],
    holdings: dict[object, Holding],
    programme_id: object,
    sector: Sector,
    on: date,
) -> list[Shortfall]:
    """Every requirement (keyed by id) for the programme or sector not met on ``on``, by name."""
    found = [
        gap
        for key, req in requirements
        if req.applies_to(programme_id, sector)
        and (gap := shortfall(req, holdings.get(key), on)) is not None
    ]
    return sorted(found, key=lambda gap: gap.name.casefold())
