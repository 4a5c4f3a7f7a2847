"""Read queries behind the dashboard and the shortage report: a few set-based GROUP BY
statements returning plain rows, and the student lists behind each figure.

Dates are bound values the caller computed and the only SQL function used is ``date()``
(the same call on SQLite and PostgreSQL), so every statement reads the same on both. Ids come
back as 32 hex digits (``as_key``), whatever the driver hands over.

*Without a place* means a search status of not started, searching or applying
(``attention_queries.NOT_PLACED``): no placement, not even one waiting for its POK. A
student's *region* is the region of the company their furthest open application is with
(``Student.current_company_id``); students without one get the caller's fallback region.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from stagedesk.domain.enums import AllowanceKind, Leerweg, SearchStatus, Sector, VisitStatus
from stagedesk.store.attention_queries import NOT_PLACED, as_key, live_on
from stagedesk.store.companies import Company, Recognition
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

# SQLite allows 32,766 bound values per statement; stay well below for lists of ids.
_CHUNK = 5_000
_ONE_DAY = timedelta(days=1)


def _rows(session: Session, stmt: Select[*tuple[Any, ...]]) -> list[Sequence[Any]]:
    # Core execution: plain rows without the ORM's result handling; all() fetches them in one
    # call (iterating the result fetched them one by one: a third of the dashboard's time).
    return list(session.connection().execute(stmt).all())


def day_start(day: date) -> datetime:
    """Midnight (UTC) at the start of ``day``: the bound for comparing ``created_at``."""
    return datetime.combine(day, time.min, tzinfo=UTC)


# --- figures --------------------------------------------------------------------------------


def students_per_status(session: Session) -> dict[SearchStatus, int]:
    """How many students hold each search status (statuses nobody holds are left out)."""
    stmt = select(Student.search_status, func.count()).group_by(Student.search_status)
    return {status: count for status, count in _rows(session, stmt)}


@dataclass(frozen=True, slots=True)
class WithoutPlaceGroup:
    """Students without a place of one programme whose open application lies in one region
    (``region`` None: no open application, or a company without a region)."""

    programme_key: str
    region: str | None
    students: int


def without_place_groups(session: Session) -> list[WithoutPlaceGroup]:
    """Students without a place, counted per programme and region."""
    stmt = (
        select(type_coerce(Student.programme_id, String), Company.region, func.count())
        .select_from(Student)
        .outerjoin(Company, Company.id == Student.current_company_id)
        .where(Student.search_status.in_(NOT_PLACED))
        .group_by(Student.programme_id, Company.region)
    )
    return [WithoutPlaceGroup(as_key(key), region, n) for key, region, n in _rows(session, stmt)]


def placements_per_day(session: Session, since: date, until: date) -> dict[date, int]:
    """Placements recorded (``created_at``, in UTC) per day from ``since`` to ``until``."""
    day = func.date(Placement.created_at, type_=Date)
    stmt = select(day, func.count()).where(recorded_between(since, until)).group_by(day)
    return {_as_date(on): n for on, n in _rows(session, stmt)}


def _as_date(value: date | str) -> date:
    """A date from a column read as the driver hands it: SQLite gives ISO text (also for
    date() whatever result type is declared), PostgreSQL a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def allowance_ok(norm_cents: int) -> ColumnElement[bool]:
    """An allowance at or above the norm (a wage is neither ok nor short: it is a wage)."""
    return and_(
        Placement.allowance_kind == AllowanceKind.ALLOWANCE,
        func.coalesce(Placement.allowance_cents_per_month, 0) >= norm_cents,
    )


def allowance_short(norm_cents: int) -> ColumnElement[bool]:
    """No allowance, or one below the norm: what the allowance overview flags."""
    return or_(
        Placement.allowance_kind == AllowanceKind.NONE,
        and_(
            Placement.allowance_kind == AllowanceKind.ALLOWANCE,
            func.coalesce(Placement.allowance_cents_per_month, 0) < norm_cents,
        ),
    )


