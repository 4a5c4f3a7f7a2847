"""What the meldpunt's services hand out: plain views of meldingen, built inside a session.

Nothing here checks roles or writes the trail: services.meldpunt does both before it calls in.
The audit representation of a melding (``AUDIT``) lives here too, next to the fields it names.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain import names
from stagedesk.domain.enums import DiscriminationGround, MeldingStatus, StaffRole
from stagedesk.domain.errors import NotFound
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.services.audit import FieldPolicy
from stagedesk.store.companies import Company
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student

MELDPUNT = frozenset({StaffRole.MELDPUNT})

# A melding in the trail: the workflow as it is (status, follow-up, consent, dates, who
# handles it), because proving who moved a melding where, and what the student agreed to
# share before anything went to SBB, is what the trail is for. Who reported, about which
# company, on what ground and what happened are withheld or digested: the trail is readable
# by admins, who may not see meldingen, and it cannot be purged when the melding is.
AUDIT = FieldPolicy(
    "melding",
    withheld=frozenset(
        {"student_id", "anonymous", "company_id", "incident_on", "incident_place", "ground"}
    ),
    digested=frozenset({"description", "student_wishes", "outcome", "note"}),
)
FIELDS = (
    "student_id",
    "anonymous",
    "company_id",
    "received_on",
    "incident_on",
    "incident_place",
    "ground",
    "description",
    "student_wishes",
    "follow_up",
    "shared_with_sbb",
    "outcome",
    "status",
    "status_changed_on",
    "handled_by_id",
)


@dataclass(frozen=True)
class StepView:
    number: int
    status: MeldingStatus
    happened_on: date
    note: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class MeldingView:
    """A melding with its history; ``student_name``/``company_name`` are for display."""

    id: uuid.UUID
    version: int
    status: MeldingStatus
    status_changed_on: date
    received_on: date
    anonymous: bool
    student_id: uuid.UUID | None
    student_name: str | None
    student_number: str | None
    company_id: uuid.UUID | None
    company_name: str | None
    incident_on: date | None
    incident_place: str | None
    ground: DiscriminationGround
    description: str | None
    student_wishes: str | None
    follow_up: FollowUp | None
    shared_with_sbb: frozenset[SbbShare]
    outcome: str | None
    handled_by: str | None
    steps: tuple[StepView, ...]


@dataclass(frozen=True)
class MeldingRow:
    """One line of the meldpunt's list."""

    id: uuid.UUID
    status: MeldingStatus
    status_changed_on: date
    received_on: date
    ground: DiscriminationGround
    anonymous: bool
    student_name: str | None
    company_name: str | None


@dataclass(frozen=True)
class CompanySignals:
    """A company meldingen were made about: how many, and when they were received."""

    company_id: uuid.UUID
    company_name: str
    count: int
    received: tuple[date, ...]


@dataclass(frozen=True)
class MeldingCounts:
    """Numbers only, for every role: no company, student or content."""

    total: int
    open: int
    by_status: dict[MeldingStatus, int]


def snapshot(melding: Melding) -> dict[str, Any]:
    """The melding's fields as values, to compare before and after an edit."""
    values = {name: getattr(melding, name) for name in FIELDS}
    values["shared_with_sbb"] = sorted(melding.shared_with_sbb or [])
    return values


