"""The "Voortgang" tab's prerequisites: what the student's programme or sector requires, the
student's status of each (missing and expired in words and in red), what that means for the
current or next placement (refused or warned, per the school's setting), and setting or
clearing a record as an undoable step."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.prerequisites import PrerequisiteMode, PrerequisiteStatus, add_months
from stagedesk.services import prerequisites
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.prerequisites import StudentPrerequisiteView
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.prerequisite_dialog import PrerequisiteDialog, PrerequisiteRecord
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import case_progress_commands as commands
from stagedesk.ui.widgets import case_progress_labels as words

if TYPE_CHECKING:
    from stagedesk.ui.widgets.case_progress import ProgressPanel

_ID = Qt.ItemDataRole.UserRole


def check_day(placement: PlacementView | None, today: date) -> date:
    """The day the prerequisites must hold: a coming placement's start, else today."""
    if placement is not None and placement.start > today:
        return placement.start
    return today


class PrerequisiteSection(QGroupBox):
    def __init__(self, panel: ProgressPanel) -> None:
        super().__init__()
        self.setObjectName("prerequisiteSection")
        self.panel = panel
        self.views: list[StudentPrerequisiteView] = []
        self.validity: dict[object, int | None] = {}
        self.mode = PrerequisiteMode.REFUSE
        self.day = date.today()
        self.list = QTreeWidget()
        self.list.setObjectName("prerequisiteList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("prerequisiteVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.set_button = QPushButton()
        self.set_button.setObjectName("setPrerequisite")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearPrerequisite")
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda *_: self.set_dialog())
        self.set_button.clicked.connect(self.set_dialog)
        self.clear_button.clicked.connect(self.clear_selected)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Voorwaarden vóór de bpv"))
        self.set_button.setText(self.tr("Vastleggen…"))
        self.clear_button.setText(self.tr("Wissen"))
        self.list.setHeaderLabels(
            [self.tr("Voorwaarde"), self.tr("Status"), self.tr("Behaald"), self.tr("Verloopt")]
        )
        self._fill()

    # --- reading ---------------------------------------------------------------------------------

    def read(self) -> None:
        ctx = self.panel.screen.context
        self.day = check_day(self.panel.current_placement(), ctx.today())
        try:
            self.views = prerequisites.student_prerequisites(
                ctx.sessions, ctx.actor, ctx.student_id, on=self.day, today=ctx.today()
            )
            self.validity = {
                r.id: r.validity_months for r in prerequisites.requirements(ctx.sessions, ctx.actor)
            }
            self.mode = prerequisites.prerequisite_mode(ctx.sessions)
            for view in self.views:
                self.panel.records.put(view.requirement_id, view.record_id, view.record_version)
        except StageDeskError as exc:
            self.views = []
            self.panel.screen.show_message(case_error(exc))
        self._fill()

    def _status(self, view: StudentPrerequisiteView) -> tuple[str, str]:
        """The status in words and its colour."""
        if view.holds:
            return words.prerequisite_status(view.status), words.OK_COLOUR
        if view.status is None:
            return self.tr("ontbreekt"), words.BAD_COLOUR
        if view.status is PrerequisiteStatus.REQUESTED or view.obtained_on is None:
            return words.prerequisite_status(view.status), words.WARN_COLOUR
        if view.obtained_on > self.day:
            return self.tr("nog niet geldig"), words.WARN_COLOUR
        return self.tr("verlopen"), words.BAD_COLOUR

    def _fill(self) -> None:
        selected = self.selected()
        self.list.clear()
        for view in self.views:
            status, colour = self._status(view)
            item = QTreeWidgetItem(
                [
                    view.name,
                    status,
                    format_date(view.obtained_on) if view.obtained_on else "",
                    format_date(view.expires_on) if view.expires_on else "",
                ]
            )
            item.setData(0, _ID, view.requirement_id.hex)
            item.setForeground(1, QBrush(QColor(colour)))
            problem = words.prerequisite_problem(view, self.day)
            for column in range(4):
                item.setToolTip(column, problem or (view.note or ""))
            self.list.addTopLevelItem(item)
            if selected is not None and view.requirement_id == selected.requirement_id:
                self.list.setCurrentItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.verdict.setText(self._verdict())
        self._update_buttons()

    def _verdict(self) -> str:
        if not self.views:
            return html.escape(self.tr("Voor deze opleiding gelden geen voorwaarden."))
        placement = self.panel.current_placement()
        today = self.panel.screen.today()
        problems = [words.prerequisite_problem(v, self.day) for v in self.views if not v.holds]
        coming = placement is not None and placement.start > today
        running = (
            placement is not None
            and placement.start <= today
            and (placement.ended_early_on or placement.end) >= today
        )
        if placement is not None and coming:
            where = fill(
                self.tr("de plaatsing bij %1 (begin %2)"),
                placement.company_name,
                format_date(placement.start),
            )
        elif placement is not None and running:
            where = fill(self.tr("de lopende bpv bij %1"), placement.company_name)
        else:
            where = fill(self.tr("een nieuwe plaatsing vanaf vandaag (%1)"), format_date(self.day))
        if not problems:
            text = fill(self.tr("In orde voor %1."), where)
            return f'<span style="color: {words.OK_COLOUR}">{html.escape(text)}</span>'
        if running:
            head = fill(self.tr("Nu niet in orde voor %1:"), where)
        elif self.mode is PrerequisiteMode.REFUSE:
            head = fill(self.tr("Blokkeert %1:"), where)
        else:
            head = fill(self.tr("Waarschuwing voor %1:"), where)
        text = f"{head} {'; '.join(problems)}."
        return f'<span style="color: {words.BAD_COLOUR}">{html.escape(text)}</span>'

    def selected(self) -> StudentPrerequisiteView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, _ID)
        return next((v for v in self.views if v.requirement_id.hex == wanted), None)

    def _may_edit(self) -> bool:
        case = self.panel.screen.case
        return case is not None and case.may_edit

    def _update_buttons(self) -> None:
        view = self.selected()
        may = self._may_edit()
        self.set_button.setEnabled(may and view is not None)
        self.clear_button.setEnabled(may and view is not None and view.record_id is not None)
        for button in (self.set_button, self.clear_button):
            button.setVisible(may)

    # --- changing --------------------------------------------------------------------------------

    def own_expiry(self, view: StudentPrerequisiteView) -> date | None:
        """The expiry recorded with the record (the view also shows one that follows from the
        requirement's validity period)."""
        if view.expires_on is None or view.obtained_on is None:
            return view.expires_on
        months = self.validity.get(view.requirement_id)
        if months is not None and add_months(view.obtained_on, months) == view.expires_on:
            return None
        return view.expires_on

    def _old(self, view: StudentPrerequisiteView) -> PrerequisiteRecord | None:
        if view.record_id is None or view.status is None:
            return None
        return PrerequisiteRecord(view.status, view.obtained_on, self.own_expiry(view), view.note)

    def set_dialog(self) -> None:
        s, ctx = self.panel.screen, self.panel.screen.context
        view = self.selected()
        if view is None or not self._may_edit():
            return

        def save(record: PrerequisiteRecord) -> None:
            after = prerequisites.set_student_prerequisite(
                ctx.sessions, ctx.actor, ctx.student_id, view.requirement_id, record.status,
                obtained_on=record.obtained_on, expires_on=record.expires_on, note=record.note,
                version=self.panel.records.version(view.requirement_id), today=ctx.today(),
            )  # fmt: skip
            step = commands.set_prerequisite(
                ctx, self.panel.records, view.requirement_id, self._old(view), after, record
            )
            self.panel.push(step)

        dialog = PrerequisiteDialog(view, self.own_expiry(view), ctx.today(), save, s)
        s.open_dialog(dialog)

    def clear_selected(self) -> None:
        s, ctx = self.panel.screen, self.panel.screen.context
        view = self.selected()
        if view is None or view.record_id is None or view.record_version is None:
            return
        try:
            prerequisites.clear_student_prerequisite(
                ctx.sessions, ctx.actor, view.record_id, view.record_version
            )
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return
        cleared = StudentPrerequisiteView(
            view.requirement_id, view.name, None, None, None, None, None, None, False, None
        )
        self.panel.push(
            commands.set_prerequisite(
                ctx, self.panel.records, view.requirement_id, self._old(view), cleared, None
            )
        )
