"""Breaking off a placement (stage afbreken), linking its replacement, and the companies where
placements are broken off repeatedly (rules in domain.breakoff).

Breaking off sets ``placement.ended_early_on`` (the student's derived search status goes back
to searching from that day) and records the break-off's facts; coordinators and admins only,
each change in the audit trail. The next placement recorded for the student is linked as the
replacement by ``placements.create_placement`` (``link_replacement_of``); ``set_replacement``
changes the link by hand. ``companies_with_breakoffs`` answers the coordinator's question
"where do placements keep breaking off?" against the setting ``breakoff:threshold``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import breakoff as rules
from stagedesk.domain.audit_chain import digest
from stagedesk.domain.breakoff import BreakoffFacts, BreakoffParty, BreakoffReason
from stagedesk.domain.errors import Conflict, NotFound, ValidationError
from stagedesk.services import audit, case_status
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import (
    CASE_READERS,
    case_student,
    check_version,
    fetch,
    today_or,
    transaction,
)
from stagedesk.services.placement_views import load_placement
from stagedesk.services.setting_rows import read_value, write_value
from stagedesk.services.settings import SETTINGS_WRITERS
from stagedesk.store.companies import Company
from stagedesk.store.lifecycle import PlacementBreakoff
from stagedesk.store.placements import Placement

ENTITY = "placement_breakoff"
THRESHOLD_KEY = "breakoff:threshold"


@dataclass(frozen=True)
class BreakoffView:
    """A placement's break-off as the case file shows it."""

    id: uuid.UUID
    version: int
    placement_id: uuid.UUID
    student_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    start: date
    planned_end: date
    ended_on: date
    reason: BreakoffReason
    decided_by: BreakoffParty
    conversation_on: date | None
    conversation_summary: str | None
    recorded_by_id: uuid.UUID | None
    replacement_id: uuid.UUID | None


@dataclass(frozen=True)
class CompanyBreakoffs:
    """A company at or above the break-off threshold, with its break-offs in the window."""

    company_id: uuid.UUID
    company_name: str
    count: int
    since: date  # first day of the window counted
    last_on: date
    reasons: tuple[tuple[BreakoffReason, int], ...]  # most frequent first


def break_off(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    *,
    ended_on: date,
    reason: BreakoffReason,
    decided_by: BreakoffParty,
    conversation_on: date | None = None,
    conversation_summary: str | None = None,
    today: date | None = None,
) -> BreakoffView:
    """End the placement early on ``ended_on``; the student is back to searching."""
    require(actor, CASE_WORKERS, "break off placements")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        case_student(s, actor, student.id, "break off placements")
        if placement.ended_early_on is not None or _of_placement(s, placement.id) is not None:
            raise Conflict("the placement was broken off already")
        facts = rules.check_breakoff(
            BreakoffFacts(ended_on, reason, decided_by, conversation_on, conversation_summary),
            placement.start_date,
            placement.end_date,
            today,
        )
        placement.ended_early_on = facts.ended_on
        row = PlacementBreakoff(
            placement_id=placement.id,
            ended_on=facts.ended_on,
            reason=facts.reason,
            decided_by=facts.decided_by,
            conversation_on=facts.conversation_on,
            conversation_summary=facts.conversation_summary,
            recorded_by_id=actor.staff_id,
        )
        s.add(row)
        s.flush()
        case_status.recompute(s, student.id, today)
        audit.record(s, actor, audit.CREATE, ENTITY, row.id, None, _trail(row))
        return _view(s, row)


def record_conversation(
    sessions: sessionmaker[Session],
    actor: Actor,
    breakoff_id: uuid.UUID,
    version: int,
    conversation_on: date,
    summary: str,
    *,
    today: date | None = None,
) -> BreakoffView:
    """Record (or correct) the conversation held about the break-off."""
    require(actor, CASE_WORKERS, "change break-offs")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        row = fetch(s, PlacementBreakoff, breakoff_id, "break-off")
        check_version(row, version, "break-off")
        placement = fetch(s, Placement, row.placement_id, "placement")
        case_student(s, actor, placement.student_id, "change break-offs")
        facts = rules.check_breakoff(
            BreakoffFacts(row.ended_on, row.reason, row.decided_by, conversation_on, summary),
            placement.start_date,
            placement.end_date,
            today,
        )
        before = _trail(row)
        row.conversation_on = facts.conversation_on
        row.conversation_summary = facts.conversation_summary
        s.flush()
        audit.record(s, actor, audit.CHANGE, ENTITY, row.id, before, _trail(row))
        return _view(s, row)


