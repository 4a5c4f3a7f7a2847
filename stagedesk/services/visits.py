"""Supervision visits (begeleidingsbezoeken): plan, reschedule, cancel, log, handle concerns.

Who: coordinators and admins work on every visit; a mentor on the visits of the students
they mentor (``Student.mentor_id``) and on visits assigned to them (a colleague standing in).
Only the office marks concerns handled.

Logging a held visit checks the answers against the checklist in force for the visit's type
(services.checklists) and stores them with that checklist's id, version and text digest,
archiving the text, so the report reads the same after the checklist changes. A visit
logged before keeps the checklist it answered when its log is corrected.

Every change takes the version the caller read: an edit on an outdated read is a
``Conflict``. Reading: ``read_visit`` (the report), ``placement_visits``; the agenda lives
in services.agenda, the .ics export in services.ics.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import visits as rules
from stagedesk.domain.checklists import Checklist, VisitConcern
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import Conflict, ValidationError
from stagedesk.domain.visits import AgreedAction, ItemAnswer, VisitMode
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import (
    CASE_READERS,
    fetch,
    today_or,
    transaction,
)
from stagedesk.services.checklists import answered_checklist, archive_checklist, read_checklists
from stagedesk.services.visit_access import (
    allowed,
    audit_visit,
    check_visitor,
    placement_for,
    visit_for,
    visit_state,
)
from stagedesk.services.visit_views import (
    AnsweredItem,
    AnsweredSection,
    VisitReport,
    VisitView,
    report_of,
    view_of,
    views_where,
)
from stagedesk.store.companies import ContactPerson
from stagedesk.store.placements import Placement
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

__all__ = [
    "AnsweredItem",
    "AnsweredSection",
    "NextVisit",
    "VisitReport",
    "VisitView",
    "cancel_visit",
    "delete_visit",
    "handle_concerns",
    "log_visit",
    "placement_visits",
    "plan_visit",
    "read_visit",
    "reschedule_visit",
]


@dataclass(frozen=True)
class NextVisit:
    """The visit agreed at the end of a held one: planned in the same transaction."""

    visit_type: VisitType
    planned_on: date
    planned_time: time | None = None
    mode: VisitMode = VisitMode.ON_SITE


def plan_visit(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    visit_type: VisitType,
    planned_on: date,
    *,
    planned_time: time | None = None,
    mentor_id: uuid.UUID | None = None,
    mode: VisitMode = VisitMode.ON_SITE,
    visit_id: uuid.UUID | None = None,
    today: date | None = None,
) -> VisitView:
    """Plan a visit; the mentor defaults to the student's. Redo passes the undone ``visit_id``."""
    require(actor, CASE_READERS, "plan visits")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        placement, student = placement_for(s, actor, placement_id, "plan visits")
        if visit_id is not None and s.get(Visit, visit_id) is not None:
            raise Conflict(f"visit {visit_id} exists already")
        visit = _new_visit(s, placement, student, visit_type, planned_on, planned_time, mode,
                           mentor_id)  # fmt: skip
        if visit_id is not None:
            visit.id = visit_id
        s.add(visit)
        audit_visit(s, actor, audit.CREATE, visit, None)
        return view_of(s, visit.id, today)


def reschedule_visit(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    version: int,
    planned_on: date,
    *,
    planned_time: time | None = None,
    mentor_id: uuid.UUID | None = None,
    mode: VisitMode | None = None,
    today: date | None = None,
) -> VisitView:
    """Move a planned visit to another day (and time); ``mentor_id``/``mode`` None: keep."""
    require(actor, CASE_READERS, "reschedule visits")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        visit, placement, _ = visit_for(s, actor, visit_id, version, "reschedule visits")
        _require_status(visit, VisitStatus.PLANNED, "rescheduled")
        before = visit_state(visit)
        rules.check_planned(planned_on, placement.start_date, _end(placement))
        if mentor_id is not None:
            check_visitor(s, mentor_id)
            visit.mentor_id = mentor_id
        visit.planned_on, visit.planned_time = planned_on, planned_time
        visit.mode = _mode(mode) if mode is not None else visit.mode
        audit_visit(s, actor, audit.CHANGE, visit, before)
        return view_of(s, visit.id, today)


