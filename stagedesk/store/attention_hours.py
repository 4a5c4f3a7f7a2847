"""The attention list's read queries for hours registration (rows as in
store.attention_queries): first the running placements whose hours are being written, with
the minutes worked so far (the placement's own totals: no bpv_hours row is read); then, for
the few the service picks out, who the student is.

Two steps because the second is the expensive one: it reads the student, programme and
company of every placement it returns, and only a fraction of the placements is behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date

from sqlalchemy import String, func, select
from sqlalchemy import type_coerce as _as
from sqlalchemy.orm import Session

from stagedesk.domain.enums import PokStatus, SearchStatus
from stagedesk.store.attention_queries import Rows, _rows, _students, as_key, live_on
from stagedesk.store.companies import Company
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student

# Ids per IN list: well below every backend's limit on bound parameters.
CHUNK = 5_000


def running_placements_with_hours(session: Session, today: date) -> Rows:
    """Placements running on ``today`` (started, not over, POK not cancelled) that have at
    least one week of hours written: placement key (text), start, end (the early end when
    broken off), the placement's total hours, the minutes worked in all its weeks.

    Only placements with hours written: an office that does not register a placement's hours
    would otherwise see every running placement as behind. The totals are the placement's own
    (store.hours_totals keeps them), read from the index ix_placement_hours alone.
    """
    stmt = select(
        _as(Placement.id, String),
        Placement.start_date,
        func.coalesce(Placement.ended_early_on, Placement.end_date),
        Placement.total_hours,
        Placement.hours_worked_minutes,
    ).where(
        Placement.hours_weeks > 0,
        Placement.start_date <= today,
        live_on(today),
        Placement.pok_status != PokStatus.CANCELLED,
    )
    return _rows(session, stmt)


def placement_students(
    session: Session, placement_keys: Collection[object], *, mentor_id: uuid.UUID | None = None
) -> Rows:
    """For these placements (keys as running_placements_with_hours gives them) of students
    not stopped (only one mentor's when given): the head, then company, the programme's crebo
    and the placement key."""
    ids = [uuid.UUID(hex=as_key(key)) for key in placement_keys]
    found: Rows = []
    for at in range(0, len(ids), CHUNK):
        stmt = (
            _students(Company.name, Programme.crebo, _as(Placement.id, String), mentor_id=mentor_id)
            .select_from(Placement)
            .join(Student, Student.id == Placement.student_id)
            .join(Programme, Programme.id == Student.programme_id)
            .join(Company, Company.id == Placement.company_id)
            .where(
                Placement.id.in_(ids[at : at + CHUNK]),
                Student.search_status != SearchStatus.STOPPED,
            )
        )
        found += _rows(session, stmt)
    return found
