"""Logging in: the login dialog, the first admin of an empty store, logging out and in as
someone else, and a login on every store the window opens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from stagedesk.domain.enums import StaffRole
from stagedesk.services import auth
from stagedesk.services.demo_accounts import DEMO_PASSWORD, add_demo_accounts
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.actor_dialog import sign_in
from stagedesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
from stagedesk.ui.dialogs.login_dialog import LoginDialog
from stagedesk.ui.stores import open_office
from tests.ui.factories import build_store
from tests.ui.login_helpers import (
    PASSWORD,
    add_accounts,
    cheap_hashes,  # noqa: F401 (a fixture)
    fill_in,
    log_in_as,
    press_cancel,
    press_ok,
    when_modal,
)

pytestmark = pytest.mark.usefixtures("cheap_hashes")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def login_dialog(qtbot, office: Office, now=lambda: NOW) -> LoginDialog:
    dialog = LoginDialog(office, now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_right_login_and_password_give_the_accounts_actor_with_all_its_roles(qtbot, office):
    admin, _mentor = add_accounts(office)
    dialog = login_dialog(qtbot, office)
    assert dialog.hint.isHidden()  # not a demo store: no hint
    fill_in(dialog, login="ADA ", password=PASSWORD)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == admin


def test_a_wrong_password_and_an_unknown_login_read_the_same(qtbot, office):
    add_accounts(office)
    dialog = login_dialog(qtbot, office)
    fill_in(dialog, login="ada", password="verkeerd wachtwoord")
    press_ok(dialog)
    wrong_password = dialog.message.text()
    assert wrong_password == "De gebruikersnaam of het wachtwoord klopt niet."
    assert dialog.password.text() == ""  # cleared for the next try
    fill_in(dialog, login="niemand", password=PASSWORD)
    press_ok(dialog)
    assert dialog.message.text() == wrong_password
    assert dialog.actor is None and dialog.isVisible()


def test_after_five_failures_the_dialog_says_how_long_to_wait(qtbot, office):
    add_accounts(office)
    clock = [NOW]
    dialog = login_dialog(qtbot, office, now=lambda: clock[0])
    for n in range(auth.LOCK_AFTER):
        clock[0] = NOW + timedelta(seconds=n)
        fill_in(dialog, login="mentor", password="fout")
        press_ok(dialog)
    locked = "Te veel mislukte pogingen voor deze gebruiker: probeer het over 30 seconden opnieuw."
    assert dialog.message.text() == locked  # the fifth failure says so at once
    clock[0] = NOW + timedelta(seconds=auth.LOCK_AFTER - 1, milliseconds=500)
    fill_in(dialog, login="mentor", password=PASSWORD)  # even the right password waits
    press_ok(dialog)
    assert dialog.message.text() == locked
    assert dialog.actor is None
    clock[0] = NOW + timedelta(seconds=auth.LOCK_AFTER + 30)
    fill_in(dialog, login="mentor", password=PASSWORD)
    press_ok(dialog)
    assert dialog.actor is not None and StaffRole.MENTOR in dialog.actor.roles


def test_the_demo_store_shows_its_logins_and_password(qtbot, office):
    add_demo_accounts(office.sessions)
    dialog = login_dialog(qtbot, office)
    assert not dialog.hint.isHidden()
    assert "mentor" in dialog.hint.text() and DEMO_PASSWORD in dialog.hint.text()


def test_an_empty_store_asks_for_the_first_admin_and_logs_them_in(qtbot, office):
    dialog = FirstAdminDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "minstens 10 tekens" in dialog.findChild(QLabel, "passwordRule").text()
    fill_in(dialog, name="Ada Beheer", login="ada", password=PASSWORD, passwordAgain="anders")
    press_ok(dialog)
    assert dialog.message.text() == "De twee wachtwoorden verschillen."
    fill_in(dialog, password="kort", passwordAgain="kort")
    press_ok(dialog)
    assert dialog.message.text() == "Een wachtwoord heeft minstens 10 tekens."
    fill_in(dialog, login="ada beheer", password=PASSWORD, passwordAgain=PASSWORD)
    press_ok(dialog)
    assert "zonder spaties" in dialog.message.text()
    assert auth.needs_first_admin(office.sessions)
    fill_in(dialog, login="ada")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.roles == {StaffRole.ADMIN}
    assert not auth.needs_first_admin(office.sessions)


def test_sign_in_asks_the_first_admin_on_a_store_without_accounts(qtbot, office):
    def handle(dialog):
        fill_in(dialog, name="Ada Beheer", login="ada", password=PASSWORD, passwordAgain=PASSWORD)
        press_ok(dialog)

    seen = when_modal(handle, name="firstAdminDialog")
    assert sign_in(office)
    assert seen and office.actor.name == "Ada Beheer"


def test_giving_up_the_login_signs_nobody_in(qtbot, office):
    add_accounts(office)
    before = office.actor
    when_modal(press_cancel, name="loginDialog")
    assert not sign_in(office)
    assert office.actor == before


def test_logging_out_and_in_as_someone_else_reloads_the_window_as_them(qtbot, window):
    admin, mentor_name = add_accounts(window.office)
    window.office.actor = admin
    window.retranslate()
    assert window.logout_action.text() == "&Afmelden / andere gebruiker…"
    seen = log_in_as("mentor")
    window.logout_action.trigger()
    assert seen, "the login dialog was shown"
    assert window.office.actor.name == mentor_name
    assert window.office.actor.roles == {StaffRole.MENTOR}
    assert mentor_name in window.actor_label.text()
    assert "stagebegeleider" in window.actor_label.text()
    assert window.centralWidget().isVisible()


def test_giving_up_after_logging_out_closes_the_window(qtbot, window):
    add_accounts(window.office)
    when_modal(press_cancel, name="loginDialog")
    window.logout_action.trigger()
    assert not window.isVisible()


def test_another_store_opened_in_the_window_asks_its_own_login(qtbot, window, tmp_path):
    other = build_store(tmp_path / "other.sqlite")
    opened = open_office(other, create=False)
    try:
        _admin, mentor_name = add_accounts(opened)
    finally:
        opened.close()
    window.login_required = True
    log_in_as("mentor")
    assert window.open_store(other)
    assert window.office.actor.name == mentor_name

    third = build_store(tmp_path / "third.sqlite")
    when_modal(press_cancel, name="firstAdminDialog")
    assert not window.open_store(third)  # nobody made an admin: the window keeps its store
    assert window.office.actor.name == mentor_name


def test_a_visit_pack_opens_as_its_mentor_without_any_login(
    qtbot, office, tmp_path, monkeypatch, translations
):
    from stagedesk.services.actor import SYSTEM, staff_choices
    from stagedesk.services.packs import export_pack
    from stagedesk.store import cipher
    from stagedesk.ui.dialogs import actor_dialog
    from stagedesk.ui.main_window import MainWindow

    add_accounts(office)
    mentor = next(c for c in staff_choices(office.sessions) if StaffRole.MENTOR in c.roles)
    out = tmp_path / "pakket.sqlite"
    export_pack(office.sessions, SYSTEM, mentor.id, out, passphrase="korenbloem-42")
    cipher.remember(out, "korenbloem-42")

    def no_dialog(*_args, **_kwargs):
        raise AssertionError("a visit pack asks no login")

    monkeypatch.setattr(actor_dialog, "LoginDialog", no_dialog)
    monkeypatch.setattr(actor_dialog, "FirstAdminDialog", no_dialog)
    pack = open_office(str(out), create=False)
    try:
        assert sign_in(pack)
        assert pack.actor.staff_id == mentor.id
        laptop = MainWindow(pack, translations=translations)
        qtbot.addWidget(laptop)
        assert not laptop.logout_action.isEnabled()
        assert not laptop.menus.accounts_action.isVisible()
    finally:
        pack.close()
        cipher.forget(out)


def test_the_first_admin_may_be_a_staff_member_already_in_the_store(qtbot, office):
    from stagedesk.services.actor import staff_choices

    before = staff_choices(office.sessions)
    mentor = next(c for c in before if StaffRole.MENTOR in c.roles)
    dialog = FirstAdminDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who.isVisible() and dialog.who.currentData() == ""
    dialog.who.setCurrentIndex(dialog.who.findData(str(mentor.id)))
    assert dialog.name.text() == mentor.name and not dialog.name.isEnabled()
    fill_in(dialog, login="fatima", password=PASSWORD, passwordAgain=PASSWORD)
    press_ok(dialog)
    assert dialog.actor is not None and dialog.actor.staff_id == mentor.id
    assert dialog.actor.roles == {StaffRole.MENTOR, StaffRole.ADMIN}
    assert len(staff_choices(office.sessions)) == len(before)  # nobody new
