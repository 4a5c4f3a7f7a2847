"""Enter or change one week's bpv hours of a placement: the week, hours worked, absence (sick
or other) and a note.

The weeks offered are the placement's weeks that have begun; ``save`` calls
``services.hours.record_week`` and what it refuses is shown at the field it names or above the
buttons. Hours are typed as hours (7,5) and stored as minutes. ``HoursImportDialog`` shows
the check of an hours file and imports it when it is clean.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.hours import WEEK_MINUTES_MAX, AbsenceKind, monday
from stagedesk.services.actor import Actor
from stagedesk.services.hours import WeekView
from stagedesk.services.hours_import import HoursImportResult, import_hours
from stagedesk.services.office import Office
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, column
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.dialogs.visit_dialog import field_messages
from stagedesk.ui.save_paths import documents_dir
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import case_progress_labels as words


@dataclass(frozen=True)
class EnteredWeek:
    week_start: date
    worked_minutes: int
    absent_minutes: int
    absence_kind: AbsenceKind | None
    note: str | None


def placement_weeks(start: date, end: date, today: date) -> list[date]:
    """The Mondays of the placement's weeks that have begun by ``today``, latest first."""
    first, last = monday(start), min(monday(end), monday(today))
    weeks = []
    day = last
    while day >= first:
        weeks.append(day)
        day -= timedelta(weeks=1)
    return weeks


def hours_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(2)
    box.setRange(0, WEEK_MINUTES_MAX / 60)
    box.setSingleStep(0.5)
    box.setSuffix(QCoreApplication.translate("HoursDialog", " uur"))
    return box


