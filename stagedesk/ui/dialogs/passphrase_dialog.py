"""Ask the passphrase of an encrypted store or visit pack, or a new one to encrypt with."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stagedesk.services.encryption import MIN_PASSPHRASE
from stagedesk.store import cipher
from stagedesk.ui.text import count, fill

ENV = "STAGEDESK_PASSPHRASE"


class PassphraseDialog(QDialog):
    """One passphrase field; with ``new`` a second one to type it again, and a length check."""

    def __init__(self, file_name: str, *, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._new = new
        self.setWindowTitle(
            self.tr("Nieuw wachtwoord") if new else self.tr("Versleuteld bestand openen")
        )
        intro = QLabel(
            fill(
                self.tr(
                    "Kies een wachtwoord voor %1. Zonder dit wachtwoord kan niemand het "
                    "bestand meer openen, u ook niet."
                ),
                file_name,
            )
            if new
            else fill(self.tr("%1 is versleuteld. Geef het wachtwoord."), file_name)
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wachtwoord"), self.field)
        if new:
            form.addRow(self.tr("&Nogmaals"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def submit(self) -> None:
        text = self.field.text()
        if not text:
            self.message.setText(self.tr("Geef het wachtwoord."))
            return
        if self._new and len(text) < MIN_PASSPHRASE:
            self.message.setText(
                fill(self.tr("Een wachtwoord heeft minstens %1 tekens."), count(MIN_PASSPHRASE))
            )
            return
        if self._new and self.again.text() != text:
            self.message.setText(self.tr("De twee wachtwoorden verschillen."))
            self.again.setFocus()
            return
        self.accept()


def ask_passphrase(path: Path, parent: QWidget | None = None) -> str | None:
    """The passphrase of the encrypted file at ``path``, or None when the user cancels."""
    dialog = PassphraseDialog(path.name, parent=parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(what: str, parent: QWidget | None = None) -> str | None:
    """A new passphrase (typed twice, long enough) to encrypt ``what`` with; None: cancelled."""
    dialog = PassphraseDialog(what, new=True, parent=parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def install(parent: Callable[[], QWidget | None] = lambda: None) -> None:
    """Let every encrypted store the window opens ask here: STAGEDESK_PASSPHRASE, else this
    dialog. Off the GUI thread no dialog can be shown: the open then fails with a clear error."""

    def source(path: Path) -> str | None:
        given = os.environ.get(ENV)
        if given:
            return given
        if threading.current_thread() is not threading.main_thread():
            return None
        return ask_passphrase(path, parent())

    cipher.set_passphrase_source(source)
