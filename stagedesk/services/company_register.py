"""Reading the company register: the searchable list of leerbedrijven and one company's view.

``services.companies`` re-exports the public part next to the edits; import from there.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.applications import OPEN
from stagedesk.domain.enums import PokStatus, Sector, StaffRole
from stagedesk.domain.errors import NotFound
from stagedesk.domain.names import display_name, fold, matcher
from stagedesk.services.actor import Actor, require
from stagedesk.services.company_rows import (
    CompanyApplicationRow,
    CompanyRow,
    CompanyView,
    CompanyVisitRow,
    ContactRow,
    PlacedStudentRow,
    PlacementPhase,
    RecognitionRow,
    contact_row,
    details_of,
    recognition_row,
)
from stagedesk.services.regions import region_for_postcode
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.placements import Application, Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

READERS = frozenset({StaffRole.COORDINATOR, StaffRole.ADMIN, StaffRole.MENTOR})
# Above this many companies the counts are read for the whole table rather than an IN list.
_IN_LIST_MAX = 500


def search_companies(
    sessions: sessionmaker[Session],
    actor: Actor,
    text: str = "",
    sector: Sector | None = None,
    limit: int | None = 200,
    *,
    today: date | None = None,
) -> list[CompanyRow]:
    """Companies whose name, city, KvK number or SBB id contain every word of ``text``
    (case and accents folded), optionally of one sector, by name; at most ``limit``."""
    require(actor, READERS, "read the company register")
    with sessions() as session:
        return _company_rows(session, today or date.today(), text, sector, limit)


class CompanyRegister:
    """The whole company list in memory, filtered as the user types (the screen's source).

    ``search_companies`` reads the counts again on every call; a few thousand companies with
    a college's applications take a few hundred milliseconds to count, too slow for each
    keystroke, so the screen reads them once per ``reload`` and filters here.
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._rows: list[CompanyRow] = []
        self._haystacks: list[str] = []

    def reload(self, actor: Actor, today: date) -> None:
        """Read every company with its counts as of ``today`` (PermissionDenied as
        ``search_companies``)."""
        self._rows = search_companies(self._sessions, actor, limit=None, today=today)
        self._haystacks = [_haystack(r.name, r.city, r.kvk_number, r.sbb_id) for r in self._rows]

    @property
    def total(self) -> int:
        return len(self._rows)

    def search(self, text: str = "", sector: Sector | None = None) -> list[CompanyRow]:
        """The rows ``search_companies`` would return for ``text`` and ``sector``, unlimited."""
        match = matcher(text)
        return [
            row
            for row, haystack in zip(self._rows, self._haystacks, strict=True)
            if (sector is None or row.sector is sector) and match(haystack)
        ]


def _company_rows(
    session: Session, on: date, text: str, sector: Sector | None, limit: int | None
) -> list[CompanyRow]:
    match = matcher(text)
    stmt = select(
        Company.id,
        Company.name,
        Company.kvk_number,
        Company.sbb_id,
        Company.city,
        Company.postcode,
        Company.region,
        Company.sector,
        Company.capacity,
    )
    if sector is not None:
        stmt = stmt.where(Company.sector == sector)
    rows = session.execute(stmt).all()
    found = [
        row for row in rows if match(_haystack(row.name, row.city, row.kvk_number, row.sbb_id))
    ]
    found.sort(key=lambda row: (fold(row.name), row.kvk_number))
    if limit is not None:
        found = found[:limit]
    ids = [row.id for row in found] if len(found) <= _IN_LIST_MAX else None
    placed = _count_by_company(session, Placement, _current_placement(on), ids, per_student=True)
    applying = _count_by_company(session, Application, Application.status.in_(OPEN), ids)
    in_force = _count_by_company(session, Recognition, _recognition_in_force(on), ids)
    result = []
    for row in found:
        region = region_for_postcode(row.postcode)
        result.append(
            CompanyRow(
                id=row.id,
                name=row.name,
                kvk_number=row.kvk_number,
                sbb_id=row.sbb_id,
                city=row.city,
                province=region.province if region else None,
                region=region.region if region else row.region,
                sector=row.sector,
                capacity=row.capacity,
                placed_now=placed[row.id.hex],
                open_applications=applying[row.id.hex],
                recognitions=in_force[row.id.hex],
            )
        )
    return result


def count_companies(sessions: sessionmaker[Session], actor: Actor) -> int:
    """How many companies the register holds."""
    require(actor, READERS, "read the company register")
    with sessions() as session:
        return session.execute(select(func.count()).select_from(Company)).scalar_one()


def _haystack(*parts: str | None) -> str:
    # Fields apart, so that one typed word never spans two of them.
    return " | ".join(fold(part) for part in parts if part)


def _current_placement(on: date) -> ColumnElement[bool]:
    return and_(
        Placement.start_date <= on,
        Placement.end_date >= on,
        or_(Placement.ended_early_on.is_(None), Placement.ended_early_on > on),
        Placement.pok_status != PokStatus.CANCELLED,
    )


def _recognition_in_force(on: date) -> ColumnElement[bool]:
    return and_(
        Recognition.recognised_on <= on,
        or_(Recognition.revoked_on.is_(None), Recognition.revoked_on > on),
    )


def _count_by_company(
    session: Session,
    model: type[Placement] | type[Application] | type[Recognition],
    condition: ColumnElement[bool],
    ids: Sequence[uuid.UUID] | None,
    *,
    per_student: bool = False,
) -> Counter[str]:
    """Matching rows per company (``per_student``: distinct students), keyed by id as hex.

    Counted here rather than in SQL: SQLite walks the company_id index for a GROUP BY or
    DISTINCT and looks every row up, several times slower over all applications than a plain
    scan that hands back the matching ids (typed as text: no UUID object per row).
    """
    if ids is not None and not ids:
        return Counter()
    columns: list[Any] = [type_coerce(model.company_id, String)]
    if per_student:
        columns.append(type_coerce(Placement.student_id, String))
    stmt = select(*columns).where(condition)
    if ids is not None:
        stmt = stmt.where(model.company_id.in_(list(ids)))
    rows = [tuple(row) for row in session.execute(stmt)]
    found = set(rows) if per_student else rows
    # SQLite hands back hex text, PostgreSQL's driver UUID objects.
    return Counter(key if isinstance(key, str) else key.hex for key, *_student in found)


def company_view(
    sessions: sessionmaker[Session], actor: Actor, company_id: uuid.UUID, today: date
) -> CompanyView:
    """Everything the company view shows, read in one transaction."""
    require(actor, READERS, "read the company register")
    with sessions() as session:
        company = session.get(Company, company_id)
        if company is None:
            raise NotFound(f"no company {company_id}")
        return CompanyView(
            details=details_of(company),
            contacts=_contacts(session, company_id),
            recognitions=_recognitions(session, company_id, today),
            applications=_applications(session, company_id),
            placements=_placements(session, company_id, today),
            visits=_visits(session, company_id),
        )


def programme_names(session: Session, crebos: Iterable[str] | None = None) -> dict[str, str]:
    """The programme name per crebo the school teaches (BOL and BBL share the name)."""
    stmt = select(Programme.crebo, Programme.name).order_by(Programme.crebo, Programme.leerweg)
    if crebos is not None:
        stmt = stmt.where(Programme.crebo.in_(list(crebos)))
    names: dict[str, str] = {}
    for crebo, name in session.execute(stmt):
        names.setdefault(crebo, name)
    return names


def _contacts(session: Session, company_id: uuid.UUID) -> list[ContactRow]:
    rows = session.scalars(
        select(ContactPerson)
        .where(ContactPerson.company_id == company_id)
        .order_by(ContactPerson.is_praktijkopleider.desc(), ContactPerson.name)
    )
    return [contact_row(c) for c in rows]


def _recognitions(session: Session, company_id: uuid.UUID, today: date) -> list[RecognitionRow]:
    rows = list(
        session.scalars(
            select(Recognition)
            .where(Recognition.company_id == company_id)
            .order_by(Recognition.crebo, Recognition.recognised_on)
        )
    )
    names = programme_names(session, {r.crebo for r in rows})
    return [recognition_row(r, names.get(r.crebo), today) for r in rows]


def _student_columns() -> tuple[Any, ...]:
    return (Student.id, Student.given_name, Student.tussenvoegsel, Student.surname)


def _applications(session: Session, company_id: uuid.UUID) -> list[CompanyApplicationRow]:
    stmt = (
        select(
            Application.id,
            *_student_columns(),
            Student.student_number,
            Application.status,
            Application.channel,
            Application.status_changed_on,
        )
        .join(Student, Student.id == Application.student_id)
        .where(Application.company_id == company_id)
        .order_by(Application.status_changed_on.desc(), Student.sort_key)
    )
    return [
        CompanyApplicationRow(
            app_id, sid.hex, display_name(given, tv, surname), number, status, channel, on
        )
        for app_id, sid, given, tv, surname, number, status, channel, on in session.execute(stmt)
    ]


def _phase(
    start: date, end: date, ended_early: date | None, pok: PokStatus, on: date
) -> PlacementPhase:
    if start > on and pok is not PokStatus.CANCELLED:
        return PlacementPhase.UPCOMING
    stopped = pok is PokStatus.CANCELLED or (ended_early is not None and ended_early <= on)
    if stopped or end < on:
        return PlacementPhase.ENDED
    return PlacementPhase.CURRENT


def _placements(session: Session, company_id: uuid.UUID, today: date) -> list[PlacedStudentRow]:
    stmt = (
        select(
            Placement.id,
            *_student_columns(),
            Student.student_number,
            Programme.name,
            Placement.start_date,
            Placement.end_date,
            Placement.ended_early_on,
            Placement.pok_status,
        )
        .join(Student, Student.id == Placement.student_id)
        .join(Programme, Programme.id == Student.programme_id)
        .where(Placement.company_id == company_id)
        .order_by(Placement.start_date.desc(), Student.sort_key)
    )
    rows = [
        PlacedStudentRow(
            pid, sid.hex, display_name(given, tv, surname), number, programme, start, end,
            early, pok, _phase(start, end, early, pok, today),
        )
        for pid, sid, given, tv, surname, number, programme, start, end, early, pok
        in session.execute(stmt)
    ]  # fmt: skip
    order = {PlacementPhase.CURRENT: 0, PlacementPhase.UPCOMING: 1, PlacementPhase.ENDED: 2}
    return sorted(rows, key=lambda row: order[row.phase])  # stable: newest first within a phase


def _visits(session: Session, company_id: uuid.UUID) -> list[CompanyVisitRow]:
    on = func.coalesce(Visit.held_on, Visit.planned_on)
    stmt = (
        select(Visit.id, *_student_columns(), Visit.visit_type, Visit.status, on, StaffMember.name)
        .join(Placement, Placement.id == Visit.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .outerjoin(StaffMember, StaffMember.id == Visit.mentor_id)
        .where(Placement.company_id == company_id)
        .order_by(on.desc().nulls_last(), Student.sort_key)
    )
    return [
        CompanyVisitRow(vid, sid.hex, display_name(given, tv, surname), kind, status, day, mentor)
        for vid, sid, given, tv, surname, kind, status, day, mentor in session.execute(stmt)
    ]
