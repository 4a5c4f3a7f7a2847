"""The table that shows the student list: fixed row heights, sensible column widths, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from stagedesk.domain.enums import SearchStatus
from stagedesk.ui import labels
from stagedesk.ui.models.student_table import Column, StudentTableModel

# Columns as wide as their usual content; the others share what is left of the view's width.
_SAMPLES = {
    Column.NUMBER: "0000000",
    Column.NIVEAU: "0",
    Column.LEERWEG: "BOL",
    Column.COHORT: "0000",
    Column.CLASS_GROUP: "MWI2B-26A",
    Column.DAYS: "0000",
}
_SHARES = {Column.NAME: 4, Column.PROGRAMME: 3, Column.MENTOR: 2, Column.COMPANY: 3}
_PADDING = 12
_SORT_ARROW = 14
_MIN_SHARED = 90


class StudentTableView(QTableView):
    """Rows are students; a header click sorts through the model, where the directory can."""

    def __init__(self, model: StudentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentTable")
        self.setModel(model)
        self._model = model
        self._fitted = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.hide()
        # A fixed row height: the view never measures rows, so it never asks for unseen ones.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.NAME, model.sorted_order)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

    def columns_fitted(self) -> bool:
        return self._fitted

    def mark_fitted(self) -> None:
        """Column widths came from saved settings: leave them as the user left them."""
        self._fitted = True

    def fit_columns(self) -> None:
        """Give short columns their content's width and share the rest out among the others."""
        header = self.horizontalHeader()
        metrics, header_metrics = self.fontMetrics(), header.fontMetrics()
        samples = dict(_SAMPLES)
        samples[Column.STATUS] = max(
            (labels.search_status(s) for s in SearchStatus), key=metrics.horizontalAdvance
        )
        model = self.model()
        used = 0
        for column, sample in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            arrow = _SORT_ARROW if self._model.is_sortable(column) else 0
            width = _PADDING + max(
                metrics.horizontalAdvance(sample),
                header_metrics.horizontalAdvance(title) + arrow,
            )
            header.resizeSection(column, width)
            used += width
        left = max(self.viewport().width() - used, _MIN_SHARED * len(_SHARES))
        total = sum(_SHARES.values())
        for column, share in _SHARES.items():
            header.resizeSection(column, max(_MIN_SHARED, left * share // total))
        self._fitted = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            # After the window's layout has given the view its real width.
            QTimer.singleShot(0, self._fit_once)

    def _fit_once(self) -> None:
        if not self._fitted:
            self.fit_columns()

    def _sort_indicator_changed(self, column: int, _order: object) -> None:
        if not self._model.is_sortable(column):
            # The directory cannot sort on this column: keep showing the order that is in force.
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._model.sorted_column, self._model.sorted_order)
            header.blockSignals(False)
