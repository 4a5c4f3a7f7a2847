"""Visits in the case file, through the widgets: plan one, move it, log it with the checklist
as a form (answers by mouse and keyboard, remarks, notes, actions, concerns, the next visit),
and a refusal shown at the field it names."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QRadioButton

from stagedesk.domain.checklists import Answer, VisitConcern
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.visits import ActionOwner, VisitMode
from stagedesk.services import visits
from stagedesk.ui.dialogs.visit_dialog import PlanVisitDialog
from stagedesk.ui.dialogs.visit_dialog_log import LogVisitDialog
from stagedesk.ui.screens.case_file import CaseFileScreen
from tests.ui.case_helpers import click, dialog_of, make_case_window, open_from_list, save
from tests.ui.factories import TODAY

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def visits_tab(qtbot, window) -> CaseFileScreen:
    screen = open_from_list(qtbot, window, "vries")
    screen.side.setCurrentWidget(screen.visits)
    return screen


def stored(screen: CaseFileScreen) -> tuple[visits.VisitView, ...]:
    ctx = screen.context
    placement = screen.visits.current_placement()
    assert placement is not None
    return visits.placement_visits(ctx.sessions, ctx.actor, placement.id, today=TODAY)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_planning_a_visit_stores_type_date_time_mentor_and_mode(qtbot, case_window):
    screen = visits_tab(qtbot, case_window)
    assert screen.visits.list.topLevelItemCount() == 0
    click(qtbot, screen.visits.plan_button)
    dialog = dialog_of(qtbot, screen, PlanVisitDialog)
    assert dialog.value().visit_type is VisitType.START  # none held or planned yet
    assert dialog.mentor.currentText() == "Fatima el Amrani"  # the student's mentor
    dialog.planned_on.set_value(date(2026, 12, 3))
    qtbot.mouseClick(dialog.planned_time.enabled, Qt.MouseButton.LeftButton)
    dialog.planned_time.edit.setTime(dialog.planned_time.edit.time().fromString("14:30", "HH:mm"))
    choose(dialog.mentor, "Joost de Wit")
    choose(dialog.mode, "telefonisch")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (visit,) = stored(screen)
    assert (visit.visit_type, visit.planned_on, visit.planned_time) == (
        VisitType.START,
        date(2026, 12, 3),
        time(14, 30),
    )
    assert (visit.mentor_name, visit.mode) == ("Joost de Wit", VisitMode.CALL)
    row = screen.visits.list.topLevelItem(0)
    assert [row.text(c) for c in range(5)] == [
        "03-12-2026 14:30", "startbezoek", "telefonisch", "Joost de Wit", "gepland",
    ]  # fmt: skip


def plan(screen: CaseFileScreen, on: date, kind: VisitType = VisitType.START) -> None:
    ctx = screen.context
    placement = screen.visits.current_placement()
    assert placement is not None
    visits.plan_visit(ctx.sessions, ctx.actor, placement.id, kind, on, today=TODAY)
    screen.reload()


def test_an_overdue_visit_says_so_in_words_and_can_be_moved(qtbot, case_window):
    screen = visits_tab(qtbot, case_window)
    plan(screen, TODAY - timedelta(days=3))
    row = screen.visits.list.topLevelItem(0)
    assert row.text(4) == "te laat"
    screen.visits.list.setCurrentItem(row)
    click(qtbot, screen.visits.move_button)
    dialog = dialog_of(qtbot, screen, PlanVisitDialog)
    assert not dialog.visit_type.isEnabled()
    dialog.planned_on.set_value(TODAY + timedelta(days=2))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (visit,) = stored(screen)
    assert visit.planned_on == TODAY + timedelta(days=2) and not visit.overdue
    assert screen.visits.list.topLevelItem(0).text(4) == "gepland"


def test_logging_a_visit_through_the_checklist_form_stores_everything(qtbot, case_window):
    screen = visits_tab(qtbot, case_window)
    plan(screen, TODAY - timedelta(days=1))
    click(qtbot, screen.visits.log_button)
    dialog = dialog_of(qtbot, screen, LogVisitDialog)
    rows = dialog.checklist.rows
    assert len(rows) >= 10  # the shipped start checklist, all five building blocks
    first, second, *rest = rows.values()
    # Mouse: "ja" on the first item; keyboard: into the second item's answers, then right.
    qtbot.mouseClick(first.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    second.setFocus()  # the item's focus goes to its answers
    qtbot.waitUntil(lambda: second.buttons[Answer.YES].hasFocus())
    qtbot.keyClick(second.buttons[Answer.YES], Qt.Key.Key_Space)
    qtbot.keyClick(second.buttons[Answer.YES], Qt.Key.Key_Right)
    assert second.answer() is Answer.NO
    qtbot.keyClicks(second.remark, "Werk past nog niet goed")
    for row in rest:
        qtbot.mouseClick(row.buttons[Answer.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    # "nee" on an item with a concern suggests it, without ticking it.
    assert not dialog.suggestion.isHidden() and "andere zorg" in dialog.suggestion.text()
    assert not dialog.concern_boxes[VisitConcern.OTHER].isChecked()
    box = dialog.findChild(QCheckBox, "concern-no_supervision")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.notes, "Goed gesprek met de praktijkopleider.")
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    action = dialog.actions.rows[0]
    qtbot.keyClicks(action.text, "Leerdoelen opschrijven")
    choose(action.owner, "bpv-begeleider")
    action.due.set_value(TODAY + timedelta(days=10))
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.actions.rows[1].remove, Qt.MouseButton.LeftButton)  # added, removed
    assert dialog.next_box.isChecked() and dialog.value().next_visit.visit_type is VisitType.MIDTERM
    dialog.next_on.set_value(TODAY + timedelta(weeks=6))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    held, following = stored(screen)
    assert held.status is VisitStatus.HELD and held.held_on == TODAY - timedelta(days=1)
    report = visits.read_visit(screen.context.sessions, screen.context.actor, held.id, today=TODAY)
    answers = report.answers
    assert answers[first.item.id].answer is Answer.YES
    assert (answers[second.item.id].answer, answers[second.item.id].remark) == (
        Answer.NO,
        "Werk past nog niet goed",
    )
    assert all(answers[row.item.id].answer is Answer.NOT_APPLICABLE for row in rest)
    assert held.notes == "Goed gesprek met de praktijkopleider."
    (agreed,) = held.agreed_actions
    assert (agreed.text, agreed.owner, agreed.due_on) == (
        "Leerdoelen opschrijven",
        ActionOwner.MENTOR,
        TODAY + timedelta(days=10),
    )
    assert held.concerns == {VisitConcern.NO_SUPERVISION}
    assert (following.visit_type, following.planned_on, following.status) == (
        VisitType.MIDTERM,
        TODAY + timedelta(weeks=6),
        VisitStatus.PLANNED,
    )
    assert screen.visits.list.topLevelItem(0).text(4) == "gehouden, zorgen gemeld"


def test_a_refusal_is_shown_at_the_field_it_names(qtbot, case_window):
    screen = visits_tab(qtbot, case_window)
    plan(screen, TODAY - timedelta(days=1))
    click(qtbot, screen.visits.log_button)
    dialog = dialog_of(qtbot, screen, LogVisitDialog)
    dialog.next_on.set_value(TODAY - timedelta(days=20))  # before the visit was held
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert not dialog.next_message.isHidden()
    assert "before this visit was held" in dialog.next_message.text()
    assert dialog.problem.text() == "Niet opgeslagen: zie de melding bij het veld."
    (visit,) = stored(screen)
    assert visit.status is VisitStatus.PLANNED  # nothing stored


def test_the_answer_buttons_are_radio_buttons_one_choice_per_item(qtbot, case_window):
    screen = visits_tab(qtbot, case_window)
    plan(screen, TODAY)
    click(qtbot, screen.visits.log_button)
    dialog = dialog_of(qtbot, screen, LogVisitDialog)
    row = next(iter(dialog.checklist.rows.values()))
    assert [b.text() for b in row.findChildren(QRadioButton)] == ["ja", "nee", "n.v.t."]
    qtbot.mouseClick(row.buttons[Answer.NO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    assert row.answer() is Answer.YES and not row.buttons[Answer.NO].isChecked()
    dialog.reject()


def test_a_held_visits_report_and_a_blank_checklist_print_from_the_visits_tab(
    qtbot, case_window, tmp_path, monkeypatch
):
    screen = visits_tab(qtbot, case_window)
    plan(screen, TODAY - timedelta(days=1))
    (visit,) = stored(screen)
    ctx = screen.context
    visits.log_visit(ctx.sessions, ctx.actor, visit.id, visit.version, TODAY - timedelta(days=1),
                     answers={}, notes="Alles in orde bij de Zorggroep.", today=TODAY)  # fmt: skip
    screen.reload()
    panel = screen.visits
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.printing.report_action.isEnabled()
    out = tmp_path / "verslag"  # .pdf is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    panel.printing.report_action.trigger()
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "verslag.pdf").pages)
    assert "IJsbrand de Vries" in text and "Alles in orde bij de Zorggroep." in text
    assert panel.printing.print_blank(tmp_path / "leeg.pdf")
    assert (tmp_path / "leeg.pdf").stat().st_size > 1000
    assert screen.message.isHidden()


def test_planning_and_moving_are_undone_and_redone_like_every_case_edit(qtbot, case_window):
    screen = visits_tab(qtbot, case_window)
    click(qtbot, screen.visits.plan_button)
    dialog = dialog_of(qtbot, screen, PlanVisitDialog)
    dialog.planned_on.set_value(date(2026, 12, 3))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (planned,) = stored(screen)
    assert screen.undo_stack.undoText() == "bezoek plannen"
    screen.visits.list.setCurrentItem(screen.visits.list.topLevelItem(0))
    click(qtbot, screen.visits.move_button)
    dialog = dialog_of(qtbot, screen, PlanVisitDialog)
    dialog.planned_on.set_value(date(2026, 12, 10))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(screen)[0].planned_on == date(2026, 12, 10)

    screen.undo_stack.undo()  # the move
    assert stored(screen)[0].planned_on == date(2026, 12, 3)
    screen.undo_stack.undo()  # the planning
    assert stored(screen) == ()
    assert screen.visits.list.topLevelItemCount() == 0
    screen.undo_stack.redo()
    screen.undo_stack.redo()
    (again,) = stored(screen)
    assert again.id == planned.id and again.planned_on == date(2026, 12, 10)
    assert screen.message.isHidden()
