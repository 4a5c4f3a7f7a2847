"""Placements (bpv-plaatsingen) in a student's case: create, change, delete, undo, allowance.

Creating one checks the period, hours, allowance and links, computes the total hours and
checks SBB recognition (rules in domain.placements and domain.recognition): a company not
recognised for the student's programme on the start date is refused, or accepted with a
warning when the school setting ``refuse_unrecognised`` is off. The POK functions live in
services.pok_signing and are importable from here too.

Every view carries the placement's warnings on ``today``. Undo: keep the ``PlacementView``
read before an edit and call ``restore_placement(before, version)`` with the version the edit
returned (``version=None`` after ``delete_placement``: it is re-created with its id).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import placements as rules
from stagedesk.domain import pok, recognition
from stagedesk.domain.enums import AllowanceKind, ApplicationStatus, PokStatus
from stagedesk.domain.errors import Conflict, ValidationError
from stagedesk.domain.placements import PlacementWarning, PlacementWarningItem
from stagedesk.domain.recognition import RecognitionFact
from stagedesk.services import breakoff, case_status, prerequisites
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import (
    CASE_READERS,
    case_student,
    fetch,
    today_or,
    transaction,
)
from stagedesk.services.placement_views import (
    SIGNATURE_COLUMN,
    PlacementView,
    PokView,
    finish,
    load_placement,
    placement_views,
    view_of,
)
from stagedesk.services.pok_signing import refresh_pok, send_pok, sign_pok, unsign_pok
from stagedesk.services.settings import read_settings
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.placements import Application, Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

__all__ = [
    "PlacementView",
    "PlacementWarning",
    "PlacementWarningItem",
    "PokView",
    "create_placement",
    "delete_placement",
    "edit_placement",
    "placement_views",
    "placement_warnings",
    "restore_placement",
    "send_pok",
    "set_allowance",
    "sign_pok",
    "unsign_pok",
]


def create_placement(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    company_id: uuid.UUID,
    start: date,
    end: date,
    hours_per_week: int,
    *,
    praktijkopleider_id: uuid.UUID | None = None,
    application_id: uuid.UUID | None = None,
    allowance_kind: AllowanceKind = AllowanceKind.NONE,
    allowance_cents_per_month: int | None = None,
    allowance_paid: bool = False,
    notes: str | None = None,
    placement_id: uuid.UUID | None = None,
    today: date | None = None,
) -> PlacementView:
    """Record a placement with a draft POK; redo passes the undone one's ``placement_id``."""
    require(actor, CASE_WORKERS, "create placements")
    today = today_or(today)
    _check_values(start, end, hours_per_week, allowance_kind)
    rules.check_allowance(allowance_kind, allowance_cents_per_month, allowance_paid)
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "create placements")
        if placement_id is not None and s.get(Placement, placement_id) is not None:
            raise Conflict(f"placement {placement_id} exists already")
        _check_links(s, student, company_id, praktijkopleider_id, application_id, placement_id)
        _check_recognition(s, student, company_id, start)
        prerequisites.check_for_placement(s, student, start)  # warn mode: placement_shortfalls
        placement = Placement(
            student_id=student.id,
            company_id=company_id,
            application_id=application_id,
            praktijkopleider_id=praktijkopleider_id,
            start_date=start,
            end_date=end,
            hours_per_week=hours_per_week,
            total_hours=rules.total_hours(start, end, hours_per_week),
            pok_status=PokStatus.DRAFT,
            allowance_kind=allowance_kind,
            allowance_cents_per_month=allowance_cents_per_month,
            allowance_paid=allowance_paid,
            notes=(notes or "").strip() or None,
        )
        if placement_id is not None:
            placement.id = placement_id
        s.add(placement)
        s.flush()
        breakoff.link_replacement_of(s, placement)  # the next placement after a break-off
        return finish(s, student, placement, today)


def edit_placement(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    *,
    start: date,
    end: date,
    hours_per_week: int,
    praktijkopleider_id: uuid.UUID | None,
    today: date | None = None,
) -> PlacementView:
    """Change the period, hours and praktijkopleider (recognition is checked again)."""
    require(actor, CASE_WORKERS, "change placements")
    today = today_or(today)
    _check_values(start, end, hours_per_week)
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        _check_links(s, student, placement.company_id, praktijkopleider_id, None, placement.id)
        if start != placement.start_date:
            _check_recognition(s, student, placement.company_id, start)
        placement.start_date, placement.end_date = start, end
        placement.hours_per_week = hours_per_week
        placement.praktijkopleider_id = praktijkopleider_id
        placement.total_hours = rules.total_hours(start, end, hours_per_week)
        return finish(s, student, placement, today)


def delete_placement(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    *,
    today: date | None = None,
) -> PlacementView:
    """Delete a placement without visits (undo of creating); returns what was deleted."""
    require(actor, CASE_WORKERS, "delete placements")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        visits = s.scalar(select(func.count(Visit.id)).where(Visit.placement_id == placement.id))
        if visits:
            raise ValidationError("placement_id", f"it has {visits} visit(s); they would be lost")
        before = view_of(s, student, placement, today)
        s.delete(placement)
        s.flush()
        case_status.recompute(s, student.id, today)
        return before


