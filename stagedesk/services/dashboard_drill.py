"""The students behind a dashboard figure: ``dashboard_students(sessions, actor, drill)``
lists them, by the same definitions (and the same query predicates) as the figure itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import not_
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.dates import school_year_start
from stagedesk.domain.enums import Leerweg, SearchStatus
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.names import display_name
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import today_or
from stagedesk.services.dashboard import UNKNOWN_REGION, Cut, Drill, DrillKind, supervision
from stagedesk.services.dashboard_rules import IsoWeek, due_from, school_region
from stagedesk.services.dashboard_settings import read_dashboard_settings
from stagedesk.services.settings import read_settings
from stagedesk.store import dashboard_queries as q
from stagedesk.store.attention_queries import live_on


@dataclass(frozen=True)
class DrillStudent:
    key: str  # the student's id as 32 hex digits
    student_number: str
    name: str
    sort_key: str
    programme: str
    niveau: int
    leerweg: Leerweg
    status: SearchStatus
    status_since: date


def dashboard_students(
    sessions: sessionmaker[Session], actor: Actor, drill: Drill, today: date | None = None
) -> list[DrillStudent]:
    """The students behind a figure of ``dashboard(...)`` on the same ``today``, by name."""
    require(actor, CASE_WORKERS, "see the dashboard")
    today = today_or(today)
    with sessions.begin() as session:
        lines = _drill_lines(session, drill, today)
        names = q.programme_facts(session)
    students = [
        DrillStudent(
            line.key,
            line.student_number,
            display_name(line.given_name, line.tussenvoegsel, line.surname),
            line.sort_key,
            names[line.programme_key].name,
            names[line.programme_key].niveau,
            names[line.programme_key].leerweg,
            line.status,
            line.status_since,
        )
        for line in lines
    ]
    students.sort(key=lambda s: (s.sort_key, s.student_number))
    return students


def _drill_lines(session: Session, drill: Drill, today: date) -> list[q.StudentLine]:
    since = school_year_start(today)
    handlers: dict[DrillKind, Callable[[], list[q.StudentLine]]] = {
        DrillKind.STATUS: lambda: q.students_with_status(session, _status(drill.key)),
        DrillKind.WITHOUT_PLACE: lambda: _without_place(session, drill),
        DrillKind.WEEK: lambda: _week_students(session, drill.key),
        DrillKind.ALLOWANCE_OK: lambda: q.students_of_placements(
            session, live_on(today), q.allowance_ok(_norm(session))
        ),
        DrillKind.ALLOWANCE_SHORT: lambda: q.students_of_placements(
            session, live_on(today), q.allowance_short(_norm(session))
        ),
        DrillKind.VISITS_HELD: lambda: _visit_students(session, since, today, held=True),
        DrillKind.VISITS_MISSED: lambda: _visit_students(session, since, today, held=False),
        DrillKind.POK_ON_TIME: lambda: q.students_of_placements(
            session, q.started_in(since, today), q.pok_by_start()
        ),
        DrillKind.POK_LATE: lambda: q.students_of_placements(
            session, q.started_in(since, today), not_(q.pok_by_start())
        ),
    }
    return handlers[drill.kind]()


def _status(key: str) -> SearchStatus:
    try:
        return SearchStatus(key)
    except ValueError:
        raise ValidationError("drill", f"no search status {key!r}") from None


def _norm(session: Session) -> int:
    return read_settings(session).allowance_norm_cents


def _week_students(session: Session, key: str) -> list[q.StudentLine]:
    try:
        week = IsoWeek.parse(key)
    except ValueError as exc:
        raise ValidationError("drill", str(exc)) from None
    return q.students_of_placements(session, q.recorded_between(week.monday, week.sunday))


def _visit_students(
    session: Session, since: date, today: date, *, held: bool
) -> list[q.StudentLine]:
    frequency = read_dashboard_settings(session).weeks_per_visit
    placements = q.supervised_placements(session, since, today, due_from(today, frequency))
    keys = {p.student_key for p, ok in supervision(placements, today, frequency) if ok == held}
    return q.students_by_key(session, keys)


def _without_place(session: Session, drill: Drill) -> list[q.StudentLine]:
    if drill.cut is None:
        return q.students_without_place(session)
    if drill.cut is Cut.REGION:
        fallback = school_region(read_settings(session).school_address)
        if drill.key == UNKNOWN_REGION:
            known = fallback is not None  # then unknown regions count in the school's
            return [] if known else q.students_without_place(session, unknown_region=True)
        return q.students_without_place(
            session, region=drill.key, unknown_region=drill.key == fallback
        )
    return q.students_without_place(session, programme_ids=_programmes_of(session, drill))


def _programmes_of(session: Session, drill: Drill) -> set[uuid.UUID]:
    facts = q.programme_facts(session)
    if drill.cut is Cut.PROGRAMME:
        wanted = {drill.key} if drill.key in facts else set()
    else:
        wanted = {
            key
            for key, value in facts.items()
            if (drill.cut is Cut.NIVEAU and str(value.niveau) == drill.key)
            or (drill.cut is Cut.LEERWEG and value.leerweg.value == drill.key)
            or (drill.cut is Cut.SECTOR and value.sector.value == drill.key)
        }
    return {uuid.UUID(hex=key) for key in wanted}
