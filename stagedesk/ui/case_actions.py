"""The buttons of a case file and what they do: open a dialog, call the service, push the step.

Each action calls the service itself (a refusal shows in the dialog and nothing is pushed),
then pushes the matching steps of ``ui.case_commands`` on the case's undo stack; the stack
tells the screen to read the case again. Which application, placement or note an action works
on follows the selection in the timeline (``CaseFileScreen`` works it out). Changing and
deleting what the case holds (a placement's period, an application, a placement) are the
buttons of ``ui.case_edits``, shown in this bar.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from stagedesk.domain import applications as machine
from stagedesk.domain.enums import ApplicationStatus, PokStatus, RejectionReason
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import applications, cases, placements
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.company_search import CompanyChoice
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.proposals import PlacementProposal
from stagedesk.services.settings import load_settings
from stagedesk.services.timeline import TimelineEntry, TimelineKind
from stagedesk.ui import case_commands as commands
from stagedesk.ui.case_edits import CaseEdits
from stagedesk.ui.case_printing import CasePrinting
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.application_dialogs import (
    AddApplicationDialog,
    NewApplication,
    StatusDialog,
)
from stagedesk.ui.dialogs.note_dialog import NoteDialog
from stagedesk.ui.dialogs.placement_dialogs import (
    Allowance,
    AllowanceDialog,
    NewPlacement,
    PlacementDialog,
)
from stagedesk.ui.dialogs.pok_dialog import PokChanges, PokDialog
from stagedesk.ui.dialogs.subject_access_action import SubjectAccessAction
from stagedesk.ui.text import fill
from stagedesk.ui.widgets.case_progress_breakoff import BreakoffActions

if TYPE_CHECKING:
    from datetime import date

    from stagedesk.ui.screens.case_file import CaseFileScreen

COMPLETER_SIZE = 20


class CaseActions(QObject):
    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self._proposal: PlacementProposal | None = None

        def button(name: str, slot: Callable[[], None]) -> QPushButton:
            made = QPushButton()
            made.setObjectName(name)
            made.clicked.connect(slot)
            return made

        self.add_application = button("addApplication", self.add_application_dialog)
        self.change_status = button("changeStatus", self.status_dialog)
        self.make_placement = button("makePlacement", self.make_placement_dialog)
        self.pok = button("editPok", self.pok_dialog)
        self.allowance = button("editAllowance", self.allowance_dialog)
        self.add_note = button("addNote", self.add_note_dialog)
        self.edit_note = button("editNote", self.edit_note_dialog)
        self.delete_note = button("deleteNote", self.delete_selected_note)
        self.edits = CaseEdits(screen)
        self.printing = CasePrinting(screen)
        self.subject_access = SubjectAccessAction(screen, self.printing.menu)
        self.breakoff = BreakoffActions(screen)
        self.retranslate()

    def buttons(self) -> list[QPushButton]:
        edits = self.edits
        return [
            self.add_application,
            self.change_status,
            edits.delete_application,
            self.make_placement,
            edits.edit_placement,
            self.pok,
            self.allowance,
            edits.delete_placement,
            *self.breakoff.buttons(),
            self.add_note,
            self.edit_note,
            self.delete_note,
            self.printing.button,
        ]

    def retranslate(self) -> None:
        self.add_application.setText(self.tr("&Sollicitatie toevoegen…"))
        self.change_status.setText(self.tr("S&tatus wijzigen…"))
        self.make_placement.setText(self.tr("&Plaatsing vastleggen…"))
        self.pok.setText(self.tr("P&OK…"))
        self.allowance.setText(self.tr("&Vergoeding…"))
        self.add_note.setText(self.tr("&Notitie toevoegen…"))
        self.edit_note.setText(self.tr("Notitie &wijzigen…"))
        self.delete_note.setText(self.tr("Notitie verwij&deren"))
        self.edits.retranslate()
        self.printing.retranslate()
        self.subject_access.retranslate()
        self.breakoff.retranslate()
        self.update()

    def update(self) -> None:
        """Offer what the actor may do with what is selected."""
        s = self.screen
        case = s.case
        may_edit = case is not None and case.may_edit
        self.add_application.setEnabled(may_edit)
        app = s.application_to_move()
        movable = app is not None and not machine.is_terminal(app.status)
        self.change_status.setEnabled(may_edit and movable)
        self.change_status.setToolTip(
            fill(self.tr("Sollicitatie bij %1"), app.company_name) if app and movable else ""
        )
        self.make_placement.setVisible(may_edit and self._accepted_without_placement() is not None)
        placement = s.current_placement()
        usable = placement is not None and placement.pok.status is not PokStatus.CANCELLED
        for action in (self.pok, self.allowance):
            action.setEnabled(may_edit and usable)
            action.setToolTip(placement.company_name if placement and usable else "")
        self.add_note.setEnabled(case is not None)
        note = s.selected_note()
        own = note is not None and s.own_note(note)
        self.edit_note.setVisible(own)
        self.delete_note.setVisible(own)
        self.edits.update()
        self.printing.update()
        self.subject_access.update()
        self.breakoff.update()

    def open_entry(self, entry: TimelineEntry | None) -> None:
        """Double-click or Enter on an entry: the dialog that changes it."""
        if entry is None:
            return
        if entry.kind is TimelineKind.APPLICATION and self.change_status.isEnabled():
            self.status_dialog()
        elif entry.kind in (TimelineKind.PLACEMENT, TimelineKind.POK) and self.pok.isEnabled():
            self.pok_dialog()
        elif entry.kind is TimelineKind.NOTE and self.edit_note.isVisible():
            self.edit_note_dialog()

    # --- helpers ---------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.screen.today()

    def _accepted_without_placement(self) -> ApplicationView | None:
        s = self.screen
        selected = s.selected_application()
        if selected is not None:
            candidates: tuple[ApplicationView, ...] = (selected,)
        else:
            candidates = s.case.applications if s.case else ()
        return next(
            (
                a
                for a in candidates
                if a.status is ApplicationStatus.ACCEPTED and a.placement_id is None
            ),
            None,
        )

    # --- applications ----------------------------------------------------------------------------

    def add_application_dialog(self) -> None:
        s, ctx, today = self.screen, self.screen.context, self._today()
        if s.case is None:
            return
        crebo = s.case.header.crebo

        def choices(text: str) -> list[CompanyChoice]:
            return applications.company_choices(
                ctx.sessions, ctx.actor, text, limit=COMPLETER_SIZE, crebo=crebo, today=today
            )

        def save(new: NewApplication) -> None:
            view = applications.add_application(
                ctx.sessions,
                ctx.actor,
                s.student_id,
                new.company.id,
                new.channel,
                status=new.status,
                sent_on=new.sent_on,
                today=today,
            )
            s.push([commands.added_application(ctx, view)], TimelineKind.APPLICATION, view.id)

        s.open_dialog(AddApplicationDialog(choices, save, today, s))

    def status_dialog(self) -> None:
        s, ctx, today = self.screen, self.screen.context, self._today()
        app = s.application_to_move()
        if app is None:
            return

        def save(target: ApplicationStatus, on: date, reason: RejectionReason | None) -> None:
            change = applications.change_status(
                ctx.sessions,
                ctx.actor,
                app.id,
                ctx.version(app.id),
                target,
                on,
                rejection_reason=reason,
                today=today,
            )
            self._proposal = change.proposal
            step = commands.changed_status(ctx, app, change.application, on, reason)
            s.push([step], TimelineKind.APPLICATION, app.id)

        s.open_dialog(StatusDialog(app, save, today, s), self._after_status)

    def _after_status(self) -> None:
        proposal, self._proposal = self._proposal, None
        if proposal is not None:
            self.placement_dialog(proposal)

    # --- placements ------------------------------------------------------------------------------

    def make_placement_dialog(self) -> None:
        s, ctx = self.screen, self.screen.context
        app = self._accepted_without_placement()
        if app is None:
            return
        try:
            proposal = applications.propose_placement(
                ctx.sessions, ctx.actor, app.id, today=self._today()
            )
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return
        self.placement_dialog(proposal)

    def placement_dialog(self, proposal: PlacementProposal) -> None:
        s, ctx, today = self.screen, self.screen.context, self._today()
        if s.case is None:
            return
        norm = load_settings(ctx.sessions).allowance_norm_cents

        def save(new: NewPlacement) -> None:
            view = placements.create_placement(
                ctx.sessions,
                ctx.actor,
                s.student_id,
                proposal.company_id,
                new.start,
                new.end,
                new.hours_per_week,
                praktijkopleider_id=new.praktijkopleider_id,
                application_id=proposal.application_id,
                allowance_kind=new.allowance.kind,
                allowance_cents_per_month=new.allowance.cents,
                allowance_paid=new.allowance.paid,
                today=today,
            )
            s.push([commands.created_placement(ctx, view)], TimelineKind.PLACEMENT, view.id)

        s.open_dialog(PlacementDialog(proposal, s.case.header.crebo, norm, save, s))

    def pok_dialog(self) -> None:
        s = self.screen
        placement = s.current_placement()
        if placement is None or s.case is None:
            return
        dialog = PokDialog(
            placement,
            s.case.header.date_of_birth,
            self._today(),
            lambda changes: self._apply_pok(placement, changes),
            s,
        )
        s.open_dialog(dialog)

    def _apply_pok(self, placement: PlacementView, changes: PokChanges) -> None:
        """Carry the dialog's changes out one by one and push them as one step. A refusal
        half-way keeps what was done (pushed, so it can be undone) and is shown in the case."""
        ctx, today = self.screen.context, self._today()
        steps: list[commands.Step] = []
        current = placement
        try:
            if changes.send_on is not None:
                after = placements.send_pok(
                    ctx.sessions, ctx.actor, current.id, ctx.version(current.id),
                    changes.send_on, today=today,
                )  # fmt: skip
                steps.append(commands.sent_pok(ctx, current, after, changes.send_on))
                current = after
            for party in changes.unsign:
                signed = current.pok.signed_on(party)
                after = placements.unsign_pok(
                    ctx.sessions, ctx.actor, current.id, ctx.version(current.id), party,
                    today=today,
                )  # fmt: skip
                if signed is not None:
                    steps.append(commands.unsigned_pok(ctx, after, party, signed))
                current = after
            for party, day in changes.sign:
                after = placements.sign_pok(
                    ctx.sessions, ctx.actor, current.id, ctx.version(current.id), party, day,
                    today=today,
                )  # fmt: skip
                steps.append(commands.signed_pok(ctx, after, party, day))
                current = after
        except StageDeskError as exc:
            if not steps:
                raise
            self._push_pok(steps, placement.id)
            self.screen.show_message(case_error(exc))
            return
        self._push_pok(steps, placement.id)

    def _push_pok(self, steps: list[commands.Step], placement_id: uuid.UUID) -> None:
        text = steps[0].text if len(steps) == 1 else self.tr("POK bijwerken")
        self.screen.push(steps, TimelineKind.POK, placement_id, text)

    def allowance_dialog(self) -> None:
        s, ctx, today = self.screen, self.screen.context, self._today()
        placement = s.current_placement()
        if placement is None:
            return
        norm = load_settings(ctx.sessions).allowance_norm_cents

        def save(allowance: Allowance) -> None:
            after = placements.set_allowance(
                ctx.sessions,
                ctx.actor,
                placement.id,
                ctx.version(placement.id),
                allowance.kind,
                allowance.cents,
                allowance.paid,
                today=today,
            )
            step = commands.changed_allowance(ctx, placement, after)
            s.push([step], TimelineKind.PLACEMENT, placement.id)

        s.open_dialog(AllowanceDialog(placement, norm, save, s))

    # --- notes -----------------------------------------------------------------------------------

    def add_note_dialog(self) -> None:
        s, ctx, today = self.screen, self.screen.context, self._today()

        def save(body: str, written_on: date) -> None:
            note = cases.add_note(
                ctx.sessions, ctx.actor, s.student_id, body, written_on=written_on, today=today
            )
            s.push([commands.added_note(ctx, note)], TimelineKind.NOTE, note.id)

        s.open_dialog(NoteDialog(None, today, save, s))

    def edit_note_dialog(self) -> None:
        s, today = self.screen, self._today()
        note = s.selected_note()
        if note is None or not s.own_note(note):
            return

        def save(body: str, written_on: date) -> None:
            self.edits.save_note(note, body, written_on, today)  # a conflict shows both versions

        s.open_dialog(NoteDialog(note, today, save, s))

    def delete_selected_note(self) -> None:
        s, ctx = self.screen, self.screen.context
        note = s.selected_note()
        if note is None or not s.own_note(note):
            return
        try:
            before = cases.delete_note(ctx.sessions, ctx.actor, note.id, ctx.version(note.id))
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return
        # Undoable (Ctrl+Z), so no "are you sure?".
        s.push([commands.deleted_note(ctx, before)], TimelineKind.NOTE, note.id)
