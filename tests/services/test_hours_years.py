"""Required bpv hours per programme and leerjaar: a placement uses its leerjaar's value, else
the programme's, else its own total; old setting rows stay readable; only admins change them."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.domain.hours import ProgrammeHours, Requirement, RequirementSource
from stagedesk.services import hours
from stagedesk.services.actor import SYSTEM
from stagedesk.services.setting_rows import write_value
from tests.factories import BOL_CREBO, TODAY, placed

START, END = date(2026, 9, 7), date(2026, 11, 29)  # cohort 2025: leerjaar 2


def _overview(world, enrolled_on=date(2025, 8, 25)):
    student = world.student(enrolled_on=enrolled_on)
    view = placed(world, student, START, END, today=date(2026, 9, 1))
    return hours.placement_hours(world.sessions, world.coordinator, view.id, today=TODAY)


def test_the_leerjaar_value_comes_first_then_the_programme_then_the_placement(world):
    own = _overview(world).requirement
    assert own is not None and own.source is RequirementSource.PLACEMENT
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 800)
    assert hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 640, year=2) == {
        BOL_CREBO: 800
    }
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 300, year=1)
    second = _overview(world)
    assert second.requirement == Requirement(640, RequirementSource.YEAR, 2)
    assert second.progress.required_hours == 640
    third = _overview(world, enrolled_on=date(2024, 8, 26))  # leerjaar 3: no value of its own
    assert third.requirement == Requirement(800, RequirementSource.PROGRAMME)
    first = _overview(world, enrolled_on=date(2026, 8, 24))
    assert first.progress.required_hours == 300
    with world.sessions() as s:
        assert hours.read_requirements(s) == {BOL_CREBO: ProgrammeHours(800, {1: 300, 2: 640})}
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, None)
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, None, year=1)
    assert _overview(world).requirement == Requirement(640, RequirementSource.YEAR, 2)
    assert hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, None, year=2) == {}
    with world.sessions() as s:
        assert hours.read_requirements(s) == {}


def test_an_old_row_of_hours_per_crebo_counts_for_every_year(world):
    with world.sessions.begin() as s:
        write_value(s, hours.REQUIRED_KEY, {BOL_CREBO: 500})
    assert _overview(world).requirement == Requirement(500, RequirementSource.PROGRAMME)
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 450, year=2)
    with world.sessions() as s:
        assert hours.read_required(s) == {BOL_CREBO: 500}
        assert hours.read_requirements(s)[BOL_CREBO] == ProgrammeHours(500, {2: 450})


def test_years_and_hours_are_checked_and_only_admins_change_them(world):
    with pytest.raises(ValidationError, match="leerjaar must be 1 to 4") as raised:
        hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 400, year=5)
    assert raised.value.field == "year"
    with pytest.raises(ValidationError, match="1 to 10000 hours") as raised:
        hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 0, year=1)
    assert raised.value.field == "required"
    with pytest.raises(PermissionDenied):
        hours.save_required_hours(world.sessions, world.coordinator, BOL_CREBO, 400, year=1)
    with world.sessions() as s:
        assert hours.read_requirements(s) == {}
