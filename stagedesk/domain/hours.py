"""Hours registration (urenregistratie): realised bpv hours per week against what is required.

Hours are entered per placement per week (the week's Monday), in minutes, with absence apart
(sick, other). The hours a placement must realise are the school's setting per programme
(crebo) and leerjaar when it has one, else the programme's value for every year, else the
placement's own total (``requirement``; the leerjaar rule is ``leerjaar``). Progress compares
what was realised with what the weeks passed so far should have brought (the requirement
spread evenly over the placement's weeks); a student more than a week's hours behind is behind
schedule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import ValidationError

WEEK_MINUTES_MAX = 7 * 24 * 60
REQUIRED_MAX = 10_000  # required hours of a programme (or one of its years): 1 to this
YEARS = range(1, 5)  # the leerjaren a programme may have its own required hours for
SCHOOL_YEAR_MONTH = 8  # a school year starts on 1 August


class AbsenceKind(StrEnum):
    SICK = "sick"
    OTHER = "other"


@dataclass(frozen=True)
class WeekHours:
    week_start: date
    worked_minutes: int
    absent_minutes: int = 0
    absence_kind: AbsenceKind | None = None


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def check_week(week: WeekHours, start: date, end: date, today: date) -> None:
    """A week of the placement that has begun, with possible minutes and a kind of absence."""
    if week.week_start.weekday() != 0:
        raise ValidationError("week_start", f"{format_date(week.week_start)} is not a Monday")
    if week.week_start > today:
        raise ValidationError("week_start", "the week has not begun yet")
    if week.week_start + timedelta(days=6) < start or week.week_start > end:
        raise ValidationError(
            "week_start",
            f"the week of {format_date(week.week_start)} is outside the placement "
            f"({format_date(start)} to {format_date(end)})",
        )
    for name in ("worked_minutes", "absent_minutes"):
        value = getattr(week, name)
        if not 0 <= value <= WEEK_MINUTES_MAX:
            raise ValidationError(name, f"must be 0 to {WEEK_MINUTES_MAX} minutes")
    if week.worked_minutes + week.absent_minutes > WEEK_MINUTES_MAX:
        raise ValidationError("absent_minutes", "worked and absent together exceed a week")
    if (week.absent_minutes > 0) != (week.absence_kind is not None):
        raise ValidationError(
            "absence_kind", "absence needs its kind (sick or other), and a kind needs minutes"
        )


@dataclass(frozen=True)
class Progress:
    required_hours: int
    realised_hours: float
    absent_hours: float
    expected_hours: float  # by the end of the last week passed
    weeks_total: int
    weeks_passed: int

    @property
    def behind_hours(self) -> float:
        return max(self.expected_hours - self.realised_hours, 0.0)

    @property
    def fraction(self) -> float:
        return min(self.realised_hours / self.required_hours, 1.0) if self.required_hours else 1.0

    def behind_schedule(self) -> bool:
        """More than one week's share of the requirement behind."""
        if not self.weeks_total:
            return False
        return self.behind_hours > self.required_hours / self.weeks_total


