"""The case file's "Bezoeken" tab: a placement's supervision visits, and the buttons that
plan, move and log them.

Each button opens a dialog whose save calls ``services.visits``; afterwards the case is read
again and the window told (``CaseFileScreen.changed``): a visit with concerns puts the
student on the attention list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import visits
from stagedesk.services.actor import StaffChoice
from stagedesk.services.cases import CaseFile
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.timeline import TimelineKind
from stagedesk.services.visit_people import visitor_choices
from stagedesk.services.visit_views import VisitView
from stagedesk.ui import company_labels
from stagedesk.ui.case_commands import Step
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.visit_conflict import log_or_settle
from stagedesk.ui.dialogs.visit_dialog import PlannedVisit, PlanVisitDialog
from stagedesk.ui.dialogs.visit_dialog_log import LoggedVisit, LogVisitDialog
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import visit_commands as commands
from stagedesk.ui.widgets import visit_labels
from stagedesk.ui.widgets.placement_choice import PlacementChoice
from stagedesk.ui.widgets.visit_printing import VisitPrinting

if TYPE_CHECKING:
    from stagedesk.ui.screens.case_file import CaseFileScreen

_ID = Qt.ItemDataRole.UserRole


class CaseSideTabs(QTabWidget):
    """Beside the timeline: the overview and the visits, then any further panels, as tabs.

    Another tab is one line in the case screen: ``side.add_panel(widget, title)`` where
    ``title()`` gives the tab's (translated) text; a panel with ``show_case(case)`` is given
    every case read through ``show_case``.
    """

    def __init__(self, overview: QWidget, visits_panel: VisitPanel) -> None:
        super().__init__()
        self.setObjectName("caseSide")
        self.setDocumentMode(True)
        self._titles: list[Callable[[], str]] = []
        self.addTab(overview, "")
        self.addTab(visits_panel, "")
        self.retranslate()

    def add_panel(self, panel: QWidget, title: Callable[[], str]) -> None:
        self._titles.append(title)
        self.addTab(panel, title())

    def show_case(self, case: CaseFile) -> None:
        """Hand the case just read to the added panels that show one."""
        for index in range(2, self.count()):
            show = getattr(self.widget(index), "show_case", None)
            if callable(show):
                show(case)

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Overzicht"))
        self.setTabText(1, self.tr("Bezoeken"))
        for index, title in enumerate(self._titles, start=2):
            self.setTabText(index, title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class VisitPanel(QWidget):
    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__()
        self.setObjectName("visitPanel")
        self.screen = screen
        self.visits: tuple[VisitView, ...] = ()
        self._stale = False
        self.placement = PlacementChoice(early_end=False)
        self.placement.setObjectName("visitPlacement")
        self.placement_label = QLabel()
        self.placement_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("visitList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planVisit")
        self.move_button = QPushButton()
        self.move_button.setObjectName("moveVisit")
        self.log_button = QPushButton()
        self.log_button.setObjectName("logVisit")
        self.printing = VisitPrinting(self)
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.move_button, self.log_button, self.printing.button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placement)
        layout.addWidget(self.placement_label)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.placement.currentIndexChanged.connect(lambda _i: self._read_visits())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda *_: self.log_dialog())
        self.plan_button.clicked.connect(self.plan_dialog)
        self.move_button.clicked.connect(self.move_dialog)
        self.log_button.clicked.connect(self.log_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.plan_button.setText(self.tr("&Bezoek plannen…"))
        self.move_button.setText(self.tr("Bezoe&k verzetten…"))
        self.log_button.setText(self.tr("Bezoek vastle&ggen…"))
        self.printing.retranslate()
        self.list.setHeaderLabels(
            [self.tr("Datum"), self.tr("Soort"), self.tr("Vorm"), self.tr("Begeleider"),
             self.tr("Status")]
        )  # fmt: skip
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing ---------------------------------------------------------------------------------

    def show_case(self, case: CaseFile) -> None:
        """The case was read (again): list its placements, keep the one chosen."""
        self.placement.set_placements(
            case.placements, self.screen.current_placement(), self.tr("%1 (%2 t/m %3)")
        )
        # Read when the tab is looked at: opening a case costs no visit query.
        self._stale = True
        if self.isVisible():
            self._read_visits()

    def current_placement(self) -> PlacementView | None:
        return self.placement.current()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._read_visits()

    def _read_visits(self) -> None:
        self._stale = False
        placement = self.current_placement()
        self.visits = ()
        if placement is not None:
            ctx = self.screen.context
            try:
                self.visits = visits.placement_visits(
                    ctx.sessions, ctx.actor, placement.id, today=ctx.today()
                )
            except StageDeskError as exc:
                self.screen.show_message(case_error(exc))
        self._fill()

    def _fill(self) -> None:
        placement = self.current_placement()
        if placement is None:
            self.placement_label.setText(self.tr("Nog geen plaatsing: er zijn geen bezoeken."))
        elif not self.visits:
            self.placement_label.setText(
                fill(self.tr("Nog geen bezoeken bij %1."), placement.company_name)
            )
        else:
            self.placement_label.setText(fill(self.tr("Bezoeken bij %1"), placement.company_name))
        selected = self.selected_visit()
        self.list.clear()
        red = QBrush(QColor(visit_labels.OVERDUE_COLOUR))
        for visit in self.visits:
            item = QTreeWidgetItem(
                [
                    visit_labels.when(visit),
                    company_labels.visit_type(visit.visit_type),
                    visit_labels.visit_mode(visit.mode),
                    visit.mentor_name or "",
                    visit_labels.status(visit),
                ]
            )
            item.setData(0, _ID, visit.id.hex)  # text: no Python object inside Qt
            if visit.overdue or visit.open_concerns:
                for column in range(item.columnCount()):
                    item.setForeground(column, red)
            self.list.addTopLevelItem(item)
            if selected is not None and visit.id == selected.id:
                self.list.setCurrentItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def selected_visit(self) -> VisitView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, _ID)
        return next((v for v in self.visits if v.id.hex == wanted), None)

    def visit_to_log(self) -> VisitView | None:
        """The selected visit unless cancelled, else the first one still planned."""
        selected = self.selected_visit()
        if selected is not None:
            return selected if selected.status is not VisitStatus.CANCELLED else None
        return next((v for v in self.visits if v.status is VisitStatus.PLANNED), None)

    def _update_buttons(self) -> None:
        has_placement = self.current_placement() is not None
        self.plan_button.setEnabled(has_placement)
        selected = self.selected_visit()
        self.move_button.setEnabled(selected is not None and selected.status is VisitStatus.PLANNED)
        self.log_button.setEnabled(self.visit_to_log() is not None)
        self.printing.update()

    # --- the dialogs -----------------------------------------------------------------------------

    def _mentors(self) -> list[StaffChoice]:
        return visitor_choices(self.screen.context.sessions)

    def _next_type(self) -> VisitType:
        held_or_planned = {
            v.visit_type for v in self.visits if v.status is not VisitStatus.CANCELLED
        }
        return next(
            (t for t in (VisitType.START, VisitType.MIDTERM, VisitType.FINAL)
             if t not in held_or_planned),
            VisitType.EXTRA,
        )  # fmt: skip

    def _push(self, step: Step, view: VisitView) -> None:
        """An undoable step (Ctrl+Z): the stack reads the case again and tells the window."""
        self.screen.push([step], TimelineKind.VISIT, view.id)
        self.select_visit(view.id)

    def _after_change(self) -> None:
        s = self.screen
        s.show_message("")
        s.reload()
        s.changed.emit(s.key)

    def plan_dialog(self) -> None:
        s, ctx = self.screen, self.screen.context
        placement = self.current_placement()
        if placement is None or s.case is None:
            return

        def save(planned: PlannedVisit) -> None:
            view = visits.plan_visit(
                ctx.sessions, ctx.actor, placement.id, planned.visit_type, planned.planned_on,
                planned_time=planned.planned_time, mentor_id=planned.mentor_id,
                mode=planned.mode, today=ctx.today(),
            )  # fmt: skip
            self._push(commands.planned_visit(ctx, view), view)

        dialog = PlanVisitDialog(
            None, self._mentors(), s.case.header.mentor_id, ctx.today(), save,
            visit_type=self._next_type(), parent=s,
        )  # fmt: skip
        s.open_dialog(dialog)

    def move_dialog(self) -> None:
        s, ctx = self.screen, self.screen.context
        visit = self.selected_visit()
        if visit is None or visit.status is not VisitStatus.PLANNED:
            return

        def save(planned: PlannedVisit) -> None:
            after = visits.reschedule_visit(
                ctx.sessions, ctx.actor, visit.id, visit.version, planned.planned_on,
                planned_time=planned.planned_time, mentor_id=planned.mentor_id,
                mode=planned.mode, today=ctx.today(),
            )  # fmt: skip
            self._push(commands.moved_visit(ctx, visit, after), after)

        dialog = PlanVisitDialog(visit, self._mentors(), None, ctx.today(), save, parent=s)
        s.open_dialog(dialog)

    def log_dialog(self) -> None:
        s, ctx = self.screen, self.screen.context
        visit = self.visit_to_log()
        if visit is None:
            return
        try:
            report = visits.read_visit(ctx.sessions, ctx.actor, visit.id, today=ctx.today())
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return

        def save(logged: LoggedVisit) -> None:
            next_visit = None
            if logged.next_visit is not None:
                next_visit = visits.NextVisit(
                    logged.next_visit.visit_type,
                    logged.next_visit.planned_on,
                    logged.next_visit.planned_time,
                    logged.mode,
                )

            def log(version: int) -> object:
                return visits.log_visit(
                    ctx.sessions, ctx.actor, visit.id, version, logged.held_on,
                    answers=logged.answers, notes=logged.notes,
                    agreed_actions=logged.agreed_actions, concerns=logged.concerns,
                    mode=logged.mode, next_visit=next_visit, today=ctx.today(),
                )  # fmt: skip

            # Saved by someone else meanwhile: both versions, and the user's choice.
            what = fill(self.tr("Het bezoek bij %1"), report.visit.company_name)
            log_or_settle(s.dialog, what, logged, report.visit.version, log)

        s.open_dialog(LogVisitDialog(report, ctx.today(), save, s), self._after_change)

    def select_visit(self, visit_id: uuid.UUID) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, _ID) == visit_id.hex:
                self.list.setCurrentItem(item)
                return
