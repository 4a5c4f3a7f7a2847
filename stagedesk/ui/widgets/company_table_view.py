"""The view of the company list: whole rows, sortable, rows as high as the student list's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from stagedesk.ui.models.company_table import CompanyColumn, CompanyTableModel

# Long towns and regions are capped (the tooltip shows them whole); the name takes the rest.
_WIDEST = {CompanyColumn.CITY: 160, CompanyColumn.REGION: 220}


class CompanyTableView(QTableView):
    def __init__(self, model: CompanyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyTable")
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(CompanyColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)

    def fit_columns(self) -> None:
        """Columns as wide as their contents, within the caps; the name stretches."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column, widest in _WIDEST.items():
            header.resizeSection(column, min(widest, header.sectionSize(column)))
        header.setSectionResizeMode(CompanyColumn.NAME, QHeaderView.ResizeMode.Stretch)
