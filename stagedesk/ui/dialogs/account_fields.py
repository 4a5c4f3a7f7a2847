"""What the login and account forms share: password fields and the rule they must meet, the
error line, OK/Cancel, and the Dutch wording of the account services' refusals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from stagedesk.domain.errors import Conflict, PermissionDenied, StageDeskError, ValidationError
from stagedesk.services import auth
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
