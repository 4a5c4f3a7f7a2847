"""Prerequisites of a bpv (VOG, screening, a course): what programmes and sectors require, each
student's status, and the check when a placement is recorded (rules in domain.prerequisites).

Recording a placement whose student lacks a prerequisite on the start date is refused with the
reasons, or allowed with them as warnings when the setting ``prerequisites:mode`` is ``warn``
(``placements.create_placement`` calls ``check_for_placement``). Coordinators and admins
change requirements and students' records; the student's mentor may read them. Every change
is in the audit trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import prerequisites as rules
from stagedesk.domain.audit_chain import digest
from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.prerequisites import (
    Holding,
    PrerequisiteMode,
    PrerequisiteStatus,
    Requirement,
    Shortfall,
)
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
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
from stagedesk.store.lifecycle import Prerequisite, StudentPrerequisite
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student

MODE_KEY = "prerequisites:mode"


@dataclass(frozen=True)
class RequirementView:
    """A prerequisite required for a programme or for a whole sector."""

    id: uuid.UUID
    version: int
    name: str
    programme_id: uuid.UUID | None
    sector: Sector | None
    validity_months: int | None
    description: str | None


@dataclass(frozen=True)
class StudentPrerequisiteView:
    """One prerequisite that applies to a student, with the student's record of it (if any)
    and whether it holds on the day asked."""

    requirement_id: uuid.UUID
    name: str
    record_id: uuid.UUID | None
    record_version: int | None
    status: PrerequisiteStatus | None  # None: nothing recorded yet
    obtained_on: date | None
    expires_on: date | None  # recorded, or from the requirement's validity period
    note: str | None
    holds: bool
    problem: str | None  # why it does not hold, one sentence


# -- requirements ----------------------------------------------------------------------------


def add_requirement(
    sessions: sessionmaker[Session],
    actor: Actor,
    name: str,
    *,
    programme_id: uuid.UUID | None = None,
    sector: Sector | None = None,
    validity_months: int | None = None,
    description: str | None = None,
) -> RequirementView:
    """A new prerequisite for one programme or for every programme of a sector."""
    require(actor, CASE_WORKERS, "change prerequisites")
    req = rules.check_requirement(Requirement(name, programme_id, sector, validity_months))
    with transaction(sessions, actor) as s:
        if programme_id is not None:
            fetch(s, Programme, programme_id, "programme")
        row = Prerequisite(
            name=req.name,
            programme_id=programme_id,
            sector=sector,
            validity_months=validity_months,
            description=(description or "").strip() or None,
        )
        s.add(row)
        s.flush()
        audit.record(s, actor, audit.CREATE, "prerequisite", row.id, None, _req_trail(row))
        return _req_view(row)


def edit_requirement(
    sessions: sessionmaker[Session],
    actor: Actor,
    requirement_id: uuid.UUID,
    version: int,
    *,
    name: str,
    validity_months: int | None,
    description: str | None,
) -> RequirementView:
    """Change a prerequisite's name, validity period and description."""
    require(actor, CASE_WORKERS, "change prerequisites")
    with transaction(sessions, actor) as s:
        row = fetch(s, Prerequisite, requirement_id, "prerequisite")
        check_version(row, version, "prerequisite")
        req = rules.check_requirement(
            Requirement(name, row.programme_id, row.sector, validity_months)
        )
        before = _req_trail(row)
        row.name, row.validity_months = req.name, req.validity_months
        row.description = (description or "").strip() or None
        s.flush()
        audit.record(s, actor, audit.CHANGE, "prerequisite", row.id, before, _req_trail(row))
        return _req_view(row)


def remove_requirement(
    sessions: sessionmaker[Session], actor: Actor, requirement_id: uuid.UUID, version: int
) -> RequirementView:
    """Drop a prerequisite, with every student's record of it."""
    require(actor, CASE_WORKERS, "change prerequisites")
    with transaction(sessions, actor) as s:
        row = fetch(s, Prerequisite, requirement_id, "prerequisite")
        check_version(row, version, "prerequisite")
        gone = _req_view(row)
        before = _req_trail(row)
        s.delete(row)
        s.flush()
        audit.record(s, actor, audit.DELETE, "prerequisite", gone.id, before, None)
        return gone


