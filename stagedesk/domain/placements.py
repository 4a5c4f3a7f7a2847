"""The rules of one placement (bpv-plaatsing): period and hours, allowance, recognition, warnings.

* **Total hours** are the contracted hours: the period in days (both ends counted) divided by
  7, times the hours per week, rounded to the nearest whole hour (a part week counts pro rata;
  sevenths never tie). Holidays are not subtracted; whole weeks give exactly weeks × hours.
* **Recognition**: the company must be recognised by SBB for the student's crebo on the start
  date (domain.recognition: recognised on or before it, not revoked on or before it).
* **Suggested period** after an accepted offer: the first Monday at least two weeks after the
  acceptance (time to sign the POK). BOL: 20 weeks of 32 hours. BBL: to 31 July of that school
  year at 24 hours a week; when fewer than 20 weeks remain, to 31 July of the next school year
  (a leerbaan runs for a school year, not for a few weeks).
* **Warnings** (never refusals): see ``PlacementWarning``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from stagedesk.domain.dates import bbl_deadline, format_date, school_year_end
from stagedesk.domain.enums import AllowanceKind, Leerweg
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.recognition import RecognitionFact

HOURS_MIN = 1
HOURS_MAX = 40
BOL_WEEKS = 20
BOL_HOURS = 32
BBL_HOURS = 24
BBL_MIN_WEEKS = 20
# Days between accepting an offer and the earliest suggested start: time to sign the POK.
LEAD_DAYS = 14
_DAY = timedelta(days=1)


def total_hours(start: date, end: date, hours_per_week: int) -> int:
    """Contracted hours of the period: days / 7 × hours, to the nearest hour (module docstring)."""
    days = (end - start).days + 1
    return (2 * days * hours_per_week + 7) // 14


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            "end_date", f"{format_date(end)} is before the start ({format_date(start)})"
        )


def check_hours(hours_per_week: int) -> None:
    if isinstance(hours_per_week, bool) or not isinstance(hours_per_week, int):
        raise ValidationError("hours_per_week", f"must be a whole number, got {hours_per_week!r}")
    if not HOURS_MIN <= hours_per_week <= HOURS_MAX:
        raise ValidationError(
            "hours_per_week", f"must be {HOURS_MIN} to {HOURS_MAX}, got {hours_per_week}"
        )


def check_allowance(kind: AllowanceKind, cents: int | None, paid: bool) -> None:
    """An allowance needs a positive amount; none has no amount and nothing to pay; a wage
    may have its amount recorded."""
    field = "allowance_cents_per_month"
    if cents is not None and (isinstance(cents, bool) or not isinstance(cents, int)):
        raise ValidationError(field, f"must be a whole number of cents, got {cents!r}")
    if cents is not None and cents < 0:
        raise ValidationError(field, f"must not be negative, got {cents}")
    if kind is AllowanceKind.ALLOWANCE and not cents:
        raise ValidationError(field, "an allowance needs an amount above 0 (else choose 'none')")
    if kind is AllowanceKind.NONE and cents is not None:
        raise ValidationError(field, "must be empty when there is no allowance")
    if kind is AllowanceKind.NONE and paid:
        raise ValidationError("allowance_paid", "there is no allowance to pay")


def suggested_period(leerweg: Leerweg, accepted_on: date) -> tuple[date, date, int]:
    """Start, end and hours per week to propose after an acceptance (module docstring)."""
    earliest = accepted_on + timedelta(days=LEAD_DAYS)
    start = earliest + timedelta(days=-earliest.weekday() % 7)
    if leerweg is Leerweg.BOL:
        return start, start + timedelta(days=BOL_WEEKS * 7 - 1), BOL_HOURS
    end = school_year_end(start)
    if (end - start).days + 1 < BBL_MIN_WEEKS * 7:
        end = school_year_end(end + _DAY)
    return start, end, BBL_HOURS


class RecognitionGap(StrEnum):
    """Why a company's recognition does not cover a crebo on a date."""

    NOT_RECOGNISED = "not_recognised"  # no recognition for the crebo at all
    NOT_YET = "not_yet"  # recognised only from a later date
    REVOKED = "revoked"  # revoked on or before the date


def recognition_gap(
    recognitions: Iterable[RecognitionFact], crebo: str, on: date
) -> tuple[RecognitionGap, date | None] | None:
    """None when a recognition covers ``crebo`` on ``on`` (domain.recognition); else why not,
    with the date that matters: revoked on, or recognised only from."""
    facts = [fact for fact in recognitions if fact.crebo == crebo]
    if any(fact.in_force(on) for fact in facts):
        return None
    revoked = [
        fact.revoked_on
        for fact in facts
        if fact.revoked_on is not None and fact.revoked_on <= on and fact.recognised_on <= on
    ]
    if revoked:
        return RecognitionGap.REVOKED, max(revoked)
    if facts:
        return RecognitionGap.NOT_YET, min(fact.recognised_on for fact in facts)
    return RecognitionGap.NOT_RECOGNISED, None


