"""The case's timeline: a check box per kind (sollicitaties, plaatsingen, POK, bezoeken, brieven,
notities) above the table of entries, newest first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.services.timeline import TimelineEntry, TimelineKind
from stagedesk.ui import case_texts
from stagedesk.ui.models.timeline_model import TimelineColumn, TimelineModel


class TimelineView(QWidget):
    """``entry_selected`` carries the selected entry, or None."""

    entry_selected = Signal(object)
    entry_activated = Signal(object)  # double-click or Enter on an entry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        header.resizeSection(TimelineColumn.DATE, metrics.horizontalAdvance("00-00-0000") + 24)
        self.filter_label = QLabel()
        self.kind_boxes: dict[TimelineKind, QCheckBox] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_label)
        for kind in TimelineKind:
            box = QCheckBox()
            box.setObjectName(f"timelineKind_{kind.value}")
            box.setChecked(True)
            box.toggled.connect(self._kinds_changed)
            self.kind_boxes[kind] = box
            bar.addWidget(box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        # On the selection, not the current row: selectRow() moves the current row first and
        # selects it after, so a slot on currentRowChanged would still see nothing selected.
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self.entry_selected.emit(self.selected_entry())
        )
        self.table.activated.connect(
            lambda index: self.entry_activated.emit(self.model.entry(index.row()))
        )
        self.retranslate()

    def set_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        """Show ``entries``, keeping the selected entry selected when it is still there."""
        kept = self.selected_entry()
        self.model.set_entries(entries)
        self._fit_kind_column()
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.entry_selected.emit(None)

    def selected_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.entry(index.row())

    def select_entry(self, entry: TimelineEntry) -> bool:
        row = self.model.row_of(entry)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def select_first(self, kind: TimelineKind, entity_id: uuid.UUID) -> bool:
        """Select the newest shown entry of ``kind`` about the record ``entity_id``."""
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry is not None and entry.kind is kind and entry.entity_id == entity_id:
                self.table.selectRow(row)
                return True
        return False

    def _kinds_changed(self) -> None:
        self.model.set_kinds(kind for kind, box in self.kind_boxes.items() if box.isChecked())
        self.entry_selected.emit(None)

    def _fit_kind_column(self) -> None:
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(case_texts.kind_word(k)) for k in TimelineKind)
        title = metrics.horizontalAdvance(str(self.model.headerData(1, Qt.Orientation.Horizontal)))
        self.table.horizontalHeader().resizeSection(TimelineColumn.KIND, max(widest, title) + 24)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Tonen:"))
        for kind, box in self.kind_boxes.items():
            box.setText(case_texts.kind_label(kind))
        self.model.retranslate()
        self._fit_kind_column()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
