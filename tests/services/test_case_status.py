"""The shared recompute agrees with the demo data, and follows changes to a case."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.applications import is_open
from stagedesk.domain.enums import ApplicationStatus, SearchStatus, StaffRole
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.services.actor import SYSTEM, Actor, actor_for, default_actor, staff_choices
from stagedesk.services.case_status import recompute
from stagedesk.services.demo import generate_demo
from stagedesk.services.settings import SchoolSettings, load_settings, save_settings
from stagedesk.store.opening import open_store
from stagedesk.store.placements import Application
from stagedesk.store.students import Student

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    generate_demo(store, students=250, seed=7, today=TODAY)
    yield store
    store.close()


def derived(student: Student) -> tuple[object, ...]:
    return (
        student.search_status,
        student.search_status_since,
        student.current_company_id,
        student.rejections_this_round,
        student.last_rejected_on,
    )


def test_recompute_reproduces_every_stored_status_company_and_round_rejections(demo):
    with demo.sessions() as session:
        students = session.execute(select(Student)).scalars().all()
        stored = {s.id: derived(s) for s in students}
        for student in students:
            recompute(session, student.id, TODAY)
        again = {s.id: derived(s) for s in students}
        session.rollback()
    assert again == stored


def test_rejecting_the_last_open_application_sends_the_student_back_to_searching(demo):
    with demo.sessions() as session:
        student = session.execute(
            select(Student).where(Student.search_status == SearchStatus.APPLYING).limit(1)
        ).scalar_one()
        for app in session.execute(
            select(Application).where(Application.student_id == student.id)
        ).scalars():
            if is_open(app.status):
                app.status, app.status_changed_on = ApplicationStatus.REJECTED, TODAY
        status, since = recompute(session, student.id, TODAY)
        assert (status, since) == (SearchStatus.SEARCHING, TODAY)
        assert student.search_status is SearchStatus.SEARCHING
        assert student.current_company_id is None
        session.rollback()


def test_actors_come_from_staff_and_the_default_is_a_coordinator(demo):
    choices = staff_choices(demo.sessions)
    assert choices and [c.name for c in choices] == sorted(c.name for c in choices)
    actor = default_actor(demo.sessions)
    assert StaffRole.COORDINATOR in actor.roles
    assert actor_for(demo.sessions, actor.staff_id) == actor


def test_settings_round_trip_and_only_case_workers_may_change_them(demo):
    assert load_settings(demo.sessions) == SchoolSettings()
    mentor = next(c for c in staff_choices(demo.sessions) if c.roles == {StaffRole.MENTOR})
    with pytest.raises(PermissionDenied):
        save_settings(demo.sessions, Actor(mentor.id, mentor.name, mentor.roles), SchoolSettings())
    with pytest.raises(ValidationError) as error:
        save_settings(demo.sessions, SYSTEM, SchoolSettings(rejections=0))
    assert error.value.field == "rejections"
    save_settings(demo.sessions, SYSTEM, SchoolSettings(searching_weeks=6))
    assert load_settings(demo.sessions).searching_weeks == 6
