"""The students behind a dashboard figure, in a window of their own: read off the GUI thread,
double-click or Enter opens a student's case (``open_case_requested``), 'Exporteren…' writes
the list to .xlsx or .csv."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services.dashboard import Drill
from stagedesk.services.dashboard_drill import DrillStudent, dashboard_students
from stagedesk.services.office import Office
from stagedesk.ui import labels
from stagedesk.ui.table_export import export_view
from stagedesk.ui.text import count, fill
from stagedesk.ui.workers import Job

AnyIndex = QModelIndex | QPersistentModelIndex


class DrillColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    PROGRAMME = 2
    NIVEAU = 3
    LEERWEG = 4
    STATUS = 5
    SINCE = 6


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("DrillStudentModel", "Studentnr."),
        QCoreApplication.translate("DrillStudentModel", "Naam"),
        QCoreApplication.translate("DrillStudentModel", "Opleiding"),
        QCoreApplication.translate("DrillStudentModel", "Niv."),
        QCoreApplication.translate("DrillStudentModel", "Leerweg"),
        QCoreApplication.translate("DrillStudentModel", "Status"),
        QCoreApplication.translate("DrillStudentModel", "Sinds"),
    ]


class DrillStudentModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._students: list[DrillStudent] = []

    def set_students(self, students: list[DrillStudent]) -> None:
        self.beginResetModel()
        self._students = students
        self.endResetModel()

    def student(self, row: int) -> DrillStudent | None:
        return self._students[row] if 0 <= row < len(self._students) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._students)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(DrillColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        student = self.student(index.row())
        if student is None:
            return None
        cells: dict[int, Any] = {
            DrillColumn.NUMBER: student.student_number,
            DrillColumn.NAME: student.name,
            DrillColumn.PROGRAMME: student.programme,
            DrillColumn.NIVEAU: student.niveau,
            DrillColumn.LEERWEG: labels.leerweg(student.leerweg),
            DrillColumn.STATUS: labels.search_status(student.status),
            DrillColumn.SINCE: format_date(student.status_since),
        }
        return cells[index.column()]


class DrillDialog(QDialog):
    """Not modal: the dashboard and the cases stay usable while the list is open."""

    open_case_requested = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        office: Office,
        drill: Drill,
        caption: str,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDrill")
        self.setWindowTitle(caption)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._caption = caption
        self.summary = QLabel(self.tr("Bezig met ophalen…"))
        self.summary.setObjectName("drillSummary")
        self.summary.setWordWrap(True)
        self.model = DrillStudentModel(self)
        self.table = QTableView()
        self.table.setObjectName("drillTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DrillColumn.PROGRAMME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        self.export_button.setObjectName("drillExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self._job = Job(
            lambda _progress: dashboard_students(office.sessions, office.actor, drill, today())
        )
        self._job.succeeded.connect(self._loaded)
        self._job.failed.connect(self._failed)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._job.start()

    def _loaded(self, students: list[DrillStudent]) -> None:
        self.unsetCursor()
        self.model.set_students(students)
        self.summary.setText(
            fill(self.tr("%1 studenten. Dubbelklik opent het dossier."), count(len(students)))
        )
        self.export_button.setEnabled(bool(students))
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.unsetCursor()
        if not isinstance(error, StageDeskError):
            raise error
        if isinstance(error, PermissionDenied):
            self.summary.setText(self.tr("Alleen bpv-coördinatoren zien deze lijst."))
        else:
            self.summary.setText(fill(self.tr("De lijst kan niet worden gemaakt: %1"), str(error)))
        self.loaded.emit()

    def export(self) -> None:
        export_view(self, self.table, title=self._caption, suggested_name=self._caption)

    def _activated(self, index: QModelIndex) -> None:
        student = self.model.student(index.row())
        if student is not None:
            self.open_case_requested.emit(student.key)
