"""The student list as a Qt table model: filtered ids only, display rows fetched a page at a time.

The model keeps the ids the directory's filter returned; the cells of a row are fetched from
the directory when the view first asks for that row, together with the rest of its page, so
scrolling through 50,000 students only ever loads what was on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.names import formal_name
from stagedesk.services.directory import (
    ListFilter,
    SortColumn,
    StudentDirectory,
    StudentKey,
    StudentKeys,
    days_since,
)
from stagedesk.store.queries import StudentListRow
from stagedesk.ui import labels
from stagedesk.ui.text import fill

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

_RIGHT_ALIGNED = (Column.NIVEAU, Column.COHORT, Column.DAYS)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGNMENTS = tuple(_RIGHT if column in _RIGHT_ALIGNED else None for column in Column)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_STATUS_TEXT = labels.STATUS_TEXT_COLOUR


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

    PAGE_SIZE = 64  # a screenful or so: each refilter fetches one page
    MAX_PAGES = 40

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
        self._ids: StudentKeys = directory.filter(self._filter)
        self._pages: OrderedDict[int, list[_Line | None]] = OrderedDict()
        self._last_page = -1
        self._tints = {status: labels.status_tint(status) for status in SearchStatus}
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
        self._last_page = -1
        self.endResetModel()

    def refresh(self) -> None:
        """Filter again with the same filter (after a reload or a sort change)."""
        self.set_filter(self._filter)

    def student_id(self, row: int) -> StudentKey | None:
        if 0 <= row < len(self._ids):
            return self._ids[row]
        return None

    def row_of(self, student_id: StudentKey) -> int | None:
        try:
            return self._ids.index(student_id)
        except ValueError:
            return None

    def retranslate(self) -> None:
        """Headers and status labels change with the language: work the cells out again."""
        self._pages.clear()
        self._last_page = -1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def export_rows(self, columns: list[int]) -> Callable[[], Iterator[list[str | int]]]:
        """For ui.table_export: a call giving the display cells of ``columns`` for every row of
        the current filter, in order, that runs on the export's worker. What it needs is taken
        here, on the GUI thread (a copy of the keys, the status labels of the current language,
        today); the rows are read fresh through the directory's own session, not its cache."""
        keys = self._ids[0 : len(self._ids)]
        statuses = {status: labels.search_status(status) for status in SearchStatus}
        today = self._today()
        read = self._directory.row_reader(keys)
        wanted = [Column(column) for column in columns]

        def rows() -> Iterator[list[str | int]]:
            for row in read():
                if row is not None:  # removed since the filter ran: the table shows it empty
                    cells = _cells(row, statuses, today)
                    yield [cells[column] for column in wanted]

        return rows

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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[column]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Called several times per visible cell on every paint: the common roles come first and
        # the cells of a row are worked out once, when its page is fetched.
        if role == _DISPLAY:
            line = self._line(index.row())
            return None if line is None else line.cells[index.column()]
        if role == _ALIGNMENT:
            return _ALIGNMENTS[index.column()]
        column = index.column()
        if column == Column.STATUS and role in (_BACKGROUND, _FOREGROUND):
            line = self._line(index.row())
            if line is None:
                return None
            return self._tints[line.row.status] if role == _BACKGROUND else _STATUS_TEXT
        if column == Column.DAYS and role == _TOOLTIP:
            line = self._line(index.row())
            if line is None:
                return None
            return fill(
                QCoreApplication.translate("StudentTableModel", "sinds %1"),
                format_date(line.row.status_since),
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

    def _line(self, row: int) -> _Line | None:
        if not 0 <= row < len(self._ids):
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch_page(number)
        elif number != self._last_page:
            self._pages.move_to_end(number)
        self._last_page = number
        return page[offset]

    def _fetch_page(self, number: int) -> list[_Line | None]:
        start = number * self.PAGE_SIZE
        ids = self._ids[start : start + self.PAGE_SIZE]
        rows = self._directory.rows(ids)
        statuses = {status: labels.search_status(status) for status in SearchStatus}
        today = self._today()
        page = [None if row is None else _Line(row, _cells(row, statuses, today)) for row in rows]
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page


@dataclass(frozen=True, slots=True)
class _Line:
    row: StudentListRow
    cells: tuple[str | int, ...]  # the DisplayRole value of each Column, in order


def _cells(
    row: StudentListRow, statuses: dict[SearchStatus, str], today: date
) -> tuple[str | int, ...]:
    return (
        row.student_number,
        formal_name(row.given_name, row.tussenvoegsel, row.surname),
        row.programme,
        row.niveau,
        labels.leerweg(row.leerweg),
        row.cohort,
        row.class_group or "",
        row.mentor or "",
        statuses[row.status],
        days_since(row.status_since, today),
        row.company or "",
    )