def progress(
    weeks: Iterable[WeekHours], required_hours: int, start: date, end: date, today: date
) -> Progress:
    """Realised against required hours on ``today`` for a placement from ``start`` to ``end``."""
    first, last = monday(start), monday(end)
    weeks_total = (last - first).days // 7 + 1
    passed_until = min(today, end + timedelta(days=1))
    weeks_passed = (
        0 if passed_until <= first else min((passed_until - first).days // 7, weeks_total)
    )
    listed = list(weeks)
    worked = sum(w.worked_minutes for w in listed) / 60
    absent = sum(w.absent_minutes for w in listed) / 60
    expected = required_hours * weeks_passed / weeks_total
    return Progress(required_hours, worked, absent, expected, weeks_total, weeks_passed)


def school_year(day: date) -> int:
    """The calendar year in which the school year holding ``day`` began (1 August)."""
    return day.year if day.month >= SCHOOL_YEAR_MONTH else day.year - 1


def leerjaar(cohort: int, start: date) -> int:
    """The student's year in the programme when a placement starts on ``start``.

    ``cohort`` (Student.cohort) is the calendar year in which the student's first school year
    began (enrolled August 2024 → 2024). A placement starting in that school year is leerjaar 1,
    one in the next school year leerjaar 2, and so on: school_year(start) − cohort + 1. A
    placement before the cohort's first school year gives 0 or less: no year of its own."""
    return school_year(start) - cohort + 1


class RequirementSource(StrEnum):
    YEAR = "year"  # the programme's value for the placement's leerjaar
    PROGRAMME = "programme"  # the programme's value for every year
    PLACEMENT = "placement"  # the placement's own total hours


@dataclass(frozen=True)
class ProgrammeHours:
    """A programme's required hours: for every year (None: none) and per leerjaar (1..4)."""

    every_year: int | None = None
    by_year: Mapping[int, int] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return self.every_year is None and not self.by_year


@dataclass(frozen=True)
class Requirement:
    hours: int
    source: RequirementSource
    year: int | None = None  # the leerjaar when source is YEAR


def check_required(hours: int | None, year: int | None) -> None:
    """Hours 1..REQUIRED_MAX (None removes a value); a year is a leerjaar in YEARS (None: all)."""
    if year is not None and year not in YEARS:
        raise ValidationError("year", f"leerjaar must be {YEARS[0]} to {YEARS[-1]}, not {year}")
    if hours is not None and not 1 <= hours <= REQUIRED_MAX:
        raise ValidationError("required", f"must be 1 to {REQUIRED_MAX} hours, not {hours}")


def _hours(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= REQUIRED_MAX
    return value if ok else None  # type: ignore[return-value]


def parse_required(value: object) -> dict[str, ProgrammeHours]:
    """The stored table: ``{crebo: {"all": N, "1": N1, ...}}``; an old row's ``{crebo: N}``
    means N for every year. Values that are not valid hours or years are left out."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, ProgrammeHours] = {}
    for crebo, entry in value.items():
        if isinstance(entry, dict):
            years = {
                int(key): hours
                for key, raw in entry.items()
                if str(key).isdigit() and int(key) in YEARS and (hours := _hours(raw)) is not None
            }
            programme = ProgrammeHours(_hours(entry.get("all")), years)
        else:
            programme = ProgrammeHours(_hours(entry))
        if not programme.is_empty():
            out[str(crebo)] = programme
    return out


def encode_required(table: Mapping[str, ProgrammeHours]) -> dict[str, dict[str, int]]:
    """The table as its setting row stores it (see parse_required)."""
    out: dict[str, dict[str, int]] = {}
    for crebo, programme in sorted(table.items()):
        entry = {str(year): hours for year, hours in sorted(programme.by_year.items())}
        if programme.every_year is not None:
            entry["all"] = programme.every_year
        if entry:
            out[crebo] = entry
    return out


def with_required(
    programme: ProgrammeHours | None, hours: int | None, year: int | None
) -> ProgrammeHours:
    """``programme`` with its value for ``year`` (None: every year) set, or removed by None."""
    check_required(hours, year)
    programme = programme or ProgrammeHours()
    if year is None:
        return ProgrammeHours(hours, programme.by_year)
    years = dict(programme.by_year)
    if hours is None:
        years.pop(year, None)
    else:
        years[year] = hours
    return ProgrammeHours(programme.every_year, years)


def requirement(
    table: Mapping[str, ProgrammeHours], crebo: str, year: int, own_total: int
) -> Requirement:
    """The hours a placement must realise: its programme's value for its leerjaar, else the
    programme's value for every year, else the placement's own total hours."""
    programme = table.get(crebo)
    if programme is not None:
        if (hours := programme.by_year.get(year)) is not None:
            return Requirement(hours, RequirementSource.YEAR, year)
        if programme.every_year is not None:
            return Requirement(programme.every_year, RequirementSource.PROGRAMME)
    return Requirement(own_total, RequirementSource.PLACEMENT)


def largest_required(table: Mapping[str, ProgrammeHours]) -> int:
    """The largest requirement of any programme and year (0 without any): being behind only
    grows with the requirement, so a check at this finds every placement behind."""
    values = [h for p in table.values() for h in (p.every_year or 0, *p.by_year.values())]
    return max(values, default=0)
