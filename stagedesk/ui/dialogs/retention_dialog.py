"""Instellingen → Bewaartermijnen…: the AVG retention periods, a preview of what is past them,
a confirm step that names what will happen, the purge on a worker, and what it did.

Admins only (services.retention checks again). Meldingen show as a number only: their details
are the meldpunt's. The purge is one transaction in the service; the dialog passes the preview
the admin confirmed, so a store that changed in between is refused rather than purged blind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import retention
from stagedesk.services.office import Office
from stagedesk.services.retention import PurgeResult, RetentionPreview
from stagedesk.services.retention_settings import (
    MAX_YEARS,
    MIN_YEARS,
    RetentionSettings,
    load_retention,
    save_retention,
)
from stagedesk.ui.dialogs import retention_texts as texts
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.text import fill
from stagedesk.ui.workers import Progress

_ALWAYS = ("students", "meldingen")


def may_purge(office: Office) -> bool:
    """Whether the window offers the dialog: admins only."""
    return office.actor.has(StaffRole.ADMIN)


class RetentionDialog(QDialog):
    """See the module docstring. ``purged`` carries the PurgeResult (the window reloads)."""

    purged = Signal(object)

    def __init__(
        self, office: Office, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.office = office
        self.today = today
        self.preview: RetentionPreview | None = None
        self.result: PurgeResult | None = None
        self.running: ProgressJob | None = None
        self.setMinimumSize(640, 600)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_overview())
        self.pages.addWidget(self._build_confirm())
        self.pages.addWidget(self._build_result())
        self.message = QLabel()
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        settings = load_retention(office.sessions)
        self.student_years.setValue(settings.student_years)
        self.melding_years.setValue(settings.melding_years)
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build_overview(self) -> QWidget:
        page = QWidget()
        self.periods = QGroupBox()
        self.student_years = QSpinBox()
        self.student_years.setObjectName("studentYears")
        self.melding_years = QSpinBox()
        self.melding_years.setObjectName("meldingYears")
        for spin in (self.student_years, self.melding_years):
            spin.setRange(MIN_YEARS, MAX_YEARS)
            spin.valueChanged.connect(self._periods_edited)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRetention")
        self.save_button.clicked.connect(self.save_periods)
        self.save_button.setEnabled(False)
        self.periods_note = QLabel()
        self.periods_note.setWordWrap(True)
        self.form = QFormLayout(self.periods)
        self.student_label, self.melding_label = QLabel(), QLabel()
        self.form.addRow(self.student_label, self.student_years)
        self.form.addRow(self.melding_label, self.melding_years)
        self.form.addRow(self.periods_note)
        self.form.addRow(self.save_button)

        self.due = QGroupBox()
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.kinds_table = _table("retentionKinds", 3)
        self.students_table = _table("retentionStudents", 3)
        self.meldingen_note = QLabel()
        self.meldingen_note.setWordWrap(True)
        due_layout = QVBoxLayout(self.due)
        due_layout.addWidget(self.summary)
        due_layout.addWidget(self.kinds_table, 1)
        due_layout.addWidget(self.students_table, 2)
        due_layout.addWidget(self.meldingen_note)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshPreview")
        self.refresh_button.clicked.connect(self.refresh)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("toConfirm")
        self.purge_button.clicked.connect(self.to_confirm)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.purge_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.periods)
        layout.addWidget(self.due, 1)
        layout.addLayout(row)
        return page

    def _build_confirm(self) -> QWidget:
        page = QWidget()
        self.confirm_title = QLabel()
        self.confirm_text = QLabel()
        self.confirm_text.setObjectName("confirmText")
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setTextFormat(Qt.TextFormat.PlainText)
        self.understood = QCheckBox()
        self.understood.setObjectName("understood")
        self.understood.toggled.connect(lambda on: self.confirm_button.setEnabled(on))
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToPreview")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("purgeNow")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.start_purge)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.confirm_title)
        layout.addWidget(self.confirm_text)
        layout.addWidget(self.understood)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_title = QLabel()
        self.result_text = QLabel()
        self.result_text.setObjectName("resultText")
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addStretch(1)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bewaartermijnen"))
        self.periods.setTitle(self.tr("Bewaartermijnen (AVG)"))
        self.student_label.setText(self.tr("Studentdossiers:"))
        self.melding_label.setText(self.tr("Meldingen stagediscriminatie:"))
        self.student_years.setSuffix(self.tr(" jaar na vertrek of afronding"))
        self.melding_years.setSuffix(self.tr(" jaar na afsluiten"))
        self.periods_note.setText(
            self.tr(
                "Scholen bewaren een studentdossier meestal twee jaar nadat de student is "
                "vertrokken. Voor meldingen geldt het beleid van het meldpunt. Daarna worden "
                "namen, contactgegevens en vrije tekst gewist; de aantallen voor de "
                "overzichten blijven."
            )
        )
        self.save_button.setText(self.tr("Termijnen &opslaan"))
        self.due.setTitle(self.tr("Wat nu weg zou gaan"))
        self.kinds_table.setHorizontalHeaderLabels(
            [self.tr("Gegevens"), self.tr("Aantal"), self.tr("Wat er gebeurt")]
        )
        self.students_table.setHorizontalHeaderLabels(
            [self.tr("Studentnummer"), self.tr("Reden"), self.tr("Sinds")]
        )
        self.meldingen_note.setText(
            self.tr(
                "Meldingen ziet u alleen als aantal: wie en wat erin staat is voor het meldpunt."
            )
        )
        self.refresh_button.setText(self.tr("Voorbeeld &vernieuwen"))
        self.purge_button.setText(self.tr("O&pschonen…"))
        self.confirm_title.setText(self.tr("<b>Opschonen bevestigen</b>"))
        self.understood.setText(
            self.tr("Ik begrijp dat dit niet ongedaan kan worden gemaakt (alleen via een back-up).")
        )
        self.back_button.setText(self.tr("&Terug"))
        self.confirm_button.setText(self.tr("&Definitief opschonen"))
        self.result_title.setText(self.tr("<b>Opgeschoond</b>"))

    # --- preview -------------------------------------------------------------------------------

    def _periods_edited(self) -> None:
        self.save_button.setEnabled(True)
        self.purge_button.setEnabled(False)  # the preview no longer matches the periods

    def save_periods(self) -> bool:
        settings = RetentionSettings(self.student_years.value(), self.melding_years.value())
        try:
            save_retention(self.office.sessions, self.office.actor, settings)
        except StageDeskError as exc:
            self._show_error(exc)
            return False
        self.save_button.setEnabled(False)
        return self.refresh()

    def refresh(self) -> bool:
        """Read the preview again (a read of a few queries, on the GUI thread)."""
        try:
            preview = retention.retention_preview(
                self.office.sessions, self.office.actor, today=self.today()
            )
        except StageDeskError as exc:
            self.preview = None
            self._show_error(exc)
            self._fill(None)
            return False
        self.message.hide()
        self.preview = preview
        self._fill(preview)
        return True

    def _fill(self, preview: RetentionPreview | None) -> None:
        # Students and meldingen always; the records that follow a student when there are any.
        kinds = [k for k in (preview.kinds if preview else ()) if k.count or k.kind in _ALWAYS]
        self.kinds_table.setRowCount(len(kinds))
        for row, kind in enumerate(kinds):
            self._row(self.kinds_table, row, texts.kind_label(kind.kind), str(kind.count),
                      texts.action_label(kind.action) if kind.count else "—")  # fmt: skip
        students = preview.students if preview else ()
        self.students_table.setRowCount(len(students))
        for row, due in enumerate(students):
            self._row(self.students_table, row, due.student_number,
                      texts.ended_label(due.ended), format_date(due.left_on))  # fmt: skip
        self.summary.setText(texts.summary(preview) if preview is not None else "")
        self.purge_button.setEnabled(preview is not None and not preview.empty)

    def _row(self, table: QTableWidget, row: int, *cells: str) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 1 and table is self.kinds_table:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)

    # --- confirm and purge -----------------------------------------------------------------------

    def to_confirm(self) -> None:
        if self.preview is None or self.preview.empty:
            return
        self.confirm_text.setText(texts.confirmation(self.preview))
        self.understood.setChecked(False)
        self.pages.setCurrentIndex(1)

    def start_purge(self) -> ProgressJob | None:
        if self.preview is None or self.running is not None:
            return None
        sessions, actor, preview = self.office.sessions, self.office.actor, self.preview

        def work(progress: Progress) -> PurgeResult:
            return retention.purge(
                sessions, actor, today=preview.today, expected=preview, progress=progress
            )

        self.running = ProgressJob(
            self, self.tr("Opschonen"), self.tr("Gegevens anonimiseren en verwijderen…"), work
        )
        self.running.job.succeeded.connect(self._purged)
        self.running.job.failed.connect(self._failed)
        self.running.job.cancelled.connect(self._cancelled)
        self.running.job.finished.connect(self._over)
        self.confirm_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.running.start()
        return self.running

    def _over(self) -> None:
        self.running = None
        self.back_button.setEnabled(True)

    def _purged(self, result: PurgeResult) -> None:
        self.result = result
        self.result_text.setText(texts.outcome(result))
        self.pages.setCurrentIndex(2)
        self.message.hide()
        self.purged.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.pages.setCurrentIndex(0)
        self.refresh()
        if isinstance(error, StageDeskError):
            self._show_error(error)
        else:
            self._show_text(
                fill(self.tr("Opschonen mislukt; er is niets gewijzigd. (%1)"), repr(error))
            )

    def _cancelled(self) -> None:
        self.pages.setCurrentIndex(0)
        self._show_text(self.tr("Opschonen geannuleerd; er is niets gewijzigd."))

    def _show_error(self, error: StageDeskError) -> None:
        self._show_text(texts.refusal(error))

    def _show_text(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def show_retention_dialog(
    office: Office, today: Callable[[], date], parent: QWidget | None = None
) -> RetentionDialog:
    dialog = RetentionDialog(office, today, parent)
    dialog.show()
    return dialog
