"""The student list as a Qt table model: filtered ids only, display rows fetched a page at a time.

The model keeps the ids the directory's filter returned; the cells of a row are fetched from
the directory when the view first asks for that row, together with the rest of its page, so
scrolling through 50,000 students only ever loads what was on screen.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.names import formal_name
from stagedesk.services.directory import ListFilter, SortColumn, StudentDirectory, days_since
from stagedesk.store.queries import StudentListRow
from stagedesk.ui import labels

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    PROGRAMME = 2
    NIVEAU = 3
    LEERWEG = 4
    COHORT = 5
    CLASS_GROUP = 6
    MENTOR = 7
    STATUS = 8
    DAYS = 9
    COMPANY = 10


# Columns the directory can sort by; the others (niveau, leerweg, class) are not sortable.
SORT_COLUMNS: dict[Column, SortColumn] = {
    Column.NUMBER: SortColumn.NUMBER,
    Column.NAME: SortColumn.NAME,
    Column.PROGRAMME: SortColumn.PROGRAMME,
    Column.COHORT: SortColumn.COHORT,
    Column.MENTOR: SortColumn.MENTOR,
    Column.STATUS: SortColumn.STATUS,
    Column.DAYS: SortColumn.DAYS_IN_STATUS,
    Column.COMPANY: SortColumn.COMPANY,
}


def _headers() -> dict[Column, str]:
    return {
        Column.NUMBER: QCoreApplication.translate("StudentTableModel", "Studentnr."),
        Column.NAME: QCoreApplication.translate("StudentTableModel", "Naam"),
        Column.PROGRAMME: QCoreApplication.translate("StudentTableModel", "Opleiding"),
        Column.NIVEAU: QCoreApplication.translate("StudentTableModel", "Niv."),
        Column.LEERWEG: QCoreApplication.translate("StudentTableModel", "Leerweg"),
        Column.COHORT: QCoreApplication.translate("StudentTableModel", "Cohort"),
        Column.CLASS_GROUP: QCoreApplication.translate("StudentTableModel", "Klas"),
        Column.MENTOR: QCoreApplication.translate("StudentTableModel", "Mentor"),
        Column.STATUS: QCoreApplication.translate("StudentTableModel", "Status"),
        Column.DAYS: QCoreApplication.translate("StudentTableModel", "Dagen"),
        Column.COMPANY: QCoreApplication.translate("StudentTableModel", "Bedrijf"),
    }


def _tooltips() -> dict[Column, str]:
    return {
        Column.NIVEAU: QCoreApplication.translate("StudentTableModel", "Niveau (1 = entree)"),
        Column.DAYS: QCoreApplication.translate("StudentTableModel", "Dagen in de huidige status"),
        Column.COMPANY: QCoreApplication.translate(
            "StudentTableModel", "Bedrijf van de plaatsing of van de verste sollicitatie"
        ),
    }


class StudentTableModel(QAbstractTableModel):
    """Rows are the students the current filter found, in the directory's sort order."""

    PAGE_SIZE = 200
    MAX_PAGES = 20

    def __init__(
        self,
        directory: StudentDirectory,
        *,
        today: Callable[[], date] = date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._today = today
        self._filter = ListFilter()
        self._ids: list[uuid.UUID] = directory.filter(self._filter)
        self._pages: OrderedDict[int, dict[uuid.UUID, StudentListRow]] = OrderedDict()
        self._sorted_column = Column.NAME
        self._sorted_order = Qt.SortOrder.AscendingOrder

    # --- what the window asks -----------------------------------------------------------------

    @property
    def directory(self) -> StudentDirectory:
        return self._directory

    @property
    def current_filter(self) -> ListFilter:
        return self._filter

    @property
    def sorted_column(self) -> Column:
        return self._sorted_column

    @property
    def sorted_order(self) -> Qt.SortOrder:
        return self._sorted_order

    def set_directory(self, directory: StudentDirectory) -> None:
        """Show another store's students (after opening a store), keeping filter and sort."""
        self._directory = directory
        directory.set_sort(
            SORT_COLUMNS[self._sorted_column],
            self._sorted_order == Qt.SortOrder.DescendingOrder,
        )
        self.refresh()

    def set_filter(self, wanted: ListFilter) -> None:
        self.beginResetModel()
        self._filter = wanted
        self._ids = self._directory.filter(wanted)
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Filter again with the same filter (after a reload or a sort change)."""
        self.set_filter(self._filter)

    def student_id(self, row: int) -> uuid.UUID | None:
        if 0 <= row < len(self._ids):
            return self._ids[row]
        return None

    def row_of(self, student_id: uuid.UUID) -> int | None:
        try:
            return self._ids.index(student_id)
        except ValueError:
            return None

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_COLUMNS

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltips().get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NIVEAU, Column.DAYS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.NIVEAU, Column.DAYS, Column.COHORT):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if column == Column.STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return labels.status_tint(row.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.STATUS_TEXT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DAYS:
            return QCoreApplication.translate("StudentTableModel", "sinds %1").replace(
                "%1", format_date(row.status_since)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        self._sorted_column = Column(column)
        self._sorted_order = order
        self._directory.set_sort(
            SORT_COLUMNS[Column(column)], order == Qt.SortOrder.DescendingOrder
        )
        self.refresh()

    # --- paging --------------------------------------------------------------------------------

    def _row(self, row: int) -> StudentListRow | None:
        if not 0 <= row < len(self._ids):
            return None
        student_id = self._ids[row]
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            start = number * self.PAGE_SIZE
            ids = self._ids[start : start + self.PAGE_SIZE]
            page = {r.id: r for r in self._directory.rows(ids)}
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(student_id)

    def _display(self, row: StudentListRow, column: Column) -> str | int | None:
        match column:
            case Column.NUMBER:
                return row.student_number
            case Column.NAME:
                return formal_name(row.given_name, row.tussenvoegsel, row.surname)
            case Column.PROGRAMME:
                return row.programme
            case Column.NIVEAU:
                return row.niveau
            case Column.LEERWEG:
                return labels.leerweg(row.leerweg)
            case Column.COHORT:
                return row.cohort
            case Column.CLASS_GROUP:
                return row.class_group or ""
            case Column.MENTOR:
                return row.mentor or ""
            case Column.STATUS:
                return labels.search_status(row.status)
            case Column.DAYS:
                return days_since(row.status_since, self._today())
            case Column.COMPANY:
                return row.company or ""
        return None
