"""The fields the placement dialogs share: the period and hours per week with the total hours
computed as the service computes them (``domain.placements.total_hours``), and the
praktijkopleider chosen from the company's contact persons."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox

from stagedesk.domain import placements as rules
from stagedesk.domain.dates import format_date
from stagedesk.ui.dialogs.case_form import DateField, column
from stagedesk.ui.text import fill


class Contact(Protocol):
    """A contact person as the proposal (``ContactChoice``) and the register (``ContactRow``)
    both describe one."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def function(self) -> str | None: ...


class PeriodFields(QObject):
    """Begin, end (not before the begin: the message says so under the end) and hours per
    week, with the total under the hours; ``add_rows`` puts them in a dialog's form."""

    def __init__(self, start: date, end: date, hours_per_week: int, parent: QObject) -> None:
        super().__init__(parent)
        self.start = DateField(start)
        self.start.setObjectName("placementStart")
        self.end = DateField(end)
        self.end.setObjectName("placementEnd")
        self.hours = QSpinBox()
        self.hours.setObjectName("placementHours")
        self.hours.setRange(rules.HOURS_MIN, rules.HOURS_MAX)
        self.hours.setValue(hours_per_week)
        self.hours.setSuffix(self.tr(" uur per week"))
        self.total = QLabel()
        self.total.setObjectName("placementTotal")
        self.start.dateChanged.connect(self._start_changed)
        # Typed into the begin: the end is judged when the user leaves the begin.
        self.start.editingFinished.connect(self.end.check)
        self.end.dateChanged.connect(self._update_total)
        self.hours.valueChanged.connect(self._update_total)
        self._follow_start()
        self._update_total()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Begin"), self.start.boxed())
        form.addRow(self.tr("&Einde"), self.end.boxed())
        form.addRow(self.tr("&Uren"), column(self.hours, self.total))

    def dates(self) -> tuple[DateField, DateField]:
        return self.start, self.end

    def _start_changed(self) -> None:
        self._follow_start()
        if not self.start.hasFocus():  # picked in the calendar or set: judge the end at once
            self.end.check()
        self._update_total()

    def _follow_start(self) -> None:
        start = self.start.value()
        self.end.set_minimum(
            start, fill(self.tr("Het einde ligt vóór het begin (%1)."), format_date(start))
        )

    def _update_total(self) -> None:
        start, end = self.start.value(), self.end.value()
        if end < start:
            self.total.setText("")
            return
        weeks = ((end - start).days + 1) / 7
        self.total.setText(
            fill(
                self.tr("%1 uur in totaal (%2 weken)"),
                rules.total_hours(start, end, self.hours.value()),
                f"{weeks:.1f}".replace(".", ",") if weeks % 1 else int(weeks),
            )
        )


def praktijkopleider_box(
    contacts: Iterable[Contact], chosen: uuid.UUID | None, chosen_name: str | None = None
) -> QComboBox:
    """ "Not known yet" and the contacts ("name, function"), with ``chosen`` selected; one who
    is no longer among the contacts stays offered under ``chosen_name``."""
    box = QComboBox()
    box.setObjectName("placementPraktijkopleider")
    box.addItem(QCoreApplication.translate("placement_fields", "— nog niet bekend —"), None)
    for contact in contacts:
        if contact.function:
            template = QCoreApplication.translate("placement_fields", "%1, %2")
            box.addItem(fill(template, contact.name, contact.function), contact.id.hex)
        else:
            box.addItem(contact.name, contact.id.hex)
    if chosen is not None:
        index = box.findData(chosen.hex)
        if index < 0:
            box.addItem(chosen_name or "?", chosen.hex)
            index = box.count() - 1
        box.setCurrentIndex(index)
    return box


def chosen_contact(box: QComboBox) -> uuid.UUID | None:
    data = box.currentData()
    return uuid.UUID(hex=data) if data else None
