"""Enter or change one week's bpv hours of a placement: the week, hours worked, absence (sick
or other) and a note.

The weeks offered are the placement's weeks that have begun; ``save`` calls
``services.hours.record_week`` and what it refuses is shown at the field it names or above the
buttons. Hours are typed as hours (7,5) and stored as minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QWidget

from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.hours import WEEK_MINUTES_MAX, AbsenceKind, monday
from stagedesk.services.hours import WeekView
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, column
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.dialogs.visit_dialog import field_messages
from stagedesk.ui.widgets import case_progress_labels as words


@dataclass(frozen=True)
class EnteredWeek:
    week_start: date
    worked_minutes: int
    absent_minutes: int
    absence_kind: AbsenceKind | None
    note: str | None


def placement_weeks(start: date, end: date, today: date) -> list[date]:
    """The Mondays of the placement's weeks that have begun by ``today``, latest first."""
    first, last = monday(start), min(monday(end), monday(today))
    weeks = []
    day = last
    while day >= first:
        weeks.append(day)
        day -= timedelta(weeks=1)
    return weeks


def hours_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(2)
    box.setRange(0, WEEK_MINUTES_MAX / 60)
    box.setSingleStep(0.5)
    box.setSuffix(QCoreApplication.translate("HoursDialog", " uur"))
    return box


class HoursDialog(CaseDialog):
    """A new week (``week`` None: chosen from ``weeks``) or a week entered before;
    ``save(EnteredWeek)`` stores it (may raise)."""

    def __init__(
        self,
        week: WeekView | None,
        weeks: Sequence[date],
        hours_per_week: int,
        save: Callable[[EnteredWeek], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hoursDialog")
        self.setWindowTitle(self.tr("Uren wijzigen") if week else self.tr("Uren invoeren"))
        self._save = save
        self.week = QComboBox()
        self.week.setObjectName("hoursWeek")
        for day in [week.week_start] if week else weeks:
            self.week.addItem(words.week_label(day), day.isoformat())
        self.week.setEnabled(week is None and len(weeks) > 1)
        self.week_message = FieldMessage()
        self.worked = hours_box("hoursWorked")
        self.worked.setValue(week.worked_minutes / 60 if week else hours_per_week)
        self.worked_message = FieldMessage()
        self.absent = hours_box("hoursAbsent")
        self.absent.setValue(week.absent_minutes / 60 if week else 0)
        self.kind = QComboBox()
        self.kind.setObjectName("hoursAbsenceKind")
        for kind in AbsenceKind:
            self.kind.addItem(words.absence_kind(kind), kind.value)
        if week is not None and week.absence_kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(week.absence_kind.value))
        self.absent_message = FieldMessage()
        self.note = QLineEdit(week.note or "" if week else "")
        self.note.setObjectName("hoursNote")
        self.form.addRow(self.tr("&Week"), column(self.week, self.week_message))
        self.form.addRow(self.tr("&Gewerkt"), column(self.worked, self.worked_message))
        self.form.addRow(self.tr("&Afwezig"), column(self.absent, self.absent_message))
        self.form.addRow(self.tr("&Soort verzuim"), self.kind)
        self.form.addRow(self.tr("&Opmerking"), self.note)
        self.absent.valueChanged.connect(lambda _v: self._enable())
        self._enable()
        self.setMinimumWidth(420)
        self.worked.setFocus()
        self.worked.selectAll()

    def _enable(self) -> None:
        self.kind.setEnabled(self.absent.value() > 0)

    def value(self) -> EnteredWeek:
        absent = round(self.absent.value() * 60)
        return EnteredWeek(
            date.fromisoformat(self.week.currentData()),
            round(self.worked.value() * 60),
            absent,
            AbsenceKind(self.kind.currentData()) if absent else None,
            self.note.text().strip() or None,
        )

    def submit(self) -> None:
        if self.week.count() == 0:
            self.week_message.show_message(self.tr("Deze plaatsing is nog niet begonnen."))
            return
        entered = self.value()
        messages = {
            "week_start": self.week_message,
            "worked_minutes": self.worked_message,
            "absent_minutes": self.absent_message,
            "absence_kind": self.absent_message,
        }

        def explain(error: StageDeskError) -> str:
            return "" if field_messages(error, messages) else case_error(error)

        self.attempt(lambda: self._save(entered), explain)