class HoursDialog(CaseDialog):
    """A new week (``week`` None: chosen from ``weeks``) or a week entered before;
    ``save(EnteredWeek)`` stores it (may raise)."""

    def __init__(
        self,
        week: WeekView | None,
        weeks: Sequence[date],
        hours_per_week: int,
        save: Callable[[EnteredWeek], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hoursDialog")
        self.setWindowTitle(self.tr("Uren wijzigen") if week else self.tr("Uren invoeren"))
        self._save = save
        self.week = QComboBox()
        self.week.setObjectName("hoursWeek")
        for day in [week.week_start] if week else weeks:
            self.week.addItem(words.week_label(day), day.isoformat())
        self.week.setEnabled(week is None and len(weeks) > 1)
        self.week_message = FieldMessage()
        self.worked = hours_box("hoursWorked")
        self.worked.setValue(week.worked_minutes / 60 if week else hours_per_week)
        self.worked_message = FieldMessage()
        self.absent = hours_box("hoursAbsent")
        self.absent.setValue(week.absent_minutes / 60 if week else 0)
        self.kind = QComboBox()
        self.kind.setObjectName("hoursAbsenceKind")
        for kind in AbsenceKind:
            self.kind.addItem(words.absence_kind(kind), kind.value)
        if week is not None and week.absence_kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(week.absence_kind.value))
        self.absent_message = FieldMessage()
        self.note = QLineEdit(week.note or "" if week else "")
        self.note.setObjectName("hoursNote")
        self.form.addRow(self.tr("&Week"), column(self.week, self.week_message))
        self.form.addRow(self.tr("&Gewerkt"), column(self.worked, self.worked_message))
        self.form.addRow(self.tr("&Afwezig"), column(self.absent, self.absent_message))
        self.form.addRow(self.tr("&Soort verzuim"), self.kind)
        self.form.addRow(self.tr("&Opmerking"), self.note)
        self.absent.valueChanged.connect(lambda _v: self._enable())
        self._enable()
        self.setMinimumWidth(420)
        self.worked.setFocus()
        self.worked.selectAll()

    def _enable(self) -> None:
        self.kind.setEnabled(self.absent.value() > 0)

    def value(self) -> EnteredWeek:
        absent = round(self.absent.value() * 60)
        return EnteredWeek(
            date.fromisoformat(self.week.currentData()),
            round(self.worked.value() * 60),
            absent,
            AbsenceKind(self.kind.currentData()) if absent else None,
            self.note.text().strip() or None,
        )

    def submit(self) -> None:
        if self.week.count() == 0:
            self.week_message.show_message(self.tr("Deze plaatsing is nog niet begonnen."))
            return
        entered = self.value()
        messages = {
            "week_start": self.week_message,
            "worked_minutes": self.worked_message,
            "absent_minutes": self.absent_message,
            "absence_kind": self.absent_message,
        }

        def explain(error: StageDeskError) -> str:
            return "" if field_messages(error, messages) else case_error(error)

        self.attempt(lambda: self._save(entered), explain)


class HoursImportDialog(QDialog):
    """The check of an hours file (a dry run, ``result``) and, when it is clean, the button
    that imports it: ``commit()`` runs the import and returns its result (may raise)."""

    def __init__(
        self,
        result: HoursImportResult,
        commit: Callable[[], HoursImportResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hoursImportDialog")
        self.setWindowTitle(fill(self.tr("Uren importeren uit %1"), result.file))
        self._commit = commit
        self.summary = QLabel()
        self.summary.setObjectName("hoursImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems = QTreeWidget()
        self.problems.setObjectName("hoursImportProblems")
        self.problems.setRootIsDecorated(False)
        self.problems.setHeaderLabels([self.tr("Rij"), self.tr("Kolom"), self.tr("Probleem")])
        for problem in result.problems:
            self.problems.addTopLevelItem(
                QTreeWidgetItem([str(problem.row or ""), problem.column, problem.message])
            )
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(result.problems))
        self.message = FieldMessage(wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("hoursImportCommit")
        self.import_button.setEnabled(not result.problems and result.rows > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if result.problems:
            self.summary.setText(
                fill(
                    self.tr("%1 rijen gelezen; %2 problemen. Er wordt niets ingevoerd zolang een "
                            "rij een probleem heeft: verbeter het bestand en probeer opnieuw."),
                    result.rows, len(result.problems),
                )
            )  # fmt: skip
        else:
            self.summary.setText(
                fill(
                    self.tr("%1 weken gelezen, zonder problemen: %2 nieuw, %3 gewijzigd, %4 "
                            "ongewijzigd. Importeren voert ze in één keer in; dat gaat niet "
                            "terug met Ctrl+Z, maar elke week is daarna in het dossier te "
                            "wijzigen of te verwijderen."),
                    result.rows, result.added, result.updated, result.unchanged,
                )
            )  # fmt: skip
        self.setMinimumWidth(560)
        if result.problems:
            self.resize(680, 360)
        else:
            self.adjustSize()

    def submit(self) -> None:
        try:
            done = self._commit()
        except StageDeskError as exc:
            self.message.show_message(case_error(exc))
            return
        if done.problems:  # the store changed since the check
            self.message.show_message(
                fill(self.tr("Niet geïmporteerd: %1"), "; ".join(str(p) for p in done.problems))
            )
            return
        self.accept()


def open_hours_import(
    sessions: sessionmaker[Session],
    actor: Actor,
    today: date,
    parent: QWidget,
    *,
    student_id: uuid.UUID | None = None,
) -> HoursImportDialog | None:
    """Ask for an hours file, check it (a dry run) and give the dialog that shows the check and
    imports it; None when no file was chosen. ``student_id`` limits the file to one student
    (the case's import). Raises what the check refuses (a role that enters no hours)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HoursImportDialog", "Urenbestand kiezen"),
        str(documents_dir()),
        QCoreApplication.translate(
            "HoursImportDialog", "Tabellen (*.csv *.xlsx);;Alle bestanden (*)"
        ),
    )
    if not path:
        return None

    def run(dry_run: bool) -> HoursImportResult:
        return import_hours(
            sessions, actor, path, dry_run=dry_run, student_id=student_id, today=today
        )

    return HoursImportDialog(run(True), lambda: run(False), parent)


def show_hours_import(office: Office, window: QWidget, today: date) -> HoursImportDialog | None:
    """Bestand → Uren importeren: a file of weeks of any students (a company's), checked and
    shown; a refusal of the check is shown in a message box."""
    try:
        dialog = open_hours_import(office.sessions, office.actor, today, window)
    except StageDeskError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("HoursImportDialog", "Uren importeren"),
            case_error(exc),
        )
        return None
    if dialog is not None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
    return dialog
