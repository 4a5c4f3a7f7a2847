"""Changing a placement and deleting an application or a placement in the case file, through
its widgets: every change is undone and redone, a delete asks first and is undone with the
same record, the service's refusals are said in Dutch, and dates out of range are named at the
field instead of being refused without a word."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox

from stagedesk.domain.enums import ApplicationStatus, StaffRole, VisitStatus, VisitType
from stagedesk.services import applications, cases, placements
from stagedesk.services.actor import Actor
from stagedesk.services.timeline import TimelineKind
from stagedesk.store.visits import Visit
from stagedesk.ui.dialogs.application_dialogs import AddApplicationDialog, StatusDialog
from stagedesk.ui.dialogs.note_dialog import NoteDialog
from stagedesk.ui.dialogs.placement_dialogs import EditPlacementDialog, PlacementDialog
from stagedesk.ui.screens.case_file import CaseFileScreen
from tests.ui.case_helpers import (
    click,
    dialog_of,
    key_of,
    kinds,
    list_status,
    make_case_window,
    open_from_list,
    save,
    select_entry,
)
from tests.ui.case_store import MENTOR
from tests.ui.factories import TODAY

case_window_fixture = pytest.fixture(make_case_window, name="case_window")

PLACEMENT_LINE = "Begin bpv bij Zorggroep Óost (14-12-2026 t/m 02-05-2027, 32 uur per week)"
EDITED_LINE = "Begin bpv bij Zorggroep Óost (14-12-2026 t/m 25-04-2027, 24 uur per week)"
ACCEPTED_LINE = "Aanbod van Zorggroep Óost geaccepteerd"
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Questions:
    """Stands in for QMessageBox.question: answers ``answer`` and keeps what was asked."""

    def __init__(self, monkeypatch, answer: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, _parent, _title, text, *_args, **_kwargs):
        self.asked.append(text)
        return self.answer


@pytest.fixture
def yes(monkeypatch) -> Questions:
    return Questions(monkeypatch, QMessageBox.StandardButton.Yes)


def accept_zorggroep(qtbot, screen: CaseFileScreen, *, record_placement: bool = True) -> None:
    """Noor accepts the offer of Zorggroep Óost; the proposed placement is saved as it is."""
    select_entry(screen, "Aanbod van Zorggroep Óost")
    click(qtbot, screen.case_actions.change_status)
    status = dialog_of(qtbot, screen, StatusDialog)
    status.select_target(ApplicationStatus.ACCEPTED)
    save(qtbot, status)
    dialog = dialog_of(qtbot, screen, PlacementDialog)
    if record_placement:
        save(qtbot, dialog)
    else:
        dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def open_edit(qtbot, screen: CaseFileScreen) -> EditPlacementDialog:
    select_entry(screen, PLACEMENT_LINE)
    click(qtbot, screen.case_actions.edits.edit_placement)
    return dialog_of(qtbot, screen, EditPlacementDialog)


def overview(screen: CaseFileScreen) -> str:
    return screen.overview.toPlainText()


def test_a_placements_end_hours_and_praktijkopleider_change_and_are_undone_and_redone(
    qtbot, case_window
):
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    dialog = open_edit(qtbot, screen)
    assert dialog.total.text() == "640 uur in totaal (20 weken)"
    assert dialog.praktijkopleider.currentText() == "Ria Praktijk"
    dialog.end.set_value(date(2027, 4, 25))
    dialog.hours.setValue(24)
    assert dialog.total.text() == "456 uur in totaal (19 weken)"  # as the service computes it
    dialog.praktijkopleider.setCurrentIndex(0)  # not known yet
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    def shows_edit() -> bool:
        return (
            EDITED_LINE in screen.timeline.model.texts()
            and "14-12-2026 t/m 25-04-2027" in overview(screen)
            and "24 per week, 456 in totaal" in overview(screen)
            and "Praktijkopleider\nnog niet bekend" in overview(screen)
        )

    def shows_original() -> bool:
        return (
            PLACEMENT_LINE in screen.timeline.model.texts()
            and "14-12-2026 t/m 02-05-2027" in overview(screen)
            and "32 per week, 640 in totaal" in overview(screen)
            and "Praktijkopleider\nRia Praktijk" in overview(screen)
        )

    assert shows_edit()
    assert PLACEMENT_LINE not in screen.timeline.model.texts()
    assert case_window.cases.undo_action.text() == "Ongedaan maken: plaatsing wijzigen"

    table = screen.timeline.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(shows_original)
    assert EDITED_LINE not in screen.timeline.model.texts()
    qtbot.keyClick(table, Qt.Key.Key_Z, SHIFT_CTRL)
    qtbot.waitUntil(shows_edit)
    assert screen.message.isHidden()


def test_a_start_moved_into_the_past_shows_the_placements_new_warning(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    warning = "De bpv bij Zorggroep Óost is op 16-11-2026 begonnen, maar de POK is nog niet rond."
    assert warning not in screen.warning_lines()
    dialog = open_edit(qtbot, screen)
    dialog.start.set_value(date(2026, 11, 16))
    assert dialog.total.text() == "768 uur in totaal (24 weken)"
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert warning in screen.warning_lines()
    case_window.cases.undo_action.trigger()
    assert warning not in screen.warning_lines()


def test_an_end_before_the_start_is_named_at_the_field_and_no_service_is_called(
    qtbot, case_window, monkeypatch
):
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    dialog = open_edit(qtbot, screen)
    calls = []
    monkeypatch.setattr(placements, "edit_placement", lambda *a, **k: calls.append(a))
    dialog.end.set_value(date(2026, 12, 1))
    message = "Het einde ligt vóór het begin (14-12-2026)."
    assert dialog.end.message.text() == message and dialog.end.message.isVisible()
    assert dialog.total.text() == ""
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.end.message.text() == message
    assert calls == []
    dialog.start.set_value(date(2026, 11, 18))  # the begin moved before it: the message goes
    assert dialog.end.message.isHidden()
    assert dialog.total.text() == "64 uur in totaal (2 weken)"


def test_a_status_date_in_the_future_or_before_the_last_change_is_named_at_the_field(
    qtbot, case_window, monkeypatch
):
    screen = open_from_list(qtbot, case_window, "noor")
    select_entry(screen, "Aanbod van Bakkerij De Korenaar")
    click(qtbot, screen.case_actions.change_status)
    dialog = dialog_of(qtbot, screen, StatusDialog)
    calls = []
    monkeypatch.setattr(applications, "change_status", lambda *a, **k: calls.append(a))
    dialog.on.set_value(TODAY + timedelta(days=1))
    future = "Deze datum ligt in de toekomst; kies vandaag (24-11-2026) of eerder."
    assert dialog.on.message.text() == future and dialog.on.message.isVisible()
    assert dialog.on.value() == TODAY + timedelta(days=1)  # kept as typed, not clamped
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.on.message.text() == future
    dialog.on.set_value(date(2026, 11, 10))
    assert dialog.on.message.text() == (
        "Deze datum ligt vóór de vorige statuswijziging (16-11-2026)."
    )
    save(qtbot, dialog)
    assert dialog.isVisible() and calls == []
    dialog.on.set_value(TODAY)
    assert dialog.on.message.isHidden()


def test_deleting_an_application_recomputes_the_status_and_undo_brings_back_the_same_one(
    qtbot, case_window, yes
):
    bart = key_of(case_window, "bart")
    screen = open_from_list(qtbot, case_window, "bart")
    click(qtbot, screen.case_actions.add_application)
    add = dialog_of(qtbot, screen, AddApplicationDialog)
    qtbot.keyClicks(add.company, "zorg")
    qtbot.keyClick(add.company, Qt.Key.Key_Return)
    qtbot.keyClick(add.company, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: list_status(case_window, bart) == "solliciteert")
    assert screen.case is not None
    (added,) = screen.case.applications
    line = "Sollicitatie verstuurd naar Zorggroep Óost (via Stagemarkt)"
    select_entry(screen, line)

    click(qtbot, screen.case_actions.edits.delete_application)
    assert yes.asked == [
        "De sollicitatie bij Zorggroep Óost verwijderen, met haar hele geschiedenis?\n\n"
        "Met Ongedaan maken (Ctrl+Z) komt ze terug."
    ]
    assert line not in screen.timeline.model.texts()
    assert TimelineKind.APPLICATION not in kinds(screen)
    assert list_status(case_window, bart) == "niet gestart"
    assert screen.header.status.text() == "niet gestart"
    assert case_window.cases.undo_action.text() == "Ongedaan maken: sollicitatie verwijderen"

    case_window.cases.undo_action.trigger()
    assert screen.case is not None and screen.case.applications == (added,)
    assert screen.case.applications[0].id == added.id
    assert line in screen.timeline.model.texts()
    assert list_status(case_window, bart) == "solliciteert"
    case_window.cases.redo_action.trigger()
    assert screen.case is not None and screen.case.applications == ()
    assert list_status(case_window, bart) == "niet gestart"


def test_a_delete_answered_no_changes_nothing(qtbot, case_window, monkeypatch):
    no = Questions(monkeypatch, QMessageBox.StandardButton.No)
    screen = open_from_list(qtbot, case_window, "noor")
    select_entry(screen, "Aanbod van Bakkerij De Korenaar")
    click(qtbot, screen.case_actions.edits.delete_application)
    assert len(no.asked) == 1
    assert screen.case is not None and len(screen.case.applications) == 2
    assert screen.undo_stack.count() == 0


def test_deleting_an_application_a_placement_was_made_from_is_refused_and_changes_nothing(
    qtbot, case_window, yes
):
    noor = key_of(case_window, "noor")
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    before, steps = screen.case, screen.undo_stack.count()
    status = list_status(case_window, noor)
    select_entry(screen, ACCEPTED_LINE)
    click(qtbot, screen.case_actions.edits.delete_application)
    assert yes.asked == []  # nothing to ask: it cannot be deleted
    assert screen.message.isVisible()
    assert screen.message.text() == (
        "De sollicitatie bij Zorggroep Óost is niet verwijderd: er is een plaatsing uit "
        "voortgekomen. Verwijder eerst die plaatsing."
    )
    screen.reload()
    assert screen.case == before and screen.undo_stack.count() == steps
    assert list_status(case_window, noor) == status


def test_the_services_refusal_reads_the_same_when_the_case_was_out_of_date(qtbot, case_window, yes):
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen, record_placement=False)
    app = next(a for a in screen.case.applications if a.status is ApplicationStatus.ACCEPTED)
    proposal = applications.propose_placement(
        screen.context.sessions, screen.context.actor, app.id, today=TODAY
    )
    # Someone at another desk records the placement; this case has not been read again.
    placements.create_placement(
        screen.context.sessions, screen.context.actor, app.student_id, app.company_id,
        proposal.start, proposal.end, proposal.hours_per_week, application_id=app.id,
        allowance_kind=proposal.allowance_kind,
        allowance_cents_per_month=proposal.allowance_cents_per_month, today=TODAY,
    )  # fmt: skip
    select_entry(screen, ACCEPTED_LINE)
    click(qtbot, screen.case_actions.edits.delete_application)
    assert len(yes.asked) == 1
    assert screen.message.text().startswith(
        "De sollicitatie bij Zorggroep Óost is niet verwijderd: er is een plaatsing"
    )
    screen.reload()
    assert any(a.id == app.id for a in screen.case.applications)


def test_deleting_a_placement_is_undone_with_the_same_placement(qtbot, case_window, yes):
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    (placement,) = screen.case.placements
    select_entry(screen, PLACEMENT_LINE)
    click(qtbot, screen.case_actions.edits.delete_placement)
    assert yes.asked[0].startswith(
        "De plaatsing bij Zorggroep Óost (14-12-2026 t/m 02-05-2027) verwijderen"
    )
    assert screen.case.placements == ()
    assert PLACEMENT_LINE not in screen.timeline.model.texts()
    assert "nog geen plaatsing" in overview(screen)
    assert screen.case_actions.make_placement.isVisible()  # the acceptance is still there
    case_window.cases.undo_action.trigger()
    assert screen.case.placements == (placement,)
    assert screen.case.placements[0].id == placement.id
    assert PLACEMENT_LINE in screen.timeline.model.texts()


def test_a_placement_with_visits_is_not_deleted(qtbot, case_window, yes):
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    (placement,) = screen.case.placements
    with screen.context.sessions.begin() as s:
        s.add(
            Visit(
                placement_id=placement.id,
                visit_type=VisitType.START,
                status=VisitStatus.PLANNED,
                planned_on=date(2026, 12, 15),
            )
        )
    screen.reload()
    select_entry(screen, PLACEMENT_LINE)
    click(qtbot, screen.case_actions.edits.delete_placement)
    assert yes.asked == []
    assert screen.message.text() == (
        "De plaatsing bij Zorggroep Óost is niet verwijderd: er zijn bezoeken aan gekoppeld, "
        "die dan verloren zouden gaan."
    )
    assert screen.case.placements == (placement,)


def test_a_mentor_is_offered_neither_the_change_nor_the_deletes(qtbot, case_window):
    office = case_window.office
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    mentor_id = screen.case.header.mentor_id
    office.actor = Actor(mentor_id, MENTOR, frozenset({StaffRole.MENTOR}))
    screen.reload()
    edits = screen.case_actions.edits
    assert edits.edit_placement.isHidden()
    select_entry(screen, PLACEMENT_LINE)
    assert edits.delete_placement.isHidden() and edits.edit_placement.isHidden()
    select_entry(screen, ACCEPTED_LINE)
    assert edits.delete_application.isHidden()


def test_a_date_typed_after_today_is_kept_and_named_on_saving(qtbot, case_window, monkeypatch):
    screen = open_from_list(qtbot, case_window, "zoe")
    click(qtbot, screen.case_actions.add_note)
    dialog = dialog_of(qtbot, screen, NoteDialog)
    calls = []
    monkeypatch.setattr(cases, "add_note", lambda *a, **k: calls.append(a))
    qtbot.keyClicks(dialog.body, "Belt morgen.")
    field = dialog.written_on
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, "25")  # 25-11-2026: tomorrow
    assert field.value() == date(2026, 11, 25)  # not refused or clamped while typing
    assert field.message.isHidden()  # nor judged half-typed
    save(qtbot, dialog)
    assert dialog.isVisible() and calls == []
    assert field.message.text() == (
        "Deze datum ligt in de toekomst; kies vandaag (24-11-2026) of eerder."
    )
