"""Instellingen → Bewaartermijnen…: the periods, the preview (students by number, meldingen as
a count only), a confirm step that names what happens, the purge on a worker and its result;
only admins get anywhere, and a store that changed since the preview is not purged."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from stagedesk.domain.enums import DiscriminationGround, StaffRole
from stagedesk.services import case_status
from stagedesk.services.actor import Actor
from stagedesk.services.audit import verify
from stagedesk.services.meldpunt import close_melding, create_melding
from stagedesk.services.retention import ANONYMISED
from stagedesk.services.retention_settings import load_retention
from stagedesk.store.students import Student
from stagedesk.ui.dialogs.retention_dialog import RetentionDialog, may_purge
from tests.factories import TODAY, build_world

ADMIN = Actor(None, "Beheerder", frozenset({StaffRole.ADMIN}))


def _stop(world, student, on):
    with world.sessions.begin() as s:
        s.get(Student, student).stopped_on = on
        case_status.recompute(s, student, TODAY)
        return s.get(Student, student).student_number


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path / "office.sqlite")
    gone = built.student(given="Ülkü", tussenvoegsel=None, surname="Şahin")
    built.gone_number = _stop(built, gone, date(2022, 6, 30))
    built.gone = gone
    built.staying = built.student(given="Blijft", surname="Hier")
    melding = create_melding(built.sessions, built.meldpunt, received_on=date(2022, 1, 10),
                             ground=DiscriminationGround.ORIGIN, student_id=built.staying,
                             description="Geheim verhaal", today=date(2022, 1, 10))  # fmt: skip
    close_melding(built.sessions, built.meldpunt, melding.id, melding.version,
                  date(2022, 3, 1), "Afgerond", today=date(2022, 3, 1))  # fmt: skip
    built.office.actor = ADMIN
    yield built
    built.office.close()


def _dialog(qtbot, world) -> RetentionDialog:
    dialog = RetentionDialog(world.office, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _cells(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_preview_shows_students_by_number_and_meldingen_as_a_count(qtbot, world):
    dialog = _dialog(qtbot, world)
    assert may_purge(world.office)
    assert _cells(dialog.students_table, 0) == [world.gone_number]
    assert _cells(dialog.students_table, 1) == ["gestopt"]
    kinds = dict(zip(_cells(dialog.kinds_table, 0), _cells(dialog.kinds_table, 1), strict=True))
    assert kinds["Studentdossiers"] == "1" and kinds["Meldingen"] == "1"
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.summary)))
    assert "Geheim" not in texts and "Şahin" not in texts
    assert dialog.purge_button.isEnabled()


def test_confirm_then_purge_on_a_worker_shows_what_it_did(qtbot, world):
    dialog = _dialog(qtbot, world)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    text = dialog.confirm_text.text()
    assert "Studentdossiers: 1 geanonimiseerd" in text and "Meldingen: 1 geanonimiseerd" in text
    assert not dialog.confirm_button.isEnabled()
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.purged, timeout=20_000) as purged:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert purged.args[0].count("students") == 1
    assert dialog.pages.currentIndex() == 2
    assert "audittrail als regel" in dialog.result_text.text()
    with world.sessions() as s:
        assert s.get(Student, world.gone).surname == ANONYMISED
        assert s.get(Student, world.staying).surname == "Hier"
    assert verify(world.sessions).ok
    qtbot.waitUntil(lambda: dialog.running is None)


def test_saving_the_periods_previews_again(qtbot, world):
    dialog = _dialog(qtbot, world)
    dialog.student_years.setValue(10)
    assert dialog.save_button.isEnabled() and not dialog.purge_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_retention(world.sessions).student_years == 10
    assert dialog.students_table.rowCount() == 0
    assert dialog.purge_button.isEnabled()  # the melding is still past its period


def test_a_store_changed_since_the_preview_is_not_purged(qtbot, world):
    dialog = _dialog(qtbot, world)
    dialog.to_confirm()
    _stop(world, world.staying, date(2021, 6, 30))
    dialog.understood.setChecked(True)
    job = dialog.start_purge()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.running is None, timeout=20_000)
    assert "veranderd sinds het voorbeeld" in dialog.message.text()
    assert dialog.pages.currentIndex() == 0
    with world.sessions() as s:
        assert s.get(Student, world.gone).surname == "Şahin"
    assert dialog.students_table.rowCount() == 2  # the new preview


@pytest.mark.parametrize("role", [StaffRole.COORDINATOR, StaffRole.MENTOR, StaffRole.MELDPUNT])
def test_other_roles_are_refused(qtbot, world, role):
    world.office.actor = Actor(None, "Iemand", frozenset({role}))
    assert not may_purge(world.office)
    dialog = _dialog(qtbot, world)
    assert "Alleen een beheerder" in dialog.message.text()
    assert dialog.kinds_table.rowCount() == 0 and not dialog.purge_button.isEnabled()


def test_the_settings_menu_offers_it_to_admins_only(qtbot, world, translations):
    from stagedesk.ui.main_window import MainWindow

    window = MainWindow(world.office, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(window)
    menus = window.menus
    assert menus.retention_action in menus.settings_menu.actions()
    menus.settings_menu.aboutToShow.emit()
    assert menus.retention_action.isVisible()
    menus.retention_action.trigger()
    dialog = menus.dialog
    assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    assert dialog.students_table.rowCount() == 1
    dialog.close()
    world.office.actor = world.coordinator
    menus.settings_menu.aboutToShow.emit()
    assert not menus.retention_action.isVisible()


def test_cancel_during_the_purge_changes_nothing(qtbot, world, monkeypatch):
    import threading

    from stagedesk.services import retention

    dialog = _dialog(qtbot, world)
    dialog.to_confirm()
    dialog.understood.setChecked(True)
    reached, go_on = threading.Event(), threading.Event()
    anonymise = retention._anonymise_students

    def held(*args):  # the worker waits here, mid-transaction, until the test cancelled
        reached.set()
        go_on.wait(10)
        return anonymise(*args)

    monkeypatch.setattr(retention, "_anonymise_students", held)
    job = dialog.start_purge()
    assert job is not None
    assert reached.wait(10)
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.running is None, timeout=20_000)
    assert "geannuleerd" in dialog.message.text() and dialog.pages.currentIndex() == 0
    with world.sessions() as s:
        assert s.get(Student, world.gone).surname == "Şahin"
    assert verify(world.sessions).ok
