"""The Dashboard tab: the office's figures on one screen for the team lead's Monday.

Headline tiles (students without a place, and the Stagepact indicators: allowance at or above
the norm, supervision visits held, POK complete by the bpv start, meldingen as counts), a
table of the students without a place in the Stagebarometer's cuts, and two charts (students
per search status, placements recorded per week). Every number, table row and bar opens the
list of students behind it (widgets.dashboard_drill), from which a double-click opens a case.
The figures are computed off the GUI thread when the tab is first shown and on F5.
'Tekortenrapport…' writes the shortage report for SBB (services.shortage) to .xlsx.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services.dashboard import Count, Cut, Dashboard, Drill, Share, dashboard
from stagedesk.services.office import Office
from stagedesk.services.shortage import shortage_report, write_shortage_report
from stagedesk.ui import labels
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.screens.base import LazyScreen
from stagedesk.ui.table_export import ask_path
from stagedesk.ui.text import count, fill, money
from stagedesk.ui.widgets.dashboard_charts import (
    BAR_COLOUR,
    WEEK_COLOUR,
    DashboardChart,
    show_status_chart,
    show_week_chart,
)
from stagedesk.ui.widgets.dashboard_drill import DrillDialog
from stagedesk.ui.widgets.dashboard_proposals import ProposalRatesBox
from stagedesk.ui.widgets.dashboard_tiles import CutTableModel, FigureTile, cut_label, percent
from stagedesk.ui.workers import Job, Progress


class DashboardScreen(LazyScreen):
    """Implements screens.base.Screen; ``open_case_requested`` carries a student's key."""

    open_case_requested = Signal(str)
    built = Signal()  # the figures (or a refusal) are on screen

    def __init__(
        self,
        office: Office,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        self.setObjectName("dashboardScreen")
        self._today = today
        self._job: Job | None = None
        self._problem: str | None = None
        self.board: Dashboard | None = None
        self.drills: list[DrillDialog] = []  # open lists (tests look at the last)

        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        self.shortage_button = QPushButton()
        self.shortage_button.setObjectName("shortageExport")
        self.shortage_button.clicked.connect(self.export_shortage)
        self.without = FigureTile("tileWithout")
        self.allowance = FigureTile("tileAllowance")
        self.visits = FigureTile("tileVisits")
        self.pok = FigureTile("tilePok")
        self.meldingen = FigureTile("tileMeldingen")
        tiles = (self.without, self.allowance, self.visits, self.pok, self.meldingen)
        for tile in tiles:
            tile.drill_requested.connect(self.open_drill)

        self.cut_label = QLabel()
        self.cut_choice = QComboBox()
        self.cut_choice.setObjectName("dashboardCut")
        self.cut_label.setBuddy(self.cut_choice)
        self.cut_choice.currentIndexChanged.connect(self._show_cut)
        self.cut_note = QLabel()
        self.cut_note.setObjectName("dashboardCutNote")
        self.cut_note.setWordWrap(True)
        self.cut_note.setEnabled(False)
        self.cuts = CutTableModel(self)
        self.cut_table = QTableView()
        self.cut_table.setObjectName("dashboardCutTable")
        self.cut_table.setModel(self.cuts)
        self.cut_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cut_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cut_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cut_table.setAlternatingRowColors(True)
        self.cut_table.setWordWrap(False)
        self.cut_table.verticalHeader().hide()
        header = self.cut_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.cut_table.setMinimumHeight(240)
        self.cut_table.activated.connect(self._cut_activated)

        self.proposal_rates = ProposalRatesBox()
        self.status_chart = DashboardChart("statusChart", BAR_COLOUR)
        self.week_chart = DashboardChart("weekChart", WEEK_COLOUR)
        for chart in (self.status_chart, self.week_chart):
            chart.bar_clicked.connect(self._bar_clicked)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.shortage_button)
        tile_row = QHBoxLayout()
        for tile in tiles:
            tile_row.addWidget(tile, 1)
        cut_bar = QHBoxLayout()
        cut_bar.addWidget(self.cut_label)
        cut_bar.addWidget(self.cut_choice)
        cut_bar.addStretch(1)
        charts = QHBoxLayout()
        charts.addWidget(self.status_chart, 1)
        charts.addWidget(self.week_chart, 1)
        content = QWidget()
        content.setObjectName("dashboardContent")
        inner = QVBoxLayout(content)
        inner.addLayout(top)
        inner.addLayout(tile_row)
        inner.addLayout(charts)
        inner.addLayout(cut_bar)
        inner.addWidget(self.cut_table, 1)
        inner.addWidget(self.cut_note)
        inner.addWidget(self.proposal_rates)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    # --- Screen ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Dashboard")

    # --- building --------------------------------------------------------------------------------

    def read(self) -> None:
        """Compute the figures off the GUI thread; an earlier computation's result is dropped."""
        if self._job is not None:
            self._job.cancel()
        office, actor, today = self.office, self.office.actor, self._today()
        job = Job(lambda _progress: dashboard(office.sessions, actor, today))
        job.succeeded.connect(self._built)
        job.failed.connect(self._failed)
        self._job = job
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_heading()
        job.start()

    @property
    def building(self) -> bool:
        return self._job is not None

    def _built(self, board: Dashboard) -> None:
        if self.sender() is not self._job:
            return
        self.board, self._problem = board, None
        self._show()

    def _failed(self, error: Exception) -> None:
        if self.sender() is not self._job:
            return
        if not isinstance(error, StageDeskError):
            self._job = None
            self.unsetCursor()
            raise error
        self.board = None
        self._problem = "denied" if isinstance(error, PermissionDenied) else str(error)
        self._show()

    def _show(self) -> None:
        self._job = None
        self.unsetCursor()
        self._show_heading()
        self._show_tiles()
        self._show_cut()
        board = self.board
        for chart in (self.status_chart, self.week_chart):
            chart.setVisible(board is not None)
        self.proposal_rates.setVisible(board is not None)
        self.proposal_rates.show_rates(board.proposals if board is not None else None)
        if board is not None:
            show_status_chart(self.status_chart, board)
            show_week_chart(self.week_chart, board)
        self.built.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.shortage_button.setText(self.tr("&Tekortenrapport (Excel)…"))
        self.shortage_button.setToolTip(
            self.tr("Studenten zonder plaats en open plaatsen per opleiding en regio, voor SBB")
        )
        self.cut_label.setText(self.tr("Zonder plaats &per:"))
        wanted = self.cut_choice.currentData()
        self.cut_choice.blockSignals(True)
        self.cut_choice.clear()
        names = {
            Cut.PROGRAMME: self.tr("opleiding"),
            Cut.SECTOR: self.tr("sector"),
            Cut.NIVEAU: self.tr("niveau"),
            Cut.LEERWEG: self.tr("leerweg"),
            Cut.REGION: self.tr("regio"),
        }
        for cut, name in names.items():
            self.cut_choice.addItem(name, cut.value)
        self.cut_choice.setCurrentIndex(max(0, self.cut_choice.findData(wanted)))
        self.cut_choice.blockSignals(False)
        if self.board is not None or self._problem is not None:
            self._show()
        else:
            self._show_heading()

    # --- showing ---------------------------------------------------------------------------------

    def _show_heading(self) -> None:
        board = self.board
        if self._job is not None and board is None:
            self.heading.setText(self.tr("Bezig met berekenen van het dashboard…"))
        elif self._problem == "denied":
            self.heading.setText(self.tr("Alleen bpv-coördinatoren zien het dashboard."))
        elif self._problem is not None:
            self.heading.setText(
                fill(self.tr("Het dashboard kan niet worden berekend: %1"), self._problem)
            )
        elif board is not None:
            self.heading.setText(
                fill(
                    self.tr("<b>Schooljaar %1</b> — stand op %2, %3 studenten"),
                    board.school_year,
                    format_date(board.today),
                    count(board.students),
                )
            )
        self.shortage_button.setEnabled(board is not None)

    def _share_tile(
        self, tile: FigureTile, caption: str, share: Share, part: str, rest: str, note: str
    ) -> None:
        fraction = share.fraction
        tile.show_figure(
            caption,
            "–" if fraction is None else percent(fraction),
            drill=share.part_drill if share.part else None,
            drill_caption=fill(part, count(share.part)),
            rest=fill(rest, count(share.rest), count(share.whole)),
            rest_drill=share.rest_drill if share.rest else None,
            rest_caption=fill(rest, count(share.rest), count(share.whole)),
            note=note,
        )

    def _show_tiles(self) -> None:
        board = self.board
        tiles = (self.without, self.allowance, self.visits, self.pok, self.meldingen)
        for tile in tiles:
            tile.setVisible(board is not None)
        if board is None:
            return
        self.without.show_figure(
            self.tr("Studenten zonder bpv-plaats"),
            count(board.without_place.count),
            drill=board.without_place.drill,
            drill_caption=self.tr("Studenten zonder bpv-plaats"),
            note=self.tr("niet gestart, zoekt of solliciteert"),
        )
        self._share_tile(
            self.allowance,
            self.tr("Stagevergoeding op of boven de norm"),
            board.allowance,
            self.tr("Plaatsingen met vergoeding op of boven de norm (%1)"),
            self.tr("%1 van %2 zonder of onder de norm"),
            fill(
                self.tr("norm %1 per maand; %2 met loon tellen niet mee"),
                money(board.norm_cents),
                count(board.wage),
            ),
        )
        self._share_tile(
            self.visits,
            self.tr("Begeleidingsbezoeken gehouden"),
            board.visits,
            self.tr("Plaatsingen met alle bezoeken gehouden (%1)"),
            self.tr("%1 van %2 met een bezoek te weinig"),
            fill(self.tr("één bezoek per %1 weken bpv"), board.weeks_per_visit),
        )
        self._share_tile(
            self.pok,
            self.tr("POK rond vóór de start"),
            board.pok_on_time,
            self.tr("Bpv's gestart met volledige POK (%1)"),
            self.tr("%1 van %2 zonder volledige POK bij de start"),
            self.tr("bpv's die dit schooljaar begonnen"),
        )
        self.meldingen.show_figure(
            self.tr("Meldingen stagediscriminatie"),
            count(board.meldingen.total),
            note=fill(self.tr("%1 open; alleen aantallen"), count(board.meldingen.open)),
        )

    def _show_cut(self) -> None:
        board = self.board
        cut = Cut(self.cut_choice.currentData() or Cut.PROGRAMME.value)
        if board is None:
            self.cuts.set_counts(cut, (), 0)
            self.cut_note.clear()
            return
        self.cuts.set_counts(cut, board.cuts[cut], board.without_place.count)
        if cut is Cut.REGION:
            region = board.school_region or self.tr("onbekend")
            self.cut_note.setText(
                fill(
                    self.tr(
                        "Regio van het bedrijf van de verste open sollicitatie; %1 studenten "
                        "zonder sollicitatie tellen in de regio van de school (%2)."
                    ),
                    count(board.region_from_school),
                    region,
                )
            )
        else:
            self.cut_note.setText(self.tr("Dubbelklik op een regel voor de studenten."))

    # --- drilling down ---------------------------------------------------------------------------

    def open_drill(self, drill: Drill, caption: str) -> DrillDialog:
        """The list of students behind a figure, in a window of its own."""
        dialog = DrillDialog(self.office, drill, caption, self._today, self)
        dialog.open_case_requested.connect(self.open_case_requested)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        self.drills.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: DrillDialog) -> None:
        if dialog in self.drills:
            self.drills.remove(dialog)

    def _cut_activated(self, index: QModelIndex) -> None:
        figure: Count | None = self.cuts.figure(index.row())
        if figure is not None:
            label = cut_label(self.cuts.cut, figure)
            self.open_drill(figure.drill, fill(self.tr("Zonder bpv-plaats: %1"), label))

    def _bar_clicked(self, drill: Drill) -> None:
        board = self.board
        if board is None:
            return
        for figure in board.per_status:
            if figure.drill == drill:
                label = labels.search_status(SearchStatus(figure.key))
                self.open_drill(drill, fill(self.tr("Status: %1"), label))
                return
        for week in board.weeks:
            if week.drill == drill:
                caption = fill(self.tr("Plaatsingen geregistreerd in week %1"), week.week.label)
                self.open_drill(drill, caption)
                return

    # --- the shortage report ---------------------------------------------------------------------

    def export_shortage(self) -> ProgressJob | None:
        board = self.board
        if board is None:
            return None
        path = ask_path(self, fill(self.tr("tekorten-%1"), board.school_year))
        if path is None:
            return None
        return self.write_shortage(path)

    def write_shortage(self, path: Path) -> ProgressJob:
        """Make the shortage report and write it to ``path`` on a worker."""
        office, actor, today = self.office, self.office.actor, self._today()

        def work(progress: Progress) -> int:
            report = shortage_report(office.sessions, actor, today)
            return write_shortage_report(report, path, progress)

        job = ProgressJob(
            self, self.tr("Tekortenrapport"), fill(self.tr("Naar %1…"), path.name), work
        )
        job.job.failed.connect(self._shortage_failed)
        job.start()
        return job

    def _shortage_failed(self, error: Exception) -> None:
        if not isinstance(error, StageDeskError | OSError):
            raise error
        QMessageBox.warning(self, self.tr("Tekortenrapport"), str(error))
