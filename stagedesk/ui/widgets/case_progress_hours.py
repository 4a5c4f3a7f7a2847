"""The "Voortgang" tab's hours: realised against required hours of the placement with a
progress bar, whether the student is behind schedule, the weeks (hours, sick, other absence),
and entering, changing and deleting a week as undoable steps (coordinators and the student's
mentor, as the services allow)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.hours import AbsenceKind, RequirementSource
from stagedesk.services import hours
from stagedesk.services.hours import HoursOverview, WeekView
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.hours_dialog import (
    EnteredWeek,
    HoursDialog,
    open_hours_import,
    placement_weeks,
)
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import case_progress_commands as commands
from stagedesk.ui.widgets import case_progress_labels as words

if TYPE_CHECKING:
    from stagedesk.ui.widgets.case_progress import ProgressPanel

_ID = Qt.ItemDataRole.UserRole


class HoursSection(QGroupBox):
    def __init__(self, panel: ProgressPanel) -> None:
        super().__init__()
        self.setObjectName("hoursSection")
        self.panel = panel
        self.overview: HoursOverview | None = None
        self.summary = QLabel()
        self.summary.setObjectName("hoursSummary")
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("hoursProgress")
        self.behind = QLabel()
        self.behind.setObjectName("hoursBehind")
        self.behind.setWordWrap(True)
        self.behind.setStyleSheet(f"color: {words.BAD_COLOUR};")
        self.list = QTreeWidget()
        self.list.setObjectName("hoursList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addHours")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editHours")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteHours")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importHours")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.behind)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda *_: self.edit_dialog())
        self.add_button.clicked.connect(self.add_dialog)
        self.edit_button.clicked.connect(self.edit_dialog)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_dialog)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Uren"))
        self.add_button.setText(self.tr("Week &invoeren…"))
        self.edit_button.setText(self.tr("W&ijzigen…"))
        self.delete_button.setText(self.tr("Verwijderen"))
        self.import_button.setText(self.tr("Importeren…"))
        self.list.setHeaderLabels(
            [self.tr("Week"), self.tr("Gewerkt"), self.tr("Ziek"), self.tr("Ander verzuim"),
             self.tr("Opmerking")]
        )  # fmt: skip
        self._fill()

    # --- reading ---------------------------------------------------------------------------------

    def read(self) -> None:
        placement = self.panel.current_placement()
        self.overview = None
        if placement is not None:
            ctx = self.panel.screen.context
            try:
                self.overview = hours.placement_hours(
                    ctx.sessions, ctx.actor, placement.id, today=ctx.today()
                )
                for week in self.overview.weeks:
                    self.panel.records.put((placement.id, week.week_start), week.id, week.version)
            except StageDeskError as exc:
                self.panel.screen.show_message(case_error(exc))
        self._fill()

    def _source(self, overview: HoursOverview) -> str:
        """Where the required hours come from (domain.hours.requirement)."""
        need = overview.requirement
        if need is None:
            return ""
        if need.source is RequirementSource.YEAR:
            where = fill(self.tr("opleiding, leerjaar %1"), need.year or 0)
        elif need.source is RequirementSource.PROGRAMME:
            where = self.tr("opleiding")
        else:
            where = self.tr("plaatsing")
        return " " + fill(self.tr("Vereist: %1 uur (%2)."), need.hours, where)

    def _fill(self) -> None:
        overview = self.overview
        placement = self.panel.current_placement()
        selected = self.selected()
        self.list.clear()
        if overview is None or placement is None:
            self.summary.setText(self.tr("Nog geen plaatsing: er zijn geen uren."))
            self.bar.hide()
            self.behind.hide()
            self._update_buttons()
            return
        p = overview.progress
        self.summary.setText(
            fill(
                self.tr("Bij %1: %2 van %3 uur gerealiseerd, %4 uur verwacht tot nu, %5 uur "
                        "afwezig (%6 van %7 weken voorbij)."),
                placement.company_name, words.hours(p.realised_hours * 60), p.required_hours,
                round(p.expected_hours), words.hours(p.absent_hours * 60),
                p.weeks_passed, p.weeks_total,
            ) + self._source(overview)
        )  # fmt: skip
        self.bar.show()
        self.bar.setRange(0, max(p.required_hours, 1))
        self.bar.setValue(min(round(p.realised_hours), p.required_hours))
        self.bar.setFormat(fill(self.tr("%1%"), round(p.fraction * 100)))
        self.behind.setVisible(overview.behind_schedule)
        self.behind.setText(
            fill(
                self.tr("Achter op schema: %1 uur minder gerealiseerd dan verwacht."),
                round(p.behind_hours),
            )
        )
        for week in reversed(overview.weeks):
            sick = week.absent_minutes if week.absence_kind is AbsenceKind.SICK else 0
            other = week.absent_minutes if week.absence_kind is AbsenceKind.OTHER else 0
            item = QTreeWidgetItem(
                [
                    words.week_label(week.week_start),
                    words.hours(week.worked_minutes),
                    words.hours(sick) if sick else "",
                    words.hours(other) if other else "",
                    week.note or "",
                ]
            )
            item.setData(0, _ID, week.id.hex)
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if sick or other:
                item.setForeground(2 if sick else 3, QBrush(QColor(words.WARN_COLOUR)))
            self.list.addTopLevelItem(item)
            if selected is not None and week.id == selected.id:
                self.list.setCurrentItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def selected(self) -> WeekView | None:
        item = self.list.currentItem()
        if item is None or self.overview is None:
            return None
        wanted = item.data(0, _ID)
        return next((w for w in self.overview.weeks if w.id.hex == wanted), None)

    def _update_buttons(self) -> None:
        has = self.overview is not None and self.panel.current_placement() is not None
        self.add_button.setEnabled(has)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        case = self.panel.screen.case
        self.import_button.setVisible(case is not None and case.may_edit)

    # --- changing --------------------------------------------------------------------------------

    def _save(self, before: WeekView | None, entered: EnteredWeek) -> None:
        placement = self.panel.current_placement()
        assert placement is not None
        ctx = self.panel.screen.context
        after = hours.record_week(
            ctx.sessions, ctx.actor, placement.id, entered.week_start, entered.worked_minutes,
            absent_minutes=entered.absent_minutes, absence_kind=entered.absence_kind,
            note=entered.note, version=before.version if before else None, today=ctx.today(),
        )  # fmt: skip
        self.panel.push(commands.entered_week(ctx, self.panel.records, placement.id, before, after))

    def add_dialog(self) -> None:
        s = self.panel.screen
        placement = self.panel.current_placement()
        if placement is None or self.overview is None:
            return
        entered = {w.week_start for w in self.overview.weeks}
        last = placement.ended_early_on or placement.end
        weeks = [w for w in placement_weeks(placement.start, last, s.today()) if w not in entered]
        if not weeks:
            s.show_message(self.tr("Alle weken van deze plaatsing die begonnen zijn, hebben uren."))
            return
        dialog = HoursDialog(
            None, weeks, placement.hours_per_week, lambda e: self._save(None, e), s
        )
        s.open_dialog(dialog)

    def edit_dialog(self) -> None:
        s = self.panel.screen
        week = self.selected()
        placement = self.panel.current_placement()
        if week is None or placement is None:
            return
        dialog = HoursDialog(
            week, [week.week_start], placement.hours_per_week, lambda e: self._save(week, e), s
        )
        s.open_dialog(dialog)

    def delete_selected(self) -> None:
        s, ctx = self.panel.screen, self.panel.screen.context
        week = self.selected()
        placement = self.panel.current_placement()
        if week is None or placement is None:
            return
        try:
            gone = hours.delete_week(ctx.sessions, ctx.actor, week.id, week.version)
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return
        # Undoable (Ctrl+Z), so no "are you sure?".
        self.panel.push(commands.entered_week(ctx, self.panel.records, placement.id, gone, None))

    def import_dialog(self) -> None:
        """An hours file of this student (from the company or the student): checked first,
        imported whole when it is clean."""
        s, ctx = self.panel.screen, self.panel.screen.context
        try:
            dialog = open_hours_import(
                ctx.sessions, ctx.actor, ctx.today(), s, student_id=ctx.student_id
            )
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return
        if dialog is None:
            return

        def after() -> None:
            s.show_message("")
            s.reload()
            s.changed.emit(s.key)

        s.open_dialog(dialog, after)
