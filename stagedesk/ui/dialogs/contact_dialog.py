"""New or changed contact person of a company (the praktijkopleider among them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.companies import ContactInput
from stagedesk.domain.errors import StageDeskError
from stagedesk.services.company_rows import ContactRow
from stagedesk.ui.dialogs import field_checks
from stagedesk.ui.dialogs.form import CheckedLine, FieldMessage, error_message

SaveContact = Callable[[ContactInput], ContactRow]


class ContactDialog(QDialog):
    """Edits ``contact`` (or a new one); ``save`` stores it, errors show above the buttons."""

    def __init__(
        self, save: SaveContact, contact: ContactRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._save = save
        self.saved: ContactRow | None = None
        self.setWindowTitle(
            self.tr("Contactpersoon wijzigen") if contact else self.tr("Nieuwe contactpersoon")
        )
        self.name = CheckedLine(field_checks.required)
        self.function = CheckedLine(None)
        self.email = CheckedLine(field_checks.email)
        self.phone = CheckedLine(field_checks.phone)
        self.praktijkopleider = QCheckBox(self.tr("Praktijkopleider (begeleidt studenten)"))
        self.problem = FieldMessage(wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Functie"), self.function)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Telefoon"), self.phone)
        form.addRow("", self.praktijkopleider)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if contact is not None:
            self.name.set_text(contact.name)
            self.function.set_text(contact.function)
            self.email.set_text(contact.email)
            self.phone.set_text(contact.phone)
            self.praktijkopleider.setChecked(contact.is_praktijkopleider)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self.problem.show_message("")
        bad = [f for f in (self.name, self.email, self.phone) if not f.validate()]
        if bad:
            bad[0].edit.setFocus()
            return
        data = ContactInput(
            name=self.name.text(),
            function=self.function.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            is_praktijkopleider=self.praktijkopleider.isChecked(),
        )
        try:
            self.saved = self._save(data)
        except StageDeskError as exc:
            self.problem.show_message(error_message(exc))
            return
        self.accept()
