"""A mentor's agenda (or everyone's): planned visits by ISO week, overdue ones marked.

Overdue visits (planned for a day before today, neither held nor cancelled) stay in the
agenda, in the week they were planned for, however long ago: they are what needs doing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import VisitStatus
from stagedesk.domain.errors import PermissionDenied
from stagedesk.domain.visits import iso_week
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import CASE_READERS, fetch, today_or
from stagedesk.services.visit_views import VisitView, views_where
from stagedesk.store.staff import StaffMember
from stagedesk.store.visits import Visit

# How far ahead the agenda looks unless asked otherwise: about a school term.
DEFAULT_WEEKS_AHEAD = 13


@dataclass(frozen=True)
class AgendaWeek:
    year: int  # ISO year
    week: int  # ISO week number
    monday: date
    visits: tuple[VisitView, ...]  # by date and time

    @property
    def overdue(self) -> int:
        return sum(visit.overdue for visit in self.visits)


@dataclass(frozen=True)
class Agenda:
    mentor_id: uuid.UUID | None  # None: every mentor's visits
    mentor_name: str | None
    until: date
    weeks: tuple[AgendaWeek, ...]

    @property
    def overdue(self) -> int:
        return sum(week.overdue for week in self.weeks)

    @property
    def visits(self) -> tuple[VisitView, ...]:
        return tuple(visit for week in self.weeks for visit in week.visits)


def mentor_agenda(
    sessions: sessionmaker[Session],
    actor: Actor,
    mentor_id: uuid.UUID | None,
    *,
    until: date | None = None,
    today: date | None = None,
) -> Agenda:
    """The planned visits of ``mentor_id`` (None: of all mentors, for the office) up to
    ``until`` (default: 13 weeks ahead), overdue ones included. A mentor reads their own."""
    require(actor, CASE_READERS, "read the visit agenda")
    if not actor.has(*CASE_WORKERS) and (mentor_id is None or mentor_id != actor.staff_id):
        raise PermissionDenied(f"{actor.name} may read only their own visit agenda")
    today = today_or(today)
    until = until or today + timedelta(weeks=DEFAULT_WEEKS_AHEAD)
    conditions = [
        Visit.status == VisitStatus.PLANNED,
        Visit.planned_on.is_not(None),
        Visit.planned_on <= until,
    ]
    with sessions() as s:
        name = None
        if mentor_id is not None:
            name = fetch(s, StaffMember, mentor_id, "staff member").name
            conditions.append(Visit.mentor_id == mentor_id)
        visits = views_where(s, today, *conditions)
    return Agenda(mentor_id, name, until, _by_week(visits))


def _by_week(visits: tuple[VisitView, ...]) -> tuple[AgendaWeek, ...]:
    weeks: dict[tuple[int, int], list[VisitView]] = {}
    for visit in sorted(visits, key=_when):
        assert visit.planned_on is not None  # the query asks for planned dates
        weeks.setdefault(iso_week(visit.planned_on), []).append(visit)
    return tuple(
        AgendaWeek(year, week, date.fromisocalendar(year, week, 1), tuple(found))
        for (year, week), found in sorted(weeks.items())
    )


def _when(visit: VisitView) -> tuple[date, bool, str, str]:
    # Timed visits first on a day (by time), then the rest by student.
    planned_on = visit.planned_on or date.min
    at = visit.planned_time.isoformat() if visit.planned_time else ""
    return planned_on, visit.planned_time is None, at, visit.student_name
