"""The attention list's read query for hours registration: running placements whose hours are
being written, with the total worked so far (rows as in store.attention_queries)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.domain.enums import PokStatus, SearchStatus
from stagedesk.store.attention_queries import Rows, _rows, _students, live_on
from stagedesk.store.companies import Company
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student


def running_placements_with_hours(
    session: Session, today: date, *, mentor_id: uuid.UUID | None = None
) -> Rows:
    """Placements running on ``today`` (started, not over, POK not cancelled, student not
    stopped) that have at least one week of hours written. After the head: company, start,
    end (the early end when broken off), the placement's total hours, the programme's crebo,
    the minutes worked in all its weeks, the placement id.

    Only placements with hours written: an office that does not register a placement's hours
    would otherwise see every running placement as behind. The sums come from the bpv_hours
    rows first (they are few next to the placements), grouped by their unique
    (placement, week) index.
    """
    worked = (
        select(BpvHours.placement_id, func.sum(BpvHours.worked_minutes).label("minutes"))
        .group_by(BpvHours.placement_id)
        .subquery()
    )
    stmt = (
        _students(
            Company.name,
            Placement.start_date,
            func.coalesce(Placement.ended_early_on, Placement.end_date),
            Placement.total_hours,
            Programme.crebo,
            worked.c.minutes,
            Placement.id,
            mentor_id=mentor_id,
        )
        .select_from(worked)
        .join(Placement, Placement.id == worked.c.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .join(Programme, Programme.id == Student.programme_id)
        .join(Company, Company.id == Placement.company_id)
        .where(
            Placement.start_date <= today,
            live_on(today),
            Placement.pok_status != PokStatus.CANCELLED,
            Student.search_status != SearchStatus.STOPPED,
        )
    )
    return _rows(session, stmt)
