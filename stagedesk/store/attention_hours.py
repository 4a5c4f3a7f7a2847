"""The attention list's read query for hours registration (rows as in
store.attention_queries): running placements whose written hours may be behind schedule, with
who the student is.

It reads the placements' own totals (store.hours_totals keeps them), never the weeks, and
leaves out in SQL every placement surely on schedule, so that the student, programme and
company are read only for the few that may be behind: on 50,000 students with weekly hours on
every running placement, 16,600 placements have hours and 3,300 are behind.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Integer, String, case, cast, func
from sqlalchemy import type_coerce as _as
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from stagedesk.domain.enums import PokStatus, SearchStatus
from stagedesk.store.attention_queries import Rows, _rows, _students, live_on
from stagedesk.store.companies import Company
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student

EPOCH = date(1990, 1, 1)  # a Monday: day numbers from it put weeks on multiples of 7


class day_number(FunctionElement[int]):  # noqa: N801 - reads as the SQL function it stands for
    """Days from EPOCH to a date column, as a whole number, on SQLite and PostgreSQL."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"CAST(julianday({day}) - julianday('{EPOCH.isoformat()}') AS INTEGER)"


@compiles(day_number)
def _day_number(element: day_number, compiler: Any, **kw: Any) -> str:
    # PostgreSQL: the difference of two dates is a whole number of days.
    return f"({compiler.process(element.clauses, **kw)} - DATE '{EPOCH.isoformat()}')"


def placements_maybe_behind(
    session: Session, today: date, at_least: int, *, mentor_id: uuid.UUID | None = None
) -> Rows:
    """Placements running on ``today`` (started, not over, POK not cancelled) of students not
    stopped (one mentor's when given), with hours written, that are behind schedule were their
    required hours the larger of their own total and ``at_least`` (the largest requirement of
    any programme and leerjaar: domain.hours.largest_required): the head, then company,
    the programme's crebo, placement key (text), start, end (the early end when broken off),
    the placement's total hours, the minutes worked in all its weeks and the student's cohort
    (for the leerjaar whose required hours count: domain.hours.requirement).

    Only placements with hours written: an office that does not register a placement's hours
    would otherwise see every running placement as behind. Being behind only grows with the
    requirement, so with the largest requirement in force this finds every placement the rule
    of domain.hours can find, and some more; the caller's rule decides for those.
    """
    end = func.coalesce(Placement.ended_early_on, Placement.end_date)
    return _rows(
        session,
        _students(
            Company.name,
            Programme.crebo,
            _as(Placement.id, String),
            Placement.start_date,
            end,
            Placement.total_hours,
            Placement.hours_worked_minutes,
            Student.cohort,
            mentor_id=mentor_id,
        )
        .select_from(Placement)
        .join(Student, Student.id == Placement.student_id)
        .join(Programme, Programme.id == Student.programme_id)
        .join(Company, Company.id == Placement.company_id)
        .where(
            Placement.hours_weeks > 0,
            Placement.start_date <= today,
            live_on(today),
            Placement.pok_status != PokStatus.CANCELLED,
            _behind(today, at_least, end),
            Student.search_status != SearchStatus.STOPPED,
        ),
    )


def _behind(today: date, at_least: int, end: ColumnElement[Any]) -> ColumnElement[bool]:
    """domain.hours.Progress.behind_schedule for a running placement, in whole numbers on day
    numbers: the minutes worked below what the weeks passed but one should have brought,
    ``minutes * weeks_total < required * 60 * (weeks_passed - 1)``. Running means started and
    not over, so the weeks passed are those from the first Monday to today's week."""
    first_week = day_number(Placement.start_date) // 7
    weeks_total = day_number(end) // 7 - first_week + 1
    weeks_passed = (today - EPOCH).days // 7 - first_week
    required = case((Placement.total_hours > at_least, Placement.total_hours), else_=at_least)
    worked = cast(Placement.hours_worked_minutes, BigInteger) * weeks_total
    return worked < cast(required, BigInteger) * 60 * (weeks_passed - 1)
