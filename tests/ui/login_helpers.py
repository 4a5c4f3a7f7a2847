"""For tests that log in: cheap password hashes, accounts in a test store, and answering the
login and first-admin dialogs that the code under test shows modally."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

from stagedesk.domain.enums import StaffRole
from stagedesk.services import auth
from stagedesk.services.actor import Actor, staff_choices
from stagedesk.services.office import Office

PASSWORD = "lang genoeg wachtwoord"


@pytest.fixture
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at the program's cost takes ~0.1 s and 64 MiB a hash; tests need not pay it."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


def add_accounts(office: Office) -> tuple[Actor, str]:
    """An admin "ada" (a new staff member) and a login "mentor" for the store's first mentor,
    both with PASSWORD; returns the admin and the mentor's name."""
    admin = auth.create_first_admin(office.sessions, "Ada Beheer", "ada", PASSWORD)
    mentor = next(c for c in staff_choices(office.sessions) if StaffRole.MENTOR in c.roles)
    auth.create_login(office.sessions, admin, mentor.id, "mentor", PASSWORD)
    return admin, mentor.name


def fill_in(dialog: QWidget, **fields: str) -> None:
    """Type into the dialog's line edits, found by object name."""
    for name, text in fields.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, name
        edit.setText(text)


def press_ok(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def press_cancel(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def when_modal(handle: Callable[[QWidget], None], *, name: str | None = None) -> list[QWidget]:
    """Run ``handle`` on the next modal dialog (named ``name``, if given) once it shows;
    returns a list that then holds that dialog."""
    seen: list[QWidget] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (name is not None and dialog.objectName() != name):
            QTimer.singleShot(10, attempt)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, attempt)
    return seen


def log_in_as(login: str, password: str = PASSWORD) -> list[QWidget]:
    """Answer the next login dialog with these credentials."""

    def handle(dialog: QWidget) -> None:
        fill_in(dialog, login=login, password=password)
        press_ok(dialog)

    return when_modal(handle, name="loginDialog")
