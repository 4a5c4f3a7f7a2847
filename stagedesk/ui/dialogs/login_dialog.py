"""Logging in: login name and password, checked by services.auth, before the window shows.

A wrong login name and a wrong password read the same; a lock-out says how long to wait. The
demo store (and only a store the demo made) shows which logins it has and their password.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services import auth
from stagedesk.services.actor import Actor
from stagedesk.services.demo_accounts import DEMO_PASSWORD, demo_logins
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.account_fields import error_label, ok_cancel, password_field
from stagedesk.ui.text import count, fill

HINT_STYLE = "QLabel { background: #fff8e1; border: 1px solid #ffe082; padding: 6px; }"


def now_utc() -> datetime:
    return datetime.now(UTC)


class LoginDialog(QDialog):
    """Asks a login name and password until they are right (or the user gives up)."""

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.office = office
        self.now = now
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Aanmelden — StageDesk"))
        intro = QLabel(fill(self.tr("Meld u aan bij %1."), office.location))
        intro.setObjectName("loginIntro")
        intro.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = password_field("password")
        form = QFormLayout()
        form.addRow(self.tr("&Gebruikersnaam"), self.login)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        self.message = error_label("loginMessage")
        self.hint = QLabel()
        self.hint.setObjectName("demoHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        logins = demo_logins(office.sessions)
        if logins:
            self.hint.setText(
                fill(
                    self.tr("Demo: meld u aan als %1, met het wachtwoord %2."),
                    ", ".join(logins),
                    DEMO_PASSWORD,
                )
            )
        else:
            self.hint.hide()
        buttons = ok_cancel(self, self.tr("&Aanmelden"), self.tr("A&fsluiten"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.login.setFocus()

    def submit(self) -> None:
        if not self.login.text().strip() or not self.password.text():
            self.message.setText(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            return
        try:
            self.actor = auth.authenticate(
                self.office.sessions, self.login.text(), self.password.text(), now=self.now()
            )
        except auth.LockedOut as exc:
            seconds = max(1, math.ceil((exc.until - self.now()).total_seconds()))
            self.message.setText(
                fill(
                    self.tr(
                        "Te veel mislukte pogingen voor deze gebruiker: probeer het over %1 "
                        "seconden opnieuw."
                    ),
                    count(seconds),
                )
            )
            self._retry()
            return
        except auth.Inactive:
            self.message.setText(
                self.tr("Dit account is niet meer actief. Vraag een beheerder het te activeren.")
            )
            self._retry()
            return
        except PermissionDenied:
            self.message.setText(self.tr("De gebruikersnaam of het wachtwoord klopt niet."))
            self._retry()
            return
        except StageDeskError as exc:
            self.message.setText(fill(self.tr("Aanmelden lukt niet: %1"), exc))
            return
        self.accept()

    def _retry(self) -> None:
        self.password.clear()
        self.password.setFocus()
