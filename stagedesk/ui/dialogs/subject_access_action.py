"""A case file's "AVG-inzage…" action: ask where to save, then write everything stored about
the student as a PDF (for reading) and a JSON file beside it (for machines) on a worker.

The action sits in the case's Afdrukken menu; like printing it is for coordinators and admins
(services.subject_access checks again). services.subject_access.export_subject_access writes
both files or neither and records the export in the audit trail.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services.subject_access import AccessFiles, default_names, export_subject_access
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.save_paths import documents_dir, with_suffix
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from stagedesk.ui.screens.case_file import CaseFileScreen


class SubjectAccessAction(QObject):
    """The "AVG-inzage…" entry of ``menu`` for the case shown in ``screen``."""

    written = Signal(object)  # AccessFiles
    refused = Signal(str)  # the message shown

    def __init__(self, screen: CaseFileScreen, menu: QMenu) -> None:
        super().__init__(screen)
        self.screen = screen
        self.action = QAction(menu)
        self.action.setObjectName("subjectAccess")
        self.action.triggered.connect(self.ask)
        menu.addSeparator()
        menu.addAction(self.action)
        self.progress: ProgressJob | None = None  # the running export (tests reach it)

    def retranslate(self) -> None:
        self.action.setText(self.tr("AVG-&inzage (alle gegevens van de student)…"))
        self.action.setToolTip(
            self.tr("Alles wat StageDesk over de student bewaart, als PDF en JSON-bestand")
        )

    def update(self) -> None:
        case = self.screen.case
        self.action.setEnabled(case is not None and case.may_edit and self.progress is None)

    def ask(self) -> None:
        s = self.screen
        if s.case is None:
            return
        pdf_name, _json_name = default_names(s.case.header.student_number)
        path, _filter = QFileDialog.getSaveFileName(
            s,
            self.tr("AVG-inzage opslaan als"),
            str(documents_dir() / pdf_name),
            self.tr("PDF-bestand (*.pdf)"),
        )
        if path:
            self.export(with_suffix(path, ".pdf"))

    def export(self, pdf_path: Path) -> ProgressJob:
        """Write ``pdf_path`` and the JSON beside it (same name, .json) on a worker."""
        s = self.screen
        sessions, actor, student_id = s.context.sessions, s.context.actor, s.student_id

        def work(progress: object) -> AccessFiles:
            return export_subject_access(sessions, actor, student_id, pdf_path, progress=progress)

        self.progress = ProgressJob(
            s, self.tr("AVG-inzage"), self.tr("Gegevens verzamelen en PDF maken…"), work
        )
        self.progress.job.succeeded.connect(self._written)
        self.progress.job.failed.connect(self._failed)
        self.progress.job.finished.connect(self._over)
        self.update()
        self.progress.start()
        return self.progress

    def _over(self) -> None:
        self.progress = None
        self.update()

    def _written(self, files: AccessFiles) -> None:
        text = fill(self.tr("AVG-inzage opgeslagen: %1 en %2"), str(files.pdf), files.json.name)
        self.screen.show_message("")
        window = self.screen.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)
        self.screen.reload()  # the timeline's audit-based views may show the export
        self.written.emit(files)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            text = self.tr("U mag geen AVG-inzage maken: dat doen coördinatoren en beheerders.")
        elif isinstance(error, OSError):
            text = fill(self.tr("De bestanden konden niet worden opgeslagen: %1"), str(error))
        elif isinstance(error, StageDeskError):
            text = fill(self.tr("De AVG-inzage kon niet worden gemaakt: %1"), str(error))
        else:
            text = fill(self.tr("De AVG-inzage kon niet worden gemaakt: %1"), repr(error))
        self.screen.show_message(text)
        self.refused.emit(text)