def started_in(since: date, today: date) -> ColumnElement[bool]:
    """Placements whose bpv began between ``since`` and ``today``: not ended early on or
    before their first day (then it never began)."""
    return and_(
        Placement.start_date >= since,
        Placement.start_date <= today,
        or_(
            Placement.ended_early_on.is_(None),
            Placement.ended_early_on > Placement.start_date,
        ),
    )


def pok_by_start() -> ColumnElement[bool]:
    """The POK was complete on (or before) the placement's first day."""
    return and_(
        Placement.pok_completed_on.is_not(None),
        Placement.pok_completed_on <= Placement.start_date,
    )


@dataclass(frozen=True, slots=True)
class PlacementCounts:
    """Placements live on a day by allowance (at or above the norm, none or below, a wage);
    placements begun in a period, and those of them with a complete POK by their start."""

    allowance_ok: int
    allowance_short: int
    wage: int
    started: int
    pok_by_start: int


def placement_counts(
    session: Session, today: date, since: date, norm_cents: int
) -> PlacementCounts:
    """The allowance figures on ``today`` and the POK figures of placements begun between
    ``since`` and ``today``, in one pass over the placements."""
    live = live_on(today)
    started = started_in(since, today)
    stmt = select(
        func.count().filter(live, allowance_ok(norm_cents)),
        func.count().filter(live, allowance_short(norm_cents)),
        func.count().filter(live, Placement.allowance_kind == AllowanceKind.WAGE),
        func.count().filter(started),
        func.count().filter(started, pok_by_start()),
    )
    return PlacementCounts(*_rows(session, stmt)[0])


@dataclass(frozen=True, slots=True)
class SupervisedPlacement:
    """A placement that ran during the school year, with the visits held on it so far."""

    student_key: str
    start: date
    end: date  # the planned end, or the day it was ended early
    held: int


def supervised_placements(
    session: Session, since: date, today: date, due_from: date
) -> list[SupervisedPlacement]:
    """Placements that ran on or after ``since`` and either began on or before ``due_from``
    or ended before ``today`` (the others have no visit due yet; see
    services.dashboard_rules), with the number of visits held on them. Placements ended early
    on or before their first day never began and are left out.

    A visit is never logged as held on a future day, so held visits need no date check."""
    held = (
        select(func.count())
        .where(Visit.placement_id == Placement.id, Visit.status == VisitStatus.HELD)
        .scalar_subquery()
    )
    ended = func.coalesce(Placement.ended_early_on, Placement.end_date)
    # Dates as the driver hands them (SQLite: ISO text), read by _as_date: SQLAlchemy's own
    # conversion of 10,000 rows' dates cost more than the query.
    stmt = select(
        type_coerce(Placement.student_id, String),
        type_coerce(Placement.start_date, String),
        type_coerce(Placement.end_date, String),
        type_coerce(Placement.ended_early_on, String),
        held,
    ).where(
        Placement.start_date <= today,
        ended >= since,
        or_(Placement.start_date <= due_from, ended < today),
        or_(
            Placement.ended_early_on.is_(None),
            Placement.ended_early_on > Placement.start_date,
        ),
    )
    placements = []
    for key, start, end, early, n in _rows(session, stmt):
        last = _as_date(end) if early is None else min(_as_date(end), _as_date(early))
        placements.append(SupervisedPlacement(as_key(key), _as_date(start), last, n))
    return placements


@dataclass(frozen=True, slots=True)
class OpenCapacity:
    """Open places at companies recognised for a crebo, in one region (None: unknown)."""

    crebo: str
    region: str | None
    companies: int
    open_places: int


def open_capacity(session: Session, today: date) -> list[OpenCapacity]:
    """Per crebo and region: companies with a recognition in force on ``today`` for it, and
    their open places: capacity less the placements live on ``today`` (never below zero).

    A company recognised for several crebos offers its open places under each of them."""
    occupied = (
        select(Placement.company_id, func.count().label("taken"))
        .where(live_on(today))
        .group_by(Placement.company_id)
        .subquery()
    )
    recognised = (
        select(Recognition.company_id, Recognition.crebo)
        .where(
            Recognition.recognised_on <= today,
            or_(Recognition.revoked_on.is_(None), Recognition.revoked_on > today),
        )
        .distinct()
        .subquery()
    )
    free = Company.capacity - func.coalesce(occupied.c.taken, 0)
    open_places = func.sum(case((free > 0, free), else_=literal(0)))
    stmt = (
        select(recognised.c.crebo, Company.region, func.count(), open_places)
        .select_from(recognised)
        .join(Company, Company.id == recognised.c.company_id)
        .outerjoin(occupied, occupied.c.company_id == Company.id)
        .group_by(recognised.c.crebo, Company.region)
    )
    return [
        OpenCapacity(crebo, region, companies, int(places or 0))
        for crebo, region, companies, places in _rows(session, stmt)
    ]


