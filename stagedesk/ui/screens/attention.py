"""The Aandachtslijst tab: the students who need a look today, why, with a filter per reason.

The list is built when the tab is first shown and again on F5 (building it reads the whole
office, so a hidden tab waits until it is looked at). It is built off the GUI thread (a third of
a second at 50,000 students): meanwhile the tab says it is busy and shows the previous list; a
build asked for while another runs replaces it, and the earlier one's result is dropped.
Double-click or Enter on a row asks the window to open that student (``open_case_requested``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from stagedesk.services.actor import Actor
from stagedesk.services.attention import (
    AttentionItem,
    AttentionReason,
    attention_list,
    count_by_reason,
)
from stagedesk.services.office import Office
from stagedesk.services.settings import SchoolSettings, load_settings
from stagedesk.ui.models.attention_table import AttentionColumn, AttentionTableModel, reason_label
from stagedesk.ui.screens.base import LazyScreen
from stagedesk.ui.table_export import ExportButton
from stagedesk.ui.text import count, fill
from stagedesk.ui.workers import Job, Progress

# Column widths in characters of the table's font (the detail column takes the rest).
_WIDTHS = {
    AttentionColumn.NUMBER: 9,
    AttentionColumn.NAME: 24,
    AttentionColumn.PROGRAMME: 26,
    AttentionColumn.NIVEAU: 5,
    AttentionColumn.LEERWEG: 8,
    AttentionColumn.MENTOR: 20,
}


class _Built(NamedTuple):
    """What one build gives the screen: the items and the thresholds they were found with."""

    items: list[AttentionItem]
    settings: SchoolSettings
    today: date


def _build(office: Office, actor: Actor, today: date, _progress: Progress) -> _Built:
    """Runs on a worker thread: services only, no widgets."""
    items = attention_list(office.sessions, actor, today)
    return _Built(items, load_settings(office.sessions), today)


class AttentionScreen(LazyScreen):
    """Implements screens.base.Screen; ``open_case_requested`` carries a student's key;
    ``built`` tells that a build's outcome (the list or why there is none) is on screen."""

    open_case_requested = Signal(str)
    built = Signal()

    def __init__(
        self,
        office: Office,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        self.setObjectName("attentionScreen")
        self._today = today
        self._items: list[AttentionItem] = []
        self._settings: SchoolSettings | None = None
        self._built_for: date | None = None
        self._problem: str | None = None
        self._job: Job | None = None  # the build whose result is wanted

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
        self.export_list = ExportButton(lambda: self.table, self.title, self)
        bar.addWidget(self.export_list)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.thresholds)
        self.retranslate()

    # --- Screen ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Aandachtslijst")

    # --- building --------------------------------------------------------------------------------

    def read(self) -> None:
        """Start building the attention list for today off the GUI thread; a build still
        running is cancelled (its result is dropped)."""
        if self._job is not None:
            self._job.cancel()
        office, actor, today = self.office, self.office.actor, self._today()
        job = Job(lambda progress: _build(office, actor, today, progress))
        job.succeeded.connect(self._built)
        job.failed.connect(self._failed)
        self._job = job
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_summary()
        job.start()

    @property
    def building(self) -> bool:
        """A build is running whose result the screen will show."""
        return self._job is not None

    def _built(self, result: _Built) -> None:
        if self.sender() is not self._job:
            return  # an earlier request's result
        self._items, self._settings, self._built_for = result
        self._problem = None
        self._show_built()

    def _failed(self, error: Exception) -> None:
        if self.sender() is not self._job:
            return
        if not isinstance(error, StageDeskError):
            self._job = None
            self.unsetCursor()
            raise error  # a bug: to the application's error handler, as on the GUI thread
        self._items, self._settings = [], None
        self._problem = "denied" if isinstance(error, PermissionDenied) else str(error)
        self._show_built()

    def _show_built(self) -> None:
        self._job = None
        self.unsetCursor()
        self.model.set_items(self._items)
        self._fill_filter()
        self._show_summary()
        self._show_thresholds()
        self.built.emit()

    @property
    def items(self) -> list[AttentionItem]:
        return self._items

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
        if self._job is not None:
            text = self.tr("Bezig met opbouwen van de aandachtslijst…")
        elif self._problem == "denied":
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
                format_date(self._built_for or self._today()),
            )
        self.summary.setText(text)

    def _show_thresholds(self) -> None:
        settings = self._settings
        if settings is None or self._problem is not None:
            self.thresholds.clear()
            return
        self.thresholds.setText(
            fill(
                self.tr(
                    "Drempels (instelbaar): zoekt %1 weken of langer · %2 afwijzingen of meer · "
                    "POK rond %3 dagen voor de start · BBL-waarschuwing %4 weken voor 31 december "
                    "· bezoek gepland 14 dagen voor de start · uren meer dan een week achter."
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
