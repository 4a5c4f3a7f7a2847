"""Plan a supervision visit, or move a planned one: type, date, time, mentor, and how.

The dialog checks the date's form only; ``save`` calls the service, and what it refuses is
shown at the field it names (``planned_on``, ``mentor_id``) or above the buttons.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)

from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.domain.visits import VisitMode
from stagedesk.services.actor import StaffChoice
from stagedesk.services.visit_views import VisitView
from stagedesk.ui import company_labels
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, column
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.widgets import visit_labels

DEFAULT_TIME = time(10, 0)


@dataclass(frozen=True)
class PlannedVisit:
    visit_type: VisitType
    planned_on: date
    planned_time: time | None
    mentor_id: uuid.UUID | None
    mode: VisitMode


def field_messages(error: StageDeskError, fields: dict[str, FieldMessage]) -> bool:
    """Show a ValidationError at the field it names (or the first whose name it starts with);
    False when no field matches."""
    if not isinstance(error, ValidationError):
        return False
    target = fields.get(error.field) or next(
        (message for name, message in fields.items() if error.field.startswith(f"{name}.")),
        None,
    )
    if target is None:
        return False
    target.show_message(error.message)
    return True


class TimeField(QWidget):
    """An optional time of day: a box "om" that switches the time on."""

    def __init__(self, value: time | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("om"))
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        start = value or DEFAULT_TIME
        self.edit.setTime(QTime(start.hour, start.minute))
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.enabled)

    def value(self) -> time | None:
        if not self.enabled.isChecked():
            return None
        chosen = self.edit.time()
        return time(chosen.hour(), chosen.minute())

    def set_value(self, value: time | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setTime(QTime(value.hour, value.minute))


def mode_box(current: VisitMode) -> QComboBox:
    box = QComboBox()
    for mode in VisitMode:
        box.addItem(visit_labels.visit_mode(mode), mode)
    box.setCurrentIndex(box.findData(current))
    return box


def type_box(current: VisitType) -> QComboBox:
    box = QComboBox()
    for kind in VisitType:
        box.addItem(company_labels.visit_type(kind), kind)
    box.setCurrentIndex(box.findData(current))
    return box


class PlanVisitDialog(CaseDialog):
    """A new visit (``visit`` None) or a planned one moved; ``save(PlannedVisit)`` stores it."""

    def __init__(
        self,
        visit: VisitView | None,
        mentors: Sequence[StaffChoice],
        default_mentor: uuid.UUID | None,
        today: date,
        save: Callable[[PlannedVisit], object],
        *,
        visit_type: VisitType = VisitType.START,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planVisitDialog")
        self.setWindowTitle(self.tr("Bezoek verzetten") if visit else self.tr("Bezoek plannen"))
        self._save = save
        self.visit_type = type_box(visit.visit_type if visit else visit_type)
        self.visit_type.setObjectName("visitType")
        self.visit_type.setEnabled(visit is None)  # a moved visit keeps its type
        planned = visit.planned_on if visit and visit.planned_on else today + timedelta(days=7)
        self.planned_on = DateField(planned)
        self.planned_on.setObjectName("plannedOn")
        self.planned_time = TimeField(visit.planned_time if visit else None)
        self.planned_time.setObjectName("plannedTime")
        self.mentor = QComboBox()
        self.mentor.setObjectName("visitMentor")
        for choice in mentors:
            self.mentor.addItem(choice.name, choice.id.hex)
        wanted = visit.mentor_id if visit else default_mentor
        if wanted is not None and self.mentor.findData(wanted.hex) < 0 and visit is not None:
            self.mentor.addItem(visit.mentor_name or "?", wanted.hex)  # no longer a visitor
        found = self.mentor.findData(wanted.hex) if wanted is not None else -1
        self.mentor.setCurrentIndex(max(found, 0))
        self.mentor_message = FieldMessage()
        self.mode = mode_box(visit.mode if visit else VisitMode.ON_SITE)
        self.mode.setObjectName("visitMode")
        self.form.addRow(self.tr("&Soort bezoek"), self.visit_type)
        self.form.addRow(self.tr("&Datum"), self.planned_on.boxed())
        self.form.addRow(self.tr("&Tijd"), self.planned_time)
        self.form.addRow(self.tr("&Begeleider"), column(self.mentor, self.mentor_message))
        self.form.addRow(self.tr("&Vorm"), self.mode)
        self.mentor.currentIndexChanged.connect(lambda _i: self.mentor_message.show_message(""))
        self.setMinimumWidth(420)

    def value(self) -> PlannedVisit:
        mentor = self.mentor.currentData()
        return PlannedVisit(
            VisitType(self.visit_type.currentData()),
            self.planned_on.value(),
            self.planned_time.value(),
            uuid.UUID(hex=mentor) if mentor else None,
            VisitMode(self.mode.currentData()),
        )

    def submit(self) -> None:
        if not self.dates_ok(self.planned_on):
            return
        planned = self.value()
        fields = {
            "planned_on": self.planned_on.message,
            "mentor_id": self.mentor_message,
        }

        def explain(error: StageDeskError) -> str:
            return "" if field_messages(error, fields) else case_error(error)

        self.attempt(lambda: self._save(planned), explain)
