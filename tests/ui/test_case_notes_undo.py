"""Notes in a case and the undo history: only one's own notes are offered for editing, every
edit can be undone and redone, and an undo that meets someone else's change says so."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt

from stagedesk.services import cases
from stagedesk.ui.dialogs.application_dialogs import AddApplicationDialog
from stagedesk.ui.dialogs.note_dialog import NoteDialog
from tests.ui.case_helpers import (
    click,
    dialog_of,
    key_of,
    list_status,
    make_case_window,
    open_from_list,
    save,
    select_entry,
)
from tests.ui.case_store import MENTOR_NOTE
from tests.ui.factories import TODAY

MENTOR_LINE = f"Fatima el Amrani: {MENTOR_NOTE}"

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def write_note(qtbot, screen, text: str) -> None:
    click(qtbot, screen.case_actions.add_note)
    dialog = dialog_of(qtbot, screen, NoteDialog)
    qtbot.keyClicks(dialog.body, text)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_another_staff_members_note_offers_no_edit_or_delete(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "zoe")
    select_entry(screen, MENTOR_LINE)
    assert screen.case_actions.edit_note.isHidden()
    assert screen.case_actions.delete_note.isHidden()


def test_a_note_is_added_edited_and_the_edit_undone_and_redone(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "zoe")
    write_note(qtbot, screen, "Belt morgen terug over Bytes & Co.")
    line = "Carla Coördinator: Belt morgen terug over Bytes & Co."
    assert line in screen.timeline.model.texts()
    assert screen.selected_entry() is not None  # the new note is selected
    actions = screen.case_actions
    assert actions.edit_note.isVisible() and actions.delete_note.isVisible()

    click(qtbot, actions.edit_note)
    dialog = dialog_of(qtbot, screen, NoteDialog)
    dialog.body.selectAll()
    qtbot.keyClicks(dialog.body, "Heeft teruggebeld: gesprek op vrijdag.")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    edited = "Carla Coördinator: Heeft teruggebeld: gesprek op vrijdag."
    assert edited in screen.timeline.model.texts()
    assert case_window.cases.undo_action.text() == "Ongedaan maken: notitie wijzigen"

    gc.collect()  # the commands live on in the stack, not only in Python
    case_window.cases.undo_action.trigger()
    assert line in screen.timeline.model.texts() and edited not in screen.timeline.model.texts()
    case_window.cases.redo_action.trigger()
    assert edited in screen.timeline.model.texts()


def test_an_empty_note_is_not_saved(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "zoe")
    click(qtbot, screen.case_actions.add_note)
    dialog = dialog_of(qtbot, screen, NoteDialog)
    qtbot.keyClicks(dialog.body, "   ")
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.body_message.text() == "Schrijf eerst iets op."


def test_deleting_a_note_is_undone_with_the_same_note(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "zoe")
    write_note(qtbot, screen, "Tijdelijke notitie")
    line = "Carla Coördinator: Tijdelijke notitie"
    select_entry(screen, line)
    click(qtbot, screen.case_actions.delete_note)
    assert line not in screen.timeline.model.texts()
    case_window.cases.undo_action.trigger()
    assert line in screen.timeline.model.texts()


def test_undoing_an_added_application_puts_the_list_status_back(qtbot, case_window):
    bart = key_of(case_window, "bart")
    screen = open_from_list(qtbot, case_window, "bart")
    assert list_status(case_window, bart) == "niet gestart"
    click(qtbot, screen.case_actions.add_application)
    dialog = dialog_of(qtbot, screen, AddApplicationDialog)
    qtbot.keyClicks(dialog.company, "zorg")
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: list_status(case_window, bart) == "solliciteert")
    assert case_window.cases.undo_action.text() == "Ongedaan maken: sollicitatie toevoegen"
    case_window.cases.undo_action.trigger()
    assert list_status(case_window, bart) == "niet gestart"
    assert screen.case is not None and screen.case.applications == ()
    assert case_window.cases.undo_action.text() == "Ongedaan maken"
    case_window.cases.redo_action.trigger()
    assert list_status(case_window, bart) == "solliciteert"
    assert screen.case is not None and len(screen.case.applications) == 1


def test_an_undo_after_someone_else_changed_the_note_says_so_and_clears_the_history(
    qtbot, case_window
):
    screen = open_from_list(qtbot, case_window, "zoe")
    write_note(qtbot, screen, "Eerste versie")
    note = next(n for n in screen.case.notes if n.body == "Eerste versie")
    office = case_window.office
    # The same coordinator at another desk changes the note meanwhile.
    cases.edit_note(
        office.sessions, office.actor, note.id, note.version, "Andere versie", today=TODAY
    )
    case_window.cases.undo_action.trigger()
    assert "iemand anders heeft dit dossier intussen gewijzigd" in screen.message.text()
    assert screen.message.isVisible()
    qtbot.waitUntil(lambda: screen.undo_stack.count() == 0)
    assert not case_window.cases.undo_action.isEnabled()
    assert "Carla Coördinator: Andere versie" in screen.timeline.model.texts()


def test_undo_acts_only_on_the_case_in_front(qtbot, case_window):
    zoe_screen = open_from_list(qtbot, case_window, "zoe")
    write_note(qtbot, zoe_screen, "Notitie over het cv")
    noor_screen = open_from_list(qtbot, case_window, "noor")
    assert not case_window.cases.undo_action.isEnabled()  # Noor's case has no history yet
    case_window.tabs.setCurrentIndex(0)  # the student list: nothing to undo there
    assert not case_window.cases.undo_action.isEnabled()
    case_window.tabs.setCurrentWidget(zoe_screen)
    assert case_window.cases.undo_action.isEnabled()
    assert noor_screen.undo_stack.count() == 0
