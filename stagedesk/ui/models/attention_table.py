"""The attention list as a Qt table model, and the Dutch words for its reasons and details.

The model keeps the service's items and a list of the positions the reason filter lets
through, in the chosen order; a row's cells are worked out when the view first shows it.
The wording offers help: many rejections are a reason for a conversation (support, and
asking whether discrimination played a part), never a verdict on the student or a company.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from stagedesk.domain.checklists import VisitConcern
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import PokStatus, SearchStatus
from stagedesk.services.attention import (
    PRIORITY,
    AttentionItem,
    AttentionReason,
    BblDetail,
    ConcernDetail,
    HoursDetail,
    PokDetail,
    PrerequisiteDetail,
    RejectionDetail,
    SearchDetail,
    VisitDetail,
)
from stagedesk.ui import labels
from stagedesk.ui.models.student_table import AnyIndex
from stagedesk.ui.text import fill
from stagedesk.ui.widgets.visit_labels import concern


class AttentionColumn(IntEnum):
    REASON = 0
    NUMBER = 1
    NAME = 2
    PROGRAMME = 3
    NIVEAU = 4
    LEERWEG = 5
    MENTOR = 6
    DETAIL = 7


def reason_label(reason: AttentionReason) -> str:
    names = {
        AttentionReason.VISIT_CONCERNS: QCoreApplication.translate(
            "AttentionTableModel", "Zorgen bij bezoek"
        ),
        AttentionReason.POK_PENDING: QCoreApplication.translate(
            "AttentionTableModel", "POK niet rond"
        ),
        AttentionReason.PREREQUISITES_MISSING: QCoreApplication.translate(
            "AttentionTableModel", "Voorwaarden ontbreken"
        ),
        AttentionReason.BBL_DEADLINE: QCoreApplication.translate(
            "AttentionTableModel", "BBL-peildatum 31 december"
        ),
        AttentionReason.MANY_REJECTIONS: QCoreApplication.translate(
            "AttentionTableModel", "Veel afwijzingen"
        ),
        AttentionReason.SEARCHING_LONG: QCoreApplication.translate(
            "AttentionTableModel", "Zoekt lang"
        ),
        AttentionReason.HOURS_BEHIND: QCoreApplication.translate(
            "AttentionTableModel", "Uren achter"
        ),
        AttentionReason.NO_VISIT_PLANNED: QCoreApplication.translate(
            "AttentionTableModel", "Geen bezoek gepland"
        ),
        AttentionReason.ENTREE_OR_N2_SEARCHING: QCoreApplication.translate(
            "AttentionTableModel", "Entree/niveau 2 zonder plek"
        ),
    }
    return names[reason]


def pok_party(party: str) -> str:
    """A POK signatory (domain.pok's party names) as the office says it."""
    names = {
        "student": QCoreApplication.translate("AttentionTableModel", "student"),
        "guardian": QCoreApplication.translate("AttentionTableModel", "ouder/verzorger"),
        "school": QCoreApplication.translate("AttentionTableModel", "school"),
        "company": QCoreApplication.translate("AttentionTableModel", "bedrijf"),
    }
    return names.get(party, party)


def _weeks(detail: SearchDetail) -> str:
    """'zoekt al 11 weken', 'solliciteert al 1 week', or 'zoekt sinds 21-11-2026'."""
    applying = detail.status is SearchStatus.APPLYING
    if detail.weeks < 1:
        text = (
            QCoreApplication.translate("AttentionTableModel", "solliciteert sinds %1")
            if applying
            else QCoreApplication.translate("AttentionTableModel", "zoekt sinds %1")
        )
        return fill(text, format_date(detail.since))
    if detail.weeks == 1:
        return (
            QCoreApplication.translate("AttentionTableModel", "solliciteert al 1 week")
            if applying
            else QCoreApplication.translate("AttentionTableModel", "zoekt al 1 week")
        )
    text = (
        QCoreApplication.translate("AttentionTableModel", "solliciteert al %1 weken")
        if applying
        else QCoreApplication.translate("AttentionTableModel", "zoekt al %1 weken")
    )
    return fill(text, detail.weeks)


def detail_text(item: AttentionItem) -> str:
    """One line that says what is the matter, in the office's words."""
    detail = item.detail
    if isinstance(detail, SearchDetail):
        if item.reason is AttentionReason.SEARCHING_LONG:
            return _weeks(detail)
        level = (
            QCoreApplication.translate("AttentionTableModel", "entree")
            if item.niveau == 1
            else fill(QCoreApplication.translate("AttentionTableModel", "niveau %1"), item.niveau)
        )
        if detail.status is SearchStatus.NOT_STARTED:
            return fill(
                QCoreApplication.translate(
                    "AttentionTableModel", "%1, nog niet begonnen met zoeken"
                ),
                level,
            )
        return fill(
            QCoreApplication.translate("AttentionTableModel", "%1, %2"), level, _weeks(detail)
        )
    if isinstance(detail, RejectionDetail):
        return fill(
            QCoreApplication.translate(
                "AttentionTableModel",
                "%1 afwijzingen — bied steun aan en vraag of discriminatie een rol speelde",
            ),
            detail.rejections,
        )
    if isinstance(detail, BblDetail):
        if detail.days_until_deadline < 0:
            return fill(
                QCoreApplication.translate(
                    "AttentionTableModel", "BBL: nog geen POK, peildatum %1 verstreken"
                ),
                format_date(detail.deadline),
            )
        return fill(
            QCoreApplication.translate("AttentionTableModel", "BBL: nog geen POK, peildatum %1"),
            format_date(detail.deadline),
        )
    if isinstance(detail, PokDetail):
        start = format_date(detail.start_date)
        when = fill(
            QCoreApplication.translate("AttentionTableModel", "gestart %1")
            if detail.days_until_start < 0
            else QCoreApplication.translate("AttentionTableModel", "start %1"),
            start,
        )
        if not detail.missing_parties or detail.pok_status is PokStatus.DRAFT:
            return fill(
                QCoreApplication.translate("AttentionTableModel", "POK nog niet verstuurd — %1"),
                when,
            )
        parties = ", ".join(pok_party(party) for party in detail.missing_parties)
        return fill(
            QCoreApplication.translate(
                "AttentionTableModel", "POK nog niet getekend door: %1 — %2"
            ),
            parties,
            when,
        )
    if isinstance(detail, VisitDetail):
        if detail.days_until_start > 0:
            text = QCoreApplication.translate(
                "AttentionTableModel", "geen begeleidingsbezoek gepland — start %1 bij %2"
            )
            return fill(text, format_date(detail.start_date), detail.company)
        return fill(
            QCoreApplication.translate(
                "AttentionTableModel", "geen begeleidingsbezoek gepland — bij %1"
            ),
            detail.company,
        )
    if isinstance(detail, ConcernDetail):
        listed = ", ".join(concern(VisitConcern(value)) for value in detail.concerns)
        return fill(
            QCoreApplication.translate("AttentionTableModel", "%1 — bezoek %2 bij %3"),
            listed,
            format_date(detail.held_on),
            detail.company,
        )
    if isinstance(detail, PrerequisiteDetail):
        return fill(
            QCoreApplication.translate("AttentionTableModel", "ontbreekt: %1 — start %2 bij %3"),
            ", ".join(detail.missing),
            format_date(detail.start_date),
            detail.company,
        )
    if isinstance(detail, HoursDetail):
        return fill(
            QCoreApplication.translate(
                "AttentionTableModel", "%1 uur achter (%2 van %3 uur) — bij %4"
            ),
            detail.behind_hours,
            detail.realised_hours,
            detail.expected_hours,
            detail.company,
        )
    raise AssertionError(f"no wording for {detail!r}")


def detail_tooltip(item: AttentionItem) -> str | None:
    """More background where a reason needs it."""
    detail = item.detail
    if isinstance(detail, RejectionDetail):
        text = QCoreApplication.translate(
            "AttentionTableModel",
            "Veel afwijzingen is een reden voor een gesprek, geen bewijs. Vraag hoe het "
            "zoeken gaat, bied hulp aan (sollicitatietraining, een match via school) en vraag "
            "of de student denkt dat discriminatie een rol speelde; wijs zo nodig op het "
            "meldpunt. Onderzoek laat zien dat sommige studenten twee keer zo vaak moeten "
            "solliciteren.\nLaatste afwijzing: %1",
        )
        last = detail.last_rejected_on
        return fill(text, format_date(last) if last else "—")
    if isinstance(detail, BblDetail):
        return QCoreApplication.translate(
            "AttentionTableModel",
            "Zonder POK met een erkend leerbedrijf op 31 december zoekt de school met de "
            "student naar een vervolg: overstap naar BOL of een andere opleiding, een tijdelijke "
            "BOL-periode van hooguit 3 maanden, of de bpv later afronden.",
        )
    if isinstance(detail, HoursDetail):
        return fill(
            QCoreApplication.translate(
                "AttentionTableModel",
                "Geschreven: %1 uur; verwacht tot nu: %2 uur; vereist voor de hele bpv: %3 uur "
                "(%4 t/m %5).",
            ),
            detail.realised_hours,
            detail.expected_hours,
            detail.required_hours,
            format_date(detail.start_date),
            format_date(detail.end_date),
        )
    if isinstance(detail, PokDetail | VisitDetail):
        return fill(
            QCoreApplication.translate("AttentionTableModel", "Bedrijf: %1"), detail.company
        )
    return None


def _headers() -> dict[AttentionColumn, str]:
    return {
        AttentionColumn.REASON: QCoreApplication.translate("AttentionTableModel", "Reden"),
        AttentionColumn.NUMBER: QCoreApplication.translate("AttentionTableModel", "Studentnr."),
        AttentionColumn.NAME: QCoreApplication.translate("AttentionTableModel", "Naam"),
        AttentionColumn.PROGRAMME: QCoreApplication.translate("AttentionTableModel", "Opleiding"),
        AttentionColumn.NIVEAU: QCoreApplication.translate("AttentionTableModel", "Niv."),
        AttentionColumn.LEERWEG: QCoreApplication.translate("AttentionTableModel", "Leerweg"),
        AttentionColumn.MENTOR: QCoreApplication.translate("AttentionTableModel", "Mentor"),
        AttentionColumn.DETAIL: QCoreApplication.translate("AttentionTableModel", "Toelichting"),
    }


# Soft tints per reason for the first column, dark text stays readable.
_TINTS = {
    AttentionReason.VISIT_CONCERNS: "#ffd0d0",
    AttentionReason.POK_PENDING: "#ffe0e0",
    AttentionReason.PREREQUISITES_MISSING: "#ffe8d6",
    AttentionReason.BBL_DEADLINE: "#fff0d9",
    AttentionReason.MANY_REJECTIONS: "#f3e5f5",
    AttentionReason.SEARCHING_LONG: "#e3f2fd",
    AttentionReason.HOURS_BEHIND: "#e0f2f1",
    AttentionReason.NO_VISIT_PLANNED: "#fff8e1",
    AttentionReason.ENTREE_OR_N2_SEARCHING: "#e8f5e9",
}

SortKey = Callable[[AttentionItem], Any]
_SORT_KEYS: dict[AttentionColumn, SortKey] = {
    AttentionColumn.REASON: AttentionItem.order,
    AttentionColumn.NUMBER: lambda i: i.student_number,
    AttentionColumn.NAME: lambda i: (i.sort_key, PRIORITY[i.reason]),
    AttentionColumn.PROGRAMME: lambda i: (i.programme.casefold(), i.niveau, i.sort_key),
    AttentionColumn.NIVEAU: lambda i: (i.niveau, i.sort_key),
    AttentionColumn.LEERWEG: lambda i: (i.leerweg.value, i.sort_key),
    AttentionColumn.MENTOR: lambda i: ((i.mentor or "").casefold(), i.sort_key),
    AttentionColumn.DETAIL: AttentionItem.order,
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole


class AttentionTableModel(QAbstractTableModel):
    """Rows are attention items; a reason filter and a column sort choose which and in which
    order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._shown: list[int] = []
        self._cells: dict[int, tuple[str | int, ...]] = {}
        self._reason: AttentionReason | None = None
        self._sort = (AttentionColumn.REASON, Qt.SortOrder.AscendingOrder)
        self._tints = {reason: QColor(tint) for reason, tint in _TINTS.items()}

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._cells.clear()
        self._arrange()
        self.endResetModel()

    def set_reason(self, reason: AttentionReason | None) -> None:
        """Show only items of ``reason`` (None: all)."""
        if reason is not self._reason:
            self.beginResetModel()
            self._reason = reason
            self._arrange()
            self.endResetModel()

    @property
    def reason(self) -> AttentionReason | None:
        return self._reason

    def item(self, row: int) -> AttentionItem | None:
        return self._items[self._shown[row]] if 0 <= row < len(self._shown) else None

    def retranslate(self) -> None:
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(AttentionColumn) - 1)
        if self._shown:
            last = self.index(len(self._shown) - 1, len(AttentionColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _arrange(self) -> None:
        items, reason = self._items, self._reason
        shown = [n for n, item in enumerate(items) if reason is None or item.reason is reason]
        column, order = self._sort
        if column is not AttentionColumn.REASON or order is Qt.SortOrder.DescendingOrder:
            key = _SORT_KEYS[column]
            descending = order is Qt.SortOrder.DescendingOrder
            shown.sort(key=lambda n: key(items[n]), reverse=descending)
        self._shown = shown  # REASON ascending is the service's own order

    def _row_cells(self, position: int) -> tuple[str | int, ...]:
        cells = self._cells.get(position)
        if cells is None:
            item = self._items[position]
            cells = self._cells[position] = (
                reason_label(item.reason),
                item.student_number,
                item.name,
                item.programme,
                item.niveau,
                labels.leerweg(item.leerweg),
                item.mentor or "",
                detail_text(item),
            )
        return cells

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(AttentionColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(AttentionColumn):
            return None
        if role == _DISPLAY:
            return _headers()[AttentionColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == AttentionColumn.NIVEAU:
            return QCoreApplication.translate("AttentionTableModel", "Niveau (1 = entree)")
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._shown):
            return None
        if role == _DISPLAY:
            return self._row_cells(self._shown[row])[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AttentionColumn.NIVEAU:
            return _RIGHT
        item = self._items[self._shown[row]]
        if column == AttentionColumn.REASON:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._tints[item.reason]
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.STATUS_TEXT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == AttentionColumn.DETAIL:
            # The whole line (the column may cut it off), then the background if there is any.
            text = str(self._row_cells(self._shown[row])[column])
            more = detail_tooltip(item)
            return text if more is None else f"{text}\n\n{more}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (AttentionColumn(column), order)
        self._arrange()
        self.endResetModel()
