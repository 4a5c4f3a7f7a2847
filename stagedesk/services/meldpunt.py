"""The meldpunt stagediscriminatie's work: meldingen from receipt to closing, in the trail.

Every function needs the meldpunt role, admins included: an admin runs the program, not the
meldpunt, and the Stagepact promises students a confidential report. Only
``melding_counts`` answers any role, with numbers alone (the dashboard). Every create, change
and status step is recorded in the audit trail, and so is every read of a melding's content
(a view, the list, the companies with signals, the SBB report), as domain.md asks.

``today`` and ``now`` default to the clock; generated history (demo data) passes its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import meldingen as rules
from stagedesk.domain.enums import DiscriminationGround, MeldingStatus
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.services import audit
from stagedesk.services import meldpunt_edits as edits
from stagedesk.services.actor import Actor, require
from stagedesk.services.casework import check_version, today_or, transaction
from stagedesk.services.meldpunt_edits import EDITABLE
from stagedesk.services.meldpunt_views import (
    MELDPUNT,
    Choice,
    CompanySignals,
    MeldingCounts,
    MeldingRow,
    MeldingView,
    companies_named,
    load,
    rows,
    shown,
    signals,
    snapshot,
    student_by_number,
    view_of,
)
from stagedesk.store.base import utcnow
from stagedesk.store.meldingen import Melding

__all__ = [
    "CompanySignals",
    "MeldingCounts",
    "MeldingRow",
    "MeldingView",
    "Choice",
    "advance",
    "close_melding",
    "companies_with_signals",
    "create_melding",
    "find_companies",
    "find_student",
    "forward_to_sbb",
    "get_melding",
    "intake",
    "list_meldingen",
    "melding_counts",
    "update_melding",
]


def create_melding(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    received_on: date,
    ground: DiscriminationGround,
    anonymous: bool = False,
    student_id: uuid.UUID | None = None,
    company_id: uuid.UUID | None = None,
    incident_on: date | None = None,
    incident_place: str | None = None,
    description: str | None = None,
    student_wishes: str | None = None,
    melding_id: uuid.UUID | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    """Register a melding as received; it enters the flow at "received"."""
    require(actor, MELDPUNT, "register meldingen")
    today = today_or(today)
    values: dict[str, Any] = {
        "student_id": student_id,
        "anonymous": anonymous,
        "company_id": company_id,
        "received_on": received_on,
        "incident_on": incident_on,
        "incident_place": incident_place,
        "ground": DiscriminationGround(ground),
        "description": description,
        "student_wishes": student_wishes,
    }
    with transaction(sessions) as s:
        if melding_id is not None and s.get(Melding, melding_id) is not None:
            raise Conflict(f"melding {melding_id} exists already")
        edits.check(s, values, today)
        stamp = now or utcnow()
        melding = Melding(
            id=melding_id or uuid.uuid4(),
            **values,
            status=MeldingStatus.RECEIVED,
            status_changed_on=received_on,
            created_at=stamp,
            updated_at=stamp,
        )
        s.add(melding)
        edits.step(s, melding, actor, received_on, None)
        s.flush()
        created = shown(snapshot(melding))
        audit.record(s, actor, audit.CREATE, "melding", melding.id, None, created, at=now)
        return view_of(s, melding)


def update_melding(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    version: int,
    changes: Mapping[str, Any],
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    """Change intake fields (``EDITABLE``) of an open melding; the trail gets what changed."""
    require(actor, MELDPUNT, "change meldingen")
    today = today_or(today)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of a melding that can change")
    with transaction(sessions) as s:
        melding = load(s, melding_id)
        check_version(melding, version, "melding")
        before = snapshot(melding)
        edits.apply(s, melding, changes, today)
        old, new = audit.changed_fields(before, snapshot(melding))
        if new:
            edits.touch(melding, now)
            audit.record(
                s, actor, audit.CHANGE, "melding", melding.id, shown(old), shown(new), at=now
            )
        return view_of(s, melding)


def intake(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    version: int,
    on: date,
    changes: Mapping[str, Any] | None = None,
    *,
    note: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    """Record the intake conversation held ``on``: its findings (``changes``, as in
    ``update_melding``), and the melding moves to "intake" with the actor handling it."""
    require(actor, MELDPUNT, "hold intakes")
    unknown = set(changes or {}) - EDITABLE
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a field of a melding that can change")
    return _move(
        sessions,
        actor,
        melding_id,
        version,
        MeldingStatus.INTAKE,
        on,
        note=note,
        changes=changes,
        action=audit.CHANGE,
        today=today,
        now=now,
    )


def advance(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    version: int,
    target: MeldingStatus,
    on: date,
    *,
    note: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    """Move the melding to ``target`` on ``on`` as domain.meldingen allows; forwarding and
    closing have their own functions (they need more than a date)."""
    require(actor, MELDPUNT, "move meldingen")
    if target in (MeldingStatus.FORWARDED_SBB, MeldingStatus.CLOSED):
        what = "forward_to_sbb" if target is MeldingStatus.FORWARDED_SBB else "close_melding"
        raise ValidationError("status", f"use {what} to move a melding to {target.value!r}")
    return _move(sessions, actor, melding_id, version, target, on, note=note, today=today, now=now)


def forward_to_sbb(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    version: int,
    on: date,
    *,
    note: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    """Record that the formal melding or anonymous signal went to SBB on ``on``."""
    require(actor, MELDPUNT, "forward meldingen to SBB")
    return _move(
        sessions,
        actor,
        melding_id,
        version,
        MeldingStatus.FORWARDED_SBB,
        on,
        note=note,
        action=audit.FORWARD,
        today=today,
        now=now,
    )


def close_melding(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    version: int,
    on: date,
    outcome: str,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    """Close the melding on ``on`` from any open status; ``outcome`` says how it ended."""
    require(actor, MELDPUNT, "close meldingen")
    return _move(
        sessions,
        actor,
        melding_id,
        version,
        MeldingStatus.CLOSED,
        on,
        outcome=outcome,
        action=audit.CLOSE,
        today=today,
        now=now,
    )


def get_melding(
    sessions: sessionmaker[Session], actor: Actor, melding_id: uuid.UUID
) -> MeldingView:
    """One melding with its steps; the read is recorded in the trail."""
    require(actor, MELDPUNT, "read meldingen")
    with transaction(sessions) as s:
        melding = load(s, melding_id)
        audit.record(s, actor, audit.VIEW, "melding", melding.id)
        return view_of(s, melding)


def list_meldingen(
    sessions: sessionmaker[Session], actor: Actor, status: MeldingStatus | None = None
) -> list[MeldingRow]:
    """Every melding (or those in ``status``), newest first; the read is recorded."""
    require(actor, MELDPUNT, "list meldingen")
    with transaction(sessions) as s:
        audit.record(
            s,
            actor,
            audit.LIST,
            "melding",
            None,
            None,
            None if status is None else {"status": status},
        )
        return rows(s, status)


def companies_with_signals(sessions: sessionmaker[Session], actor: Actor) -> list[CompanySignals]:
    """Companies meldingen were made about, most first, with the days they came in.

    For the meldpunt only: a company named here is not proven to discriminate.
    """
    require(actor, MELDPUNT, "see companies with signals")
    with transaction(sessions) as s:
        audit.record(s, actor, audit.LIST, "company_signals", None)
        return signals(s)


def melding_counts(sessions: sessionmaker[Session], actor: Actor) -> MeldingCounts:
    """How many meldingen, open and per status: numbers only, for every role."""
    if not actor.roles:
        raise PermissionDenied(f"{actor.name} holds no role in this office")
    with sessions() as s:
        counted = dict(
            s.execute(select(Melding.status, func.count()).group_by(Melding.status)).all()
        )
    by_status = {status: int(counted.get(status, 0)) for status in MeldingStatus}
    open_count = sum(n for status, n in by_status.items() if status in rules.OPEN)
    return MeldingCounts(sum(by_status.values()), open_count, by_status)


def find_student(sessions: sessionmaker[Session], actor: Actor, number: str) -> Choice | None:
    """The student with this number, to link a melding to (the meldpunt may not read the
    case files, so it finds students here)."""
    require(actor, MELDPUNT, "register meldingen")
    with sessions() as s:
        return student_by_number(s, number)


def find_companies(
    sessions: sessionmaker[Session], actor: Actor, text: str, limit: int = 20
) -> list[Choice]:
    """Companies whose name holds ``text``, to link a melding to."""
    require(actor, MELDPUNT, "register meldingen")
    with sessions() as s:
        return companies_named(s, text, limit)


# -- inside a transaction -------------------------------------------------------------------


def _move(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    version: int,
    target: MeldingStatus,
    on: date,
    *,
    note: str | None = None,
    outcome: str | None = None,
    changes: Mapping[str, Any] | None = None,
    action: str = audit.CHANGE,
    today: date | None = None,
    now: datetime | None = None,
) -> MeldingView:
    today = today_or(today)
    with transaction(sessions) as s:
        melding = load(s, melding_id)
        check_version(melding, version, "melding")
        before = snapshot(melding)
        if changes:
            edits.apply(s, melding, changes, today)
        state = rules.MeldingState(
            melding.status, melding.status_changed_on, melding.follow_up, melding.anonymous
        )
        rules.check_transition(state, target, on, today, outcome)
        melding.status, melding.status_changed_on = target, on
        if target is MeldingStatus.CLOSED:
            melding.outcome = (outcome or "").strip()
        if melding.handled_by_id is None:
            melding.handled_by_id = actor.staff_id
        edits.touch(melding, now)
        number = edits.step(s, melding, actor, on, note)
        old, new = audit.changed_fields(before, snapshot(melding))
        new["step"] = number
        if note:
            new["note"] = note
        audit.record(s, actor, action, "melding", melding.id, shown(old), shown(new), at=now)
        return view_of(s, melding)
