"""Hours registration (urenregistratie): realised bpv hours per week against what is required.

Hours are entered per placement per week (the week's Monday), in minutes, with absence apart
(sick, other). The hours a placement must realise are the school's setting per programme
(crebo) when it has one, else the placement's own total. Progress compares what was realised
with what the weeks passed so far should have brought (the requirement spread evenly over the
placement's weeks); a student more than a week's hours behind is behind schedule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import ValidationError

WEEK_MINUTES_MAX = 7 * 24 * 60


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
