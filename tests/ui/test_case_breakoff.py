"""Breaking off a placement in the case file, through the widgets: the dialog, the case after it
(overview, timeline, status), undo and redo, the meldpunt hint, and the conversation later."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
from stagedesk.services import breakoff, cases, placements
from stagedesk.store.companies import Company
from stagedesk.store.students import Student
from stagedesk.ui.dialogs.breakoff_dialog import BreakoffDialog, ConversationDialog
from stagedesk.ui.screens.companies import CompaniesScreen
from tests.ui.case_helpers import click, dialog_of, open_from_list, save
from tests.ui.factories import TODAY
from tests.ui.lifecycle_store import ANNA, END, START, make_lifecycle_window

window_fixture = pytest.fixture(make_lifecycle_window, name="lifecycle_window")


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def stored(screen) -> list[breakoff.BreakoffView]:
    ctx = screen.context
    return breakoff.student_breakoffs(ctx.sessions, ctx.actor, screen.student_id)


def test_breaking_off_shows_in_the_case_and_is_undone_and_redone(qtbot, lifecycle_window):
    screen = open_from_list(qtbot, lifecycle_window, ANNA)
    button = screen.case_actions.breakoff.break_off
    click(qtbot, button)
    dialog = dialog_of(qtbot, screen, BreakoffDialog)
    dialog.ended_on.set_value(date(2026, 11, 20))
    choose(dialog.reason, BreakoffReason.COMPANY.value)
    choose(dialog.decided_by, BreakoffParty.JOINTLY.value)
    dialog.conversation.held_on.set_value(date(2026, 11, 19))
    save(qtbot, dialog)
    assert dialog.isVisible()  # no summary yet: refused in the dialog
    assert dialog.conversation.summary_message.isVisible()
    dialog.conversation.summary.setPlainText("Met student en praktijkopleider besproken.")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (view,) = stored(screen)
    assert (view.ended_on, view.reason, view.decided_by) == (
        date(2026, 11, 20),
        BreakoffReason.COMPANY,
        BreakoffParty.JOINTLY,
    )
    overview = screen.overview.toPlainText()
    assert "bij het bedrijf" in overview and "zoekt weer een plaats" in overview
    assert any("voortijdig beëindigd" in text for text in screen.timeline.model.texts())
    assert not button.isVisible()  # broken off already
    assert screen.case.status.value == "searching"

    screen.undo_stack.undo()
    assert stored(screen) == []
    assert "zoekt weer" not in screen.overview.toPlainText()
    assert button.isVisible()
    screen.undo_stack.redo()
    (again,) = stored(screen)
    assert again.reason is BreakoffReason.COMPANY and again.id != view.id
    screen.undo_stack.undo()  # the redone one is taken back too
    assert stored(screen) == []
    assert not screen.message.isVisible()


def test_discrimination_points_to_the_meldpunt_and_the_conversation_follows_later(
    qtbot, lifecycle_window
):
    screen = open_from_list(qtbot, lifecycle_window, ANNA)
    click(qtbot, screen.case_actions.breakoff.break_off)
    dialog = dialog_of(qtbot, screen, BreakoffDialog)
    choose(dialog.reason, BreakoffReason.DISCRIMINATION.value)
    assert "meldpunt" in dialog.hint.text()
    assert dialog.held.isEnabled()
    dialog.held.setChecked(False)
    assert not dialog.conversation.summary.isEnabled()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (view,) = stored(screen)
    assert view.conversation_on is None
    assert "nog niet vastgelegd" in screen.overview.toPlainText()

    later = screen.case_actions.breakoff.conversation
    click(qtbot, later)
    talk = dialog_of(qtbot, screen, ConversationDialog)
    talk.conversation.summary.setPlainText("Student wil niet terug; melding besproken.")
    save(qtbot, talk)
    qtbot.waitUntil(lambda: not talk.isVisible())
    (view,) = stored(screen)
    assert view.conversation_summary == "Student wil niet terug; melding besproken."
    assert "melding besproken" in screen.overview.toPlainText()
    screen.undo_stack.undo()  # the break-off itself, though its record changed since
    assert stored(screen) == []


def test_the_company_view_flags_a_company_where_placements_keep_breaking_off(
    qtbot, lifecycle_window
):
    office = lifecycle_window.office
    sessions, actor = office.sessions, office.actor
    with sessions() as s:
        bytes_co = s.scalars(select(Company.id).where(Company.name == "Bytes & Co")).one()
        anna, zoe = (
            s.scalars(select(Student.id).where(Student.student_number == number)).one()
            for number in (ANNA, "100001")
        )
    (annas,) = cases.open_case(sessions, actor, anna, today=TODAY).placements
    zoes = placements.create_placement(
        sessions, actor, zoe, bytes_co, START, END, 32, today=date(2026, 9, 1)
    )
    for view, ended in ((annas, date(2026, 10, 2)), (zoes, date(2026, 11, 6))):
        breakoff.break_off(
            sessions, actor, view.id, view.version, ended_on=ended,
            reason=BreakoffReason.COMPANY, decided_by=BreakoffParty.COMPANY,
            conversation_on=ended, conversation_summary="Besproken.", today=TODAY,
        )  # fmt: skip
    [screen] = [s for s in lifecycle_window.screens if isinstance(s, CompaniesScreen)]
    lifecycle_window.tabs.setCurrentWidget(screen)
    assert screen.select_company(bytes_co)
    qtbot.waitUntil(lambda: screen.detail.view is not None)
    flag = screen.detail.breakoff_flag
    assert flag.isVisible()
    assert "2 plaatsingen afgebroken" in flag.text() and "bij het bedrijf (2×)" in flag.text()