def cancel_visit(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    version: int,
    *,
    reason: str | None = None,
    today: date | None = None,
) -> VisitView:
    """Cancel a planned visit; the reason, if any, becomes its note."""
    require(actor, CASE_READERS, "cancel visits")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        visit, _, _ = visit_for(s, actor, visit_id, version, "cancel visits")
        _require_status(visit, VisitStatus.PLANNED, "cancelled")
        before = visit_state(visit)
        visit.status = VisitStatus.CANCELLED
        visit.notes = rules.check_notes(reason) or visit.notes
        audit_visit(s, actor, audit.CHANGE, visit, before)
        return view_of(s, visit.id, today)


def delete_visit(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    version: int,
    *,
    today: date | None = None,
) -> VisitView:
    """Delete a planned visit (undo of planning); returns what was deleted. A held visit's
    log is never deleted."""
    require(actor, CASE_READERS, "delete visits")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        visit, _, _ = visit_for(s, actor, visit_id, version, "delete visits")
        _require_status(visit, VisitStatus.PLANNED, "deleted")
        deleted = view_of(s, visit.id, today)
        audit_visit(s, actor, audit.DELETE, visit, visit_state(visit))
        s.delete(visit)
        return deleted


def log_visit(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    version: int,
    held_on: date,
    *,
    answers: Mapping[str, ItemAnswer],
    notes: str | None = None,
    agreed_actions: Iterable[AgreedAction] = (),
    concerns: Iterable[VisitConcern] = (),
    mode: VisitMode | None = None,
    contact_id: uuid.UUID | None = None,
    next_visit: NextVisit | None = None,
    today: date | None = None,
) -> VisitReport:
    """Record a planned visit as held (or correct a held visit's log) with its checklist
    answers, notes, agreed actions, concerns and whom the mentor met; ``next_visit`` plans
    the next one. Concerns changed on a corrected log are open again."""
    require(actor, CASE_READERS, "log visits")
    today = today_or(today)
    checked_actions = rules.check_actions(agreed_actions)
    checked_notes = rules.check_notes(notes)
    stored_concerns = rules.encode_concerns(concerns)
    with transaction(sessions, actor) as s:
        visit, placement, student = visit_for(s, actor, visit_id, version, "log visits")
        if visit.status is VisitStatus.CANCELLED:
            raise ValidationError("status", "a cancelled visit cannot be logged; plan a new one")
        rules.check_held(held_on, placement.start_date, today)
        before = visit_state(visit)
        checklist = _checklist_for(s, visit)
        if checklist is None:
            if answers:
                raise ValidationError(
                    "answers", f"there is no checklist for {visit.visit_type.value} visits"
                )
            visit.checklist_id = visit.checklist_version = None
            visit.answers = None
        else:
            checked = rules.check_answers(checklist, answers)
            archive_checklist(s, checklist)
            visit.checklist_id, visit.checklist_version = checklist.id, checklist.version
            visit.answers = rules.encode_answers(checklist.digest, checked)
        if contact_id is not None:
            contact = s.get(ContactPerson, contact_id)
            if contact is None or contact.company_id != placement.company_id:
                raise ValidationError("contact_id", "is not a contact person of the company")
        if stored_concerns != visit.concerns:
            visit.concerns_handled_on = None
        visit.status, visit.held_on = VisitStatus.HELD, held_on
        visit.notes, visit.agreed_actions = checked_notes, rules.encode_actions(checked_actions)
        visit.concerns, visit.contact_id = stored_concerns, contact_id
        visit.mode = _mode(mode) if mode is not None else visit.mode
        if next_visit is not None:
            if next_visit.planned_on < held_on:
                raise ValidationError("next_visit", "is planned before this visit was held")
            planned = _new_visit(s, placement, student, next_visit.visit_type,
                                 next_visit.planned_on, next_visit.planned_time, next_visit.mode,
                                 visit.mentor_id)  # fmt: skip
            s.add(planned)
            audit_visit(s, actor, audit.CREATE, planned, None)
        audit_visit(s, actor, audit.CHANGE, visit, before)
        s.flush()
        return report_of(s, visit, today)


