"""Pieces the register's dialogs share: a field with its message, and the one place where a
service's error becomes a Dutch sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from stagedesk.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    StageDeskError,
    ValidationError,
)
from stagedesk.ui.text import fill

MESSAGE_STYLE = "color: #b00020;"


class FieldMessage(QLabel):
    """The message under a field: hidden while the field is fine.

    A field's message is one line: a word-wrapping label does not raise the dialog's minimum
    height, so the message would be drawn over the next field. The dialog-wide message
    (``wrap=True``) may be long; the window is resized to fit it.
    """

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(wrap)
        self.setStyleSheet(MESSAGE_STYLE)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        if message and self.wordWrap() and self.window() is not self:
            self.window().adjustSize()  # a wrapped message needs the height the window lacks


class CheckedLine(QWidget):
    """A line edit with its check and the message the check gives, shown under it."""

    def __init__(self, check: Callable[[str], str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.message = FieldMessage()
        self._check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        # A message goes as soon as the user starts correcting; it comes back on leaving the
        # field or saving, not at every keystroke of a number still being typed.
        self.edit.textEdited.connect(lambda _text: self.message.show_message(""))
        self.edit.editingFinished.connect(self.validate)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str | None) -> None:
        self.edit.setText(text or "")

    def validate(self) -> bool:
        """Run the check and show its message; True when the text is acceptable."""
        problem = self._check(self.edit.text()) if self._check else ""
        self.message.show_message(problem)
        return not problem

    def set_message(self, message: str) -> None:
        self.message.show_message(message)


def _field_caption(field: str) -> str:
    captions = {
        "name": QCoreApplication.translate("form", "Naam"),
        "kvk_number": QCoreApplication.translate("form", "KvK-nummer"),
        "sbb_id": QCoreApplication.translate("form", "SBB-id"),
        "address": QCoreApplication.translate("form", "Adres"),
        "postcode": QCoreApplication.translate("form", "Postcode"),
        "city": QCoreApplication.translate("form", "Plaats"),
        "capacity": QCoreApplication.translate("form", "Capaciteit"),
        "email": QCoreApplication.translate("form", "E-mail"),
        "phone": QCoreApplication.translate("form", "Telefoon"),
        "function": QCoreApplication.translate("form", "Functie"),
        "crebo": QCoreApplication.translate("form", "Crebo"),
        "recognised_on": QCoreApplication.translate("form", "Erkend sinds"),
        "revoked_on": QCoreApplication.translate("form", "Ingetrokken op"),
        "contact": QCoreApplication.translate("form", "Contactpersoon"),
    }
    return captions.get(field, field)


_ALREADY_REGISTERED = "already registered for "


def error_message(error: StageDeskError) -> str:
    """What the user reads when a service refuses: in Dutch where the error is a known kind,
    with the service's own (English) detail where only it can say what is wrong."""
    if isinstance(error, Conflict):
        return QCoreApplication.translate(
            "form",
            "Iemand anders heeft dit intussen gewijzigd. Sluit het venster, vernieuw (F5) en "
            "probeer het opnieuw.",
        )
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate("form", "Uw rol staat deze wijziging niet toe.")
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "form", "Dit gegeven bestaat niet meer; vernieuw de lijst (F5)."
        )
    if isinstance(error, ValidationError):
        caption = _field_caption(error.field)
        if error.message.startswith(_ALREADY_REGISTERED):
            holder = error.message[len(_ALREADY_REGISTERED) :]
            return fill(
                QCoreApplication.translate("form", "%1 is al geregistreerd voor %2."),
                caption,
                holder,
            )
        return fill(QCoreApplication.translate("form", "%1: %2"), caption, error.message)
    return str(error)