def restore_placement(
    sessions: sessionmaker[Session],
    actor: Actor,
    snapshot: PlacementView,
    version: int | None,
    *,
    today: date | None = None,
) -> PlacementView:
    """Make the placement what ``snapshot`` shows (undo of an edit, or with ``version=None``
    of a delete). The snapshot's values are checked again, but not the recognition: it puts
    back what was there."""
    require(actor, CASE_WORKERS, "change placements")
    today = today_or(today)
    snap = snapshot
    _check_values(snap.start, snap.end, snap.hours_per_week, snap.allowance_kind)
    rules.check_allowance(snap.allowance_kind, snap.allowance_cents_per_month, snap.allowance_paid)
    for party in pok.PARTIES:
        if (signed := snap.pok.signed_on(party)) is not None:
            pok.validate_signature(party, signed, snap.pok.sent_on, today)
    with transaction(sessions, actor) as s:
        placement = s.get(Placement, snap.id)
        if version is None:
            if placement is not None:
                raise Conflict(f"placement {snap.id} exists already")
            student = case_student(s, actor, snap.student_id, "change placements")
            # Added once its columns are set: the checks below query (and would autoflush).
            placement = Placement(id=snap.id, student_id=snap.student_id)
            if snap.recorded_at is not None:
                placement.created_at = snap.recorded_at
        elif placement is None:
            raise Conflict(f"placement {snap.id} was deleted by someone else")
        else:
            placement, student = load_placement(s, snap.id, version)
            if (placement.student_id, placement.company_id) != (snap.student_id, snap.company_id):
                raise ValidationError("snapshot", "belongs to another placement")
        _check_links(
            s, student, snap.company_id, snap.praktijkopleider_id, snap.application_id, snap.id
        )
        placement.company_id, placement.application_id = snap.company_id, snap.application_id
        placement.praktijkopleider_id, placement.notes = snap.praktijkopleider_id, snap.notes
        placement.start_date, placement.end_date = snap.start, snap.end
        placement.hours_per_week = snap.hours_per_week
        placement.ended_early_on = snap.ended_early_on
        placement.total_hours = rules.total_hours(snap.start, snap.end, snap.hours_per_week)
        placement.allowance_kind = snap.allowance_kind
        placement.allowance_cents_per_month = snap.allowance_cents_per_month
        placement.allowance_paid = snap.allowance_paid
        placement.pok_sent_on = snap.pok.sent_on
        for party in pok.PARTIES:
            setattr(placement, SIGNATURE_COLUMN[party], snap.pok.signed_on(party))
        cancelled = snap.pok.status is PokStatus.CANCELLED
        placement.pok_status = PokStatus.CANCELLED if cancelled else PokStatus.DRAFT
        refresh_pok(placement, student, today, check=False)
        s.add(placement)
        return finish(s, student, placement, today)


def set_allowance(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    kind: AllowanceKind,
    cents_per_month: int | None,
    paid: bool,
    *,
    today: date | None = None,
) -> PlacementView:
    """The agreed allowance (euro cents per month), or a wage, or none; and whether it is paid."""
    require(actor, CASE_WORKERS, "change allowances")
    today = today_or(today)
    rules.check_allowance(kind, cents_per_month, paid)
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        placement.allowance_kind, placement.allowance_cents_per_month = kind, cents_per_month
        placement.allowance_paid = paid
        s.flush()
        return view_of(s, student, placement, today)


def placement_warnings(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    *,
    today: date | None = None,
) -> tuple[PlacementWarningItem, ...]:
    """The placement's warnings on ``today`` (the student's mentor may read them too)."""
    require(actor, CASE_READERS, "read cases")
    with sessions() as s:
        placement = fetch(s, Placement, placement_id, "placement")
        student = case_student(s, actor, placement.student_id, "read cases", mentor_may=True)
        return view_of(s, student, placement, today_or(today)).warnings


# -- helpers ---------------------------------------------------------------------------------


def _check_values(
    start: date, end: date, hours_per_week: int, kind: AllowanceKind = AllowanceKind.NONE
) -> None:
    rules.check_period(start, end)
    rules.check_hours(hours_per_week)
    if not isinstance(kind, AllowanceKind):
        raise ValidationError("allowance_kind", f"must be one of {', '.join(AllowanceKind)}")


def _check_links(
    s: Session,
    student: Student,
    company_id: uuid.UUID,
    praktijkopleider_id: uuid.UUID | None,
    application_id: uuid.UUID | None,
    placement_id: uuid.UUID | None,
) -> None:
    """The company exists, the praktijkopleider works there, the application fits."""
    if s.get(Company, company_id) is None:
        raise ValidationError("company_id", f"no company {company_id}")
    if praktijkopleider_id is not None:
        contact = s.get(ContactPerson, praktijkopleider_id)
        if contact is None or contact.company_id != company_id:
            raise ValidationError("praktijkopleider_id", "is not a contact person of the company")
    if application_id is None:
        return
    app = s.get(Application, application_id)
    field_name = "application_id"
    if app is None or app.student_id != student.id:
        raise ValidationError(field_name, "is not an application of this student")
    if app.company_id != company_id:
        raise ValidationError(field_name, "was made to another company")
    if app.status is not ApplicationStatus.ACCEPTED:
        raise ValidationError(field_name, f"is {app.status.value}, not accepted")
    others = select(Placement.id).where(Placement.application_id == application_id)
    if placement_id is not None:
        others = others.where(Placement.id != placement_id)
    if s.scalar(others) is not None:
        raise ValidationError(field_name, "has a placement already")


def _check_recognition(s: Session, student: Student, company_id: uuid.UUID, start: date) -> None:
    """Refuse a company not recognised for the programme on ``start``, if the school says so."""
    if not read_settings(s).refuse_unrecognised:
        return
    crebo = fetch(s, Programme, student.programme_id, "programme").crebo
    facts = [
        RecognitionFact(r.crebo, r.recognised_on, r.revoked_on)
        for r in s.execute(
            select(Recognition).where(
                Recognition.company_id == company_id, Recognition.crebo == crebo
            )
        ).scalars()
    ]
    if not recognition.covers(facts, crebo, start):
        raise ValidationError("company_id", recognition.why_not(facts, crebo, start))
