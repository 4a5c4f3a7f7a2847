"""The Stagevergoedingen tab: live placements with no allowance or one below the school's norm,
per programme or per company, and the placements themselves.

Selecting a programme (or company) in the upper table narrows the lower one to its
placements; double-click or Enter on a placement asks the window to open that student.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services.allowances import AllowanceOverview, GroupBy, allowance_overview
from stagedesk.services.office import Office
from stagedesk.ui.models.allowance_tables import (
    BELOW_TINT,
    NONE_TINT,
    AllowanceGroupModel,
    AllowanceLineModel,
    GroupColumn,
    LineColumn,
)
from stagedesk.ui.screens.base import LazyScreen
from stagedesk.ui.table_export import ExportButton
from stagedesk.ui.text import count, fill, money

_HEADER_PADDING = 28  # room for the sort arrow and the cell margins


def _table(name: str, model: AllowanceGroupModel | AllowanceLineModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSortIndicatorShown(False)  # the service's order until a header is clicked
    return table


class AllowancesScreen(LazyScreen):
    """Implements screens.base.Screen; ``open_case_requested`` carries a student's key."""

    open_case_requested = Signal(str)

    def __init__(
        self,
        office: Office,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        self.setObjectName("allowancesScreen")
        self._today = today
        self._problem: str | None = None
        self.overview: AllowanceOverview | None = None

        self.by_programme = QRadioButton()
        self.by_programme.setObjectName("byProgramme")
        self.by_programme.setChecked(True)
        self.by_company = QRadioButton()
        self.by_company.setObjectName("byCompany")
        self.grouping = QButtonGroup(self)
        self.grouping.addButton(self.by_programme)
        self.grouping.addButton(self.by_company)
        self.grouping.buttonToggled.connect(self._grouping_toggled)
        self.group_label = QLabel()
        self.norm_label = QLabel()
        self.norm_label.setObjectName("allowanceNorm")
        self.summary = QLabel()
        self.summary.setObjectName("allowanceSummary")
        self.summary.setWordWrap(True)
        self.lines_label = QLabel()
        self.lines_label.setObjectName("allowanceLinesLabel")
        self.legend = QLabel()
        self.legend.setObjectName("allowanceLegend")

        self.groups = AllowanceGroupModel(self)
        self.group_table = _table("allowanceGroups", self.groups)
        self.group_table.selectionModel().currentRowChanged.connect(self._group_chosen)
        self.lines = AllowanceLineModel(self)
        self.line_table = _table("allowanceLines", self.lines)
        self.line_table.activated.connect(self._activated)

        bar = QHBoxLayout()
        bar.addWidget(self.group_label)
        bar.addWidget(self.by_programme)
        bar.addWidget(self.by_company)
        bar.addSpacing(24)
        bar.addWidget(self.norm_label)
        bar.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        legend_bar = QHBoxLayout()
        legend_bar.addWidget(self.lines_label, 1)
        legend_bar.addWidget(self.legend)
        self.export_list = ExportButton(lambda: self.line_table, self.title, self)
        legend_bar.addWidget(self.export_list)
        lower_layout.addLayout(legend_bar)
        lower_layout.addWidget(self.line_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.group_table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    # --- Screen ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Stagevergoedingen")

    # --- building --------------------------------------------------------------------------------

    @property
    def group_by(self) -> GroupBy:
        return GroupBy.COMPANY if self.by_company.isChecked() else GroupBy.PROGRAMME

    def read(self) -> None:
        try:
            self.overview = allowance_overview(
                self.office.sessions, self.office.actor, self._today(), self.group_by
            )
            self._problem = None
        except PermissionDenied:
            self.overview, self._problem = None, "denied"
        except StageDeskError as exc:
            self.overview, self._problem = None, str(exc)
        overview = self.overview
        self.groups.set_groups(overview.groups if overview else [], self.group_by)
        self.lines.set_lines(
            overview.lines if overview else [], overview.norm_cents if overview else 0
        )
        for table in (self.group_table, self.line_table):
            table.horizontalHeader().setSortIndicatorShown(False)
        self._show_texts()

    def set_group_by(self, group_by: GroupBy) -> None:
        (self.by_company if group_by is GroupBy.COMPANY else self.by_programme).setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("Groeperen:"))
        self.by_programme.setText(self.tr("per &opleiding"))
        self.by_company.setText(self.tr("per &bedrijf"))
        self.groups.retranslate()
        self.lines.retranslate()
        self.legend.setText(
            fill(
                "<span style='background:%1'>&nbsp;%2&nbsp;</span>&nbsp;&nbsp;"
                "<span style='background:%3'>&nbsp;%4&nbsp;</span>",
                BELOW_TINT.name(),
                html.escape(self.tr("onder de norm")),
                NONE_TINT.name(),
                html.escape(self.tr("geen vergoeding")),
            )
        )
        self._fit_columns()
        self._show_texts()

    def _show_texts(self) -> None:
        overview = self.overview
        if overview is None:
            self.norm_label.clear()
            self.lines_label.clear()
            if self._problem == "denied":
                self.summary.setText(self.tr("Alleen bpv-coördinatoren zien de stagevergoedingen."))
            elif self._problem is not None:
                self.summary.setText(
                    fill(self.tr("Het overzicht kan niet worden gemaakt: %1"), self._problem)
                )
            else:
                self.summary.clear()
            return
        norm = money(overview.norm_cents)
        self.norm_label.setText(fill(self.tr("norm: %1 per maand, instelbaar"), norm))
        without = sum(group.without for group in overview.groups)
        below = sum(group.below_norm for group in overview.groups)
        self.summary.setText(
            fill(
                self.tr(
                    "%1 lopende of komende plaatsingen zonder stagevergoeding en %2 onder de "
                    "norm (plaatsingen met loon tellen niet mee)."
                ),
                count(without),
                count(below),
            )
        )
        self._show_lines_label()

    def _show_lines_label(self) -> None:
        group = self.groups.row(self.group_table.currentIndex().row())
        if group is None:
            text = fill(self.tr("Alle gemarkeerde plaatsingen (%1)"), count(self.lines.rowCount()))
        else:
            text = fill(self.tr("Plaatsingen bij %1 (%2)"), group.name, count(group.flagged))
        self.lines_label.setText(text)

    def _fit_columns(self) -> None:
        """Number columns as wide as their headers; the names take the rest of the width."""
        metrics = self.fontMetrics()
        groups = self.group_table.horizontalHeader()
        header_metrics = groups.fontMetrics()
        for group_column in list(GroupColumn)[1:]:
            title = str(self.groups.headerData(group_column, Qt.Orientation.Horizontal))
            width = max(
                header_metrics.horizontalAdvance(title), metrics.horizontalAdvance("€ 0.000,00")
            )
            groups.resizeSection(group_column, width + _HEADER_PADDING)
        groups.setSectionResizeMode(GroupColumn.NAME, QHeaderView.ResizeMode.Stretch)
        lines = self.line_table.horizontalHeader()
        samples = {
            LineColumn.NAME: "M" * 16,
            LineColumn.NUMBER: "0000000",
            LineColumn.AMOUNT: "€ 0.000,00",
            LineColumn.PAID: "nee",
            LineColumn.START: "00-00-0000",
            LineColumn.END: "00-00-0000",
            LineColumn.COMPANY: "M" * 18,
        }
        for column, sample in samples.items():
            title = str(self.lines.headerData(column, Qt.Orientation.Horizontal))
            width = max(header_metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            lines.resizeSection(column, width + _HEADER_PADDING)
        lines.setStretchLastSection(True)

    # --- reacting --------------------------------------------------------------------------------

    def _grouping_toggled(self, _button: object, checked: bool) -> None:
        if checked and not self._stale:
            self.load()

    def _group_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        overview = self.overview
        if overview is None:
            return
        group = self.groups.row(current.row())
        lines = overview.lines
        if group is not None:
            lines = [line for line in lines if line.group_key(overview.group_by) == group.key]
        self.lines.set_lines(lines, overview.norm_cents)
        self._show_lines_label()

    def show_all_lines(self) -> None:
        """Back to every flagged placement (no group chosen)."""
        self.group_table.selectionModel().clearCurrentIndex()
        self.group_table.clearSelection()

    def _activated(self, index: QModelIndex) -> None:
        line = self.lines.row(index.row())
        if line is not None:
            self.open_case_requested.emit(line.student_key)
