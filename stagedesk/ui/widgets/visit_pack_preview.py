"""What importing a visit pack would do, shown before it is done: the new and changed visits,
and per conflict both versions side by side with the user's choice.

The services hand over a visit as its columns (``PackVisit.fields`` and the office's
mapping); this module writes the ones a person recognises in their words and leaves out
bookkeeping columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.visits import VisitMode, decode_actions, decode_answers, decode_concerns
from stagedesk.services.packs_types import PackVisit, Side, VisitConflict
from stagedesk.ui import company_labels
from stagedesk.ui.text import count, fill
from stagedesk.ui.widgets import visit_labels

# Columns a person compares, in this order; the rest (ids, versions, stamps) are left out.
SHOWN_FIELDS = (
    "visit_type", "status", "planned_on", "planned_time", "held_on", "mode", "mentor_id",
    "contact_id", "notes", "answers", "agreed_actions", "concerns", "concerns_handled_on",
)  # fmt: skip
NOTHING = "—"


def field_label(name: str) -> str:
    labels = {
        "visit_type": QCoreApplication.translate("visit_pack", "Soort"),
        "status": QCoreApplication.translate("visit_pack", "Status"),
        "planned_on": QCoreApplication.translate("visit_pack", "Gepland op"),
        "planned_time": QCoreApplication.translate("visit_pack", "Tijd"),
        "held_on": QCoreApplication.translate("visit_pack", "Gehouden op"),
        "mode": QCoreApplication.translate("visit_pack", "Vorm"),
        "mentor_id": QCoreApplication.translate("visit_pack", "Begeleider"),
        "contact_id": QCoreApplication.translate("visit_pack", "Gesproken met"),
        "notes": QCoreApplication.translate("visit_pack", "Notities"),
        "answers": QCoreApplication.translate("visit_pack", "Checklist"),
        "agreed_actions": QCoreApplication.translate("visit_pack", "Afspraken"),
        "concerns": QCoreApplication.translate("visit_pack", "Zorgen"),
        "concerns_handled_on": QCoreApplication.translate("visit_pack", "Zorgen afgehandeld op"),
    }
    return labels.get(name, name)


def field_value(name: str, value: Any) -> str:
    """A column's value as the office reads it (enums in words, dates in Dutch, forms counted)."""
    if value is None or value == "":
        return NOTHING
    if name == "visit_type":
        return company_labels.visit_type(VisitType(value))
    if name == "status":
        return company_labels.visit_status(VisitStatus(value))
    if name == "mode":
        return visit_labels.visit_mode(VisitMode(value))
    if name == "answers":
        _digest, answers = decode_answers(value)
        given = sum(1 for a in answers.values() if a.answer is not None)
        return fill(QCoreApplication.translate("visit_pack", "%1 antwoorden"), count(given))
    if name == "agreed_actions":
        return "; ".join(a.text for a in decode_actions(value)) or NOTHING
    if name == "concerns":
        found = decode_concerns(value)
        return ", ".join(visit_labels.concern(c) for c in sorted(found)) or NOTHING
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, uuid.UUID):
        return value.hex[:8]
    return str(value)


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.resizeRowsToContents()


def visit_table(visits: Sequence[PackVisit], changed: Sequence[Sequence[str]] = ()) -> QTableWidget:
    """New or changed visits, one a row (``changed``: per visit, the columns that changed)."""
    headers = [
        QCoreApplication.translate("visit_pack", "Student"),
        QCoreApplication.translate("visit_pack", "Bedrijf"),
        QCoreApplication.translate("visit_pack", "Soort"),
        QCoreApplication.translate("visit_pack", "Status"),
        QCoreApplication.translate("visit_pack", "Datum"),
    ]
    if changed:
        headers.append(QCoreApplication.translate("visit_pack", "Gewijzigd"))
    table = _table(headers)
    rows = []
    for n, visit in enumerate(visits):
        f = visit.fields
        day = f.get("held_on") or f.get("planned_on")
        row = [
            visit.student_name,
            visit.company_name,
            field_value("visit_type", f.get("visit_type")),
            field_value("status", f.get("status")),
            field_value("held_on", day),
        ]
        if changed:
            shown = [name for name in SHOWN_FIELDS if name in changed[n]]
            row.append(", ".join(field_label(name) for name in shown))
        rows.append(row)
    _fill(table, rows)
    return table


class ConflictBox(QGroupBox):
    """One visit changed in both places: the differing fields side by side, and the choice."""

    chosen = Signal()

    def __init__(self, conflict: VisitConflict, parent: QWidget | None = None) -> None:
        visit = conflict.visit
        kind = field_value("visit_type", visit.fields.get("visit_type"))
        super().__init__(fill(self.tr("%1 bij %2 (%3)"), visit.student_name,
                              visit.company_name, kind), parent)  # fmt: skip
        self.setObjectName(f"conflict-{visit.id.hex}")
        self.conflict = conflict
        office = conflict.office
        names = [n for n in SHOWN_FIELDS if n in conflict.differing] or list(conflict.differing)
        self.table = _table([self.tr("Veld"), self.tr("Stagebureau"), self.tr("Pakket")])
        self.table.setObjectName("conflictFields")
        rows = [
            [
                field_label(name),
                field_value(name, office.get(name)) if office is not None else NOTHING,
                field_value(name, visit.fields.get(name)),
            ]
            for name in names
        ]
        _fill(self.table, rows)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())
        )
        self.table.setFixedHeight(height + 4)
        self.office_choice = QRadioButton(
            self.tr("Versie van het stagebureau houden")
            if office is not None
            else self.tr("Verwijderd laten (zoals op het stagebureau)")
        )
        self.office_choice.setObjectName("keepOffice")
        self.pack_choice = QRadioButton(self.tr("Versie uit het pakket nemen"))
        self.pack_choice.setObjectName("takePack")
        group = QButtonGroup(self)
        group.addButton(self.office_choice)
        group.addButton(self.pack_choice)
        group.buttonToggled.connect(lambda _b, on: on and self.chosen.emit())
        choices = QHBoxLayout()
        choices.addWidget(self.office_choice)
        choices.addWidget(self.pack_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(choices)

    def choice(self) -> Side | None:
        if self.office_choice.isChecked():
            return "office"
        if self.pack_choice.isChecked():
            return "pack"
        return None


class ConflictList(QWidget):
    """Every conflict's box; ``resolutions`` once each has a choice."""

    changed = Signal()

    def __init__(self, conflicts: Sequence[VisitConflict], parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes = [ConflictBox(conflict) for conflict in conflicts]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes:
            box.chosen.connect(self.changed)
            layout.addWidget(box)
        layout.addStretch(1)

    def complete(self) -> bool:
        return all(box.choice() is not None for box in self.boxes)

    def resolutions(self) -> Mapping[uuid.UUID, Side]:
        return {
            box.conflict.visit.id: choice
            for box in self.boxes
            if (choice := box.choice()) is not None
        }

    def choose_all(self, side: Side) -> None:
        for box in self.boxes:
            (box.pack_choice if side == "pack" else box.office_choice).setChecked(True)
