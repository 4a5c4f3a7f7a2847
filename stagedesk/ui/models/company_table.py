"""The company list as a Qt table model over the rows the register's search returned.

A college has a few thousand leerbedrijven at most, so the rows are held in memory and
sorting by a header click happens here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from stagedesk.domain.names import fold
from stagedesk.services.company_rows import CompanyRow
from stagedesk.ui import company_labels
from stagedesk.ui.text import fill

AnyIndex = QModelIndex | QPersistentModelIndex


class CompanyColumn(IntEnum):
    NAME = 0
    KVK = 1
    CITY = 2
    REGION = 3
    SECTOR = 4
    CAPACITY = 5
    PLACED = 6
    APPLYING = 7
    RECOGNITIONS = 8


_NUMERIC = (
    CompanyColumn.CAPACITY,
    CompanyColumn.PLACED,
    CompanyColumn.APPLYING,
    CompanyColumn.RECOGNITIONS,
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _sort_keys() -> dict[CompanyColumn, Callable[[CompanyRow], Any]]:
    return {
        CompanyColumn.NAME: lambda r: fold(r.name),
        CompanyColumn.KVK: lambda r: r.kvk_number,
        CompanyColumn.CITY: lambda r: fold(r.city or ""),
        CompanyColumn.REGION: lambda r: fold(r.region or ""),
        CompanyColumn.SECTOR: lambda r: r.sector.value if r.sector else "",
        CompanyColumn.CAPACITY: lambda r: r.capacity,
        CompanyColumn.PLACED: lambda r: r.placed_now,
        CompanyColumn.APPLYING: lambda r: r.open_applications,
        CompanyColumn.RECOGNITIONS: lambda r: r.recognitions,
    }


class CompanyTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyRow] = []
        self._sort = (CompanyColumn.NAME, Qt.SortOrder.AscendingOrder)

    def headers(self) -> dict[CompanyColumn, str]:
        return {
            CompanyColumn.NAME: self.tr("Naam"),
            CompanyColumn.KVK: self.tr("KvK"),
            CompanyColumn.CITY: self.tr("Plaats"),
            CompanyColumn.REGION: self.tr("Regio"),
            CompanyColumn.SECTOR: self.tr("Sector"),
            CompanyColumn.CAPACITY: self.tr("Plekken"),
            CompanyColumn.PLACED: self.tr("Geplaatst"),
            CompanyColumn.APPLYING: self.tr("Sollicitaties"),
            CompanyColumn.RECOGNITIONS: self.tr("Erkenningen"),
        }

    def tooltips(self) -> dict[CompanyColumn, str]:
        return {
            CompanyColumn.CAPACITY: self.tr("Hoeveel studenten het bedrijf tegelijk begeleidt"),
            CompanyColumn.PLACED: self.tr("Studenten die er nu in hun bpv zijn"),
            CompanyColumn.APPLYING: self.tr("Openstaande sollicitaties"),
            CompanyColumn.RECOGNITIONS: self.tr("Erkenningen die vandaag gelden"),
        }

    def set_rows(self, rows: Sequence[CompanyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def row_at(self, row: int) -> CompanyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, company_id: uuid.UUID) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == company_id:
                return number
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CompanyColumn) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(CompanyColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(CompanyColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CompanyColumn):
            return None
        column = CompanyColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips().get(column)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = CompanyColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (CompanyColumn.NAME, CompanyColumn.CITY):
                return self._display(row, column)
            if column == CompanyColumn.SECTOR and row.sector:
                return company_labels.sector(row.sector)
            if column == CompanyColumn.REGION and row.province:
                return fill(self.tr("%1 (provincie %2)"), row.region, row.province)
        return None

    def _display(self, row: CompanyRow, column: CompanyColumn) -> str:
        values = {
            CompanyColumn.NAME: row.name,
            CompanyColumn.KVK: row.kvk_number,
            CompanyColumn.CITY: row.city or "",
            CompanyColumn.REGION: row.region or "",
            CompanyColumn.SECTOR: company_labels.sector_short(row.sector) if row.sector else "",
            CompanyColumn.CAPACITY: str(row.capacity),
            CompanyColumn.PLACED: str(row.placed_now),
            CompanyColumn.APPLYING: str(row.open_applications),
            CompanyColumn.RECOGNITIONS: str(row.recognitions),
        }
        return values[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # Keep the selection on the same companies, wherever they move.
        before = self.persistentIndexList()
        held = [(self._rows[index.row()].id, index.column()) for index in before]
        self._sort = (CompanyColumn(column), order)
        self._apply_sort()
        where = {row.id: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[i], c) for i, c in held])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = _sort_keys()[column]
        name = _sort_keys()[CompanyColumn.NAME]
        self._rows.sort(key=lambda r: (key(r), name(r)))
        if order == Qt.SortOrder.DescendingOrder:
            self._rows.reverse()