def shown(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` as the trail may keep them (see ``AUDIT``)."""
    return {name: AUDIT.shown(name, value) for name, value in values.items()}


def load(session: Session, melding_id: uuid.UUID) -> Melding:
    melding = session.get(Melding, melding_id)
    if melding is None:
        raise NotFound(f"no melding {melding_id}")
    return melding


def _student(session: Session, student_id: uuid.UUID | None) -> tuple[str | None, str | None]:
    if student_id is None:
        return None, None
    student = session.get(Student, student_id)
    if student is None:
        return None, None
    name = names.display_name(student.given_name, student.tussenvoegsel, student.surname)
    return name, student.student_number


def _staff_names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(StaffMember.id, StaffMember.name).where(StaffMember.id.in_(wanted))
    )
    return dict(rows.all())


def view_of(session: Session, melding: Melding) -> MeldingView:
    steps = list(
        session.execute(
            select(MeldingStep)
            .where(MeldingStep.melding_id == melding.id)
            .order_by(MeldingStep.number)
        ).scalars()
    )
    staff = _staff_names(session, {melding.handled_by_id, *(s.recorded_by_id for s in steps)})
    student_name, number = _student(session, melding.student_id)
    company = session.get(Company, melding.company_id) if melding.company_id else None
    return MeldingView(
        id=melding.id,
        version=melding.version,
        status=melding.status,
        status_changed_on=melding.status_changed_on,
        received_on=melding.received_on,
        anonymous=melding.anonymous,
        student_id=melding.student_id,
        student_name=student_name,
        student_number=number,
        company_id=melding.company_id,
        company_name=company.name if company else None,
        incident_on=melding.incident_on,
        incident_place=melding.incident_place,
        ground=melding.ground,
        description=melding.description,
        student_wishes=melding.student_wishes,
        follow_up=melding.follow_up,
        shared_with_sbb=frozenset(SbbShare(v) for v in melding.shared_with_sbb or []),
        outcome=melding.outcome,
        handled_by=staff.get(melding.handled_by_id) if melding.handled_by_id else None,
        steps=tuple(
            StepView(
                s.number,
                s.status,
                s.happened_on,
                s.note,
                staff.get(s.recorded_by_id) if s.recorded_by_id else None,
            )
            for s in steps
        ),
    )


def rows(session: Session, status: MeldingStatus | None) -> list[MeldingRow]:
    query = (
        select(
            Melding,
            Company.name,
            Student.given_name,
            Student.tussenvoegsel,
            Student.surname,
        )
        .outerjoin(Company, Company.id == Melding.company_id)
        .outerjoin(Student, Student.id == Melding.student_id)
        .order_by(Melding.received_on.desc(), Melding.id)
    )
    if status is not None:
        query = query.where(Melding.status == status)
    result = []
    for melding, company, given, tv, surname in session.execute(query):
        result.append(
            MeldingRow(
                id=melding.id,
                status=melding.status,
                status_changed_on=melding.status_changed_on,
                received_on=melding.received_on,
                ground=melding.ground,
                anonymous=melding.anonymous,
                student_name=names.display_name(given, tv, surname) if surname else None,
                company_name=company,
            )
        )
    return result


def signals(session: Session) -> list[CompanySignals]:
    found: dict[uuid.UUID, tuple[str, list[date]]] = {}
    query = (
        select(Company.id, Company.name, Melding.received_on)
        .join(Melding, Melding.company_id == Company.id)
        .order_by(Company.name, Company.id, Melding.received_on)
    )
    for company_id, name, received in session.execute(query):
        found.setdefault(company_id, (name, []))[1].append(received)
    result = [
        CompanySignals(company_id, name, len(days), tuple(days))
        for company_id, (name, days) in found.items()
    ]
    return sorted(result, key=lambda c: (-c.count, c.company_name))


@dataclass(frozen=True)
class Choice:
    """A student or company the meldpunt can link a melding to."""

    id: uuid.UUID
    label: str


def student_by_number(session: Session, number: str) -> Choice | None:
    row = session.execute(
        select(Student.id, Student.given_name, Student.tussenvoegsel, Student.surname).where(
            Student.student_number == number.strip()
        )
    ).first()
    if row is None:
        return None
    return Choice(row[0], f"{names.display_name(row[1], row[2], row[3])} ({number.strip()})")


def companies_named(session: Session, text: str, limit: int) -> list[Choice]:
    words = text.strip()
    if not words:
        return []
    query = (
        select(Company.id, Company.name, Company.city)
        .where(Company.name.ilike(f"%{words}%"))
        .order_by(Company.name, Company.id)
        .limit(limit)
    )
    return [
        Choice(company_id, f"{name}, {city}" if city else name)
        for company_id, name, city in session.execute(query)
    ]
