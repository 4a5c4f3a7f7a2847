"""Hours registration: weeks entered by the office or the student's mentor, and progress."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.domain.hours import AbsenceKind
from stagedesk.services import hours
from stagedesk.services.actor import SYSTEM
from stagedesk.store.office import AuditEntry
from tests.factories import BOL_CREBO, TODAY, placed

START, END = date(2026, 9, 7), date(2026, 11, 29)  # 12 weeks, 32 hours a week: 384 hours


def _placement(world, mentor=None):
    return placed(world, world.student(mentor=mentor), START, END, today=date(2026, 9, 1))


def test_the_mentor_enters_weeks_and_the_progress_follows(world):
    view = _placement(world)
    for i in range(9):
        hours.record_week(
            world.sessions, world.mentor, view.id, START + timedelta(weeks=i), 32 * 60, today=TODAY
        )
    sick = hours.record_week(
        world.sessions,
        world.mentor,
        view.id,
        START + timedelta(weeks=9),
        16 * 60,
        absent_minutes=16 * 60,
        absence_kind=AbsenceKind.SICK,
        today=TODAY,
    )
    overview = hours.placement_hours(world.sessions, world.coordinator, view.id, today=TODAY)
    assert len(overview.weeks) == 10 and overview.weeks[-1] == sick
    assert (overview.progress.realised_hours, overview.progress.absent_hours) == (304, 16)
    assert overview.progress.required_hours == view.total_hours
    assert overview.behind_schedule  # 11 weeks passed: 352 expected, 48 behind
    with world.sessions() as s:
        actions = s.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "bpv_hours")
        ).scalars()
        assert list(actions).count("create") == 10


def test_the_programmes_required_hours_setting_overrides_the_placement_total(world):
    view = _placement(world)
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 240)
    overview = hours.placement_hours(world.sessions, world.coordinator, view.id, today=TODAY)
    assert overview.progress.required_hours == 240
    assert hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, None) == {}


def test_a_week_is_entered_once_then_changed_with_its_version(world):
    view = _placement(world)
    week = hours.record_week(world.sessions, world.coordinator, view.id, START, 60, today=TODAY)
    with pytest.raises(ValidationError, match="pass their version"):
        hours.record_week(world.sessions, world.coordinator, view.id, START, 90, today=TODAY)
    with pytest.raises(Conflict):
        hours.record_week(
            world.sessions, world.coordinator, view.id, START, 90, version=9, today=TODAY
        )
    changed = hours.record_week(
        world.sessions, world.coordinator, view.id, START, 90, version=week.version, today=TODAY
    )
    assert changed.worked_minutes == 90
    hours.delete_week(world.sessions, world.coordinator, changed.id, changed.version)
    overview = hours.placement_hours(world.sessions, world.coordinator, view.id, today=TODAY)
    assert overview.weeks == ()


def test_another_mentor_may_not_enter_hours(world):
    view = _placement(world)
    with pytest.raises(PermissionDenied):
        hours.record_week(world.sessions, world.other_mentor, view.id, START, 60, today=TODAY)
    with pytest.raises(ValidationError, match="not a Monday"):
        hours.record_week(
            world.sessions, world.coordinator, view.id, START + timedelta(days=1), 60, today=TODAY
        )
