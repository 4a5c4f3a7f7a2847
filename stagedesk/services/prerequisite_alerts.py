"""Placements starting soon whose student lacks a prerequisite (VOG ...) on the start date:
the question the attention list asks of services.prerequisites' records, for many at once."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import prerequisites as rules
from stagedesk.domain.prerequisites import Holding, Requirement, Shortfall
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import today_or
from stagedesk.store.lifecycle import Prerequisite, StudentPrerequisite
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student


@dataclass(frozen=True)
class PrerequisiteAlert:
    """A placement starting soon whose student lacks prerequisites on its start date."""

    student_id: uuid.UUID
    placement_id: uuid.UUID
    start: date
    shortfalls: tuple[Shortfall, ...]


def placements_missing_prerequisites(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    days: int = 14,
    today: date | None = None,
) -> list[PrerequisiteAlert]:
    """Placements starting from today up to ``days`` ahead (not broken off) whose student
    lacks a prerequisite on the start date, soonest first (for the attention list)."""
    require(actor, CASE_WORKERS, "read the placements missing prerequisites")
    today = today_or(today)
    until = today + timedelta(days=days)
    with sessions() as s:
        reqs = list(s.execute(select(Prerequisite)).scalars())
        if not reqs:
            return []
        rows = s.execute(
            select(Placement.id, Placement.student_id, Placement.start_date,
                   Programme.id.label("programme_id"), Programme.sector)
            .join(Student, Student.id == Placement.student_id)
            .join(Programme, Programme.id == Student.programme_id)
            .where(
                Placement.start_date >= today,
                Placement.start_date <= until,
                Placement.ended_early_on.is_(None),
            )
            .order_by(Placement.start_date)
        ).all()  # fmt: skip
        students = list({row.student_id for row in rows})
        held: dict[uuid.UUID, dict[object, Holding]] = {}
        for start in range(0, len(students), 500):
            chunk = students[start : start + 500]
            for r in s.execute(
                select(StudentPrerequisite).where(StudentPrerequisite.student_id.in_(chunk))
            ).scalars():
                held.setdefault(r.student_id, {})[r.prerequisite_id] = Holding(
                    r.status, r.obtained_on, r.expires_on
                )
    keyed: list[tuple[object, Requirement]] = [
        (r.id, Requirement(r.name, r.programme_id, r.sector, r.validity_months)) for r in reqs
    ]
    alerts = []
    for row in rows:
        gaps = rules.shortfalls(
            keyed, held.get(row.student_id, {}), row.programme_id, row.sector, row.start_date
        )
        if gaps:
            alerts.append(PrerequisiteAlert(row.student_id, row.id, row.start_date, tuple(gaps)))
    return alerts
