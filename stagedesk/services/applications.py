"""Applications (sollicitaties) in a student's case: add, move through the state machine, undo.

Every status change goes through ``domain.applications.transition`` and is recorded as an
``ApplicationEvent``; accepting an offer returns a ``PlacementProposal``. Undo: the UI keeps
the ``ApplicationView`` it read before an edit and calls ``restore_application(before,
version)`` with the version the edit returned; that writes the snapshot's status, dates and
reason back and removes the history steps recorded after it (or re-creates a deleted
application with its history). Views compare by content: ``version`` and the ids of history
steps are bookkeeping, so a restored application equals the snapshot it came from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import applications as machine
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, RejectionReason
from stagedesk.domain.errors import Conflict, ValidationError
from stagedesk.services import case_status
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.application_views import (
    ApplicationStep,
    ApplicationView,
    application_views,
    view_of,
)
from stagedesk.services.casework import case_student, check_version, fetch, today_or, transaction
from stagedesk.services.company_search import CompanyChoice, company_choices
from stagedesk.services.proposals import ContactChoice, PlacementProposal, make_proposal
from stagedesk.store.companies import Company
from stagedesk.store.notes import ApplicationEvent
from stagedesk.store.placements import Application, Placement

__all__ = [
    "ApplicationStep",
    "ApplicationView",
    "CompanyChoice",
    "ContactChoice",
    "PlacementProposal",
    "StatusChange",
    "add_application",
    "application_views",
    "change_status",
    "company_choices",
    "delete_application",
    "propose_placement",
    "restore_application",
]

_S = ApplicationStatus


@dataclass(frozen=True)
class StatusChange:
    application: ApplicationView
    proposal: PlacementProposal | None  # set when the change accepted an offer


def add_application(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    company_id: uuid.UUID,
    channel: ApplicationChannel,
    *,
    status: ApplicationStatus = _S.DRAFT,
    sent_on: date | None = None,
    notes: str | None = None,
    application_id: uuid.UUID | None = None,
    today: date | None = None,
) -> ApplicationView:
    """Record a new application, as a draft or sent (``sent_on`` defaults to today).

    An application recorded after it was sent counts from its sending day. Redo passes the
    undone application's id as ``application_id``.
    """
    require(actor, CASE_WORKERS, "add applications")
    today = today_or(today)
    if status not in (_S.DRAFT, _S.SENT):
        raise ValidationError("status", f"a new application is a draft or sent, not {status!r}")
    _check_channel(channel)
    if status is _S.SENT:
        sent_on = sent_on or today
        if sent_on > today:
            raise ValidationError("sent_on", f"{format_date(sent_on)} is in the future")
    elif sent_on is not None:
        raise ValidationError("sent_on", "a draft has not been sent")
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "add applications")
        _check_company(s, company_id)
        if application_id is not None and s.get(Application, application_id) is not None:
            raise Conflict(f"application {application_id} exists already")
        created = sent_on or today
        app = Application(
            student_id=student.id,
            company_id=company_id,
            channel=channel,
            status=status,
            created_on=created,
            sent_on=sent_on,
            status_changed_on=created,
            notes=(notes or "").strip() or None,
        )
        if application_id is not None:
            app.id = application_id
        s.add(app)
        s.flush()
        s.add(_event(app, actor, status, created))
        case_status.recompute(s, student.id, today)
        return view_of(s, app)


def change_status(
    sessions: sessionmaker[Session],
    actor: Actor,
    application_id: uuid.UUID,
    version: int,
    target: ApplicationStatus,
    on: date,
    *,
    rejection_reason: RejectionReason | None = None,
    today: date | None = None,
) -> StatusChange:
    """Move the application to ``target`` on the day ``on`` (not before its last change, not
    after today) and record the step; an acceptance also returns the placement proposal."""
    require(actor, CASE_WORKERS, "change applications")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        app = fetch(s, Application, application_id, "application")
        check_version(app, version, "application")
        machine.transition(app.status, target, rejection_reason=rejection_reason)
        if on > today:
            raise ValidationError("on", f"{format_date(on)} is in the future")
        if on < app.status_changed_on:
            raise ValidationError(
                "on",
                f"{format_date(on)} is before the last change "
                f"({format_date(app.status_changed_on)})",
            )
        app.status, app.status_changed_on, app.rejection_reason = target, on, rejection_reason
        if target is _S.SENT:
            app.sent_on = on
        s.add(_event(app, actor, target, on, rejection_reason))
        s.flush()
        case_status.recompute(s, app.student_id, today)
        proposal = make_proposal(s, app, today) if target is _S.ACCEPTED else None
        return StatusChange(view_of(s, app), proposal)


def propose_placement(
    sessions: sessionmaker[Session],
    actor: Actor,
    application_id: uuid.UUID,
    *,
    today: date | None = None,
) -> PlacementProposal:
    """The placement proposal of an accepted application (again, e.g. after a redo)."""
    require(actor, CASE_WORKERS, "propose placements")
    with sessions() as s:
        app = fetch(s, Application, application_id, "application")
        if app.status is not _S.ACCEPTED:
            raise ValidationError("status", "only an accepted application proposes a placement")
        return make_proposal(s, app, today_or(today))


def delete_application(
    sessions: sessionmaker[Session],
    actor: Actor,
    application_id: uuid.UUID,
    version: int,
    *,
    today: date | None = None,
) -> ApplicationView:
    """Delete the application and its history (undo of adding); returns what was deleted."""
    require(actor, CASE_WORKERS, "delete applications")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        app = fetch(s, Application, application_id, "application")
        check_version(app, version, "application")
        before = view_of(s, app)
        if before.placement_id is not None:
            raise ValidationError(
                "application_id", "a placement was made from it; delete the placement first"
            )
        s.execute(delete(ApplicationEvent).where(ApplicationEvent.application_id == app.id))
        s.delete(app)
        s.flush()
        case_status.recompute(s, before.student_id, today)
        return before


def restore_application(
    sessions: sessionmaker[Session],
    actor: Actor,
    snapshot: ApplicationView,
    version: int | None,
    *,
    today: date | None = None,
) -> ApplicationView:
    """Make the application what ``snapshot`` shows (undo of an edit or of a delete).

    ``version`` is the version the caller holds of the application as it is now, or None when
    the caller deleted it: then it is re-created with the snapshot's id and history.
    """
    require(actor, CASE_WORKERS, "change applications")
    today = today_or(today)
    _check_snapshot(snapshot, today)
    with transaction(sessions, actor) as s:
        app = s.get(Application, snapshot.id)
        if version is None:
            if app is not None:
                raise Conflict(f"application {snapshot.id} exists already")
            case_student(s, actor, snapshot.student_id, "change applications")
            _check_company(s, snapshot.company_id)
            app = Application(id=snapshot.id, student_id=snapshot.student_id)
            s.add(app)
        elif app is None:
            raise Conflict(f"application {snapshot.id} was deleted by someone else")
        else:
            check_version(app, version, "application")
            if app.student_id != snapshot.student_id:
                raise ValidationError("snapshot", "belongs to another student's application")
            linked = s.scalar(select(Placement.id).where(Placement.application_id == app.id))
            if linked is not None and snapshot.status is not _S.ACCEPTED:
                raise ValidationError(
                    "status", "a placement was made from it; delete the placement first"
                )
        app.company_id, app.channel, app.notes = (
            snapshot.company_id,
            snapshot.channel,
            snapshot.notes,
        )
        app.status, app.rejection_reason = snapshot.status, snapshot.rejection_reason
        app.created_on, app.sent_on = snapshot.created_on, snapshot.sent_on
        app.status_changed_on = snapshot.status_changed_on
        s.flush()
        _restore_history(s, app, snapshot.history)
        case_status.recompute(s, app.student_id, today)
        return view_of(s, app)


# -- helpers ---------------------------------------------------------------------------------


def _check_channel(channel: ApplicationChannel) -> None:
    if not isinstance(channel, ApplicationChannel):
        raise ValidationError("channel", f"must be one of {', '.join(ApplicationChannel)}")


def _check_company(s: Session, company_id: uuid.UUID) -> None:
    if s.get(Company, company_id) is None:
        raise ValidationError("company_id", f"no company {company_id}")


def _check_snapshot(snapshot: ApplicationView, today: date) -> None:
    """A snapshot is written back as it is: check it still describes a valid application."""
    _check_channel(snapshot.channel)
    if (snapshot.status is _S.REJECTED) != (snapshot.rejection_reason is not None):
        raise ValidationError("rejection_reason", "is set exactly for a rejection")
    sent = snapshot.sent_on
    if snapshot.status is _S.DRAFT and sent is not None:
        raise ValidationError("sent_on", "a draft has not been sent")
    if snapshot.status not in (_S.DRAFT, _S.WITHDRAWN) and sent is None:
        raise ValidationError("sent_on", f"a {snapshot.status.value} application was sent")
    if not snapshot.created_on <= (sent or snapshot.created_on) <= snapshot.status_changed_on:
        raise ValidationError("status_changed_on", "dates must run created ≤ sent ≤ changed")
    if snapshot.status_changed_on > today:
        raise ValidationError("status_changed_on", "is in the future")


def _event(
    app: Application,
    actor: Actor,
    status: ApplicationStatus,
    on: date,
    reason: RejectionReason | None = None,
) -> ApplicationEvent:
    return ApplicationEvent(
        application_id=app.id,
        status=status,
        happened_on=on,
        rejection_reason=reason,
        recorded_by_id=actor.staff_id,
    )


def _restore_history(s: Session, app: Application, steps: tuple[ApplicationStep, ...]) -> None:
    """Remove the steps recorded after the snapshot; put back those it has and the store lost."""
    keep = {step.event_id for step in steps if step.event_id is not None}
    stored = s.execute(
        select(ApplicationEvent).where(ApplicationEvent.application_id == app.id)
    ).scalars()
    present = set()
    for event in stored:
        if event.id in keep:
            present.add(event.id)
        else:
            s.delete(event)
    for step in steps:
        if step.event_id is None or step.event_id not in present:
            s.add(
                ApplicationEvent(
                    id=step.event_id or uuid.uuid4(),
                    application_id=app.id,
                    status=step.status,
                    happened_on=step.on,
                    rejection_reason=step.rejection_reason,
                    recorded_by_id=step.recorded_by_id,
                )
            )
    s.flush()


# Steps on the same day are ordered by how far along the pipeline they are (migration 0002
# back-filled "sent" and the outcome with one timestamp).