class PlacementWarning(StrEnum):
    """What a placement is flagged for. Time-bound warnings apply only while it is live."""

    # The recognition does not cover the programme (only when the school warns, not refuses).
    NOT_RECOGNISED = "not_recognised"
    # The start is at most ``pok_days_before_start`` days away (or passed) and the POK is
    # incomplete.
    POK_INCOMPLETE_NEAR_START = "pok_incomplete_near_start"
    # A BBL student's POK is incomplete from ``bbl_warning_weeks`` before 31 December on.
    BBL_DEADLINE = "bbl_deadline"
    # The period overlaps another placement of the student (as far as that one ran).
    OVERLAP = "overlap"
    # No allowance (not a wage), or one below the school's norm.
    NO_ALLOWANCE = "no_allowance"
    ALLOWANCE_BELOW_NORM = "allowance_below_norm"


@dataclass(frozen=True)
class PlacementWarningItem:
    """One warning and its data; which fields are set depends on ``warning``:

    NOT_RECOGNISED: ``gap``, ``crebo``, ``on`` (revoked on / recognised from, if any).
    POK_INCOMPLETE_NEAR_START: ``on`` = start, ``days`` to it (negative: started).
    BBL_DEADLINE: ``on`` = 31 December, ``days`` to it (negative: passed).
    OVERLAP: ``other_placement_id``, ``other_company``, ``on`` = first common day, ``days``
    in common.
    NO_ALLOWANCE / ALLOWANCE_BELOW_NORM: ``cents`` (None for none) and ``norm_cents``.
    """

    warning: PlacementWarning
    on: date | None = None
    days: int | None = None
    gap: RecognitionGap | None = None
    crebo: str | None = None
    other_placement_id: Hashable | None = None
    other_company: str | None = None
    cents: int | None = None
    norm_cents: int | None = None


@dataclass(frozen=True)
class OtherPlacement:
    """Another placement of the same student, for the overlap check."""

    id: Hashable
    start: date
    end: date
    ended_early_on: date | None = None
    company: str = ""


@dataclass(frozen=True)
class WarningRules:
    """The school settings the warnings depend on."""

    pok_days_before_start: int
    bbl_warning_weeks: int
    allowance_norm_cents: int


@dataclass(frozen=True)
class PlacementCheck:
    """The facts about one placement that its warnings are judged on."""

    start: date
    end: date
    leerweg: Leerweg
    pok_complete: bool
    allowance_kind: AllowanceKind
    allowance_cents: int | None
    crebo: str
    ended_early_on: date | None = None
    # Why the recognition does not cover the start, when it does not (recognition_gap).
    gap: tuple[RecognitionGap, date | None] | None = None
    others: tuple[OtherPlacement, ...] = ()
    # The student has another live placement with a complete POK (the BBL rule is met).
    other_complete_pok: bool = False


def _last_day(start: date, end: date, ended_early_on: date | None) -> date | None:
    """The last day the placement ran or runs: the day before the day it was broken off (None
    when that was before it started), or its end."""
    if ended_early_on is None:
        return end
    last = min(end, ended_early_on - _DAY)
    return last if last >= start else None


def placement_warnings(
    check: PlacementCheck, rules: WarningRules, today: date
) -> tuple[PlacementWarningItem, ...]:
    """The warnings for ``check`` on ``today``, in ``PlacementWarning`` order."""
    found: list[PlacementWarningItem] = []
    w = PlacementWarning
    if check.gap is not None:
        gap, on = check.gap
        found.append(PlacementWarningItem(w.NOT_RECOGNISED, on=on, gap=gap, crebo=check.crebo))
    broken_off = check.ended_early_on is not None and check.ended_early_on <= today
    live = not broken_off and check.end >= today
    if live and not check.pok_complete:
        to_start = (check.start - today).days
        if to_start <= rules.pok_days_before_start:
            found.append(PlacementWarningItem(w.POK_INCOMPLETE_NEAR_START, check.start, to_start))
        deadline = bbl_deadline(today)
        from_day = deadline - timedelta(weeks=rules.bbl_warning_weeks)
        if check.leerweg is Leerweg.BBL and not check.other_complete_pok and today >= from_day:
            found.append(PlacementWarningItem(w.BBL_DEADLINE, deadline, (deadline - today).days))
    last = _last_day(check.start, check.end, check.ended_early_on)
    for other in check.others:
        other_last = _last_day(other.start, other.end, other.ended_early_on)
        if last is None or other_last is None:
            continue
        first_common, last_common = max(check.start, other.start), min(last, other_last)
        if first_common <= last_common:
            found.append(
                PlacementWarningItem(
                    w.OVERLAP,
                    on=first_common,
                    days=(last_common - first_common).days + 1,
                    other_placement_id=other.id,
                    other_company=other.company,
                )
            )
    norm = rules.allowance_norm_cents
    if check.allowance_kind is AllowanceKind.NONE:
        found.append(PlacementWarningItem(w.NO_ALLOWANCE, norm_cents=norm))
    elif check.allowance_kind is AllowanceKind.ALLOWANCE and (check.allowance_cents or 0) < norm:
        found.append(
            PlacementWarningItem(
                w.ALLOWANCE_BELOW_NORM, cents=check.allowance_cents, norm_cents=norm
            )
        )
    return tuple(found)
