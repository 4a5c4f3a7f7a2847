"""A case's timeline as a Qt table model: date, kind and what happened, newest first.

The model keeps every entry of the case and shows those of the kinds switched on, so the
kind filter never goes back to the store. Entries that lie ahead (a planned start or visit)
are shown in grey italics.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from stagedesk.domain.dates import format_date
from stagedesk.services.timeline import TimelineEntry, TimelineKind
from stagedesk.ui import case_texts

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_PLANNED_COLOUR = QColor("#6b6b6b")


class TimelineColumn(IntEnum):
    DATE = 0
    KIND = 1
    TEXT = 2


def _headers() -> dict[TimelineColumn, str]:
    return {
        TimelineColumn.DATE: QCoreApplication.translate("TimelineModel", "Datum"),
        TimelineColumn.KIND: QCoreApplication.translate("TimelineModel", "Soort"),
        TimelineColumn.TEXT: QCoreApplication.translate("TimelineModel", "Wat"),
    }


class TimelineModel(QAbstractTableModel):
    """Rows are the shown entries, in the order the service gave (newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[TimelineEntry, ...] = ()
        self._kinds: set[TimelineKind] = set(TimelineKind)
        self._shown: list[TimelineEntry] = []
        self._texts: list[str] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- what the screen asks --------------------------------------------------------------------

    def set_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        self._all = entries
        self._rebuild()

    def set_kinds(self, kinds: Iterable[TimelineKind]) -> None:
        wanted = set(kinds)
        if wanted != self._kinds:
            self._kinds = wanted
            self._rebuild()

    def kinds(self) -> set[TimelineKind]:
        return set(self._kinds)

    def entry(self, row: int) -> TimelineEntry | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, entry: TimelineEntry) -> int | None:
        try:
            return self._shown.index(entry)
        except ValueError:
            return None

    def texts(self) -> list[str]:
        """The "Wat" column of every shown row (what a user reads; for tests)."""
        return list(self._texts)

    def retranslate(self) -> None:
        self._rebuild()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TimelineColumn) - 1)

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._shown = [entry for entry in self._all if entry.kind in self._kinds]
        self._texts = [case_texts.entry_text(entry) for entry in self._shown]
        self.endResetModel()

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TimelineColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(TimelineColumn)
        ):
            return _headers()[TimelineColumn(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = TimelineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is TimelineColumn.DATE:
                return format_date(entry.on)
            if column is TimelineColumn.KIND:
                return case_texts.kind_word(entry.kind)
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.planned and column is TimelineColumn.DATE:
                return QCoreApplication.translate("TimelineModel", "gepland")
            return case_texts.entry_tooltip(entry) if column is TimelineColumn.TEXT else None
        if role == Qt.ItemDataRole.ForegroundRole and entry.planned:
            return _PLANNED_COLOUR
        if role == Qt.ItemDataRole.FontRole and entry.planned:
            return self._italic
        if role == ENTRY_ROLE:
            return entry
        return None
