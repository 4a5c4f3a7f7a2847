"""Export what a list view shows — its visible columns in their on-screen order, their header
texts, and the display values of the rows its filter left — to .xlsx or .csv.

``snapshot(view)`` reads the view on the GUI thread (Qt models are not thread-safe) into
plain values; ``export_view(parent, view, ...)`` asks for a file name and writes the snapshot
with services.exports.export_table on a worker, with a progress dialog. Texts that are dates
as the window writes them (24-11-2026) become real dates; numbers the model gives as numbers
stay numbers; everything else is written as the text on screen (so a student number keeps its
leading zeros).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeView,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.services.exports import Cell, export_table
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.save_paths import documents_dir
from stagedesk.ui.text import count, fill
from stagedesk.ui.workers import Progress

_DATE = re.compile(r"([0-9]{2})-([0-9]{2})-([0-9]{4})")
_DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class TableSnapshot:
    headers: list[str]
    rows: list[list[Cell]]


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def visible_columns(view: QAbstractItemView) -> list[int]:
    """The model's columns the view shows, in the order they appear on screen."""
    model = view.model()
    header = _header(view)
    if header is None:
        return list(range(model.columnCount()))
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            columns.append(logical)
    return columns


def cell(value: Any) -> Cell:
    """A display value as the export writes it."""
    if value is None or isinstance(value, bool | int | float | date):
        return value
    text = str(value)
    match = _DATE.fullmatch(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return text
    return text


def snapshot(view: QAbstractItemView) -> TableSnapshot:
    """Headers and rows of what ``view`` shows now: rows hidden by the view are left out; of
    a tree, the rows without children (a heading row, like the agenda's week, is left out:
    its rows say the same in their own cells)."""
    model = view.model()
    columns = visible_columns(view)
    headers = [
        str(model.headerData(column, Qt.Orientation.Horizontal, _DISPLAY) or "")
        for column in columns
    ]
    rows: list[list[Cell]] = []
    _collect(view, model, QModelIndex(), columns, rows)
    return TableSnapshot(headers, rows)


def _collect(
    view: QAbstractItemView,
    model: QAbstractItemModel,
    parent: QModelIndex,
    columns: list[int],
    rows: list[list[Cell]],
) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    is_tree = isinstance(view, QTreeView)
    for row in range(model.rowCount(parent)):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        if is_tree and view.isRowHidden(row, parent):  # type: ignore[attr-defined]
            continue
        first = model.index(row, 0, parent)
        if is_tree and model.hasChildren(first):
            _collect(view, model, first, columns, rows)
            continue
        rows.append([cell(model.index(row, column, parent).data(_DISPLAY)) for column in columns])


def ask_path(parent: QWidget, suggested_name: str) -> Path | None:
    """A file to export to (.xlsx or .csv by the chosen filter), or None when cancelled."""
    excel, csv = (
        QCoreApplication.translate("table_export", "Excel-werkmap (*.xlsx)"),
        QCoreApplication.translate("table_export", "CSV, puntkomma's (*.csv)"),
    )
    text, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("table_export", "Exporteren"),
        str(documents_dir() / f"{suggested_name}.xlsx"),
        f"{excel};;{csv}",
    )
    if not text:
        return None
    path = Path(text)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    return path


def _fast_rows(
    view: QAbstractItemView, columns: list[int]
) -> Callable[[], Iterable[list[Any]]] | None:
    """A model that pages its rows in from the store (the student list) may offer
    ``export_rows(columns)``: a call that gives every row's display cells of ``columns`` and
    may run off the GUI thread. Reading such a model cell by cell holds the window (50,000
    students: seconds), so a table view whose model has it is read that way."""
    offer = getattr(view.model(), "export_rows", None)
    if offer is None or not isinstance(view, QTableView):
        return None
    if any(view.isRowHidden(row) for row in range(view.model().rowCount())):
        return None  # the view filters on its own: read what it shows
    rows: Callable[[], Iterable[list[Any]]] = offer(columns)
    return rows


