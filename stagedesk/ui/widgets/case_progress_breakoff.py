"""Breaking off the current placement from the case file, as an undoable step, and recording
the conversation about it afterwards.

``BreakoffActions`` gives the case's button bar two buttons: "Stage afbreken…" on the current
placement (coordinators, a placement that has begun and was not broken off) and "Gesprek
vastleggen…" on a broken-off placement. Breaking off is undone by ``undo_breakoff`` (the
placement runs again) and redone by breaking it off again with the same facts. Recording the
conversation is not a step: it is corrected by recording it again (like logging a visit).
The break-offs of the case are read only when a placement ended early, so opening an ordinary
case costs no query.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from stagedesk.domain.errors import StageDeskError
from stagedesk.services import breakoff as service
from stagedesk.services.breakoff import BreakoffView
from stagedesk.services.cases import CaseFile
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.timeline import TimelineKind
from stagedesk.ui.case_commands import CaseContext, Step
from stagedesk.ui.dialogs.breakoff_dialog import (
    Breakoff,
    BreakoffDialog,
    Conversation,
    ConversationDialog,
)

if TYPE_CHECKING:
    from stagedesk.ui.screens.case_file import CaseFileScreen


def broke_off(
    ctx: CaseContext, placement_id: uuid.UUID, facts: Breakoff, view: BreakoffView
) -> Step:
    """The step of a break-off just made (``view``): undo takes it back, redo makes it again."""
    ctx.remember(view)
    current = [view]  # a redo makes a new break-off record, with its own id

    def forward() -> None:
        talk = facts.conversation
        made = service.break_off(
            ctx.sessions, ctx.actor, placement_id, ctx.version(placement_id),
            ended_on=facts.ended_on, reason=facts.reason, decided_by=facts.decided_by,
            conversation_on=talk.held_on if talk else None,
            conversation_summary=talk.summary if talk else None, today=ctx.today(),
        )  # fmt: skip
        ctx.remember(made)
        current[0] = made

    def backward() -> None:
        gone = current[0]
        service.undo_breakoff(
            ctx.sessions, ctx.actor, gone.id, ctx.version(gone.id), today=ctx.today()
        )
        ctx.forget(gone.id)

    return Step(QCoreApplication.translate("lifecycle", "stage afbreken"), forward, backward)


class BreakoffActions(QObject):
    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.by_placement: dict[uuid.UUID, BreakoffView] = {}
        self.break_off = QPushButton()
        self.break_off.setObjectName("breakOff")
        self.break_off.clicked.connect(self.breakoff_dialog)
        self.conversation = QPushButton()
        self.conversation.setObjectName("recordConversation")
        self.conversation.clicked.connect(self.conversation_dialog)
        self.retranslate()

    def buttons(self) -> list[QPushButton]:
        return [self.break_off, self.conversation]

    def retranslate(self) -> None:
        self.break_off.setText(self.tr("Stage af&breken…"))
        self.conversation.setText(self.tr("Gesprek &vastleggen…"))

    def read(self, case: CaseFile) -> dict[uuid.UUID, BreakoffView]:
        """The case's break-offs by placement (read only when a placement ended early)."""
        self.by_placement = {}
        if any(p.ended_early_on is not None for p in case.placements):
            ctx = self.screen.context
            try:
                found = service.student_breakoffs(ctx.sessions, ctx.actor, case.header.student_id)
            except StageDeskError:
                found = []  # the overview then shows the end date only
            for view in found:
                ctx.remember(view)
                self.by_placement[view.placement_id] = view
        return self.by_placement

    def _placement(self) -> PlacementView | None:
        return self.screen.current_placement()

    def update(self) -> None:
        s = self.screen
        may_edit = s.case is not None and s.case.may_edit
        placement = self._placement()
        today = s.today()
        breakable = (
            placement is not None
            and placement.ended_early_on is None
            and placement.start <= today
            and placement.start < placement.end
        )
        self.break_off.setVisible(may_edit and breakable)
        self.break_off.setToolTip(placement.company_name if placement and breakable else "")
        view = self.by_placement.get(placement.id) if placement is not None else None
        self.conversation.setVisible(may_edit and view is not None)
        if view is not None:
            self.conversation.setText(
                self.tr("Gesprek &vastleggen…")
                if view.conversation_on is None
                else self.tr("Gesprek &wijzigen…")
            )

    def breakoff_dialog(self) -> None:
        s, ctx = self.screen, self.screen.context
        placement = self._placement()
        if placement is None or placement.ended_early_on is not None:
            return

        def save(facts: Breakoff) -> None:
            talk = facts.conversation
            view = service.break_off(
                ctx.sessions, ctx.actor, placement.id, ctx.version(placement.id),
                ended_on=facts.ended_on, reason=facts.reason, decided_by=facts.decided_by,
                conversation_on=talk.held_on if talk else None,
                conversation_summary=talk.summary if talk else None, today=ctx.today(),
            )  # fmt: skip
            step = broke_off(ctx, placement.id, facts, view)
            s.push([step], TimelineKind.PLACEMENT, placement.id)

        s.open_dialog(BreakoffDialog(placement, ctx.today(), save, s))

    def conversation_dialog(self) -> None:
        s, ctx = self.screen, self.screen.context
        placement = self._placement()
        view = self.by_placement.get(placement.id) if placement is not None else None
        if view is None:
            return

        def save(talk: Conversation) -> None:
            after = service.record_conversation(
                ctx.sessions, ctx.actor, view.id, ctx.version(view.id), talk.held_on,
                talk.summary, today=ctx.today(),
            )  # fmt: skip
            ctx.remember(after)

        def after() -> None:
            s.show_message("")
            s.reload()
            s.changed.emit(s.key)

        dialog = ConversationDialog(
            view.company_name, view.conversation_on, view.conversation_summary, ctx.today(),
            save, s,
        )  # fmt: skip
        s.open_dialog(dialog, after)
