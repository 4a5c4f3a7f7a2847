"""Import students, companies or programmes from a file: choose, map the columns, check, import.

The user chooses what to import and the file; a combo per field shows the column that feeds
it, filled in from the column names and the mapping remembered from the last import. "Controleren"
runs the dry run and lists every problem by row and column; "Importeren" is enabled only
after a check without problems of the same file, kind and mapping. Both run on a worker
thread (ui.workers) with a progress bar and can be stopped; a stopped or refused import
changes nothing. ``show_import_dialog`` is what the main window's menu action calls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.services.imports import (
    FIELDS,
    ImportFileError,
    ImportKind,
    ImportResult,
    file_columns,
    import_file,
    proposed_mapping,
)
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.form import error_message
from stagedesk.ui.text import fill
from stagedesk.ui.workers import Job

NOT_READ = ""  # the combo item "(niet inlezen)"


class ImportDialog(QDialog):
    """See the module docstring. ``result`` holds the last import that was committed."""

    def __init__(
        self,
        office: Office,
        kind: ImportKind = ImportKind.STUDENTS,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Importeren"))
        self.resize(720, 640)
        self._office = office
        self._today = today
        self._path: Path | None = None
        self._columns: tuple[str, ...] = ()
        self._combos: dict[str, QComboBox] = {}
        self._clean: tuple[object, ...] | None = None  # what the last clean check was for
        self.job: Job | None = None
        self.result: ImportResult | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for value, label in (
            (ImportKind.STUDENTS, self.tr("Studenten")),
            (ImportKind.COMPANIES, self.tr("Bedrijven")),
            (ImportKind.PROGRAMMES, self.tr("Opleidingen")),
        ):
            self.kind.addItem(label, value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.file = QLineEdit()
        self.file.setObjectName("importFile")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Kies een CSV- of Excel-bestand (.xlsx)"))
        self.browse = QPushButton(self.tr("Bladeren…"))
        self.mapping_box = QGroupBox(self.tr("Kolommen"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.check_button = QPushButton(self.tr("Controleren"))
        self.check_button.setObjectName("importCheck")
        self.import_button = QPushButton(self.tr("Importeren"))
        self.import_button.setObjectName("importRun")
        self.stop_button = QPushButton(self.tr("Stoppen"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.progress = QProgressBar()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Rij"), self.tr("Kolom"), self.tr("Reden")]
        )
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        source = QHBoxLayout()
        source.addWidget(self.kind)
        source.addWidget(self.file, 1)
        source.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._fill_mapping())
        self.browse.clicked.connect(self._choose_file)
        self.check_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        self.stop_button.clicked.connect(self._stop)
        self.close_button.clicked.connect(self.reject)
        self._fill_mapping()
        self._set_running(False)

    # --- choosing ------------------------------------------------------------------------------

    def current_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def mapping(self) -> dict[str, str]:
        """Field key → chosen column ("" for a field not read)."""
        return {key: combo.currentData() or NOT_READ for key, combo in self._combos.items()}

    def set_file(self, path: str | Path) -> None:
        """Read the column names of ``path`` and propose the mapping."""
        self._path = Path(path)
        self.file.setText(str(path))
        try:
            self._columns = file_columns(path)
        except ImportFileError as exc:
            self._columns = ()
            self._show_text(fill(self.tr("Dit bestand kan niet gelezen worden: %1"), str(exc)))
        else:
            self._show_text("")
        self._fill_mapping()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Bestand om te importeren"), "",
            self.tr("Tabellen (*.csv *.xlsx);;Alle bestanden (*)"),
        )  # fmt: skip
        if path:
            self.set_file(path)

    def _fill_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._combos.clear()
        kind = self.current_kind()
        proposed: dict[str, str] = {}
        if self._columns:
            try:
                resolved = proposed_mapping(
                    self._office.sessions, self._office.actor, kind, self._columns
                )
                proposed = resolved.mapping
            except StageDeskError as exc:
                self._show_text(error_message(exc))
        for field in FIELDS[kind]:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{field.key}")
            combo.addItem(self.tr("(niet inlezen)"), NOT_READ)
            for column in self._columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(proposed.get(field.key, NOT_READ))))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            label = f"{field.label} *" if field.required else field.label
            self.mapping_form.addRow(label, combo)
            self._combos[field.key] = combo
        self._changed()

    def _state(self) -> tuple[object, ...]:
        return (self.current_kind(), self._path, tuple(sorted(self.mapping().items())))

    def _changed(self) -> None:
        self._clean = None if self._clean != self._state() else self._clean
        self._set_running(False)

    # --- running -------------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        for widget in (self.kind, self.browse, self.mapping_box, self.close_button):
            widget.setEnabled(not running)
        self.check_button.setEnabled(not running and bool(self._columns))
        self.import_button.setEnabled(not running and self._clean == self._state())

    def _run(self, *, dry_run: bool) -> None:
        if self._path is None or self.job is not None:
            return
        sessions, actor, kind, path = (
            self._office.sessions, self._office.actor, self.current_kind(), self._path,
        )  # fmt: skip
        mapping, today, state = self.mapping(), self._today(), self._state()

        def work(progress: Callable[[int, int], None]) -> ImportResult:
            return import_file(
                sessions, actor, kind, path, mapping=mapping, dry_run=dry_run,
                progress=lambda _phase, done, total: progress(done, total),
                cancelled=job.is_cancelled, today=today,
            )  # fmt: skip

        job = self.job = Job(work)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(lambda result: self._finished(result, state))
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(
            lambda: self._show_text(self.tr("Gestopt: er is niets gewijzigd."))
        )
        self.job.finished.connect(self._job_over)
        self._clean = None
        self.progress.setRange(0, 0)
        self._show_text(self.tr("Controleren…") if dry_run else self.tr("Importeren…"))
        self._set_running(True)
        self.job.start()

    def _stop(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)

    def _job_over(self) -> None:
        self.job = None
        self._set_running(False)

    def _failed(self, error: object) -> None:
        if isinstance(error, StageDeskError):
            self._show_text(error_message(error))
        else:
            self._show_text(fill(self.tr("Het importeren is mislukt: %1"), str(error)))

    def _finished(self, result: ImportResult, state: tuple[object, ...]) -> None:
        self.problems.setRowCount(0)
        if result.problems:
            self._show_problems(result)
            return
        counts = (result.added, result.updated, result.unchanged)
        if result.dry_run:
            self._clean = state
            self._show_text(fill(
                self.tr("Geen problemen in %1 rijen: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd. "
                        "Klik op Importeren."),
                result.rows, *counts,
            ))  # fmt: skip
        else:
            self.result = result
            self._show_text(fill(
                self.tr("Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd."), *counts
            ))  # fmt: skip

    def _show_problems(self, result: ImportResult) -> None:
        count = len(result.problems)
        self._show_text(fill(
            self.tr("%1 problemen; er is niets geïmporteerd. Pas het bestand of de kolommen "
                    "aan en controleer opnieuw."),
            count,
        ))  # fmt: skip
        self.problems.setRowCount(count)
        for index, problem in enumerate(result.problems):
            row = QTableWidgetItem(str(problem.row) if problem.row else "")
            row.setData(Qt.ItemDataRole.DisplayRole, problem.row or "")
            self.problems.setItem(index, 0, row)
            self.problems.setItem(index, 1, QTableWidgetItem(problem.column))
            self.problems.setItem(index, 2, QTableWidgetItem(problem.message))

    def _show_text(self, text: str) -> None:
        self.summary.setText(text)

    def reject(self) -> None:
        if self.job is None:  # closing while a job runs would drop its outcome
            super().reject()


def show_import_dialog(
    office: Office, parent: QWidget | None = None, kind: ImportKind = ImportKind.STUDENTS
) -> ImportResult | None:
    """Run the import dialog; the import it committed, if any (then reload the lists)."""
    dialog = ImportDialog(office, kind, parent)
    dialog.exec()
    return dialog.result
