"""Read queries behind the attention list: one set-based statement per kind of signal.

Every row starts with the same ten *head* columns (``HEAD``: who the student is); the columns
after them are named in each function's docstring. Dates are compared with bound values the
caller computed, so the SQL is the same on SQLite and PostgreSQL (no date arithmetic in the
database). The rows are plain tuples; the attention service decides what they mean.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Exists,
    Select,
    String,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy import type_coerce as _as
from sqlalchemy.orm import Session

from stagedesk.domain.enums import (
    Leerweg,
    PokStatus,
    SearchStatus,
    VisitStatus,
)
from stagedesk.store.companies import Company
from stagedesk.store.lifecycle import Prerequisite, StudentPrerequisite
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

IN_SEARCH = (SearchStatus.SEARCHING, SearchStatus.APPLYING)
NOT_PLACED = (SearchStatus.NOT_STARTED, *IN_SEARCH)
# Statuses the domain derives only while no live placement has a complete POK.
WITHOUT_POK = (*NOT_PLACED, SearchStatus.PLACED_AWAITING_POK)

# The head columns, in order: key (id as text), student number, given name, tussenvoegsel,
# surname, sort key, programme key, mentor key (or None). Programmes and mentors are few:
# the caller names them from ``programmes`` and ``mentors`` instead of joining every row.
HEAD = 8
PROGRAMME = 6
MENTOR = 7

Rows = list[Sequence[Any]]


@dataclass(frozen=True, slots=True)
class ProgrammeFacts:
    name: str
    niveau: int
    leerweg: Leerweg


def as_key(raw: object) -> str:
    """An id as 32 hex digits, whatever the driver handed back (SQLite text, PostgreSQL UUID)."""
    return raw.hex if isinstance(raw, uuid.UUID) else str(raw)


def programmes(session: Session) -> dict[Any, ProgrammeFacts]:
    """Every programme, by its id exactly as the rows' programme column holds it (so a row
    needs no conversion to look its programme up)."""
    rows = session.connection().execute(
        select(_as(Programme.id, String), Programme.name, Programme.niveau, Programme.leerweg)
    )
    return {key: ProgrammeFacts(name, niveau, leerweg) for key, name, niveau, leerweg in rows}


def mentors(session: Session) -> dict[Any, str]:
    """Every staff member's name, by id as the rows' mentor column holds it."""
    rows = session.connection().execute(select(_as(StaffMember.id, String), StaffMember.name))
    return {key: name for key, name in rows}


def _students(*extra: Any, mentor_id: uuid.UUID | None) -> Select[*tuple[Any, ...]]:
    """Students with the head columns then ``extra``; only one mentor's when given."""
    stmt: Select[*tuple[Any, ...]] = select(
        _as(Student.id, String),
        Student.student_number,
        Student.given_name,
        Student.tussenvoegsel,
        Student.surname,
        Student.sort_key,
        _as(Student.programme_id, String),
        _as(Student.mentor_id, String),
        *extra,
    )
    if mentor_id is not None:
        stmt = stmt.where(Student.mentor_id == mentor_id)
    return stmt


def _rows(session: Session, stmt: Select[*tuple[Any, ...]]) -> Rows:
    # Core execution: plain rows, without the ORM's result handling (a sixth of the time).
    return list(session.connection().execute(stmt))


def _exists(*where: ColumnElement[bool]) -> Exists:
    # SELECT 1 rather than exists()'s SELECT *: SQLite then answers from a covering index.
    return select(literal(1)).where(*where).exists()


def live_on(today: date) -> ColumnElement[bool]:
    """A placement not over on ``today``: running or upcoming, and not broken off."""
    return and_(
        Placement.end_date >= today,
        or_(Placement.ended_early_on.is_(None), Placement.ended_early_on > today),
    )


def students_without_place(
    session: Session,
    today: date,
    *,
    since_cutoff: date,
    low_programmes: Collection[uuid.UUID],
    bbl_programmes: Collection[uuid.UUID],
    mentor_id: uuid.UUID | None = None,
) -> Rows:
    """Students without a place who search since ``since_cutoff`` or earlier, or follow one of
    ``low_programmes``; and students of ``bbl_programmes`` without a complete POK for a live
    placement (pass none to leave them out). After the head: search status, since, and
    whether the student is such a BBL student."""
    bbl_without_pok = and_(
        Student.programme_id.in_(bbl_programmes),
        ~_exists(
            Placement.student_id == Student.id,
            Placement.pok_status == PokStatus.COMPLETE,
            live_on(today),
        ),
    )
    flagged_bbl = case((bbl_without_pok, True), else_=False) if bbl_programmes else false()
    stmt = _students(
        Student.search_status, Student.search_status_since, flagged_bbl, mentor_id=mentor_id
    ).where(
        Student.search_status.in_(WITHOUT_POK),
        or_(
            and_(
                Student.search_status.in_(NOT_PLACED),
                or_(
                    Student.programme_id.in_(low_programmes),
                    and_(
                        Student.search_status.in_(IN_SEARCH),
                        Student.search_status_since <= since_cutoff,
                    ),
                ),
            ),
            bbl_without_pok if bbl_programmes else false(),
        ),
    )
    return _rows(session, stmt)


