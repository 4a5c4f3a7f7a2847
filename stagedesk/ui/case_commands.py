"""Every edit in a case file as a QUndoCommand on the case's QUndoStack.

An edit is carried out first (so a refusal shows in its dialog and nothing is pushed); the
command pushed afterwards skips its first ``redo``. Later undo and redo call the services:
adding ↔ deleting with the same id, a status change ↔ restoring the snapshot read before it,
signing ↔ removing the signature, a note's add/edit/delete ↔ restoring it.

The commands of one case share a ``CaseContext``: the office, the student, the 'today'
function, and the version of every record the case last read or wrote. An undo passes the
version the case knows, so when someone else changed the record meanwhile the service refuses
with ``Conflict`` instead of overwriting that change. A step that fails records the error on
the context and marks itself obsolete (the stack drops it); the screen then shows why and,
after a conflict, clears the stack (see ``CaseFileScreen``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import AllowanceKind, ApplicationStatus, RejectionReason
from stagedesk.domain.errors import NotFound, StageDeskError
from stagedesk.services import applications, cases, placements
from stagedesk.services.actor import Actor
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.cases import CaseFile, NoteView
from stagedesk.services.office import Office
from stagedesk.services.placement_views import PlacementView
from stagedesk.ui import labels
from stagedesk.ui.text import fill


class _Versioned(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def version(self) -> int: ...


class CaseContext:
    """What the commands of one case share (module docstring)."""

    def __init__(self, office: Office, student_id: uuid.UUID, today: Callable[[], date]) -> None:
        self.office = office
        self.student_id = student_id
        self._today = today
        self.versions: dict[uuid.UUID, int] = {}
        self.failure: StageDeskError | None = None

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.office.sessions

    @property
    def actor(self) -> Actor:
        return self.office.actor

    def today(self) -> date:
        return self._today()

    def version(self, record_id: uuid.UUID) -> int:
        try:
            return self.versions[record_id]
        except KeyError:
            raise NotFound(f"the case does not know record {record_id}") from None

    def remember(self, view: _Versioned) -> None:
        self.versions[view.id] = view.version

    def forget(self, record_id: uuid.UUID) -> None:
        self.versions.pop(record_id, None)

    def read(self, case: CaseFile) -> None:
        """The versions of a case just read (what the user now sees)."""
        for app in case.applications:
            self.remember(app)
        for placement in case.placements:
            self.remember(placement)
        for note in case.notes:
            self.remember(note)


@dataclass(frozen=True)
class Step:
    """One service call already made, with the calls that take it back and make it again."""

    text: str
    forward: Callable[[], None]
    backward: Callable[[], None]


class CaseCommand(QUndoCommand):
    """Steps that were carried out as one edit (most edits are one step; a POK dialog's
    changes are several): undo takes them back in reverse, redo makes them again.

    The steps are plain Python, not child commands: a child QUndoCommand would be owned both
    by its parent and by its Python wrapper, and deleted twice.
    """

    def __init__(self, context: CaseContext, steps: list[Step], text: str = "") -> None:
        super().__init__(text or (steps[0].text if steps else ""))
        self._context, self.steps = context, steps
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the push: the edit was made before
            self._pushed = True
            return
        self._run([step.forward for step in self.steps])

    def undo(self) -> None:
        self._run([step.backward for step in reversed(self.steps)])

    def _run(self, calls: list[Callable[[], None]]) -> None:
        for call in calls:
            try:
                call()
            except StageDeskError as exc:
                self._context.failure = exc
                self.setObsolete(True)  # the stack drops it; the screen says why
                return


# --- applications ------------------------------------------------------------------------------


def added_application(ctx: CaseContext, view: ApplicationView) -> Step:
    ctx.remember(view)

    def forward() -> None:
        ctx.remember(
            applications.add_application(
                ctx.sessions,
                ctx.actor,
                view.student_id,
                view.company_id,
                view.channel,
                status=view.status,
                sent_on=view.sent_on,
                notes=view.notes,
                application_id=view.id,
                today=ctx.today(),
            )
        )

    def backward() -> None:
        applications.delete_application(
            ctx.sessions, ctx.actor, view.id, ctx.version(view.id), today=ctx.today()
        )
        ctx.forget(view.id)

    return Step(
        QCoreApplication.translate("case_commands", "sollicitatie toevoegen"),
        forward,
        backward,
    )


def changed_status(
    ctx: CaseContext,
    before: ApplicationView,
    after: ApplicationView,
    on: date,
    reason: RejectionReason | None,
) -> Step:
    ctx.remember(after)
    target: ApplicationStatus = after.status

    def forward() -> None:
        change = applications.change_status(
            ctx.sessions,
            ctx.actor,
            before.id,
            ctx.version(before.id),
            target,
            on,
            rejection_reason=reason,
            today=ctx.today(),
        )
        ctx.remember(change.application)

    def backward() -> None:
        ctx.remember(
            applications.restore_application(
                ctx.sessions, ctx.actor, before, ctx.version(before.id), today=ctx.today()
            )
        )

    text = fill(
        QCoreApplication.translate("case_commands", "status naar „%1”"),
        labels.application_status(target),
    )
    return Step(text, forward, backward)


# --- placements and POK ------------------------------------------------------------------------


def created_placement(ctx: CaseContext, after: PlacementView) -> Step:
    ctx.remember(after)

    def forward() -> None:
        ctx.remember(
            placements.restore_placement(ctx.sessions, ctx.actor, after, None, today=ctx.today())
        )

    def backward() -> None:
        placements.delete_placement(
            ctx.sessions, ctx.actor, after.id, ctx.version(after.id), today=ctx.today()
        )
        ctx.forget(after.id)

    return Step(
        QCoreApplication.translate("case_commands", "plaatsing vastleggen"), forward, backward
    )


def sent_pok(
    ctx: CaseContext,
    before: PlacementView,
    after: PlacementView,
    sent_on: date,
) -> Step:
    ctx.remember(after)

    def forward() -> None:
        ctx.remember(
            placements.send_pok(
                ctx.sessions,
                ctx.actor,
                before.id,
                ctx.version(before.id),
                sent_on,
                today=ctx.today(),
            )
        )

    def backward() -> None:
        ctx.remember(
            placements.restore_placement(
                ctx.sessions, ctx.actor, before, ctx.version(before.id), today=ctx.today()
            )
        )

    return Step(QCoreApplication.translate("case_commands", "POK versturen"), forward, backward)


def _sign(ctx: CaseContext, placement_id: uuid.UUID, party: str, day: date) -> None:
    ctx.remember(
        placements.sign_pok(
            ctx.sessions,
            ctx.actor,
            placement_id,
            ctx.version(placement_id),
            party,
            day,
            today=ctx.today(),
        )
    )


def _unsign(ctx: CaseContext, placement_id: uuid.UUID, party: str) -> None:
    ctx.remember(
        placements.unsign_pok(
            ctx.sessions,
            ctx.actor,
            placement_id,
            ctx.version(placement_id),
            party,
            today=ctx.today(),
        )
    )


def signed_pok(ctx: CaseContext, after: PlacementView, party: str, day: date) -> Step:
    ctx.remember(after)
    text = fill(
        QCoreApplication.translate("case_commands", "POK tekenen: %1"), labels.pok_party(party)
    )
    return Step(
        text, lambda: _sign(ctx, after.id, party, day), lambda: _unsign(ctx, after.id, party)
    )


def unsigned_pok(ctx: CaseContext, after: PlacementView, party: str, day: date) -> Step:
    """A signature removed (a correction); ``day`` is when it had been signed."""
    ctx.remember(after)
    text = fill(
        QCoreApplication.translate("case_commands", "handtekening weghalen: %1"),
        labels.pok_party(party),
    )
    return Step(
        text, lambda: _unsign(ctx, after.id, party), lambda: _sign(ctx, after.id, party, day)
    )


def changed_allowance(ctx: CaseContext, before: PlacementView, after: PlacementView) -> Step:
    ctx.remember(after)

    def put(kind: AllowanceKind, cents: int | None, paid: bool) -> None:
        ctx.remember(
            placements.set_allowance(
                ctx.sessions,
                ctx.actor,
                before.id,
                ctx.version(before.id),
                kind,
                cents,
                paid,
                today=ctx.today(),
            )
        )

    return Step(
        QCoreApplication.translate("case_commands", "stagevergoeding wijzigen"),
        lambda: put(after.allowance_kind, after.allowance_cents_per_month, after.allowance_paid),
        lambda: put(before.allowance_kind, before.allowance_cents_per_month, before.allowance_paid),
    )


# --- notes -------------------------------------------------------------------------------------


def added_note(ctx: CaseContext, note: NoteView) -> Step:
    ctx.remember(note)

    def forward() -> None:
        ctx.remember(
            cases.add_note(
                ctx.sessions,
                ctx.actor,
                note.student_id,
                note.body,
                written_on=note.written_on,
                note_id=note.id,
                today=ctx.today(),
            )
        )

    def backward() -> None:
        cases.delete_note(ctx.sessions, ctx.actor, note.id, ctx.version(note.id))
        ctx.forget(note.id)

    return Step(QCoreApplication.translate("case_commands", "notitie toevoegen"), forward, backward)


def edited_note(ctx: CaseContext, before: NoteView, after: NoteView) -> Step:
    ctx.remember(after)

    def forward() -> None:
        ctx.remember(
            cases.edit_note(
                ctx.sessions,
                ctx.actor,
                before.id,
                ctx.version(before.id),
                after.body,
                written_on=after.written_on,
                today=ctx.today(),
            )
        )

    def backward() -> None:
        ctx.remember(
            cases.restore_note(
                ctx.sessions, ctx.actor, before, ctx.version(before.id), today=ctx.today()
            )
        )

    return Step(QCoreApplication.translate("case_commands", "notitie wijzigen"), forward, backward)


def deleted_note(ctx: CaseContext, before: NoteView) -> Step:
    ctx.forget(before.id)

    def forward() -> None:
        cases.delete_note(ctx.sessions, ctx.actor, before.id, ctx.version(before.id))
        ctx.forget(before.id)

    def backward() -> None:
        ctx.remember(cases.restore_note(ctx.sessions, ctx.actor, before, None, today=ctx.today()))

    return Step(
        QCoreApplication.translate("case_commands", "notitie verwijderen"), forward, backward
    )
