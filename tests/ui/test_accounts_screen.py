"""Gebruikers en rollen: an admin gives logins, resets passwords, changes roles and
(de)activates staff through the real dialog and its forms; others do not get the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services import auth
from stagedesk.services.actor import staff_choices
from stagedesk.ui.screens.accounts import AccountsDialog, roles_text
from tests.ui.login_helpers import (
    PASSWORD,
    add_accounts,
    cheap_hashes,  # noqa: F401 (a fixture)
    fill_in,
    press_ok,
    when_modal,
)

pytestmark = pytest.mark.usefixtures("cheap_hashes")


@pytest.fixture
def admin_dialog(qtbot, office):
    admin, _mentor = add_accounts(office)
    office.actor = admin
    dialog = AccountsDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select(dialog: AccountsDialog, name: str) -> None:
    row = next(n for n, r in enumerate(dialog.rows) if r.name == name)
    dialog.table.selectRow(row)


def cell(dialog: AccountsDialog, name: str, column: int) -> str:
    row = next(n for n, r in enumerate(dialog.rows) if r.name == name)
    return dialog.table.item(row, column).text()


def test_the_list_shows_login_roles_and_state_of_every_staff_member(admin_dialog, office):
    names = [r.name for r in admin_dialog.rows]
    assert "Ada Beheer" in names and len(names) == len(staff_choices(office.sessions))
    assert cell(admin_dialog, "Ada Beheer", 1) == "ada"
    assert cell(admin_dialog, "Ada Beheer", 2) == "beheerder"
    assert cell(admin_dialog, "Ada Beheer", 3) == "actief"
    without = next(r for r in admin_dialog.rows if r.login is None)
    assert cell(admin_dialog, without.name, 1) == "— geen account —"
    assert cell(admin_dialog, without.name, 3) == "kan niet aanmelden"


def test_an_admin_gives_a_staff_member_a_login_who_can_then_log_in(admin_dialog, office):
    target = next(r for r in admin_dialog.rows if r.login is None)
    select(admin_dialog, target.name)
    assert admin_dialog.login_button.isEnabled()
    assert not admin_dialog.password_button.isEnabled()

    def answer(form):
        fill_in(form, login="kees", password=PASSWORD, passwordAgain="iets anders")
        press_ok(form)
        assert form.message.text() == "De twee wachtwoorden verschillen."
        fill_in(form, login="ada", passwordAgain=PASSWORD)  # taken
        press_ok(form)
        assert form.message.text() == "Deze gebruikersnaam is al in gebruik; kies een andere."
        fill_in(form, login="kees")
        press_ok(form)

    seen = when_modal(answer, name="passwordForm")
    admin_dialog.login_button.click()
    assert seen
    assert cell(admin_dialog, target.name, 1) == "kees"
    assert auth.authenticate(office.sessions, "kees", PASSWORD).staff_id == target.staff_id


def test_resetting_a_password_replaces_it_and_lifts_a_lock_out(admin_dialog, office):
    for _ in range(auth.LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            auth.authenticate(office.sessions, "mentor", "fout")
    admin_dialog.refresh()
    mentor = next(r for r in admin_dialog.rows if r.login == "mentor")
    assert cell(admin_dialog, mentor.name, 3).startswith("geblokkeerd tot ")
    select(admin_dialog, mentor.name)
    assert admin_dialog.unlock_button.isEnabled()

    def answer(form):
        fill_in(form, password="nieuw wachtwoord", passwordAgain="nieuw wachtwoord")
        press_ok(form)

    when_modal(answer, name="passwordForm")
    admin_dialog.password_button.click()
    assert cell(admin_dialog, mentor.name, 3) == "actief"
    assert auth.authenticate(office.sessions, "mentor", "nieuw wachtwoord").name == mentor.name
    with pytest.raises(PermissionDenied):
        auth.authenticate(office.sessions, "mentor", PASSWORD)


def test_roles_are_changed_by_ticking_several(admin_dialog, office):
    mentor = next(r for r in admin_dialog.rows if r.login == "mentor")
    select(admin_dialog, mentor.name)

    def answer(form):
        form.findChild(QCheckBox, "role_mentor").setChecked(False)
        press_ok(form)
        assert form.message.text() == "Kies minstens één rol."
        form.findChild(QCheckBox, "role_coordinator").setChecked(True)
        form.findChild(QCheckBox, "role_meldpunt").setChecked(True)
        press_ok(form)

    when_modal(answer, name="rolesForm")
    admin_dialog.roles_button.click()
    assert cell(admin_dialog, mentor.name, 2) == "bpv-coördinator, meldpunt"
    actor = auth.authenticate(office.sessions, "mentor", PASSWORD)
    assert actor.roles == {StaffRole.COORDINATOR, StaffRole.MELDPUNT}


def test_deactivating_and_the_last_admin_refusal(admin_dialog, office):
    mentor = next(r for r in admin_dialog.rows if r.login == "mentor")
    select(admin_dialog, mentor.name)
    assert admin_dialog.active_button.text() == "&Deactiveren"
    admin_dialog.active_button.click()
    assert cell(admin_dialog, mentor.name, 3) == "gedeactiveerd"
    assert admin_dialog.active_button.text() == "A&ctiveren"
    with pytest.raises(auth.Inactive):
        auth.authenticate(office.sessions, "mentor", PASSWORD)
    admin_dialog.active_button.click()
    assert cell(admin_dialog, mentor.name, 3) == "actief"

    select(admin_dialog, "Ada Beheer")
    admin_dialog.active_button.click()
    assert "eigen beheerdersrol of account" in admin_dialog.message.text()
    assert cell(admin_dialog, "Ada Beheer", 3) == "actief"


def test_a_new_staff_member_is_added_with_roles(admin_dialog):
    def answer(form):
        fill_in(form, name="Karel van Dijk")
        form.findChild(QCheckBox, "role_meldpunt").setChecked(True)
        press_ok(form)

    when_modal(answer, name="rolesForm")
    admin_dialog.add_button.click()
    karel = admin_dialog.selected()
    assert karel is not None and karel.name == "Karel van Dijk"
    assert roles_text(karel) == "stagebegeleider, meldpunt"
    assert karel.login is None


def test_only_admins_get_the_menu_item_and_others_are_refused(qtbot, window):
    admin, mentor_name = add_accounts(window.office)
    window.office.actor = auth.authenticate(window.office.sessions, "mentor", PASSWORD)
    window.retranslate()
    assert not window.menus.accounts_action.isVisible()
    window.office.actor = admin
    window.retranslate()
    assert window.menus.accounts_action.isVisible()
    assert window.menus.accounts_action.text() == "&Gebruikers en rollen…"

    window.office.actor = window.office.actor.__class__(None, "Iemand", frozenset())
    dialog = AccountsDialog(window.office)
    qtbot.addWidget(dialog)
    assert dialog.rows == []
    assert dialog.message.text() == "Alleen een beheerder mag gebruikers en rollen beheren."


def test_everyone_with_an_account_changes_their_own_password_with_the_current_one(qtbot, window):
    add_accounts(window.office)
    window.office.actor = auth.authenticate(window.office.sessions, "mentor", PASSWORD)
    window.retranslate()
    assert window.menus.password_action.isVisible()
    assert not window.menus.accounts_action.isVisible()

    def answer(form):
        fill_in(form, oldPassword="niet mijn wachtwoord", password="nieuw wachtwoord")
        fill_in(form, passwordAgain="nieuw wachtwoord")
        press_ok(form)
        assert form.message.text() == "Het huidige wachtwoord klopt niet."
        fill_in(form, oldPassword=PASSWORD)
        press_ok(form)

    seen = when_modal(answer, name="ownPasswordForm")
    window.menus.password_action.trigger()
    assert seen
    assert auth.authenticate(window.office.sessions, "mentor", "nieuw wachtwoord")
    with pytest.raises(PermissionDenied):
        auth.authenticate(window.office.sessions, "mentor", PASSWORD)


def test_no_password_item_without_an_account(window):
    window.retranslate()  # the default actor of a store without accounts
    assert not window.menus.password_action.isVisible()
