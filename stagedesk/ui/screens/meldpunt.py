"""The Meldpunt tab: meldingen stagediscriminatie, their status steps, the SBB report, and the
companies meldingen were made about — for the meldpunt role only.

The tab is in the catalog for everyone, but it hides itself (its tab) unless the person
working holds the meldpunt role, and it asks the services nothing then. The services refuse
everyone else anyway; hiding the tab keeps other roles from even seeing that it exists.
Every melding shown in the detail pane is read through ``get_melding``, so each look is in the
audit trail.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.enums import DiscriminationGround, MeldingStatus, StaffRole
from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.meldingen import TO_SBB, TRANSITIONS, FollowUp, SbbShare
from stagedesk.services import meldpunt
from stagedesk.services.meldpunt_report import reference, sbb_report
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.form import error_message
from stagedesk.ui.dialogs.melding_dialog import (
    CloseDialog,
    IntakeDialog,
    NewMeldingDialog,
    describe,
    ground_label,
    status_label,
)
from stagedesk.ui.models.melding_tables import ID_ROLE, fill_meldingen, fill_signals, make_table
from stagedesk.ui.screens.base import LazyScreen
from stagedesk.ui.text import count, fill

T = TypeVar("T")


class MeldpuntScreen(LazyScreen):
    """Implements screens.base.Screen."""

    def __init__(
        self,
        office: Office,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(office, parent)
        self.setObjectName("meldpuntScreen")
        self._today = today
        self.current: meldpunt.MeldingView | None = None

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("meldingStatusFilter")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel()
        self.summary.setObjectName("meldpuntSummary")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newMelding")
        self.new_button.clicked.connect(self.new_melding)

        self.model = QStandardItemModel(self)
        self.table = make_table("meldingTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("meldingDetail")
        self.detail.setReadOnly(True)
        self.intake_button = QPushButton()
        self.progress_button = QPushButton()
        self.forward_button = QPushButton()
        self.close_button = QPushButton()
        self.pdf_button = QPushButton()
        for name, button, slot in (
            ("meldingIntake", self.intake_button, self.intake),
            ("meldingInProgress", self.progress_button, self.in_progress),
            ("meldingForward", self.forward_button, self.forward),
            ("meldingClose", self.close_button, self.close_melding),
            ("meldingPdf", self.pdf_button, self.save_pdf),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)

        self.signals_model = QStandardItemModel(self)
        self.signals = make_table("companySignals", self.signals_model)
        for table in (self.table, self.signals):
            table.setWordWrap(False)  # one line a row: a wrapped cell squeezed its column
        self.signals_label = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_button)
        buttons = QHBoxLayout()
        for button in (
            self.intake_button,
            self.progress_button,
            self.forward_button,
            self.close_button,
            self.pdf_button,
        ):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.signals_label)
        right_layout.addWidget(self.signals)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([600, 400])  # shares: the list's five columns need the wider part
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()

    # --- Screen ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Meldpunt")

    @property
    def allowed(self) -> bool:
        return self.office.actor.has(StaffRole.MELDPUNT)

    def refresh(self) -> None:
        """Read the meldingen again now if the tab is shown, else when it is next shown; hide
        the tab from whoever is not the meldpunt (and forget what it showed)."""
        self._show_tab()
        if not self.allowed:
            self._clear()
        super().refresh()

    def read(self) -> None:
        """Read the list; the melding that was selected stays selected and is read again."""
        if not self.allowed:
            self._clear()
            return
        wanted = self.current.id if self.current else self.selected_id()
        status = self.status_filter.currentData()
        rows = self._call(
            lambda: meldpunt.list_meldingen(
                self.office.sessions,
                self.office.actor,
                MeldingStatus(status) if status else None,
            )
        )
        fill_meldingen(self.model, rows or [], self.tr("anoniem"))
        self._fill_signals()
        self.summary.setText(fill(self.tr("%1 meldingen"), count(len(rows or []))))
        self.current = None
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ID_ROLE) == wanted:
                self.table.selectRow(row)
                break
        self.show_current()

    def _clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.signals_model.removeRows(0, self.signals_model.rowCount())
        self.current = None
        self.detail.clear()
        self.summary.clear()
        self._enable_actions()

    # --- reading ---------------------------------------------------------------------------------

    def _fill_signals(self) -> None:
        found = self._call(
            lambda: meldpunt.companies_with_signals(self.office.sessions, self.office.actor)
        )
        fill_signals(self.signals_model, found or [])

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.item(index.row(), 0).data(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def show_current(self) -> None:
        melding_id = self.selected_id()
        if melding_id is None or not self.allowed:
            self.current = None
            self.detail.clear()
        elif self.current is None or self.current.id != melding_id:
            self.current = self._call(
                lambda: meldpunt.get_melding(self.office.sessions, self.office.actor, melding_id)
            )
            self.detail.setPlainText(describe(self.current) if self.current else "")
        self._enable_actions()

    def _enable_actions(self) -> None:
        m = self.current
        moves = TRANSITIONS[m.status] if m is not None else frozenset()
        self.intake_button.setEnabled(MeldingStatus.INTAKE in moves)
        self.progress_button.setEnabled(
            MeldingStatus.IN_PROGRESS in moves
            and m is not None
            and m.follow_up not in (None, FollowUp.NONE)
        )
        self.forward_button.setEnabled(
            MeldingStatus.FORWARDED_SBB in moves and m is not None and m.follow_up in TO_SBB
        )
        self.close_button.setEnabled(MeldingStatus.CLOSED in moves)
        self.pdf_button.setEnabled(
            m is not None
            and m.follow_up in TO_SBB
            and m.status
            in (MeldingStatus.INTAKE, MeldingStatus.IN_PROGRESS, MeldingStatus.FORWARDED_SBB)
        )
        self.new_button.setEnabled(self.allowed)

    # --- acting ----------------------------------------------------------------------------------

    def new_melding(self) -> None:
        dialog = NewMeldingDialog(self.office, self._today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.current = dialog.created
            self.load()

    def intake(self) -> None:
        m = self.current
        if m is None:
            return
        office, today = self.office, self._today()

        def save(on: date, follow_up: FollowUp, shared: list[SbbShare], note: str | None) -> object:
            changes = {"follow_up": follow_up, "shared_with_sbb": shared}
            return meldpunt.intake(
                office.sessions, office.actor, m.id, m.version, on, changes, note=note, today=today
            )

        if IntakeDialog(m, today, save, self).exec() == QDialog.DialogCode.Accepted:
            self._reload_current()

    def in_progress(self) -> None:
        office = self.office
        self._move(
            lambda m, on: meldpunt.advance(
                office.sessions,
                office.actor,
                m.id,
                m.version,
                MeldingStatus.IN_PROGRESS,
                on,
                today=on,
            )
        )

    def forward(self) -> None:
        office = self.office
        self._move(
            lambda m, on: meldpunt.forward_to_sbb(
                office.sessions, office.actor, m.id, m.version, on, today=on
            )
        )

    def _move(self, action: Callable[[meldpunt.MeldingView, date], object]) -> None:
        """A status step dated today (the intake and closing ask for their date)."""
        m, today = self.current, self._today()
        if m is not None and self._call(lambda: action(m, today)) is not None:
            self._reload_current()

    def close_melding(self) -> None:
        m = self.current
        if m is None:
            return
        office, today = self.office, self._today()

        def save(on: date, outcome: str) -> object:
            return meldpunt.close_melding(
                office.sessions, office.actor, m.id, m.version, on, outcome, today=today
            )

        if CloseDialog(m, today, save, self).exec() == QDialog.DialogCode.Accepted:
            self._reload_current()

    def save_pdf(self) -> None:
        m = self.current
        if m is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Melding voor SBB opslaan"), f"{reference(m.id)}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> bool:
        m = self.current
        return m is not None and (
            self._call(
                lambda: sbb_report(
                    self.office.sessions, self.office.actor, m.id, path, today=self._today()
                )
            )
            is not None
        )

    def _reload_current(self) -> None:
        self.load()  # reads the selected melding again: its new status and steps

    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a refusal is shown to the user, and None returned."""
        try:
            return action()
        except StageDeskError as exc:
            QMessageBox.warning(self, self.tr("Meldpunt"), error_message(exc))
            return None

    # --- the tab and the language ----------------------------------------------------------------

    def _show_tab(self) -> None:
        stack = self.parentWidget()
        tabs = stack.parentWidget() if stack is not None else None
        if isinstance(tabs, QTabWidget) and (index := tabs.indexOf(self)) >= 0:
            tabs.setTabVisible(index, self.allowed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ParentChange:
            # The window adds the tab after it made the screen: hide it once it is there.
            QTimer.singleShot(0, self, self._show_tab)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&Nieuwe melding…"))
        self.intake_button.setText(self.tr("&Intake…"))
        self.progress_button.setText(self.tr("In &behandeling"))
        self.forward_button.setText(self.tr("Naar &SBB gestuurd"))
        self.close_button.setText(self.tr("&Sluiten…"))
        self.pdf_button.setText(self.tr("&PDF voor SBB…"))
        self.signals_label.setText(self.tr("Leerbedrijven met signalen (alleen voor het meldpunt)"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Ontvangen"),
                self.tr("Status"),
                self.tr("Grond"),
                self.tr("Melder"),
                self.tr("Leerbedrijf"),
            ]
        )
        self.signals_model.setHorizontalHeaderLabels(
            [self.tr("Leerbedrijf"), self.tr("Aantal"), self.tr("Ontvangen")]
        )
        wanted = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Alle statussen"), None)
        for status in MeldingStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(wanted), 0))
        self.status_filter.blockSignals(False)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Date, status and ground as wide as their longest possible text in this language, so
        that no row cuts them off; the reporter gets room for a name, the company the rest. The
        signals' company likewise. (Sizing to the rows did not work: the columns were sized
        while the list was still empty, to their titles.)"""
        chars = self.table.fontMetrics().averageCharWidth()
        _fit(
            self.table,
            {
                0: ["00-00-0000"],
                1: [status_label(status) for status in MeldingStatus],
                2: [ground_label(ground) for ground in DiscriminationGround],
            },
            {3: 20 * chars},
        )
        _fit(self.signals, {1: ["999"]}, {0: 30 * chars})


def _fit(table: QTableView, samples: dict[int, list[str]], widths: dict[int, int]) -> None:
    """Give ``table``'s columns the width of their widest sample text (or title), or the
    width given; the last column takes the rest."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    model = table.model()
    for column, texts in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        widths[column] = max(metrics.horizontalAdvance(text) for text in [*texts, title]) + 20
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