def rejections_this_round(
    session: Session, at_least: int, *, mentor_id: uuid.UUID | None = None
) -> Rows:
    """Searching students with ``at_least`` rejections in the current search round. After the
    head: the number of those rejections and the last one's date.

    Both are derived columns of the student (domain.search_round, kept by
    services.case_status.recompute), read from ix_student_attention alone: a
    searching student's round cannot change without a write, as a placement that could end
    it would make them placed. Counting per student here took a third of the list's time.
    """
    stmt = _students(Student.rejections_this_round, Student.last_rejected_on, mentor_id=mentor_id)
    stmt = stmt.where(
        Student.search_status.in_(IN_SEARCH), Student.rejections_this_round >= at_least
    )
    return _rows(session, stmt)


def placements_needing_attention(
    session: Session,
    today: date,
    *,
    pok_by: date,
    visit_by: date,
    mentor_id: uuid.UUID | None = None,
) -> Rows:
    """Live placements (POK not cancelled, student not stopped) that either start by
    ``pok_by`` (or started) without a complete POK, or start by ``visit_by`` (or started)
    without any visit planned or held.

    After the head: date of birth, company, start, end, POK status, the four signature dates
    (student, guardian, school, company), and whether a visit is planned or held.
    """
    visited = _exists(
        Visit.placement_id == Placement.id,
        Visit.status.in_((VisitStatus.PLANNED, VisitStatus.HELD)),
    )
    stmt = (
        _students(
            Student.date_of_birth,
            Company.name,
            Placement.start_date,
            Placement.end_date,
            Placement.pok_status,
            Placement.pok_signed_student,
            Placement.pok_signed_guardian,
            Placement.pok_signed_school,
            Placement.pok_signed_company,
            visited,
            mentor_id=mentor_id,
        )
        .select_from(Placement)
        .join(Student, Student.id == Placement.student_id)
        .join(Company, Company.id == Placement.company_id)
        .where(
            Placement.start_date <= max(pok_by, visit_by),
            Placement.pok_status != PokStatus.CANCELLED,
            live_on(today),
            Student.search_status != SearchStatus.STOPPED,
            or_(
                and_(Placement.start_date <= pok_by, Placement.pok_status != PokStatus.COMPLETE),
                and_(Placement.start_date <= visit_by, ~visited),
            ),
        )
    )
    return _rows(session, stmt)


def open_visit_concerns(session: Session, *, mentor_id: uuid.UUID | None = None) -> Rows:
    """Held visits with concerns the office has not marked handled (students not stopped).
    After the head: company, visit type, held on, the concerns (comma-joined), the visit id.
    Few visits have concerns: ix_visit_concerns finds them without reading the others."""
    stmt = (
        _students(
            Company.name,
            Visit.visit_type,
            Visit.held_on,
            Visit.concerns,
            Visit.id,
            mentor_id=mentor_id,
        )
        .select_from(Visit)
        .join(Placement, Placement.id == Visit.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .join(Company, Company.id == Placement.company_id)
        .where(
            # "> ''" rather than IS NOT NULL (the same rows: concerns are never ''): SQLite
            # then reads ix_visit_concerns instead of every visit (30 rather than 210 ms).
            Visit.concerns > "",
            Visit.concerns_handled_on.is_(None),
            Visit.status == VisitStatus.HELD,
            Student.search_status != SearchStatus.STOPPED,
        )
    )
    return _rows(session, stmt)


def placements_near_start_with_prerequisites(
    session: Session,
    today: date,
    *,
    start_from: date,
    start_by: date,
    programme_ids: Collection[uuid.UUID],
    mentor_id: uuid.UUID | None = None,
) -> Rows:
    """Live placements (POK not cancelled, student not stopped) starting from ``start_from``
    up to ``start_by`` of students in ``programme_ids`` (those with a prerequisite), once for
    each of the student's prerequisite records (once with NULLs when they have none). After
    the head: company, start, the placement id, the programme id, its sector, then the record's
    prerequisite id, status, obtained on and expires on.

    One scan of the placements; the records come from their (student, prerequisite) index.
    """
    if not programme_ids:
        return []
    stmt = (
        _students(
            Company.name,
            Placement.start_date,
            Placement.id,
            _as(Student.programme_id, String),
            Programme.sector,
            _as(StudentPrerequisite.prerequisite_id, String),
            StudentPrerequisite.status,
            StudentPrerequisite.obtained_on,
            StudentPrerequisite.expires_on,
            mentor_id=mentor_id,
        )
        .select_from(Placement)
        .join(Student, Student.id == Placement.student_id)
        .join(Programme, Programme.id == Student.programme_id)
        .join(Company, Company.id == Placement.company_id)
        .outerjoin(StudentPrerequisite, StudentPrerequisite.student_id == Student.id)
        .where(
            Placement.start_date >= start_from,
            Placement.start_date <= start_by,
            Placement.pok_status != PokStatus.CANCELLED,
            live_on(today),
            Student.search_status != SearchStatus.STOPPED,
            # Through coalesce so that SQLite reads the placements first (few start near
            # today) instead of every student of the programmes (25 rather than 50 ms).
            func.coalesce(Student.programme_id, Student.programme_id).in_(programme_ids),
        )
    )
    return _rows(session, stmt)


def prerequisites(session: Session) -> Rows:
    """Every prerequisite the school records: id, name, programme id, sector, validity months
    (ids as the rows of placements_near_start_with_prerequisites hold them)."""
    return _rows(
        session,
        select(
            _as(Prerequisite.id, String),
            Prerequisite.name,
            _as(Prerequisite.programme_id, String),
            Prerequisite.sector,
            Prerequisite.validity_months,
        ),
    )


def programme_sectors(session: Session) -> dict[Any, Any]:
    """Every programme's sector, by programme id as the rows' programme column holds it."""
    stmt = select(_as(Programme.id, String), Programme.sector)
    return dict(session.connection().execute(stmt).all())
