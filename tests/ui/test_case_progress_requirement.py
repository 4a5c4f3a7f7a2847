"""The Voortgang tab says which required hours it uses and where they come from: the
programme's leerjaar, the programme, or the placement itself."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from stagedesk.domain.hours import leerjaar
from stagedesk.services import hours
from stagedesk.services.actor import SYSTEM
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student
from tests.ui.lifecycle_store import ANNA, START, make_lifecycle_window
from tests.ui.test_case_progress import progress_tab

window_fixture = pytest.fixture(make_lifecycle_window, name="lifecycle_window")


def _summary(qtbot, window) -> str:
    screen = progress_tab(qtbot, window)
    return screen.progress.hours.summary.text()


def test_the_placements_own_hours_are_named(qtbot, lifecycle_window):
    assert "Vereist: 663 uur (plaatsing)." in _summary(qtbot, lifecycle_window)


def test_the_leerjaars_hours_are_named_with_the_year(qtbot, lifecycle_window):
    sessions = lifecycle_window.office.sessions
    with sessions() as s:
        anna = s.scalars(select(Student).where(Student.student_number == ANNA)).one()
        crebo = s.get(Programme, anna.programme_id).crebo
        year = leerjaar(anna.cohort, START)
    hours.save_required_hours(sessions, SYSTEM, crebo, 700)
    hours.save_required_hours(sessions, SYSTEM, crebo, 500, year=year)
    text = _summary(qtbot, lifecycle_window)
    assert f"Vereist: 500 uur (opleiding, leerjaar {year})." in text
    assert "van 500 uur gerealiseerd" in text