def export_snapshot(
    parent: QWidget,
    table: TableSnapshot,
    path: Path,
    *,
    title: str,
    done: Callable[[int], None] | None = None,
) -> ProgressJob:
    """Write ``table`` to ``path`` on a worker with a progress dialog; ``done(rows)`` after."""
    rows = table.rows
    return _start(
        parent,
        path,
        len(rows),
        lambda progress: export_table(
            path, table.headers, rows, title=title, total=len(rows), progress=progress
        ),
        done,
    )


def _start(
    parent: QWidget,
    path: Path,
    total: int,
    work_on: Callable[[Progress], int],
    done: Callable[[int], None] | None,
) -> ProgressJob:
    work = ProgressJob(
        parent,
        QCoreApplication.translate("table_export", "Exporteren"),
        fill(
            QCoreApplication.translate("table_export", "%1 rijen naar %2…"), count(total), path.name
        ),
        work_on,
    )
    if done is not None:
        work.job.succeeded.connect(done)
    work.job.failed.connect(lambda error: _failed(parent, path, error))
    work.start()
    return work


def export_view(
    parent: QWidget,
    view: QAbstractItemView,
    *,
    title: str,
    suggested_name: str,
    path: Path | None = None,
    done: Callable[[int], None] | None = None,
) -> ProgressJob | None:
    """Ask for a file (unless ``path`` is given) and export what ``view`` shows to it; the
    running export, or None when the user cancelled the file dialog."""
    target = path if path is not None else ask_path(parent, suggested_name)
    if target is None:
        return None
    columns = visible_columns(view)
    fast = _fast_rows(view, columns)
    if fast is None:
        return export_snapshot(parent, snapshot(view), target, title=title, done=done)
    model = view.model()
    headers = [
        str(model.headerData(column, Qt.Orientation.Horizontal, _DISPLAY) or "")
        for column in columns
    ]
    total = model.rowCount()

    def work(progress: Progress) -> int:
        rows = ([cell(value) for value in row] for row in fast())
        return export_table(target, headers, rows, title=title, total=total, progress=progress)

    return _start(parent, target, total, work, done)


def export_student_list(window: Any, path: Path | None = None) -> ProgressJob | None:
    """The main window's student list as it is filtered and laid out (for its menu action
    'Exporteren…'): ``window.table`` is the list's view."""
    title = QCoreApplication.translate("table_export", "Studenten")
    return export_view(window, window.table, title=title, suggested_name=title.lower(), path=path)


class ExportButton(QPushButton):
    """'Exporteren…' for a list view: ``view()`` gives the view as it is at the click (a
    screen may rebuild it), ``title()`` the sheet's title and file name. Translates itself on a
    language change, so a screen adds it with one line."""

    def __init__(
        self,
        view: Callable[[], QAbstractItemView],
        title: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportList")
        self._view, self._title = view, title
        self.last_export: ProgressJob | None = None  # tests wait on it
        self.clicked.connect(lambda: self.export_to(None))
        self._retranslate()

    def export_to(self, path: Path | None) -> ProgressJob | None:
        """Export to ``path`` (None: ask for a file)."""
        title = self._title()
        self.last_export = export_view(
            self.window(), self._view(), title=title, suggested_name=title, path=path
        )
        return self.last_export

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setText(QCoreApplication.translate("table_export", "E&xporteren…"))
        self.setToolTip(
            QCoreApplication.translate(
                "table_export", "De lijst zoals getoond (filter en kolommen) naar Excel of CSV"
            )
        )


def _failed(parent: QWidget, path: Path, error: Exception) -> None:
    if not isinstance(error, StageDeskError | OSError):
        raise error  # a bug: to the application's error handler
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("table_export", "Exporteren mislukt"),
        fill(
            QCoreApplication.translate("table_export", "%1 is niet geschreven: %2"),
            path.name,
            str(error),
        ),
    )
