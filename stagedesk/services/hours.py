"""Hours registration (urenregistratie) of placements: weeks entered by the office or the
student's mentor, and progress against the required hours (rules in domain.hours).

The required hours per programme (crebo) and leerjaar are the setting row ``hours:required``:
``{crebo: {"all": N, "1": N1, ..., "4": N4}}`` (an old row's ``{crebo: N}`` reads as N for every
year; domain.hours.parse_required). A placement uses its programme's value for its leerjaar
(domain.hours.leerjaar), else the programme's value for every year, else its own total hours.
Every change is in the audit trail, and keeps the placement's totals (store.hours_totals) in
its transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import hours as rules
from stagedesk.domain.audit_chain import digest
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.hours import AbsenceKind, ProgrammeHours, Progress, Requirement, WeekHours
from stagedesk.domain.validation import normalize_crebo
from stagedesk.services import audit
from stagedesk.services.actor import Actor, require
from stagedesk.services.casework import (
    CASE_READERS,
    case_student,
    check_version,
    fetch,
    today_or,
    transaction,
)
from stagedesk.services.setting_rows import read_value, write_value
from stagedesk.services.settings import SETTINGS_WRITERS
from stagedesk.store import hours_totals
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme

REQUIRED_KEY = "hours:required"
ENTITY = "bpv_hours"


@dataclass(frozen=True)
class WeekView:
    id: uuid.UUID
    version: int
    placement_id: uuid.UUID
    week_start: date
    worked_minutes: int
    absent_minutes: int
    absence_kind: AbsenceKind | None
    note: str | None


@dataclass(frozen=True)
class HoursOverview:
    placement_id: uuid.UUID
    weeks: tuple[WeekView, ...]  # by week
    progress: Progress
    behind_schedule: bool
    requirement: Requirement | None = None  # which required hours count, and where from


def record_week(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    week_start: date,
    worked_minutes: int,
    *,
    absent_minutes: int = 0,
    absence_kind: AbsenceKind | None = None,
    note: str | None = None,
    version: int | None = None,
    today: date | None = None,
) -> WeekView:
    """Enter (``version=None``) or change a week's hours of a placement."""
    require(actor, CASE_READERS, "enter bpv hours")
    today = today_or(today)
    week = WeekHours(week_start, worked_minutes, absent_minutes, absence_kind)
    with transaction(sessions, actor) as s:
        placement = fetch(s, Placement, placement_id, "placement")
        case_student(s, actor, placement.student_id, "enter bpv hours", mentor_may=True)
        end = placement.ended_early_on or placement.end_date
        rules.check_week(week, placement.start_date, end, today)
        row = s.execute(
            select(BpvHours).where(
                BpvHours.placement_id == placement.id, BpvHours.week_start == week_start
            )
        ).scalar()
        before = None
        if row is None:
            if version is not None:
                raise ValidationError("version", "no hours were entered for this week yet")
            row = BpvHours(placement_id=placement.id, week_start=week_start)
        else:
            if version is None:
                raise ValidationError("week_start", "hours for this week exist: pass their version")
            check_version(row, version, "week's hours")
            before = trail(row)
        row.worked_minutes, row.absent_minutes = worked_minutes, absent_minutes
        row.absence_kind, row.note = absence_kind, (note or "").strip() or None
        s.add(row)
        hours_totals.recount(s, (placement.id,))
        action = audit.CREATE if before is None else audit.CHANGE
        audit.record(s, actor, action, ENTITY, row.id, before, trail(row))
        return _view(row)


def delete_week(
    sessions: sessionmaker[Session], actor: Actor, week_id: uuid.UUID, version: int
) -> WeekView:
    """Remove a week entered by mistake; returns what was removed."""
    require(actor, CASE_READERS, "enter bpv hours")
    with transaction(sessions, actor) as s:
        row = fetch(s, BpvHours, week_id, "week's hours")
        check_version(row, version, "week's hours")
        placement = fetch(s, Placement, row.placement_id, "placement")
        case_student(s, actor, placement.student_id, "enter bpv hours", mentor_may=True)
        gone, before = _view(row), trail(row)
        s.delete(row)
        hours_totals.recount(s, (placement.id,))
        audit.record(s, actor, audit.DELETE, ENTITY, gone.id, before, None)
        return gone


def placement_hours(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    *,
    today: date | None = None,
) -> HoursOverview:
    """The placement's weeks and its progress on ``today``."""
    require(actor, CASE_READERS, "read cases")
    today = today_or(today)
    with sessions() as s:
        placement = fetch(s, Placement, placement_id, "placement")
        student = case_student(s, actor, placement.student_id, "read cases", mentor_may=True)
        crebo = fetch(s, Programme, student.programme_id, "programme").crebo
        year = rules.leerjaar(student.cohort, placement.start_date)
        need = rules.requirement(read_requirements(s), crebo, year, placement.total_hours)
        rows = s.execute(
            select(BpvHours)
            .where(BpvHours.placement_id == placement.id)
            .order_by(BpvHours.week_start)
        ).scalars()
        weeks = tuple(_view(row) for row in rows)
        end = placement.ended_early_on or placement.end_date
    facts = [WeekHours(w.week_start, w.worked_minutes, w.absent_minutes) for w in weeks]
    progress = rules.progress(facts, need.hours, placement.start_date, end, today)
    return HoursOverview(placement_id, weeks, progress, progress.behind_schedule(), need)


def read_requirements(s: Session) -> dict[str, ProgrammeHours]:
    """The required hours per crebo, for every year and per leerjaar (``hours:required``)."""
    return rules.parse_required(read_value(s, REQUIRED_KEY))


def read_required(s: Session) -> dict[str, int]:
    """The required hours per crebo for every year (the programme-wide values only)."""
    return {
        crebo: p.every_year for crebo, p in read_requirements(s).items() if p.every_year is not None
    }


def save_required_hours(
    sessions: sessionmaker[Session],
    actor: Actor,
    crebo: str,
    required: int | None,
    *,
    year: int | None = None,
) -> dict[str, int]:
    """Set (or with None remove) a programme's required bpv hours for every year, or with
    ``year`` for that leerjaar (1 to 4) only; returns the programme-wide values
    (read_requirements has the whole table)."""
    require(actor, SETTINGS_WRITERS, "change school settings")
    crebo = normalize_crebo(crebo)
    rules.check_required(required, year)
    with sessions.begin() as s:
        table = read_requirements(s)
        programme = rules.with_required(table.get(crebo), required, year)
        if programme.is_empty():
            table.pop(crebo, None)
        else:
            table[crebo] = programme
        write_value(s, REQUIRED_KEY, rules.encode_required(table))
        return read_required(s)


def trail(row: BpvHours) -> dict[str, Any]:
    """A week as the audit trail holds it (the note as a digest only)."""
    return {
        "placement_id": row.placement_id,
        "week_start": row.week_start,
        "worked_minutes": row.worked_minutes,
        "absent_minutes": row.absent_minutes,
        "absence_kind": row.absence_kind,
        "note": digest(row.note),
    }


def _view(row: BpvHours) -> WeekView:
    return WeekView(
        row.id,
        row.version,
        row.placement_id,
        row.week_start,
        row.worked_minutes,
        row.absent_minutes,
        row.absence_kind,
        row.note,
    )