def requirements(sessions: sessionmaker[Session], actor: Actor) -> list[RequirementView]:
    """Every prerequisite, by name."""
    require(actor, CASE_READERS, "read prerequisites")
    with sessions() as s:
        rows = s.execute(select(Prerequisite).order_by(Prerequisite.name)).scalars()
        return [_req_view(row) for row in rows]


# -- a student's prerequisites ---------------------------------------------------------------


def set_student_prerequisite(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    requirement_id: uuid.UUID,
    status: PrerequisiteStatus,
    *,
    obtained_on: date | None = None,
    expires_on: date | None = None,
    note: str | None = None,
    version: int | None = None,
    today: date | None = None,
) -> StudentPrerequisiteView:
    """Record the student's status of a prerequisite (``version``: of the record being
    changed, None for a first record)."""
    require(actor, CASE_WORKERS, "change prerequisites")
    today = today_or(today)
    if not isinstance(status, PrerequisiteStatus):
        raise ValidationError("status", f"must be one of {', '.join(PrerequisiteStatus)}")
    rules.check_holding(Holding(status, obtained_on, expires_on), today)
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "change prerequisites")
        req = fetch(s, Prerequisite, requirement_id, "prerequisite")
        row = _record(s, student.id, req.id)
        if row is None:
            if version is not None:
                raise ValidationError("version", "there is no record of this prerequisite yet")
            row = StudentPrerequisite(student_id=student.id, prerequisite_id=req.id)
            before = None
        else:
            if version is None:
                raise ValidationError("version", "the record exists already: pass its version")
            check_version(row, version, "prerequisite record")
            before = _holding_trail(row)
        row.status, row.obtained_on, row.expires_on = status, obtained_on, expires_on
        row.note = (note or "").strip() or None
        s.add(row)
        s.flush()
        action = audit.CREATE if before is None else audit.CHANGE
        audit.record(s, actor, action, "student_prerequisite", row.id, before, _holding_trail(row))
        return _holding_view(req, row, today)


def clear_student_prerequisite(
    sessions: sessionmaker[Session], actor: Actor, record_id: uuid.UUID, version: int
) -> None:
    """Remove a student's record of a prerequisite (recorded by mistake)."""
    require(actor, CASE_WORKERS, "change prerequisites")
    with transaction(sessions, actor) as s:
        row = fetch(s, StudentPrerequisite, record_id, "prerequisite record")
        check_version(row, version, "prerequisite record")
        case_student(s, actor, row.student_id, "change prerequisites")
        before = _holding_trail(row)
        s.delete(row)
        s.flush()
        audit.record(s, actor, audit.DELETE, "student_prerequisite", record_id, before, None)


def student_prerequisites(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    *,
    on: date | None = None,
    today: date | None = None,
) -> list[StudentPrerequisiteView]:
    """The prerequisites that apply to the student's programme, and whether each holds on
    ``on`` (default today), by name. The student's mentor may read them."""
    require(actor, CASE_READERS, "read cases")
    day = on or today_or(today)
    with sessions() as s:
        student = case_student(s, actor, student_id, "read cases", mentor_may=True)
        return [
            _holding_view(req, _record(s, student.id, req.id), day)
            for req in _applicable(s, student)
        ]


def prerequisite_mode(sessions: sessionmaker[Session]) -> PrerequisiteMode:
    """The school's setting: refuse (default) or warn."""
    with sessions() as s:
        return read_mode(s)


def read_mode(s: Session) -> PrerequisiteMode:
    value = read_value(s, MODE_KEY)
    try:
        return PrerequisiteMode(value) if value is not None else PrerequisiteMode.REFUSE
    except ValueError:
        return PrerequisiteMode.REFUSE


def save_prerequisite_mode(
    sessions: sessionmaker[Session], actor: Actor, mode: PrerequisiteMode
) -> None:
    require(actor, SETTINGS_WRITERS, "change school settings")
    mode = PrerequisiteMode(mode)
    with sessions.begin() as s:
        write_value(s, MODE_KEY, mode.value)


