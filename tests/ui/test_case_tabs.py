"""Case files as tabs of the main window: opened from the list and other screens, re-activated,
closable, at most ten, closed when another store opens; and the case in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stagedesk.ui.case_tabs import MAX_OPEN
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.screens.case_file import CaseFileScreen
from stagedesk.ui.stores import open_office
from tests.ui.case_helpers import key_of, make_case_window, open_from_list
from tests.ui.case_store import build_case_store
from tests.ui.factories import TODAY

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def case_tabs(window: MainWindow) -> list[CaseFileScreen]:
    return [
        w
        for i in range(window.tabs.count())
        if isinstance(w := window.tabs.widget(i), CaseFileScreen)
    ]


def test_a_screen_asking_for_a_case_opens_it(qtbot, case_window):
    companies = next(s for s in case_window.screens if s.objectName() == "companiesScreen")
    case_window.tabs.setCurrentWidget(companies)
    companies.open_case_requested.emit(key_of(case_window, "noor"))
    current = case_window.tabs.currentWidget()
    assert isinstance(current, CaseFileScreen) and current.title() == "Noor Jansen"


def test_ctrl_enter_opens_the_selected_student_and_ctrl_w_closes_the_case(qtbot, case_window):
    qtbot.keyClicks(case_window.filter_edit, "IJsbrand")
    qtbot.waitUntil(lambda: case_window.model.rowCount() == 1)
    qtbot.keyClick(case_window.filter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    current = case_window.tabs.currentWidget()
    assert isinstance(current, CaseFileScreen) and current.title() == "IJsbrand de Vries"
    qtbot.keyClick(current, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert case_tabs(case_window) == []


def test_only_case_tabs_have_a_close_button_and_closing_removes_the_case(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "noor")
    bar = case_window.tabs.tabBar()
    index = case_window.tabs.indexOf(screen)
    assert bar.tabButton(index, bar.ButtonPosition.RightSide) is not None
    assert bar.tabButton(0, bar.ButtonPosition.RightSide) is None
    case_window.tabs.tabCloseRequested.emit(0)  # the list stays
    assert case_window.tabs.widget(0) is not screen and case_window.tabs.count() > index
    case_window.tabs.tabCloseRequested.emit(index)
    assert case_tabs(case_window) == []


def test_at_most_ten_cases_stay_open_and_the_one_looked_at_longest_ago_closes(
    qtbot, tmp_path: Path, translations
):
    office = open_office(build_case_store(tmp_path / "many.sqlite", filler=12), create=False)
    window = MainWindow(office, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(window)
    try:
        keys = [window.model.student_id(row) for row in range(MAX_OPEN + 1)]
        for key in keys[:MAX_OPEN]:
            window.open_case(key)
        window.open_case(keys[0])  # looked at again: now the second is the oldest
        window.open_case(keys[MAX_OPEN])
        open_keys = [screen.key for screen in case_tabs(window)]
        assert len(open_keys) == MAX_OPEN
        assert keys[1] not in open_keys and keys[0] in open_keys
    finally:
        window.close()
        office.close()


def test_opening_another_store_closes_the_cases(qtbot, case_window, tmp_path: Path):
    open_from_list(qtbot, case_window, "noor")
    other = build_case_store(tmp_path / "other.sqlite")
    assert case_window.open_store(other)
    assert case_tabs(case_window) == []


def test_the_case_speaks_english_after_switching(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "noor")
    case_window.language_actions["en"].trigger()
    try:
        # Qt posts the LanguageChange events: wait for them.
        qtbot.waitUntil(lambda: case_window.edit_menu.title() == "&Edit")
        assert screen.case_actions.add_application.text() == "Add &application…"
        assert "Offer from Zorggroep Óost" in screen.timeline.model.texts()
        assert case_window.cases.undo_action.text() == "Undo"
    finally:
        case_window.language_actions["nl"].trigger()


def test_a_mentor_cannot_open_another_mentors_student(qtbot, case_window):
    from stagedesk.domain.enums import StaffRole
    from stagedesk.services.actor import Actor

    case_window.office.actor = Actor(None, "Mo Mentor", frozenset({StaffRole.MENTOR}))
    assert case_window.cases.open_case(key_of(case_window, "noor")) is None
    assert case_tabs(case_window) == []
    assert "geen toegang" in case_window.statusBar().currentMessage()
