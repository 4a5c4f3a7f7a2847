"""Two desks log the same visit: the second save shows both versions of the visit log.

Desk A (the window) has the visit log open when desk B (another coordinator, a second Office
on the same SQLite store) logs the visit. A's save offers both versions field by field; A
can take B's log (A's on the clipboard), save A's over it (a new save in the audit trail), or
go on editing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from stagedesk.services import visits
from stagedesk.store.office import AuditEntry
from stagedesk.ui.dialogs.conflict_dialog import ConflictChoice
from stagedesk.ui.dialogs.visit_dialog_log import LogVisitDialog
from tests.ui.case_helpers import click, dialog_of, make_case_window, save
from tests.ui.factories import TODAY
from tests.ui.test_conflict_placement import OTHER, Answers, other_desk
from tests.ui.test_visit_dialogs import plan, visits_tab

case_window_fixture = pytest.fixture(make_case_window, name="case_window")
HELD = TODAY - timedelta(days=1)


def start_conflict(qtbot, case_window, monkeypatch, choice):
    answers = Answers(monkeypatch, choice)
    screen = visits_tab(qtbot, case_window)
    plan(screen, HELD)
    click(qtbot, screen.visits.log_button)
    dialog = dialog_of(qtbot, screen, LogVisitDialog)
    dialog.notes.setPlainText("Aantekening van bureau A")
    dialog.next_box.setChecked(False)  # the bpv ends before a next visit would be due
    placement = screen.visits.current_placement()
    desk, bram = other_desk(case_window)
    try:
        (planned,) = visits.placement_visits(desk.sessions, bram, placement.id, today=TODAY)
        visits.log_visit(
            desk.sessions, bram, planned.id, planned.version, HELD, answers={},
            notes="Aantekening van bureau B", today=TODAY,
        )  # fmt: skip
    finally:
        desk.close()
    save(qtbot, dialog)
    return answers, screen, dialog, planned.id


def stored_notes(screen, visit_id) -> str | None:
    ctx = screen.context
    return visits.read_visit(ctx.sessions, ctx.actor, visit_id, today=TODAY).visit.notes


def test_the_second_log_shows_both_versions(qtbot, case_window, monkeypatch):
    answers, screen, dialog, visit_id = start_conflict(
        qtbot, case_window, monkeypatch, ConflictChoice.EDIT
    )
    ((conflict, what, fields),) = answers.shown
    assert what.startswith("Het bezoek bij ") and conflict.saved_by == OTHER
    assert fields["Aantekeningen"] == ("Aantekening van bureau A", "Aantekening van bureau B")
    assert fields["Status"] == ("gehouden", "gehouden")
    assert dialog.isVisible() and dialog.problem.text()
    assert stored_notes(screen, visit_id) == "Aantekening van bureau B"


def test_taking_theirs_keeps_their_log_and_mine_on_the_clipboard(qtbot, case_window, monkeypatch):
    _, screen, dialog, visit_id = start_conflict(
        qtbot, case_window, monkeypatch, ConflictChoice.THEIRS
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored_notes(screen, visit_id) == "Aantekening van bureau B"
    assert "Aantekeningen: Aantekening van bureau A" in QGuiApplication.clipboard().text()


def test_saving_mine_over_theirs_is_audited(qtbot, case_window, monkeypatch):
    _, screen, dialog, visit_id = start_conflict(
        qtbot, case_window, monkeypatch, ConflictChoice.MINE
    )
    qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.problem.text()))
    assert not dialog.problem.text()
    assert stored_notes(screen, visit_id) == "Aantekening van bureau A"
    with screen.context.sessions() as s:
        names = (
            s.execute(
                select(AuditEntry.actor_name)
                .where(AuditEntry.entity == "visit", AuditEntry.entity_id == visit_id)
                .order_by(AuditEntry.seq)
            )
            .scalars()
            .all()
        )
    assert names[-2] == OTHER and names[-1] == screen.context.actor.name
