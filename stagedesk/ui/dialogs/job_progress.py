"""Long work (a batch of letters, a visit pack) on a worker with a progress dialog and Cancel.

``ProgressJob`` starts a ``ui.workers.Job`` and shows a non-blocking QProgressDialog over its
parent; Cancel asks the job to stop. The caller hears how it ended by the job's own signals
(``succeeded``, ``failed``, ``cancelled``); the progress dialog is closed before they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from stagedesk.ui.workers import Job, Progress


class ProgressJob(QObject):
    """``work(progress)`` on a worker; ``dialog`` shows how far it got (tests reach it)."""

    def __init__(
        self, parent: QWidget, title: str, label: str, work: Callable[[Progress], Any]
    ) -> None:
        super().__init__(parent)
        self.job = Job(work)
        self.dialog = QProgressDialog(label, self.tr("Annuleren"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(title)
        # Modal for the dialog that started the work only: the main window stays usable.
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(360)
        self.dialog.canceled.connect(self.cancel)
        self.job.progressed.connect(self._progressed)
        # Connected before the caller's: the progress dialog is gone when they hear the end.
        self.job.succeeded.connect(self._close)
        self.job.failed.connect(self._close)
        self.job.cancelled.connect(self._close)

    def start(self) -> None:
        self.dialog.show()
        self.job.start()

    def cancel(self) -> None:
        self.dialog.setLabelText(self.tr("Bezig met annuleren…"))
        self.job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if self.job.is_cancelled():
            return
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _close(self, *_args: object) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()