def undo_breakoff(
    sessions: sessionmaker[Session],
    actor: Actor,
    breakoff_id: uuid.UUID,
    version: int,
    *,
    today: date | None = None,
) -> BreakoffView:
    """Take a break-off back (recorded by mistake): the placement runs again. Returns what
    was removed."""
    require(actor, CASE_WORKERS, "change break-offs")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        row = fetch(s, PlacementBreakoff, breakoff_id, "break-off")
        check_version(row, version, "break-off")
        placement = fetch(s, Placement, row.placement_id, "placement")
        case_student(s, actor, placement.student_id, "change break-offs")
        gone = _view(s, row)
        before = _trail(row)
        placement.ended_early_on = None
        s.delete(row)
        s.flush()
        case_status.recompute(s, placement.student_id, today)
        audit.record(s, actor, audit.DELETE, ENTITY, gone.id, before, None)
        return gone


def set_replacement(
    sessions: sessionmaker[Session],
    actor: Actor,
    breakoff_id: uuid.UUID,
    version: int,
    replacement_id: uuid.UUID | None,
) -> BreakoffView:
    """Link the placement that replaced the broken one (None: unlink)."""
    require(actor, CASE_WORKERS, "change break-offs")
    with transaction(sessions, actor) as s:
        row = fetch(s, PlacementBreakoff, breakoff_id, "break-off")
        check_version(row, version, "break-off")
        broken = fetch(s, Placement, row.placement_id, "placement")
        case_student(s, actor, broken.student_id, "change break-offs")
        if replacement_id is not None:
            _check_replacement(s, row, broken, replacement_id)
        before = _trail(row)
        row.replacement_id = replacement_id
        s.flush()
        audit.record(s, actor, audit.CHANGE, ENTITY, row.id, before, _trail(row))
        return _view(s, row)


def placement_breakoff(
    sessions: sessionmaker[Session], actor: Actor, placement_id: uuid.UUID
) -> BreakoffView | None:
    """The placement's break-off, if it was broken off (the student's mentor may read it)."""
    require(actor, CASE_READERS, "read cases")
    with sessions() as s:
        placement = fetch(s, Placement, placement_id, "placement")
        case_student(s, actor, placement.student_id, "read cases", mentor_may=True)
        row = _of_placement(s, placement.id)
        return None if row is None else _view(s, row)


def student_breakoffs(
    sessions: sessionmaker[Session], actor: Actor, student_id: uuid.UUID
) -> list[BreakoffView]:
    """The student's break-offs, oldest first."""
    require(actor, CASE_READERS, "read cases")
    with sessions() as s:
        case_student(s, actor, student_id, "read cases", mentor_may=True)
        rows = s.execute(
            select(PlacementBreakoff)
            .join(Placement, Placement.id == PlacementBreakoff.placement_id)
            .where(Placement.student_id == student_id)
            .order_by(PlacementBreakoff.ended_on)
        ).scalars()
        return [_view(s, row) for row in rows]


def link_replacement_of(s: Session, placement: Placement) -> uuid.UUID | None:
    """Inside a transaction that just added ``placement`` (flushed): link it as the
    replacement of the student's latest unreplaced break-off that ended before it starts.
    Returns that break-off's id, or None."""
    row = s.execute(
        select(PlacementBreakoff)
        .join(Placement, Placement.id == PlacementBreakoff.placement_id)
        .where(
            Placement.student_id == placement.student_id,
            Placement.id != placement.id,
            PlacementBreakoff.replacement_id.is_(None),
            PlacementBreakoff.ended_on < placement.start_date,
        )
        .order_by(PlacementBreakoff.ended_on.desc())
        .limit(1)
    ).scalar()
    if row is None:
        return None
    row.replacement_id = placement.id
    return row.id


def breakoff_threshold(sessions: sessionmaker[Session]) -> rules.BreakoffThreshold:
    """The school's threshold (setting ``breakoff:threshold``; default 2 in 2 school years)."""
    with sessions() as s:
        return read_threshold(s)


def read_threshold(s: Session) -> rules.BreakoffThreshold:
    value = read_value(s, THRESHOLD_KEY)
    if not isinstance(value, dict):
        return rules.BreakoffThreshold()
    return rules.BreakoffThreshold(
        int(value.get("count", 2)), int(value.get("school_years", 2))
    ).validated()


