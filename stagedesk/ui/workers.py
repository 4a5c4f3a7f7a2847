"""Run a piece of work off the GUI thread and hear about it by signal: progress, then its result,
its error, or that it was cancelled.

The work is a plain callable that takes a progress callback (``progress(done, total)``), so the
service it calls knows nothing of Qt. Cancelling is cooperative: after ``Job.cancel()`` the next
progress report stops the work (it raises ``Cancelled`` inside it), and whatever the work
returns or raises afterwards is dropped; the job then reports ``cancelled`` only. A job that
never reports progress runs to its end, but its result is still dropped.

    job = Job(lambda progress: make_pdfs(letters, progress))
    job.progressed.connect(bar.set_progress)
    job.succeeded.connect(show_done)
    job.failed.connect(show_error)
    job.start()

Make jobs on the GUI thread: their signals are emitted there (progress is emitted from the
worker thread and delivered queued). A job keeps itself alive until its last signal is emitted,
so a screen may drop its reference to a job it no longer wants.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

Progress = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - the name says what happened, like StopIteration
    """Raised inside cancelled work by its next progress report."""


class Job(QObject):
    """One call of ``work(progress)`` on a thread pool; see the module docstring."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception the work raised
    cancelled = Signal()
    finished = Signal()  # after exactly one of the three above
    _ended = Signal()  # from the worker thread: the work is over, its outcome stored

    # Jobs not yet done: the pool holds only the runnable, and a job the caller dropped must
    # live on until it has delivered its outcome on the GUI thread.
    _running: ClassVar[set[Job]] = set()

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._outcome: tuple[Any, Exception | None] = (None, None)
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on ``pool`` (the global pool by default)."""
        Job._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the work to stop; its result or error, if any, is no longer delivered."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_over(self) -> bool:
        """The work has returned, raised or stopped (its signals may still be on their way)."""
        return self._over.is_set()

    def wait(self, seconds: float) -> bool:
        """Block until the work is over or ``seconds`` passed; whether it is over."""
        return self._over.wait(seconds)

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            self._outcome = (self._work(self._progress), None)
        except Exception as exc:  # noqa: BLE001 - every error goes to the GUI thread
            self._outcome = (None, exc)
        # Over before any signal: a receiver may ask ``is_over`` as soon as one arrives.
        self._over.set()
        self._ended.emit()

    def _deliver(self) -> None:
        # On the job's own (GUI) thread, so results and errors never cross threads inside a
        # queued signal (no copies held by Qt's event queue, nothing to free on another thread).
        result, error = self._outcome
        self._outcome = (None, None)
        if self._cancel.is_set():
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
        Job._running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job._run()
