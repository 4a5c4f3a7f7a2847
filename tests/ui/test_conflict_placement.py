"""Two desks on one store change the same placement: the second save shows both versions.

Desk A (the window) has the placement dialog open when desk B (a second Office on the same
SQLite file, another coordinator) saves the placement. A's save then offers, field by field,
A's version beside B's ("saved by Bram Bureau"): taking B's reloads the case and keeps A's
values on the clipboard; saving A's over B's is a new audited save whose undo brings B's
back; going back to editing keeps A's dialog open with A's values.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from stagedesk.domain.enums import StaffRole
from stagedesk.services import cases, placements
from stagedesk.services.actor import actor_for
from stagedesk.services.office import Office
from stagedesk.store.office import AuditEntry
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.ui.dialogs import conflict_dialog
from stagedesk.ui.dialogs.conflict_dialog import ConflictChoice
from tests.ui.case_helpers import make_case_window, open_from_list, save
from tests.ui.factories import TODAY
from tests.ui.test_case_edits import accept_zorggroep, open_edit, overview

case_window_fixture = pytest.fixture(make_case_window, name="case_window")
OTHER = "Bram Bureau"


class Answers:
    """Stands in for the conflict dialog: answers ``choice`` and keeps what it was shown."""

    def __init__(self, monkeypatch, choice: ConflictChoice) -> None:
        self.choice = choice
        self.shown: list[tuple] = []
        monkeypatch.setattr(conflict_dialog, "ask", self._ask)

    def _ask(self, parent, conflict, what, fields):
        self.shown.append((conflict, what, {f.label: (f.mine, f.theirs) for f in fields}))
        return self.choice


def other_desk(window) -> tuple[Office, object]:
    """A second desk on the window's store, where another coordinator works."""
    desk = Office.open(window.office.store.url, create=False, daily_backup=False)
    with desk.sessions.begin() as s:
        bram = StaffMember(name=OTHER, initials="BB")
        bram.roles = [StaffRoleGrant(role=StaffRole.COORDINATOR)]
        s.add(bram)
        s.flush()
        bram_id = bram.id
    return desk, actor_for(desk.sessions, bram_id)


def saved_at_the_other_desk(window, student_id, hours: int):
    desk, bram = other_desk(window)
    try:
        case = cases.open_case(desk.sessions, bram, student_id, today=TODAY)
        (p,) = case.placements
        return placements.edit_placement(
            desk.sessions, bram, p.id, p.version, start=p.start, end=date(2027, 4, 25),
            hours_per_week=hours, praktijkopleider_id=p.praktijkopleider_id, today=TODAY,
        )  # fmt: skip
    finally:
        desk.close()


def start_conflict(qtbot, case_window, monkeypatch, choice):
    answers = Answers(monkeypatch, choice)
    screen = open_from_list(qtbot, case_window, "noor")
    accept_zorggroep(qtbot, screen)
    dialog = open_edit(qtbot, screen)
    dialog.hours.setValue(24)
    theirs = saved_at_the_other_desk(case_window, screen.student_id, 36)
    save(qtbot, dialog)
    return answers, screen, dialog, theirs


def test_the_second_save_shows_both_versions_field_by_field(qtbot, case_window, monkeypatch):
    answers, screen, dialog, theirs = start_conflict(
        qtbot, case_window, monkeypatch, ConflictChoice.EDIT
    )
    ((conflict, what, fields),) = answers.shown
    assert what == "De plaatsing bij Zorggroep Óost"
    assert conflict.saved_by == OTHER and conflict.saved_at is not None
    assert conflict.version == theirs.version
    assert fields["Uren per week"] == ("24", "36")
    assert fields["Einddatum"] == ("02-05-2027", "25-04-2027")
    assert fields["Begindatum"] == ("14-12-2026", "14-12-2026")
    assert fields["Praktijkopleider"] == ("Ria Praktijk", "Ria Praktijk")
    # Back to editing: A's dialog stays open with A's values, saying why it did not save.
    assert dialog.isVisible() and dialog.hours.value() == 24
    assert dialog.problem.text()


def test_taking_theirs_reloads_the_case_and_keeps_mine_on_the_clipboard(
    qtbot, case_window, monkeypatch
):
    answers, screen, dialog, _ = start_conflict(
        qtbot, case_window, monkeypatch, ConflictChoice.THEIRS
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "36 per week" in overview(screen) and "25-04-2027" in overview(screen)
    assert "Uren per week: 24" in QGuiApplication.clipboard().text()
    assert screen.undo_stack.undoText() != "plaatsing wijzigen"  # nothing of A's to undo


def test_saving_mine_over_theirs_is_a_new_audited_save_and_undo_brings_theirs_back(
    qtbot, case_window, monkeypatch
):
    answers, screen, dialog, theirs = start_conflict(
        qtbot, case_window, monkeypatch, ConflictChoice.MINE
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "24 per week" in overview(screen))
    assert "02-05-2027" in overview(screen)  # all of A's values, not only the hours
    with case_window.office.sessions() as s:
        last = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity == "placement", AuditEntry.entity_id == theirs.id)
                .order_by(AuditEntry.seq.desc())
            )
            .scalars()
            .first()
        )
    assert last is not None and last.actor_name != OTHER
    assert last.before["hours_per_week"] == 36 and last.after["hours_per_week"] == 24
    screen.undo_stack.undo()
    qtbot.waitUntil(lambda: "36 per week" in overview(screen))
    assert "25-04-2027" in overview(screen)