def handle_concerns(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    version: int,
    handled_on: date | None,
    *,
    today: date | None = None,
) -> VisitView:
    """The office marks a visit's concerns handled on ``handled_on`` (None: open again);
    the student leaves (or rejoins) the attention list for them."""
    require(actor, CASE_WORKERS, "mark visit concerns handled")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        visit, _, _ = visit_for(s, actor, visit_id, version, "mark visit concerns handled")
        if not visit.concerns:
            raise ValidationError("concerns", "this visit has no concerns to handle")
        if handled_on is not None and handled_on > today:
            raise ValidationError("concerns_handled_on", "cannot be in the future")
        before = visit_state(visit)
        visit.concerns_handled_on = handled_on
        audit_visit(s, actor, audit.CHANGE, visit, before)
        return view_of(s, visit.id, today)


def read_visit(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    *,
    today: date | None = None,
) -> VisitReport:
    """A visit with its checklist as answered (a planned one: the checklist it will use)."""
    require(actor, CASE_READERS, "read visits")
    with sessions() as s:
        visit = fetch(s, Visit, visit_id, "visit")
        allowed(s, actor, visit, "read visits")
        return report_of(s, visit, today_or(today))


def placement_visits(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    *,
    today: date | None = None,
) -> tuple[VisitView, ...]:
    """A placement's visits, planned and held, by date."""
    require(actor, CASE_READERS, "read visits")
    with sessions() as s:
        placement_for(s, actor, placement_id, "read visits")
        return views_where(s, today_or(today), Visit.placement_id == placement_id)


# -- helpers ---------------------------------------------------------------------------------


def _new_visit(
    s: Session,
    placement: Placement,
    student: Student,
    visit_type: VisitType,
    planned_on: date,
    planned_time: time | None,
    mode: VisitMode,
    mentor_id: uuid.UUID | None,
) -> Visit:
    if not isinstance(visit_type, VisitType):
        raise ValidationError("visit_type", f"must be one of {', '.join(VisitType)}")
    rules.check_planned(planned_on, placement.start_date, _end(placement))
    mentor_id = mentor_id or student.mentor_id
    if mentor_id is not None:
        check_visitor(s, mentor_id)
    return Visit(
        id=uuid.uuid4(),
        placement_id=placement.id,
        mentor_id=mentor_id,
        visit_type=visit_type,
        status=VisitStatus.PLANNED,
        planned_on=planned_on,
        planned_time=planned_time,
        mode=_mode(mode),
    )


def _checklist_for(s: Session, visit: Visit) -> Checklist | None:
    """A held visit's log is corrected against the checklist it answered, if it can be
    found exactly; otherwise (and for a planned visit) the checklist in force is used."""
    if visit.status is VisitStatus.HELD and visit.checklist_id and visit.checklist_version:
        digest, _ = rules.decode_answers(visit.answers)
        found = answered_checklist(s, visit.checklist_id, visit.checklist_version, digest)
        if found is not None and found.exact:
            return found.checklist
    return read_checklists(s).for_type(visit.visit_type)


def _require_status(visit: Visit, status: VisitStatus, done: str) -> None:
    if visit.status is not status:
        raise ValidationError(
            "status", f"only a {status.value} visit can be {done}; this one is {visit.status}"
        )


def _mode(mode: VisitMode) -> VisitMode:
    if not isinstance(mode, VisitMode):
        raise ValidationError("mode", f"must be one of {', '.join(VisitMode)}")
    return mode


def _end(placement: Placement) -> date:
    return placement.ended_early_on or placement.end_date
