"""Screens beside the student list: tabs, retranslation, store switching, opening a case and
'show student'."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from stagedesk.services.directory import ListFilter
from stagedesk.services.office import Office


class FakeScreen(QWidget):
    open_case_requested = Signal(str)

    def __init__(self, office: Office) -> None:
        super().__init__()
        self.office = office
        self.refreshed = 0

    def title(self) -> str:
        return self.tr("Proefscherm")

    def set_office(self, office: Office) -> None:
        self.office = office

    def refresh(self) -> None:
        self.refreshed += 1


def test_a_screen_becomes_a_tab_and_follows_reload(qtbot, window):
    screen = FakeScreen(window.office)
    before = window.tabs.count()
    window.add_screen(screen)
    assert window.tabs.count() == before + 1
    assert window.tabs.tabText(0) == "Studenten"
    assert window.tabs.tabText(before) == "Proefscherm"
    window.refresh_action.trigger()
    assert screen.refreshed == 1


def test_a_screen_asking_for_a_student_opens_their_case(qtbot, window):
    from stagedesk.ui.screens.case_file import CaseFileScreen

    screen = FakeScreen(window.office)
    window.add_screen(screen)
    window.tabs.setCurrentWidget(screen)
    wanted = window.office.directory.filter(ListFilter(text="ijsbrand"))[0]
    screen.open_case_requested.emit(wanted)
    case = window.tabs.currentWidget()
    assert isinstance(case, CaseFileScreen) and case.key == wanted
    assert window.tabs.tabText(window.tabs.currentIndex()) == "IJsbrand de Vries"


def test_show_student_brings_the_list_forward_with_them_selected(qtbot, window):
    screen = FakeScreen(window.office)
    window.add_screen(screen)
    window.tabs.setCurrentWidget(screen)
    directory = window.office.directory
    hidden = directory.filter(ListFilter(text="ijsbrand"))[0]
    qtbot.keyClicks(window.filter_edit, "zoe berg")  # a filter that hides IJsbrand
    assert window.model.row_of(hidden) is None
    window.show_student(hidden)
    assert window.tabs.currentIndex() == 0
    assert window.filter_edit.text() == ""
    assert window.selected_student() == hidden
    assert window.model.student_id(window.table.currentIndex().row()) == hidden


def test_the_actor_defaults_to_a_coordinator(window):
    from stagedesk.domain.enums import StaffRole

    assert window.office.actor.roles & {StaffRole.COORDINATOR, StaffRole.ADMIN}
