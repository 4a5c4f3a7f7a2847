"""Read queries for lists, summaries and counts: plain rows, never live ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from stagedesk.domain.enums import (
    ApplicationStatus,
    Leerweg,
    PokStatus,
    RejectionReason,
    SearchStatus,
)
from stagedesk.store.companies import Company
from stagedesk.store.models import Base
from stagedesk.store.placements import Application, Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student


@dataclass(frozen=True, slots=True)
class StudentIndexRow:
    """The columns the student list filters and sorts on, kept for every student.

    ``key`` is the student's id as 32 hex digits: building 50,000 UUID objects would cost
    more than the rest of the index, and the list only needs them for the rows it shows.
    """

    key: str
    student_number: str
    sort_key: str
    search_text: str
    status: SearchStatus
    status_since: date
    programme_id: uuid.UUID
    cohort: int
    mentor_id: uuid.UUID | None
    company: str | None


@dataclass(frozen=True, slots=True)
class StudentListRow:
    """What one line of the student list shows."""

    id: uuid.UUID
    student_number: str
    given_name: str
    tussenvoegsel: str | None
    surname: str
    programme: str
    niveau: int
    leerweg: Leerweg
    cohort: int
    class_group: str | None
    mentor: str | None
    status: SearchStatus
    status_since: date
    company: str | None


@dataclass(frozen=True, slots=True)
class ProgrammeChoice:
    id: uuid.UUID
    crebo: str
    name: str
    niveau: int
    leerweg: Leerweg


@dataclass(frozen=True, slots=True)
class ApplicationBrief:
    company: str
    status: ApplicationStatus
    changed_on: date
    rejection_reason: RejectionReason | None


@dataclass(frozen=True, slots=True)
class PlacementBrief:
    company: str
    start_date: date
    end_date: date
    hours_per_week: int
    pok_status: PokStatus
    ended_early_on: date | None


@dataclass(frozen=True, slots=True)
class StudentSummary:
    row: StudentListRow
    date_of_birth: date
    extra_support: bool
    application_count: int
    rejection_count: int
    latest_application: ApplicationBrief | None
    placement: PlacementBrief | None


def student_index(session: Session, only: uuid.UUID | None = None) -> list[StudentIndexRow]:
    """Every student's filter/sort columns, in one round trip (the caller sorts); with
    ``only``, just that student's (after a change in one case)."""
    raw_id = type_coerce(Student.id, String)
    stmt = select(
        raw_id,
        Student.student_number,
        Student.sort_key,
        Student.search_text,
        Student.search_status,
        Student.search_status_since,
        type_coerce(Student.programme_id, String),
        Student.cohort,
        type_coerce(Student.mentor_id, String),
        Company.name,
    ).outerjoin(Company, Company.id == Student.current_company_id)
    if only is not None:
        stmt = stmt.where(Student.id == only)
    # SQLite hands back hex text, PostgreSQL's driver UUID objects; the few distinct
    # programme and mentor ids become UUIDs once each (a dict hit per row, no call).
    interned: dict[object, uuid.UUID | None] = {None: None}

    def as_uuid(raw: object) -> uuid.UUID | None:
        found = interned[raw] = raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
        return found

    known = interned.get
    rows = []
    # Core execution (the connection, not the ORM session): plain rows, a third faster here.
    for (
        key,
        number,
        sort,
        text,
        status,
        since,
        programme,
        cohort,
        mentor,
        company,
    ) in session.connection().execute(stmt):
        programme_id = known(programme) or as_uuid(programme)
        mentor_id = known(mentor, False)
        if mentor_id is False:
            mentor_id = as_uuid(mentor)
        rows.append(
            StudentIndexRow(
                key if type(key) is str else cast(uuid.UUID, key).hex,
                number,
                sort,
                text,
                status,
                since,
                programme_id,  # type: ignore[arg-type]  # a programme id is never NULL
                cohort,
                mentor_id,  # type: ignore[arg-type]
                company,
            )
        )
    return rows


def _list_select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Student.id,
            Student.student_number,
            Student.given_name,
            Student.tussenvoegsel,
            Student.surname,
            Programme.name,
            Programme.niveau,
            Programme.leerweg,
            Student.cohort,
            Student.class_group,
            StaffMember.name,
            Student.search_status,
            Student.search_status_since,
            Company.name,
        )
        .join(Programme, Programme.id == Student.programme_id)
        .outerjoin(StaffMember, StaffMember.id == Student.mentor_id)
        .outerjoin(Company, Company.id == Student.current_company_id)
    )


def student_rows(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, StudentListRow]:
    """The display rows of the given students (a visible page of the list)."""
    if not ids:
        return {}
    rows = session.execute(_list_select().where(Student.id.in_(list(ids))))
    return {row[0]: StudentListRow(*row) for row in rows}


def programme_choices(session: Session) -> list[ProgrammeChoice]:
    stmt = select(
        Programme.id, Programme.crebo, Programme.name, Programme.niveau, Programme.leerweg
    ).order_by(Programme.name, Programme.niveau, Programme.leerweg)
    return [ProgrammeChoice(*row) for row in session.execute(stmt)]


def mentor_names(session: Session) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(StaffMember.id, StaffMember.name)).all())


def student_summary(session: Session, student_id: uuid.UUID) -> StudentSummary | None:
    row = session.execute(_list_select().where(Student.id == student_id)).first()
    if row is None:
        return None
    dob, extra = session.execute(
        select(Student.date_of_birth, Student.extra_support).where(Student.id == student_id)
    ).one()
    app_count, rejected = session.execute(
        select(
            func.count(Application.id),
            func.count(Application.id).filter(Application.status == ApplicationStatus.REJECTED),
        ).where(Application.student_id == student_id)
    ).one()
    latest = session.execute(
        select(
            Company.name,
            Application.status,
            Application.status_changed_on,
            Application.rejection_reason,
        )
        .join(Company, Company.id == Application.company_id)
        .where(Application.student_id == student_id)
        .order_by(Application.status_changed_on.desc(), Application.created_on.desc())
        .limit(1)
    ).first()
    placement = session.execute(
        select(
            Company.name,
            Placement.start_date,
            Placement.end_date,
            Placement.hours_per_week,
            Placement.pok_status,
            Placement.ended_early_on,
        )
        .join(Company, Company.id == Placement.company_id)
        .where(Placement.student_id == student_id)
        .order_by(Placement.start_date.desc())
        .limit(1)
    ).first()
    return StudentSummary(
        row=StudentListRow(*row),
        date_of_birth=dob,
        extra_support=extra,
        application_count=app_count,
        rejection_count=rejected,
        latest_application=ApplicationBrief(*latest) if latest else None,
        placement=PlacementBrief(*placement) if placement else None,
    )


def entity_counts(session: Session) -> dict[str, int]:
    """Rows per table, by table name (the schema's own bookkeeping excluded)."""
    counts: dict[str, int] = {}
    for name, table in sorted(Base.metadata.tables.items()):
        counts[name] = session.execute(select(func.count()).select_from(table)).scalar_one()
    return counts


def students_per_status(session: Session) -> dict[SearchStatus, int]:
    rows = session.execute(
        select(Student.search_status, func.count()).group_by(Student.search_status)
    )
    found = dict(rows.all())
    return {status: found.get(status, 0) for status in SearchStatus}