def save_breakoff_threshold(
    sessions: sessionmaker[Session], actor: Actor, threshold: rules.BreakoffThreshold
) -> None:
    """Store the threshold (admin only)."""
    require(actor, SETTINGS_WRITERS, "change school settings")
    value = asdict(threshold.validated())
    with sessions.begin() as s:
        write_value(s, THRESHOLD_KEY, value)


def companies_with_breakoffs(
    sessions: sessionmaker[Session], actor: Actor, *, today: date | None = None
) -> list[CompanyBreakoffs]:
    """Companies with at least the threshold's break-offs in its window, most first
    (coordinators and admins; for the attention list)."""
    require(actor, CASE_WORKERS, "read the companies with break-offs")
    today = today_or(today)
    with sessions() as s:
        threshold = read_threshold(s)
        since = rules.window_start(threshold, today)
        counted = (
            select(Placement.company_id)
            .join(PlacementBreakoff, PlacementBreakoff.placement_id == Placement.id)
            .where(PlacementBreakoff.ended_on >= since, PlacementBreakoff.ended_on <= today)
            .group_by(Placement.company_id)
            .having(func.count() >= threshold.count)
        )
        rows = s.execute(
            select(Placement.company_id, Company.name, PlacementBreakoff.ended_on,
                   PlacementBreakoff.reason)
            .join(PlacementBreakoff, PlacementBreakoff.placement_id == Placement.id)
            .join(Company, Company.id == Placement.company_id)
            .where(
                Placement.company_id.in_(counted),
                PlacementBreakoff.ended_on >= since,
                PlacementBreakoff.ended_on <= today,
            )
        ).all()  # fmt: skip
    grouped: dict[uuid.UUID, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.company_id, []).append(row)
    found = []
    for company_id, group in grouped.items():
        reasons = Counter(r.reason for r in group)
        found.append(
            CompanyBreakoffs(
                company_id=company_id,
                company_name=group[0].name,
                count=len(group),
                since=since,
                last_on=max(r.ended_on for r in group),
                reasons=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0].value))),
            )
        )
    return sorted(found, key=lambda c: (-c.count, -c.last_on.toordinal(), c.company_name))


# -- helpers ---------------------------------------------------------------------------------


def _of_placement(s: Session, placement_id: uuid.UUID) -> PlacementBreakoff | None:
    return s.execute(
        select(PlacementBreakoff).where(PlacementBreakoff.placement_id == placement_id)
    ).scalar()


def _check_replacement(
    s: Session, row: PlacementBreakoff, broken: Placement, replacement_id: uuid.UUID
) -> None:
    replacement = s.get(Placement, replacement_id)
    if replacement is None or replacement.student_id != broken.student_id:
        raise ValidationError("replacement_id", "is not a placement of this student")
    if replacement.id == broken.id:
        raise ValidationError("replacement_id", "a placement cannot replace itself")
    rules.check_replacement(row.ended_on, replacement.start_date)
    taken = s.execute(
        select(PlacementBreakoff.id).where(
            PlacementBreakoff.replacement_id == replacement_id, PlacementBreakoff.id != row.id
        )
    ).scalar()
    if taken is not None:
        raise ValidationError("replacement_id", "replaces another broken-off placement already")


def _trail(row: PlacementBreakoff) -> dict[str, Any]:
    """The break-off as the audit trail holds it: the summary as a digest only."""
    return {
        "placement_id": row.placement_id,
        "ended_on": row.ended_on,
        "reason": row.reason,
        "decided_by": row.decided_by,
        "conversation_on": row.conversation_on,
        "conversation_summary": digest(row.conversation_summary),
        "replacement_id": row.replacement_id,
    }


def _view(s: Session, row: PlacementBreakoff) -> BreakoffView:
    placement = s.get(Placement, row.placement_id)
    if placement is None:
        raise NotFound(f"no placement {row.placement_id}")
    company = fetch(s, Company, placement.company_id, "company")
    return BreakoffView(
        id=row.id,
        version=row.version,
        placement_id=placement.id,
        student_id=placement.student_id,
        company_id=company.id,
        company_name=company.name,
        start=placement.start_date,
        planned_end=placement.end_date,
        ended_on=row.ended_on,
        reason=row.reason,
        decided_by=row.decided_by,
        conversation_on=row.conversation_on,
        conversation_summary=row.conversation_summary,
        recorded_by_id=row.recorded_by_id,
        replacement_id=row.replacement_id,
    )
