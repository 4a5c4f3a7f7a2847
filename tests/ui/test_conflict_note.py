"""The same coordinator edits a note at two desks: the second save shows both texts, and
saving the second over the first is undone back to the first (not to the stale read)."""

from __future__ import annotations

import pytest

from stagedesk.services import cases
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.conflict_dialog import ConflictChoice
from stagedesk.ui.dialogs.note_dialog import NoteDialog
from tests.ui.case_helpers import click, dialog_of, make_case_window, open_from_list, save
from tests.ui.factories import TODAY
from tests.ui.test_case_notes_undo import write_note
from tests.ui.test_conflict_placement import Answers

case_window_fixture = pytest.fixture(make_case_window, name="case_window")
FIRST = "Carla Coördinator: Belt morgen terug."
AT_B = "Carla Coördinator: Gebeld vanaf het andere bureau."
AT_A = "Carla Coördinator: Gebeld vanaf dit bureau."


def test_saving_my_note_over_the_other_desks_and_undoing_it(qtbot, case_window, monkeypatch):
    answers = Answers(monkeypatch, ConflictChoice.MINE)
    screen = open_from_list(qtbot, case_window, "zoe")
    write_note(qtbot, screen, "Belt morgen terug.")
    click(qtbot, screen.case_actions.edit_note)
    dialog = dialog_of(qtbot, screen, NoteDialog)
    dialog.body.setPlainText("Gebeld vanaf dit bureau.")
    desk = Office.open(case_window.office.store.url, create=False, daily_backup=False)
    try:
        actor = case_window.office.actor  # the same person, at the other desk
        case = cases.open_case(desk.sessions, actor, screen.student_id, today=TODAY)
        (note,) = [n for n in case.notes if n.author_id == actor.staff_id]
        cases.edit_note(desk.sessions, actor, note.id, note.version,
                        "Gebeld vanaf het andere bureau.", today=TODAY)  # fmt: skip
    finally:
        desk.close()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ((_, what, fields),) = answers.shown
    assert what == "Uw notitie"
    assert fields["Tekst"] == ("Gebeld vanaf dit bureau.", "Gebeld vanaf het andere bureau.")
    texts = screen.timeline.model.texts()
    assert AT_A in texts and AT_B not in texts and FIRST not in texts
    screen.undo_stack.undo()
    qtbot.waitUntil(lambda: AT_B in screen.timeline.model.texts())
