"""Hours registration rules: a valid week, and progress against the requirement."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.hours import AbsenceKind, WeekHours, check_week, monday, progress

START, END, TODAY = date(2026, 9, 7), date(2026, 11, 29), date(2026, 11, 25)  # 12 weeks


def test_a_week_is_a_monday_within_the_placement_that_has_begun():
    assert monday(date(2026, 9, 13)) == START
    check_week(WeekHours(date(2026, 9, 7), 32 * 60), START, END, TODAY)
    with pytest.raises(ValidationError, match="not a Monday"):
        check_week(WeekHours(date(2026, 9, 8), 60), START, END, TODAY)
    with pytest.raises(ValidationError, match="outside the placement"):
        check_week(WeekHours(date(2026, 8, 31), 60), START, END, TODAY)
    with pytest.raises(ValidationError, match="not begun"):
        check_week(WeekHours(date(2026, 11, 30), 60), START, date(2027, 1, 31), TODAY)


def test_absence_needs_its_kind_and_minutes_stay_within_a_week():
    check_week(WeekHours(date(2026, 9, 7), 24 * 60, 8 * 60, AbsenceKind.SICK), START, END, TODAY)
    with pytest.raises(ValidationError, match="needs its kind"):
        check_week(WeekHours(date(2026, 9, 7), 0, 60), START, END, TODAY)
    with pytest.raises(ValidationError, match="needs its kind"):
        check_week(WeekHours(date(2026, 9, 7), 60, 0, AbsenceKind.OTHER), START, END, TODAY)
    with pytest.raises(ValidationError):
        check_week(WeekHours(date(2026, 9, 7), -1), START, END, TODAY)


def test_progress_spreads_the_requirement_over_the_weeks_passed():
    weeks = [WeekHours(START + timedelta(weeks=i), 32 * 60) for i in range(10)]
    p = progress(weeks, 384, START, END, TODAY)  # 12 weeks × 32 h
    assert (p.weeks_total, p.weeks_passed) == (12, 11)
    assert (p.realised_hours, p.expected_hours) == (320, 352)
    assert p.behind_hours == 32 and not p.behind_schedule()  # exactly one week behind
    less = progress(weeks[:9], 384, START, END, TODAY)
    assert less.behind_schedule()
    assert round(less.fraction, 2) == 0.75


def test_before_the_start_nothing_is_expected_and_after_the_end_everything():
    assert progress([], 384, START, END, date(2026, 9, 1)).expected_hours == 0
    assert progress([], 384, START, END, date(2027, 1, 1)).expected_hours == 384
