"""What the case file's dialogs share: a date field in the office's format, the dialog frame
(form, message above the buttons, save that shows a refusal instead of closing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.form import FieldMessage

DATE_FORMAT = "dd-MM-yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    """A date as 24-11-2026 with a calendar, kept between ``minimum`` and ``maximum``."""

    def __init__(
        self,
        value: date,
        *,
        minimum: date | None = None,
        maximum: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        if minimum is not None:
            self.setMinimumDate(qdate(minimum))
        if maximum is not None:
            self.setMaximumDate(qdate(maximum))
        self.setDate(qdate(value))

    def value(self) -> date:
        return pydate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(qdate(value))


class CaseDialog(QDialog):
    """A form with the dialog-wide message and Save/Cancel. Subclasses fill ``form`` and
    implement ``collect`` (field checks; None when a field is wrong) and call ``save``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.problem = FieldMessage(wrap=True)
        self.problem.setObjectName("dialogProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def attempt(
        self, action: Callable[[], object], explain: Callable[[StageDeskError], str] = case_error
    ) -> bool:
        """Run the service call; on a refusal show why and keep the dialog open."""
        self.problem.show_message("")
        try:
            action()
        except StageDeskError as exc:
            self.problem.show_message(explain(exc))
            return False
        self.accept()
        return True
