"""Two desks edit a student's profile: the second save shows both versions.

Desk A (the window) has the profile dialog open when desk B (another coordinator, a second
Office on the same SQLite store) saves the profile; A's save offers both texts field by
field: A takes B's, saves A's over it (audited), or goes on editing.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from stagedesk.services import profile_proposals as pp
from stagedesk.store.office import AuditEntry
from stagedesk.ui.dialogs.conflict_dialog import ConflictChoice
from stagedesk.ui.dialogs.profile_dialog import ProfileDialog
from tests.ui.case_helpers import click, dialog_of, make_case_window, save
from tests.ui.test_case_matching import matching_tab, write_profile
from tests.ui.test_conflict_placement import OTHER, Answers, other_desk

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def start_conflict(qtbot, case_window, monkeypatch, choice):
    answers = Answers(monkeypatch, choice)
    screen = matching_tab(qtbot, case_window)
    write_profile(qtbot, screen, "Ik werk nauwkeurig.", "Ik wil in de zorg werken.")
    click(qtbot, screen.matching.edit_profile)
    dialog = dialog_of(qtbot, screen, ProfileDialog)
    dialog.skills.setPlainText("Ik werk nauwkeurig en rustig (bureau A).")
    desk, bram = other_desk(case_window)
    try:
        theirs = pp.read_profile(desk.sessions, bram, screen.student_id)
        pp.save_profile(
            desk.sessions, bram, screen.student_id, skills="Ik ben sterk in plannen (bureau B).",
            motivation=theirs.motivation, period_from=None, period_until=None,
            version=theirs.version,
        )  # fmt: skip
    finally:
        desk.close()
    save(qtbot, dialog)
    return answers, screen, dialog


def stored_skills(screen) -> str | None:
    ctx = screen.context
    return pp.read_profile(ctx.sessions, ctx.actor, screen.student_id).skills


def test_the_second_save_shows_both_profiles(qtbot, case_window, monkeypatch):
    answers, screen, dialog = start_conflict(qtbot, case_window, monkeypatch, ConflictChoice.EDIT)
    ((conflict, what, fields),) = answers.shown
    assert what == "Het profiel van de student" and conflict.saved_by == OTHER
    assert fields["Vaardigheden"] == (
        "Ik werk nauwkeurig en rustig (bureau A).",
        "Ik ben sterk in plannen (bureau B).",
    )
    assert fields["Motivatie"] == ("Ik wil in de zorg werken.", "Ik wil in de zorg werken.")
    assert dialog.isVisible()


def test_taking_theirs_keeps_their_profile(qtbot, case_window, monkeypatch):
    _, screen, dialog = start_conflict(qtbot, case_window, monkeypatch, ConflictChoice.THEIRS)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored_skills(screen) == "Ik ben sterk in plannen (bureau B)."
    qtbot.waitUntil(lambda: "plannen" in screen.matching.profile_text.text())


def test_saving_mine_over_theirs_is_audited(qtbot, case_window, monkeypatch):
    _, screen, dialog = start_conflict(qtbot, case_window, monkeypatch, ConflictChoice.MINE)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored_skills(screen) == "Ik werk nauwkeurig en rustig (bureau A)."
    with screen.context.sessions() as s:
        names = (
            s.execute(
                select(AuditEntry.actor_name)
                .where(AuditEntry.action == "change")
                .order_by(AuditEntry.seq.desc())
                .limit(2)
            )
            .scalars()
            .all()
        )
    assert names == [screen.context.actor.name, OTHER]
