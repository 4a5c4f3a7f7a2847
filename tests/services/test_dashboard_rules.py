"""The dashboard's plain rules: visits due, the weeks of a school year, the school's region."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stagedesk.services.dashboard_rules import (
    IsoWeek,
    postcode_in,
    school_region,
    school_year_weeks,
    visits_due,
    visits_needed,
)

START = date(2026, 9, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


@pytest.mark.parametrize(
    ("days", "needed"), [(1, 1), (42, 1), (70, 1), (71, 2), (140, 2), (141, 3), (280, 4)]
)
def test_one_visit_per_started_stretch_of_weeks(days, needed):
    assert visits_needed(START, day(days - 1), 10) == needed


def test_a_visit_is_due_once_the_last_day_of_its_stretch_has_passed():
    end = day(139)  # 20 weeks: visits due by day 69 and by the end
    assert visits_due(START, end, START, 10) == 0
    assert visits_due(START, end, day(69), 10) == 0  # the due day itself is still in time
    assert visits_due(START, end, day(70), 10) == 1
    assert visits_due(START, end, end, 10) == 1
    assert visits_due(START, end, end + timedelta(days=1), 10) == 2
    assert visits_due(START, end, day(1000), 10) == 2


def test_a_short_placement_needs_its_one_visit_by_the_end():
    end = day(41)  # 6 weeks
    assert visits_due(START, end, end, 10) == 0
    assert visits_due(START, end, day(42), 10) == 1


def test_school_year_weeks_run_from_the_week_of_1_august_to_todays():
    weeks = school_year_weeks(date(2026, 11, 24))
    assert weeks[0] == IsoWeek(2026, 31, date(2026, 7, 27))
    assert weeks[-1].label == "2026-W48"
    assert len(weeks) == 18
    # Across the new year the ISO year changes: 2026 has 53 weeks.
    january = school_year_weeks(date(2027, 1, 5))
    assert [w.label for w in january[-3:]] == ["2026-W52", "2026-W53", "2027-W01"]


def test_iso_week_labels_read_back():
    week = IsoWeek.of(date(2027, 1, 1))
    assert week.label == "2026-W53"
    assert IsoWeek.parse(week.label) == week
    assert week.sunday == date(2027, 1, 3)
    with pytest.raises(ValueError):
        IsoWeek.parse("53-2026")


def test_the_schools_region_follows_the_postcode_in_its_address():
    assert postcode_in("Postbus 1234\n3500 AA Utrecht") == "3500 AA"
    assert postcode_in("Lange Gracht 12, 1011ab Amsterdam") == "1011 AB"
    assert postcode_in("Postbus 1234 Utrecht") is None
    assert school_region("Postbus 1234\n3500 AA Utrecht") == "Utrecht"
    assert school_region("Postbus 1") is None