def check_for_placement(s: Session, student: Student, start: date) -> tuple[Shortfall, ...]:
    """Inside a placement service's transaction: the prerequisites the student lacks on
    ``start``. Raises ValidationError with every reason when the school refuses such
    placements; else returns them as warnings (empty when all hold)."""
    gaps = _shortfalls(s, student, start)
    if gaps and read_mode(s) is PrerequisiteMode.REFUSE:
        raise ValidationError(
            "prerequisites",
            "not met on the start date: " + "; ".join(gap.reason for gap in gaps),
        )
    return gaps


def placement_shortfalls(
    sessions: sessionmaker[Session], actor: Actor, placement_id: uuid.UUID
) -> tuple[Shortfall, ...]:
    """The prerequisites the placement's student lacks on its start date (for a warning)."""
    require(actor, CASE_READERS, "read cases")
    with sessions() as s:
        placement = fetch(s, Placement, placement_id, "placement")
        student = case_student(s, actor, placement.student_id, "read cases", mentor_may=True)
        return _shortfalls(s, student, placement.start_date)


# -- helpers ---------------------------------------------------------------------------------


def _applicable(s: Session, student: Student) -> list[Prerequisite]:
    programme = fetch(s, Programme, student.programme_id, "programme")
    return list(
        s.execute(
            select(Prerequisite)
            .where(
                (Prerequisite.programme_id == programme.id)
                | (Prerequisite.sector == programme.sector)
            )
            .order_by(Prerequisite.name)
        ).scalars()
    )


def _shortfalls(s: Session, student: Student, on: date) -> tuple[Shortfall, ...]:
    reqs = _applicable(s, student)
    if not reqs:
        return ()
    records: dict[object, Holding] = {
        r.prerequisite_id: Holding(r.status, r.obtained_on, r.expires_on)
        for r in s.execute(
            select(StudentPrerequisite).where(StudentPrerequisite.student_id == student.id)
        ).scalars()
    }
    programme = fetch(s, Programme, student.programme_id, "programme")
    keyed: list[tuple[object, Requirement]] = [(r.id, _requirement(r)) for r in reqs]
    return tuple(rules.shortfalls(keyed, records, programme.id, programme.sector, on))


def _record(s: Session, student_id: uuid.UUID, req_id: uuid.UUID) -> StudentPrerequisite | None:
    return s.execute(
        select(StudentPrerequisite).where(
            StudentPrerequisite.student_id == student_id,
            StudentPrerequisite.prerequisite_id == req_id,
        )
    ).scalar()


def _requirement(row: Prerequisite) -> Requirement:
    return Requirement(row.name, row.programme_id, row.sector, row.validity_months)


def _holding_view(
    req: Prerequisite, row: StudentPrerequisite | None, on: date
) -> StudentPrerequisiteView:
    holding = None if row is None else Holding(row.status, row.obtained_on, row.expires_on)
    gap = rules.shortfall(_requirement(req), holding, on)
    return StudentPrerequisiteView(
        requirement_id=req.id,
        name=req.name,
        record_id=None if row is None else row.id,
        record_version=None if row is None else row.version,
        status=None if row is None else row.status,
        obtained_on=None if row is None else row.obtained_on,
        expires_on=None if holding is None else rules.expiry(_requirement(req), holding),
        note=None if row is None else row.note,
        holds=gap is None,
        problem=None if gap is None else gap.reason,
    )


def _req_view(row: Prerequisite) -> RequirementView:
    return RequirementView(
        row.id,
        row.version,
        row.name,
        row.programme_id,
        row.sector,
        row.validity_months,
        row.description,
    )


def _req_trail(row: Prerequisite) -> dict[str, Any]:
    return {
        "name": row.name,
        "programme_id": row.programme_id,
        "sector": row.sector,
        "validity_months": row.validity_months,
        "description": digest(row.description),
    }


def _holding_trail(row: StudentPrerequisite) -> dict[str, Any]:
    return {
        "student_id": row.student_id,
        "prerequisite_id": row.prerequisite_id,
        "status": row.status,
        "obtained_on": row.obtained_on,
        "expires_on": row.expires_on,
        "note": digest(row.note),
    }