# --- the students behind a figure -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudentLine:
    """One student of a figure's list."""

    key: str
    student_number: str
    given_name: str
    tussenvoegsel: str | None
    surname: str
    sort_key: str
    programme_key: str
    status: SearchStatus
    status_since: date


def _student_lines(*where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    return select(
        type_coerce(Student.id, String),
        Student.student_number,
        Student.given_name,
        Student.tussenvoegsel,
        Student.surname,
        Student.sort_key,
        type_coerce(Student.programme_id, String),
        Student.search_status,
        Student.search_status_since,
    ).where(*where)


def _lines(session: Session, stmt: Select[*tuple[Any, ...]]) -> list[StudentLine]:
    return [
        StudentLine(as_key(key), number, given, tv, surname, sort, as_key(programme), status, on)
        for key, number, given, tv, surname, sort, programme, status, on in _rows(session, stmt)
    ]


def students_with_status(session: Session, status: SearchStatus) -> list[StudentLine]:
    return _lines(session, _student_lines(Student.search_status == status))


def students_without_place(
    session: Session,
    *,
    programme_ids: Collection[uuid.UUID] | None = None,
    region: str | None = None,
    unknown_region: bool = False,
) -> list[StudentLine]:
    """Students without a place, of ``programme_ids`` (None: any), whose open application is
    with a company in ``region`` (None: any region) — or, with ``unknown_region``, also (or,
    with ``region`` None, only) those without an open application or company region."""
    where: list[ColumnElement[bool]] = [Student.search_status.in_(NOT_PLACED)]
    if programme_ids is not None:
        where.append(Student.programme_id.in_(list(programme_ids)))
    stmt = _student_lines(*where).outerjoin(Company, Company.id == Student.current_company_id)
    if region is not None and unknown_region:
        stmt = stmt.where(or_(Company.region == region, Company.region.is_(None)))
    elif region is not None:
        stmt = stmt.where(Company.region == region)
    elif unknown_region:
        stmt = stmt.where(Company.region.is_(None))
    return _lines(session, stmt)


def students_of_placements(session: Session, *where: ColumnElement[bool]) -> list[StudentLine]:
    """Students with at least one placement matching ``where``."""
    placements = select(Placement.student_id).where(*where)
    return _lines(session, _student_lines(Student.id.in_(placements)))


def students_by_key(session: Session, keys: Iterable[str]) -> list[StudentLine]:
    """The students with these keys (32 hex digits), in chunks the driver accepts."""
    ids = sorted({uuid.UUID(hex=key) for key in keys})
    lines: list[StudentLine] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        lines.extend(_lines(session, _student_lines(Student.id.in_(chunk))))
    return lines


def recorded_between(first: date, last: date) -> ColumnElement[bool]:
    """Placements recorded (``created_at``, UTC) from ``first`` to ``last``, both included."""
    return and_(
        Placement.created_at >= day_start(first),
        Placement.created_at < day_start(last) + _ONE_DAY,
    )


@dataclass(frozen=True, slots=True)
class ProgrammeFacts:
    name: str
    crebo: str
    niveau: int
    leerweg: Leerweg
    sector: Sector


def programme_facts(session: Session) -> dict[str, ProgrammeFacts]:
    """Every programme by its key (id as hex)."""
    stmt = select(
        type_coerce(Programme.id, String),
        Programme.name,
        Programme.crebo,
        Programme.niveau,
        Programme.leerweg,
        Programme.sector,
    )
    return {as_key(row[0]): ProgrammeFacts(*row[1:]) for row in _rows(session, stmt)}
