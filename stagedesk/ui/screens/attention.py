"""The Aandachtslijst tab: the students who need a look today, why, with a filter per reason.

The list is built when the tab is first shown and again on F5 (building it reads the whole
office, so a hidden tab waits until it is looked at). Double-click or Enter on a row asks the
window to open that student (``open_case_requested``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services.attention import (
    AttentionItem,
    AttentionReason,
    attention_list,
    count_by_reason,
)
from stagedesk.services.office import Office
from stagedesk.services.settings import load_settings
from stagedesk.ui.models.attention_table import AttentionColumn, AttentionTableModel, reason_label
from stagedesk.ui.text import count, fill

# Column widths in characters of the table's font (the detail column takes the rest).
_WIDTHS = {
    AttentionColumn.NUMBER: 9,
    AttentionColumn.NAME: 24,
    AttentionColumn.PROGRAMME: 26,
    AttentionColumn.NIVEAU: 5,
    AttentionColumn.LEERWEG: 8,
    AttentionColumn.MENTOR: 20,
}


class AttentionScreen(QWidget):
    """Implements screens.base.Screen; ``open_case_requested`` carries a student's key."""

    open_case_requested = Signal(str)

    def __init__(
        self,
        office: Office,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attentionScreen")
        self.office = office
        self._today = today
        self._items: list[AttentionItem] = []
        self._stale = True
        self._problem: str | None = None

        self.reason_filter = QComboBox()
        self.reason_filter.setObjectName("attentionReasonFilter")
        self.reason_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_filter.currentIndexChanged.connect(self._reason_chosen)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.reason_filter)
        self.summary = QLabel()
        self.summary.setObjectName("attentionSummary")
        self.thresholds = QLabel()
        self.thresholds.setObjectName("attentionThresholds")
        self.thresholds.setWordWrap(True)
        self.thresholds.setEnabled(False)  # drawn muted: background, not the news

        self.model = AttentionTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("attentionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            AttentionColumn.REASON, Qt.SortOrder.AscendingOrder
        )
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.activated.connect(self._activated)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        bar.addWidget(self.reason_filter)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.thresholds)
        self.retranslate()

    # --- Screen ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Aandachtslijst")

    def set_office(self, office: Office) -> None:
        self.office = office
        self.refresh()

    def refresh(self) -> None:
        """Build the list again now if the tab is visible, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    # --- building --------------------------------------------------------------------------------

    def load(self) -> None:
        """Build the attention list for today (about a quarter of a second for 50,000)."""
        self._stale = False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._items = attention_list(self.office.sessions, self.office.actor, self._today())
            self._problem = None
        except PermissionDenied:
            self._items = []
            self._problem = "denied"
        except StageDeskError as exc:
            self._items = []
            self._problem = str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        self.model.set_items(self._items)
        self._fill_filter()
        self._show_summary()
        self._show_thresholds()

    @property
    def items(self) -> list[AttentionItem]:
        return self._items

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Reden:"))
        self.model.retranslate()
        self._fit_columns()
        self._fill_filter()
        self._show_summary()
        self._show_thresholds()

    def _fill_filter(self) -> None:
        counts = count_by_reason(self._items)
        wanted = self.model.reason
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        everyone = fill(self.tr("Alle redenen (%1)"), count(len(self._items)))
        self.reason_filter.addItem(everyone, None)
        for reason in AttentionReason:
            text = fill(self.tr("%1 (%2)"), reason_label(reason), count(counts[reason]))
            self.reason_filter.addItem(text, reason.value)
        where = 0 if wanted is None else self.reason_filter.findData(wanted.value)
        self.reason_filter.setCurrentIndex(max(where, 0))
        self.reason_filter.blockSignals(False)

    def _show_summary(self) -> None:
        if self._problem == "denied":
            text = self.tr("Alleen bpv-coördinatoren en stagebegeleiders zien de aandachtslijst.")
        elif self._problem is not None:
            text = fill(self.tr("De aandachtslijst kan niet worden opgebouwd: %1"), self._problem)
        elif self._stale and not self._items:
            text = ""
        else:
            students = len({item.student_key for item in self._items})
            text = fill(
                self.tr("%1 signalen bij %2 studenten, stand van %3"),
                count(len(self._items)),
                count(students),
                format_date(self._today()),
            )
        self.summary.setText(text)

    def _show_thresholds(self) -> None:
        if self._stale or self._problem is not None:
            self.thresholds.clear()
            return
        settings = load_settings(self.office.sessions)
        self.thresholds.setText(
            fill(
                self.tr(
                    "Drempels (instelbaar): zoekt %1 weken of langer · %2 afwijzingen of meer · "
                    "POK rond %3 dagen voor de start · BBL-waarschuwing %4 weken voor 31 december "
                    "· bezoek gepland 14 dagen voor de start."
                ),
                settings.searching_weeks,
                settings.rejections,
                settings.pok_days_before_start,
                settings.bbl_warning_weeks,
            )
        )

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        widest = max(metrics.horizontalAdvance(reason_label(r)) for r in AttentionReason)
        header.resizeSection(AttentionColumn.REASON, widest + 16)
        header_metrics = header.fontMetrics()
        for column, chars in _WIDTHS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                chars * metrics.averageCharWidth(), header_metrics.horizontalAdvance(title) + 16
            )
            header.resizeSection(column, width + 12)

    # --- reacting --------------------------------------------------------------------------------

    def _reason_chosen(self, index: int) -> None:
        value = self.reason_filter.itemData(index)
        self.model.set_reason(None if value is None else AttentionReason(value))

    def choose_reason(self, reason: AttentionReason | None) -> None:
        """Show only ``reason`` (None: every reason), as the filter combo does."""
        where = 0 if reason is None else self.reason_filter.findData(reason.value)
        self.reason_filter.setCurrentIndex(where)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.open_case_requested.emit(item.student_key)
