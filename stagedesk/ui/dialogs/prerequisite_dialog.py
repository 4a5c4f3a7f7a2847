"""Record where a student stands with one prerequisite (VOG, screening, a course): status,
date obtained, an expiry (else the requirement's validity period applies) and a note.

``save`` calls ``services.prerequisites.set_student_prerequisite``; what it refuses is shown
at the field it names or above the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.prerequisites import PrerequisiteStatus
from stagedesk.services.prerequisites import StudentPrerequisiteView
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, in_future
from stagedesk.ui.dialogs.visit_dialog import field_messages
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import case_progress_labels as words


@dataclass(frozen=True)
class PrerequisiteRecord:
    status: PrerequisiteStatus
    obtained_on: date | None
    expires_on: date | None
    note: str | None


class PrerequisiteDialog(CaseDialog):
    """``save(PrerequisiteRecord)`` stores the student's record of ``view`` (may raise);
    ``own_expiry`` is the expiry recorded with it (not one from the validity period)."""

    def __init__(
        self,
        view: StudentPrerequisiteView,
        own_expiry: date | None,
        today: date,
        save: Callable[[PrerequisiteRecord], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prerequisiteDialog")
        self.setWindowTitle(fill(self.tr("Voorwaarde vastleggen: %1"), view.name))
        self._save = save
        self.status = QComboBox()
        self.status.setObjectName("prerequisiteStatus")
        for status in PrerequisiteStatus:
            self.status.addItem(words.prerequisite_status(status), status.value)
        current = view.status or PrerequisiteStatus.OBTAINED
        self.status.setCurrentIndex(self.status.findData(current.value))
        self.obtained_on = DateField(
            view.obtained_on or today, maximum=today, too_late=in_future(today)
        )
        self.obtained_on.setObjectName("prerequisiteObtainedOn")
        recorded_expiry = own_expiry
        self.expires = QCheckBox(self.tr("Verloopt op een eigen datum"))
        self.expires.setObjectName("prerequisiteExpires")
        self.expires_on = DateField(recorded_expiry or today + timedelta(days=365 * 3))
        self.expires_on.setObjectName("prerequisiteExpiresOn")
        self.expires.setChecked(recorded_expiry is not None)
        self.expires_hint = QLabel(
            self.tr("Zonder eigen datum geldt de geldigheidsduur die de school instelde.")
        )
        self.expires_hint.setWordWrap(True)
        self.note = QLineEdit(view.note or "")
        self.note.setObjectName("prerequisiteNote")
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("&Behaald op"), self.obtained_on.boxed())
        self.form.addRow("", self.expires)
        self.form.addRow(self.tr("Ver&loopt op"), self.expires_on.boxed())
        self.form.addRow("", self.expires_hint)
        self.form.addRow(self.tr("&Opmerking"), self.note)
        self.status.currentIndexChanged.connect(lambda _i: self._enable())
        self.expires.toggled.connect(lambda _on: self._enable())
        self._enable()
        self.setMinimumWidth(460)

    def current_status(self) -> PrerequisiteStatus:
        return PrerequisiteStatus(self.status.currentData())

    def _enable(self) -> None:
        obtained = self.current_status() is PrerequisiteStatus.OBTAINED
        self.obtained_on.setEnabled(obtained)
        self.expires.setEnabled(obtained)
        self.expires_on.setEnabled(obtained and self.expires.isChecked())

    def value(self) -> PrerequisiteRecord:
        obtained = self.current_status() is PrerequisiteStatus.OBTAINED
        return PrerequisiteRecord(
            self.current_status(),
            self.obtained_on.value() if obtained else None,
            self.expires_on.value() if obtained and self.expires.isChecked() else None,
            self.note.text().strip() or None,
        )

    def submit(self) -> None:
        if not self.dates_ok(self.obtained_on, self.expires_on):
            return
        record = self.value()
        messages = {
            "obtained_on": self.obtained_on.message,
            "expires_on": self.expires_on.message,
        }

        def explain(error: StageDeskError) -> str:
            return "" if field_messages(error, messages) else case_error(error)

        self.attempt(lambda: self._save(record), explain)
