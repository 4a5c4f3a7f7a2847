"""A student's case file as a tab: header, warnings, the actions, the timeline and an overview.

The screen reads the case through ``services.cases.open_case`` and changes it only through
``ui.case_actions`` and ``ui.case_edits`` (dialogs that call the services, then ``push`` the
steps as a QUndoCommand on ``undo_stack``).
After every step on the stack (an edit, an undo, a redo) the case is read again and
``changed`` tells the window, which refreshes the student's line in the list.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain import applications as machine
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied, StageDeskError
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.cases import CaseFile, NoteView, open_case
from stagedesk.services.office import Office
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.timeline import TimelineEntry, TimelineKind
from stagedesk.ui import case_texts
from stagedesk.ui.case_actions import CaseActions
from stagedesk.ui.case_commands import CaseCommand, CaseContext, Step
from stagedesk.ui.dialogs.form import MESSAGE_STYLE
from stagedesk.ui.widgets.case_header import CaseHeader
from stagedesk.ui.widgets.case_matching import MatchingPanel
from stagedesk.ui.widgets.case_overview import CaseOverview
from stagedesk.ui.widgets.case_progress import ProgressPanel
from stagedesk.ui.widgets.timeline_view import TimelineView
from stagedesk.ui.widgets.visit_panel import CaseSideTabs, VisitPanel

_WARNING_STYLE = (
    "QLabel { background: #fff8e1; color: #4e3b00; border: 1px solid #ffe082;"
    " border-radius: 4px; padding: 6px 8px; }"
)
_PLACEMENT_KINDS = (TimelineKind.PLACEMENT, TimelineKind.POK)


class CaseFileScreen(QWidget):
    """One student's case; ``changed`` carries the student's key after every step."""

    changed = Signal(str)

    def __init__(
        self,
        office: Office,
        student_id: uuid.UUID,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFile")
        self.context = CaseContext(office, student_id, today)
        self.undo_stack = QUndoStack(self)
        self.case: CaseFile | None = None
        self.dialog: QDialog | None = None  # the open dialog, if any (tests reach it here)
        self._clearing = False

        self.header = CaseHeader()
        self.warnings = QLabel()
        self.warnings.setObjectName("caseWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.hide()
        self.message = QLabel()
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self.timeline = TimelineView()
        self.overview = CaseOverview()
        self.visits = VisitPanel(self)
        self.side = CaseSideTabs(self.overview, self.visits)
        self.progress = ProgressPanel(self)
        self.side.add_panel(self.progress, lambda: self.tr("Voortgang"))
        self.matching = MatchingPanel(self)
        self.side.add_panel(self.matching, lambda: self.tr("Voorstellen"))
        self.case_actions = CaseActions(self)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in self.case_actions.buttons():
            bar.addWidget(button)
        bar.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.timeline.entry_selected.connect(lambda _entry: self.case_actions.update())
        self.timeline.entry_activated.connect(self.case_actions.open_entry)
        self.undo_stack.indexChanged.connect(self._after_step)
        self.reload()
        # The overview's two columns (caption, value) need about 400 px not to wrap dates.
        self.splitter.setSizes([900, 420])

    # --- what the window asks --------------------------------------------------------------------

    @property
    def office(self) -> Office:
        return self.context.office

    @property
    def student_id(self) -> uuid.UUID:
        return self.context.student_id

    @property
    def key(self) -> str:
        return self.context.student_id.hex

    def title(self) -> str:
        return self.case.header.name if self.case else self.key

    def today(self) -> date:
        return self.context.today()

    def reload(self) -> bool:
        """Read the case again and show it; False (with the reason shown) when it cannot."""
        try:
            case = open_case(
                self.context.sessions, self.context.actor, self.student_id, today=self.today()
            )
        except PermissionDenied:
            self.show_message(self.tr("Uw rol geeft geen toegang tot dit dossier."))
            self.case_actions.update()
            return False
        except StageDeskError as exc:
            self.show_message(case_texts.case_error(exc))
            self.case_actions.update()
            return False
        self.case = case
        self.context.read(case)
        self.overview.breakoffs = self.case_actions.breakoff.read(case)
        today = self.today()
        self.header.show_case(case, today)
        self.overview.show_case(case, today)
        self.visits.show_case(case)
        self.side.show_case(case)
        self.timeline.set_entries(case.timeline)
        # Proposals are in the timeline for those who may edit (coordinators, admins) only.
        self.timeline.kind_boxes[TimelineKind.PROPOSAL].setVisible(case.may_edit)
        self._show_warnings(case)
        self.case_actions.update()
        return True

    def refresh(self) -> None:
        self.reload()

    def show_message(self, text: str) -> None:
        """The one place in the case where a refusal outside a dialog is shown."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- what the actions ask --------------------------------------------------------------------

    def selected_entry(self) -> TimelineEntry | None:
        return self.timeline.selected_entry()

    def application(self, application_id: uuid.UUID) -> ApplicationView | None:
        if self.case is None:
            return None
        return next((a for a in self.case.applications if a.id == application_id), None)

    def placement(self, placement_id: uuid.UUID) -> PlacementView | None:
        if self.case is None:
            return None
        return next((p for p in self.case.placements if p.id == placement_id), None)

    def note(self, note_id: uuid.UUID) -> NoteView | None:
        if self.case is None:
            return None
        return next((n for n in self.case.notes if n.id == note_id), None)

    def selected_application(self) -> ApplicationView | None:
        entry = self.selected_entry()
        if entry is not None and entry.kind is TimelineKind.APPLICATION:
            return self.application(entry.entity_id)
        return None

    def application_to_move(self) -> ApplicationView | None:
        """The selected application, else the one changed last that is still open."""
        selected = self.selected_application()
        if selected is not None or self.case is None:
            return selected
        return next((a for a in self.case.applications if not machine.is_terminal(a.status)), None)

    def selected_placement(self) -> PlacementView | None:
        entry = self.selected_entry()
        if entry is not None and entry.kind in _PLACEMENT_KINDS:
            return self.placement(entry.entity_id)
        return None

    def current_placement(self) -> PlacementView | None:
        """The placement of the selected entry, else the running or coming one, else the
        latest."""
        selected = self.selected_placement()
        if selected is not None:
            return selected
        if self.case is None or not self.case.placements:
            return None
        today = self.today()
        live = [
            p
            for p in self.case.placements
            if p.end >= today and (p.ended_early_on is None or p.ended_early_on > today)
        ]
        return live[0] if live else self.case.placements[0]

    def selected_note(self) -> NoteView | None:
        entry = self.selected_entry()
        if entry is not None and entry.kind is TimelineKind.NOTE:
            return self.note(entry.entity_id)
        return None

    def own_note(self, note: NoteView) -> bool:
        return note.author_id == self.context.actor.staff_id

    # --- what the actions do ---------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog, after: Callable[[], None] | None = None) -> None:
        """Show ``dialog`` without blocking (tests reach it as ``dialog``); ``after`` runs when
        it was accepted."""
        self.dialog = dialog
        if after is not None:
            dialog.accepted.connect(after)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def push(
        self, steps: list[Step], kind: TimelineKind, entity: uuid.UUID, text: str = ""
    ) -> None:
        """Put an edit already made on the undo stack as one command and select its entry."""
        self.show_message("")
        self.undo_stack.push(CaseCommand(self.context, steps, text))
        self.timeline.select_first(kind, entity)

    # --- after each step -------------------------------------------------------------------------

    def _after_step(self, _index: int) -> None:
        failure, self.context.failure = self.context.failure, None
        if failure is not None:
            self.show_message(case_texts.undo_failed(failure))
            if isinstance(failure, Conflict | NotFound) and not self._clearing:
                # Other steps may rest on what someone else changed: start a fresh history
                # (after the stack has finished the step that failed).
                self._clearing = True
                QTimer.singleShot(0, self._clear_history)
        self.reload()
        self.changed.emit(self.key)

    def _clear_history(self) -> None:
        self.undo_stack.clear()
        self._clearing = False

    def _show_warnings(self, case: CaseFile) -> None:
        today = self.today()
        lines = [
            case_texts.warning_text(item, p.company_name)
            for p in case.placements
            if p.end >= today and (p.ended_early_on is None or p.ended_early_on > today)
            for item in p.warnings
        ]
        self.warnings.setText("<br>".join(f"⚠ {html.escape(line)}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def warning_lines(self) -> list[str]:
        """The warnings strip, one warning a line (for tests)."""
        if self.warnings.isHidden():
            return []
        return [html.unescape(line)[2:] for line in self.warnings.text().split("<br>")]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.case is not None:
            self.header.show_case(self.case, self.today())
            self._show_warnings(self.case)
            self.case_actions.retranslate()
        super().changeEvent(event)
