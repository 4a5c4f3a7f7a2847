"""The first start of a store without accounts: make the first admin, then log in as them.

Also home to what every password form shares: the rule shown under the fields, the check
that both fields match, and the Dutch wording of the account services' refusals.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import Conflict, PermissionDenied, StageDeskError, ValidationError
from stagedesk.services import auth
from stagedesk.services.actor import Actor, staff_choices
from stagedesk.services.office import Office
from stagedesk.ui import labels
from stagedesk.ui.text import count, fill

ERROR_STYLE = "color: #b00020;"


def password_rule() -> str:
    return fill(
        QCoreApplication.translate("accounts", "Een wachtwoord heeft minstens %1 tekens."),
        count(auth.MIN_PASSWORD),
    )


def account_error(error: StageDeskError) -> str:
    """What the user reads when an account service refuses, in the window's language."""
    if isinstance(error, ValidationError):
        if error.field == "name":
            return QCoreApplication.translate("accounts", "Vul een naam in.")
        if error.field == "login":
            if "is taken" in error.message:
                return QCoreApplication.translate(
                    "accounts", "Deze gebruikersnaam is al in gebruik; kies een andere."
                )
            return fill(
                QCoreApplication.translate(
                    "accounts",
                    "Een gebruikersnaam is één woord, zonder spaties, van hoogstens %1 tekens.",
                ),
                count(auth.LOGIN_MAX),
            )
        if error.field == "password":
            return password_rule()
        if error.field == "roles":
            return QCoreApplication.translate("accounts", "Kies minstens één rol.")
    if isinstance(error, Conflict):
        if "last admin" in str(error):
            return QCoreApplication.translate(
                "accounts",
                "Dit is de laatste beheerder die kan aanmelden. Maak eerst iemand anders "
                "beheerder.",
            )
        if "yourself" in str(error) or "your own" in str(error):
            return QCoreApplication.translate(
                "accounts",
                "Uw eigen beheerdersrol of account kunt u niet uitzetten; vraag een andere "
                "beheerder.",
            )
        if "has an account" in str(error) or "has accounts" in str(error):
            return QCoreApplication.translate("accounts", "Er is al een account.")
    if isinstance(error, PermissionDenied):
        if "old password" in str(error):
            return QCoreApplication.translate("accounts", "Het huidige wachtwoord klopt niet.")
        return QCoreApplication.translate(
            "accounts", "Alleen een beheerder mag gebruikers en rollen beheren."
        )
    return str(error)


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class MessageLabel(QLabel):
    """A form's error line: takes no room while it has nothing to say."""

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def error_label(name: str) -> QLabel:
    label = MessageLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def ok_cancel(
    dialog: QDialog, ok_text: str, cancel_text: str, submit: Callable[[], None]
) -> QDialogButtonBox:
    """OK (``submit`` checks, then accepts) and Cancel (rejects), with these texts."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons


def passwords_differ(first: QLineEdit, again: QLineEdit) -> str | None:
    """The message when the two password fields differ, else None."""
    if first.text() != again.text():
        return QCoreApplication.translate("accounts", "De twee wachtwoorden verschillen.")
    return None


class FirstAdminDialog(QDialog):
    """Name, login name and password (twice) of the store's first admin."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.office = office
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Eerste beheerder — StageDesk"))
        intro = QLabel(
            self.tr(
                "Deze store heeft nog geen gebruikers. Maak uw eigen account aan: u wordt de "
                "eerste beheerder en kunt daarna collega's een account en rollen geven."
            )
        )
        intro.setWordWrap(True)
        # An office that used StageDesk before accounts existed: the admin is likely on staff.
        self.who = QComboBox()
        self.who.setObjectName("who")
        self.who.addItem(self.tr("een nieuwe medewerker"), "")
        self._names: dict[str, str] = {}
        for choice in staff_choices(office.sessions):
            roles = ", ".join(labels.staff_role(role) for role in sorted(choice.roles))
            self.who.addItem(fill(self.tr("%1 (%2)"), choice.name, roles), str(choice.id))
            self._names[str(choice.id)] = choice.name
        self.who.currentIndexChanged.connect(self._who_changed)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = password_field("password")
        self.again = password_field("passwordAgain")
        rule = QLabel(password_rule())
        rule.setObjectName("passwordRule")
        rule.setWordWrap(True)
        form = QFormLayout()
        if self.who.count() > 1:
            form.addRow(self.tr("&Wie bent u?"), self.who)
        else:
            self.who.hide()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Gebruikersnaam"), self.login)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        form.addRow(self.tr("Wachtwoord &nogmaals"), self.again)
        form.addRow("", rule)
        self.message = error_label("firstAdminMessage")
        buttons = ok_cancel(self, self.tr("Beheerder &maken"), self.tr("&Afsluiten"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.name.setFocus()

    def submit(self) -> None:
        differ = passwords_differ(self.password, self.again)
        if differ is not None:
            self.message.setText(differ)
            self.again.setFocus()
            return
        chosen = str(self.who.currentData() or "")
        try:
            auth.create_first_admin(
                self.office.sessions,
                self.name.text(),
                self.login.text(),
                self.password.text(),
                staff_id=uuid.UUID(chosen) if chosen else None,
            )
            # Logging in (rather than using the returned actor) puts the login on the trail.
            self.actor = auth.authenticate(
                self.office.sessions, self.login.text(), self.password.text()
            )
        except StageDeskError as exc:
            self.message.setText(account_error(exc))
            return
        self.accept()

    def _who_changed(self) -> None:
        chosen = str(self.who.currentData() or "")
        self.name.setEnabled(not chosen)
        self.name.setText(self._names.get(chosen, ""))
