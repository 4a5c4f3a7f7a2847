"""Back-ups: the open store's backups (when, kind, size, checked) and putting one back.

Restoring closes the window's store, replaces its content on a worker (the service backs up
the current store first and refuses a damaged backup), and opens the store again through the
window. A PostgreSQL store has no backups here: the dialog says that is the server's job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import backups
from stagedesk.services.backups import BackupInfo, RestoreResult
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.form import error_message
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.text import fill
from stagedesk.ui.workers import Progress


class StoreWindow(Protocol):
    """What the dialog needs of the main window: its store, and opening a store again."""

    office: Office

    def open_store(self, location: str) -> bool: ...


def kind_label(kind: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("BackupDialog", "dagelijks"),
        "manual": QCoreApplication.translate("BackupDialog", "met de hand"),
        "pre-migration": QCoreApplication.translate("BackupDialog", "voor een upgrade"),
        "pre-restore": QCoreApplication.translate("BackupDialog", "voor het terugzetten"),
    }
    return labels.get(kind, kind)


def _size(size: int) -> str:
    megabytes = QCoreApplication.translate("BackupDialog", "%1 MB")
    # QLocale's default follows the window's language: "3,4 MB" in Dutch, "3.4 MB" in English.
    return fill(megabytes, QLocale().toString(size / 1_000_000, "f", 1))


class BackupDialog(QDialog):
    """Lists the backups of ``window``'s store; Controleren checks them again, Terugzetten
    puts the selected one back."""

    COLUMNS = 4

    def __init__(self, window: StoreWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.owner = window
        self.location = window.office.location
        # Asked before a restore; tests answer it.
        self.confirm: Callable[[str], bool] = self._ask
        self.running: ProgressJob | None = None
        self.backups: list[BackupInfo] = []

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = QPushButton()
        self.restore_button = QPushButton()
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check_all)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back-ups"))
        self.intro.setText(
            fill(
                self.tr(
                    "Back-ups van %1. StageDesk maakt er elke dag een bij het eerste openen, "
                    "en een voor elke upgrade."
                ),
                self.location,
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gemaakt op"), self.tr("Soort"), self.tr("Grootte"), self.tr("Controle")]
        )
        self.check_button.setText(self.tr("&Controleren"))
        self.restore_button.setText(self.tr("&Terugzetten…"))

    def reload(self, found: list[BackupInfo] | None = None) -> None:
        """Show the backups: ``found`` when just checked, else as listed (checked when made)."""
        self.backups = found if found is not None else backups.list_backups(self.location)
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            when = f"{format_date(item.taken_at.date())} {item.taken_at:%H:%M}"
            cells = [when, kind_label(item.kind), _size(item.size), self._checked(item)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.problem:
                    cell.setToolTip(item.problem)
                if column == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _checked(self, item: BackupInfo) -> str:
        if item.verified is None:
            return self.tr("in orde bij het maken")
        if item.verified:
            return self.tr("in orde")
        return self.tr("beschadigd")

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        idle = self.running is None
        self.check_button.setEnabled(idle and bool(self.backups))
        chosen = self.selected()
        self.restore_button.setEnabled(idle and chosen is not None and chosen.verified is not False)

    def _show_outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()

    def _start(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], object],
        succeeded: Callable[[Any], None],
    ) -> None:
        job = ProgressJob(self, title, label, work)
        self.running = job
        # Connected before the start: a quick job may be over before start() returns.
        job.job.succeeded.connect(succeeded)
        job.job.failed.connect(self._failed)
        job.job.finished.connect(self._job_over)
        self._update_buttons()
        job.start()

    def _job_over(self) -> None:
        self.running = None
        self._update_buttons()

    def check_all(self) -> None:
        """Run the integrity check on every backup again, on a worker."""
        location = self.location

        def work(_progress: Progress) -> list[BackupInfo]:
            return backups.list_backups(location, check=True)

        self._start(self.tr("Back-ups controleren"), self.tr("Controleren…"), work, self.reload)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = f"{format_date(chosen.taken_at.date())} {chosen.taken_at:%H:%M}"
        question = fill(
            self.tr(
                "De store wordt teruggezet naar de back-up van %1. Wat sindsdien is "
                "ingevoerd, staat daarna niet meer in de store; de huidige stand wordt eerst "
                "zelf als back-up bewaard.\n\nTerugzetten?"
            ),
            when,
        )
        if not self.confirm(question):
            return
        location, actor, path = self.location, self.owner.office.actor, chosen.path
        # Every connection of this window closed: the restore replaces the store's content.
        self.owner.office.close()

        def work(progress: Progress) -> RestoreResult:
            return backups.restore_backup(location, path, actor, progress=progress)

        self._start(self.tr("Back-up terugzetten"), self.tr("Terugzetten…"), work, self._restored)

    def _restored(self, result: RestoreResult) -> None:
        self.owner.open_store(self.location)
        self.reload()
        when = result.restored.taken_at
        self._show_outcome(
            fill(
                self.tr("De back-up van %1 is teruggezet."),
                f"{format_date(when.date())} {when:%H:%M}",
            )
        )

    def _failed(self, error: Exception) -> None:
        text = error_message(error) if isinstance(error, StageDeskError) else str(error)
        self._show_outcome(fill(self.tr("Dat is niet gelukt: %1"), text))

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Back-up terugzetten"), question)
        return answer == QMessageBox.StandardButton.Yes


def show_backup_dialog(window: StoreWindow, parent: QWidget) -> BackupDialog | None:
    """Open the backups dialog for the window's store (modal); None for a server store."""
    if not window.office.store.is_sqlite:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupDialog", "Back-ups"),
            QCoreApplication.translate(
                "BackupDialog",
                "Deze store staat op een PostgreSQL-server; back-ups daarvan maakt de "
                "server (vraag de beheerder).",
            ),
        )
        return None
    dialog = BackupDialog(window, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
