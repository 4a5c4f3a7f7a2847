"""A running placement whose written hours lag more than a week's share of the required hours
puts the student on the attention list ('Uren achter'); a placement without any hours written
is not judged (the office may not register its hours)."""

from __future__ import annotations

from datetime import date, timedelta

from stagedesk.services import hours
from stagedesk.services.actor import SYSTEM
from stagedesk.services.attention import AttentionReason, HoursDetail, attention_list
from tests.factories import BOL_CREBO, TODAY, placed

START, END = date(2026, 9, 7), date(2026, 11, 29)  # 12 weeks of 32 hours: 384; 11 passed


def _placement(world, student=None, **extra):
    student = student or world.student()
    return placed(world, student, START, END, today=date(2026, 9, 1), **extra)


def _weeks(world, placement, count, minutes=32 * 60):
    for week in range(count):
        start = START + timedelta(weeks=week)
        hours.record_week(
            world.sessions, world.coordinator, placement.id, start, minutes, today=TODAY
        )


def _behind(world, actor=None):
    items = attention_list(world.sessions, actor or world.coordinator, TODAY)
    return [item for item in items if item.reason is AttentionReason.HOURS_BEHIND]


def test_a_placement_two_weeks_behind_is_listed_with_its_hours(world):
    behind = _placement(world)
    _weeks(world, behind, 9)  # 288 of the 352 hours expected after 11 weeks
    on_time = _placement(world, world.student(surname="Op Tijd"))
    _weeks(world, on_time, 10)  # 320: one week behind is not yet behind schedule
    _placement(world, world.student(surname="Zonder Uren"))  # nothing written: not judged
    [item] = _behind(world)
    assert item.student_id == behind.student_id
    detail = item.detail
    assert isinstance(detail, HoursDetail)
    assert (detail.realised_hours, detail.expected_hours, detail.behind_hours) == (288, 352, 64)
    assert detail.required_hours == 384 and detail.placement_id == behind.id
    assert detail.as_json()["placement_id"] == str(behind.id)
    assert "288 of 352 hours" in detail.summary()
    overview = hours.placement_hours(world.sessions, world.coordinator, behind.id, today=TODAY)
    assert overview.behind_schedule  # the same rule as the case file's progress


def test_the_programmes_required_hours_count_and_the_furthest_behind_comes_first(world):
    a = _placement(world)
    _weeks(world, a, 10)  # 320 of 384: on time, until the programme requires 480
    b = _placement(world, world.student(surname="Verder"))
    _weeks(world, b, 6)
    assert [item.student_id for item in _behind(world)] == [b.student_id]
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 480)  # 440 expected now
    items = _behind(world)
    assert [item.student_id for item in items] == [b.student_id, a.student_id]
    assert [item.detail.behind_hours for item in items] == [248, 120]
    assert items[1].detail.required_hours == 480


def test_a_mentor_sees_only_their_own_students_behind(world):
    mine = _placement(world)
    theirs = _placement(world, world.student(surname="Wit", mentor=world.other_mentor))
    _weeks(world, mine, 2)
    _weeks(world, theirs, 2)
    assert len(_behind(world)) == 2
    assert [item.student_id for item in _behind(world, world.mentor)] == [mine.student_id]


def test_the_leerjaars_required_hours_count_over_the_programmes(world):
    a = _placement(world)  # cohort 2025, starting September 2026: leerjaar 2
    _weeks(world, a, 10)  # 320 of 384: on time
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 480, year=3)
    assert _behind(world) == []  # another year's value does not count
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 300)
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 480, year=2)
    [item] = _behind(world)
    assert item.student_id == a.student_id and item.detail.required_hours == 480
