"""The allowance overview's two Qt table models: the groups, and the flagged placements.

Amounts are euro cents from the service and are formatted here (``text.money``); a
placement below the norm and one without any allowance are tinted differently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from stagedesk.domain.dates import format_date
from stagedesk.services.allowances import AllowanceGroup, AllowanceLine, GroupBy
from stagedesk.ui import labels
from stagedesk.ui.models.student_table import AnyIndex
from stagedesk.ui.text import count, fill, money

T = TypeVar("T")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NONE_TINT = QColor("#ffe0e0")
BELOW_TINT = QColor("#ffecb3")


class GroupColumn(IntEnum):
    NAME = 0
    PLACEMENTS = 1
    WAGE = 2
    WITHOUT = 3
    BELOW = 4
    AVERAGE = 5


class LineColumn(IntEnum):
    NAME = 0
    NUMBER = 1
    AMOUNT = 2
    PAID = 3
    START = 4
    END = 5
    COMPANY = 6
    PROGRAMME = 7


def _sorted(rows: list[T], key: Callable[[T], Any], order: Qt.SortOrder) -> list[T]:
    return sorted(rows, key=key, reverse=order is Qt.SortOrder.DescendingOrder)


class _Table(QAbstractTableModel):
    """Rows of one dataclass, sorted in Python by a key per column."""

    columns: type[IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def row(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _reset(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class AllowanceGroupModel(_Table):
    """Per programme or company: placements, with a wage, without allowance, below norm."""

    columns = GroupColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group_by = GroupBy.PROGRAMME

    def set_groups(self, groups: Sequence[AllowanceGroup], group_by: GroupBy) -> None:
        self.group_by = group_by
        self._reset(groups)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(GroupColumn) - 1)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(GroupColumn):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section != GroupColumn.NAME:
            return _RIGHT
        if role != _DISPLAY:
            return None
        by_company = self.group_by is GroupBy.COMPANY
        headers = {
            GroupColumn.NAME: QCoreApplication.translate("AllowanceTables", "Bedrijf")
            if by_company
            else QCoreApplication.translate("AllowanceTables", "Opleiding"),
            GroupColumn.PLACEMENTS: QCoreApplication.translate("AllowanceTables", "Plaatsingen"),
            GroupColumn.WAGE: QCoreApplication.translate("AllowanceTables", "Met loon"),
            GroupColumn.WITHOUT: QCoreApplication.translate("AllowanceTables", "Zonder vergoeding"),
            GroupColumn.BELOW: QCoreApplication.translate("AllowanceTables", "Onder de norm"),
            GroupColumn.AVERAGE: QCoreApplication.translate("AllowanceTables", "Gem. vergoeding"),
        }
        return headers[GroupColumn(section)]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        group: AllowanceGroup | None = self.row(index.row())
        if group is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != GroupColumn.NAME:
            return _RIGHT
        if role != _DISPLAY:
            return None
        if column == GroupColumn.NAME:
            if group.niveau is None or group.leerweg is None:
                return group.name
            return fill(
                QCoreApplication.translate("AllowanceTables", "%1 (niveau %2, %3)"),
                group.name,
                group.niveau,
                labels.leerweg(group.leerweg),
            )
        if column == GroupColumn.AVERAGE:
            return "—" if group.average_cents is None else money(group.average_cents)
        numbers = {
            GroupColumn.PLACEMENTS: group.placements,
            GroupColumn.WAGE: group.wage,
            GroupColumn.WITHOUT: group.without,
            GroupColumn.BELOW: group.below_norm,
        }
        return count(numbers[GroupColumn(column)])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys: dict[GroupColumn, Callable[[AllowanceGroup], Any]] = {
            GroupColumn.NAME: lambda g: (g.name.casefold(), g.niveau or 0),
            GroupColumn.PLACEMENTS: lambda g: g.placements,
            GroupColumn.WAGE: lambda g: g.wage,
            GroupColumn.WITHOUT: lambda g: g.without,
            GroupColumn.BELOW: lambda g: g.below_norm,
            GroupColumn.AVERAGE: lambda g: -1 if g.average_cents is None else g.average_cents,
        }
        self._reset(_sorted(self._rows, keys[GroupColumn(column)], order))


class AllowanceLineModel(_Table):
    """Flagged placements: the student, company, programme, amount and whether it is paid."""

    columns = LineColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.norm_cents = 0

    def set_lines(self, lines: Sequence[AllowanceLine], norm_cents: int) -> None:
        self.norm_cents = norm_cents
        self._reset(lines)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LineColumn):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == LineColumn.AMOUNT:
            return _RIGHT
        if role != _DISPLAY:
            return None
        headers = {
            LineColumn.NAME: QCoreApplication.translate("AllowanceTables", "Student"),
            LineColumn.NUMBER: QCoreApplication.translate("AllowanceTables", "Studentnr."),
            LineColumn.COMPANY: QCoreApplication.translate("AllowanceTables", "Bedrijf"),
            LineColumn.PROGRAMME: QCoreApplication.translate("AllowanceTables", "Opleiding"),
            LineColumn.AMOUNT: QCoreApplication.translate("AllowanceTables", "Vergoeding p/m"),
            LineColumn.PAID: QCoreApplication.translate("AllowanceTables", "Betaald"),
            LineColumn.START: QCoreApplication.translate("AllowanceTables", "Start"),
            LineColumn.END: QCoreApplication.translate("AllowanceTables", "Einde"),
        }
        return headers[LineColumn(section)]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        line: AllowanceLine | None = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._display(line, LineColumn(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LineColumn.AMOUNT:
            return _RIGHT
        if column == LineColumn.AMOUNT:
            if role == Qt.ItemDataRole.BackgroundRole:
                return BELOW_TINT if line.below_norm else NONE_TINT
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.STATUS_TEXT_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole:
                if line.below_norm:
                    return fill(
                        QCoreApplication.translate(
                            "AllowanceTables", "onder de norm van %1 per maand"
                        ),
                        money(self.norm_cents),
                    )
                return QCoreApplication.translate(
                    "AllowanceTables", "geen stagevergoeding afgesproken"
                )
        return None

    def _display(self, line: AllowanceLine, column: LineColumn) -> str:
        if column == LineColumn.AMOUNT:
            if not line.below_norm:
                return QCoreApplication.translate("AllowanceTables", "geen")
            return money(line.cents_per_month or 0)
        if column == LineColumn.PAID:
            return (
                QCoreApplication.translate("AllowanceTables", "ja")
                if line.paid
                else QCoreApplication.translate("AllowanceTables", "nee")
            )
        values = {
            LineColumn.NAME: line.name,
            LineColumn.NUMBER: line.student_number,
            LineColumn.COMPANY: line.company,
            LineColumn.PROGRAMME: line.programme,
            LineColumn.START: format_date(line.start_date),
            LineColumn.END: format_date(line.end_date),
        }
        return values[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys: dict[LineColumn, Callable[[AllowanceLine], Any]] = {
            LineColumn.NAME: lambda line: line.sort_key,
            LineColumn.NUMBER: lambda line: line.student_number,
            LineColumn.COMPANY: lambda line: (line.company.casefold(), line.sort_key),
            LineColumn.PROGRAMME: lambda line: (line.programme.casefold(), line.sort_key),
            LineColumn.AMOUNT: lambda line: (line.below_norm, line.cents_per_month or 0),
            LineColumn.PAID: lambda line: (line.paid, line.sort_key),
            LineColumn.START: lambda line: (line.start_date, line.sort_key),
            LineColumn.END: lambda line: (line.end_date, line.sort_key),
        }
        self._reset(_sorted(self._rows, keys[LineColumn(column)], order))
