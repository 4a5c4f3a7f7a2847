"""The Meldpunt tab through its widgets: hidden from other roles, the list and the detail (each
look in the audit trail), status steps, the dialogs and the SBB PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import DiscriminationGround, MeldingStatus, StaffRole
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.services import meldpunt
from stagedesk.services.actor import Actor
from stagedesk.store.office import AuditEntry
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.ui.dialogs.melding_dialog import CloseDialog, IntakeDialog, NewMeldingDialog
from stagedesk.ui.screens.meldpunt import MeldpuntScreen
from tests.factories import TODAY, World, build_world
from tests.pdf.pdfcheck import page_texts

DESCRIPTION = "Bij het gesprek werd gezegd dat 'mensen zoals jij' hier niet passen."


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = build_world(tmp_path / "world.sqlite")
    yield built
    built.office.close()


@pytest.fixture
def melding(world: World) -> meldpunt.MeldingView:
    return meldpunt.create_melding(
        world.sessions,
        world.meldpunt,
        received_on=date(2026, 11, 2),
        ground=DiscriminationGround.ORIGIN,
        student_id=world.student(),
        company_id=world.company,
        description=DESCRIPTION,
        today=TODAY,
    )


@pytest.fixture
def screen(qtbot, world: World, melding) -> MeldpuntScreen:
    world.office.actor = world.meldpunt
    shown = MeldpuntScreen(world.office, lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _trail(world: World) -> list[tuple[str, str]]:
    with world.sessions() as s:
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        return [(e.action, e.entity) for e in entries]


def _select_first(screen: MeldpuntScreen) -> meldpunt.MeldingView:
    screen.table.selectRow(0)
    assert screen.current is not None
    return screen.current


def test_the_list_and_the_detail_and_each_look_is_recorded(screen, world, melding) -> None:
    assert screen.model.rowCount() == 1
    row = [screen.model.item(0, column).text() for column in range(5)]
    assert row == ["02-11-2026", "ontvangen", "afkomst", "Zoë van der Berg", "Zorggroep Óost"]
    assert screen.signals_model.item(0, 0).text() == "Zorggroep Óost"
    _select_first(screen)
    assert DESCRIPTION in screen.detail.toPlainText()
    assert ("view", "melding") in _trail(world) and ("list", "melding") in _trail(world)
    assert screen.intake_button.isEnabled() and not screen.forward_button.isEnabled()
    assert not screen.pdf_button.isEnabled()


def test_intake_then_steps_through_the_buttons(screen, world, tmp_path: Path) -> None:
    m = _select_first(screen)
    saved = []

    def save(on, follow_up, shared, note):
        saved.append((on, follow_up, shared, note))
        return meldpunt.intake(
            world.sessions,
            world.meldpunt,
            m.id,
            m.version,
            on,
            {"follow_up": follow_up, "shared_with_sbb": shared},
            note=note,
            today=TODAY,
        )

    dialog = IntakeDialog(m, TODAY, save)
    dialog.follow_up.setCurrentIndex(dialog.follow_up.findData(FollowUp.FORMAL_SBB.value))
    dialog.shares[SbbShare.COMPANY].setChecked(True)
    dialog.note.setText("Intake met de student")
    dialog.submit()
    assert saved == [(TODAY, FollowUp.FORMAL_SBB, [SbbShare.COMPANY], "Intake met de student")]
    screen._reload_current()
    m = _select_first(screen)
    assert m.status is MeldingStatus.INTAKE
    assert screen.progress_button.isEnabled() and screen.forward_button.isEnabled()

    screen.progress_button.click()
    assert screen.current is not None and screen.current.status is MeldingStatus.IN_PROGRESS
    assert screen.write_pdf(str(tmp_path / "sbb.pdf"))
    text = " ".join(page_texts(tmp_path / "sbb.pdf"))
    assert "Zorggroep Óost" in text and "Zoë" not in text
    screen.forward_button.click()
    assert screen.current.status is MeldingStatus.FORWARDED_SBB
    assert screen.model.item(0, 1).text() == "doorgestuurd naar SBB"


def test_closing_needs_an_outcome(qtbot, screen, world) -> None:
    m = _select_first(screen)
    closed = []
    dialog = CloseDialog(m, TODAY, lambda on, outcome: closed.append((on, outcome)))
    qtbot.addWidget(dialog)
    dialog.submit()
    assert closed == [] and not dialog.outcome_message.isHidden()
    dialog.outcome.setPlainText("De student trok de melding in.")
    dialog.submit()
    assert closed == [(TODAY, "De student trok de melding in.")]


def test_a_new_melding_from_the_dialog(qtbot, world) -> None:
    world.office.actor = world.meldpunt
    dialog = NewMeldingDialog(world.office, TODAY)
    qtbot.addWidget(dialog)
    dialog.student_number.setText("999999")
    dialog.submit()
    assert dialog.created is None and not dialog.student_message.isHidden()
    dialog.anonymous.setChecked(True)
    dialog.company_search.setText("Bytes")
    dialog.find_company.click()
    assert dialog.company.currentText() == "Bytes & Co, Amersfoort"
    dialog.ground.setCurrentIndex(dialog.ground.findData(DiscriminationGround.AGE.value))
    dialog.description.setPlainText("Te oud voor deze stage, werd er gezegd.")
    dialog.submit()
    created = dialog.created
    assert created is not None and created.anonymous and created.company_name == "Bytes & Co"
    assert created.ground is DiscriminationGround.AGE and created.received_on == TODAY


def test_the_tab_is_hidden_unless_the_meldpunt_role_works(qtbot, window) -> None:
    screen = next(s for s in window.screens if isinstance(s, MeldpuntScreen))
    index = window.tabs.indexOf(screen)
    qtbot.waitUntil(lambda: not window.tabs.isTabVisible(index))
    assert screen.model.rowCount() == 0
    with window.office.sessions.begin() as s:
        member = StaffMember(name="Mila Meldpunt", initials="MM")
        member.roles = [StaffRoleGrant(role=StaffRole.MELDPUNT)]
        s.add(member)
        s.flush()
        officer = Actor(member.id, member.name, frozenset({StaffRole.MELDPUNT}))
    window.office.actor = officer
    window.reload()
    assert window.tabs.isTabVisible(index)
    assert window.tabs.tabText(index) == "Meldpunt"
    window.office.actor = Actor(None, "Carla", frozenset({StaffRole.COORDINATOR, StaffRole.ADMIN}))
    window.reload()
    assert not window.tabs.isTabVisible(index)
