"""What the case file's dialogs share: a date field in the office's format with its message,
the dialog frame (form, message above the buttons, save that shows a refusal instead of
closing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.text import fill

DATE_FORMAT = "dd-MM-yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def in_future(today: date) -> str:
    """The message of a date field that may not lie after today."""
    return fill(
        QCoreApplication.translate(
            "case_form", "Deze datum ligt in de toekomst; kies vandaag (%1) of eerder."
        ),
        format_date(today),
    )


def column(*widgets: QWidget) -> QWidget:
    """Widgets under each other in one form row (a field and its message); the row's label
    gives the focus to the first."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    box.setFocusProxy(widgets[0])
    return box


class DateField(QDateEdit):
    """A date as 24-11-2026 with a calendar, and under it (``message``, placed by the dialog;
    ``boxed`` puts both in a column) why a date outside ``minimum``…``maximum`` is refused.

    The bounds are not set on the QDateEdit: it would silently clamp or refuse what is typed
    outside them, and the user would not learn why. While the user types in the field its
    message goes away; the date is judged on leaving the field, on saving (``check``), and at
    once when it was picked in the calendar or set by the program.
    """

    def __init__(
        self,
        value: date,
        *,
        minimum: date | None = None,
        maximum: date | None = None,
        too_early: str = "",
        too_late: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.message = FieldMessage()
        self._minimum, self._too_early = minimum, too_early
        self._maximum, self._too_late = maximum, too_late
        self.setDate(qdate(value))
        self.dateChanged.connect(self._changed)
        self.editingFinished.connect(self.check)

    def value(self) -> date:
        return pydate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(qdate(value))

    def boxed(self) -> QWidget:
        return column(self, self.message)

    def set_minimum(self, minimum: date | None, too_early: str = "") -> None:
        """A bound that follows another field (an end not before the start)."""
        self._minimum, self._too_early = minimum, too_early
        if not self.message.isHidden():
            self.check()  # a problem the other field solved goes at once

    def problem(self) -> str:
        """Why the date is refused, or "" (a disabled field is not used, so never refused)."""
        if not self.isEnabled():
            return ""
        day = self.value()
        if self._minimum is not None and day < self._minimum:
            return self._too_early or fill(
                self.tr("Kies een datum vanaf %1."), format_date(self._minimum)
            )
        if self._maximum is not None and day > self._maximum:
            return self._too_late or fill(
                self.tr("Kies een datum tot en met %1."), format_date(self._maximum)
            )
        return ""

    def check(self) -> bool:
        """Show why the date is refused, if it is; True when it is fine."""
        problem = self.problem()
        self.message.show_message(problem)
        return not problem

    def _changed(self) -> None:
        if self.hasFocus():
            self.message.show_message("")  # being typed: judged on leaving the field
        else:
            self.check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self.message.show_message("")  # not used now, so nothing to refuse
        super().changeEvent(event)


class CaseDialog(QDialog):
    """A form with the dialog-wide message and Save/Cancel. Subclasses fill ``form`` and
    implement ``submit``: check the fields (``dates_ok`` for the dates), then ``attempt`` the
    service call."""

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

    def dates_ok(self, *fields: DateField) -> bool:
        """Check every date field (each shows its message); the first refused gets the focus."""
        refused = [field for field in fields if not field.check()]
        if refused:
            refused[0].setFocus()
        return not refused

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
