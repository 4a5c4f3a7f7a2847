"""The audit trail: append entries inside the caller's transaction, and verify the chain.

* ``record`` appends one entry (who, when, what, before/after) in the caller's session; it is
  committed or rolled back with the caller's work. Appends queue on the trail's head row
  (store.audit), so concurrent writers on PostgreSQL never fork the chain.
* ``track`` makes a session record every create, change and delete of students, placements,
  applications, notes and staff (users) by itself when it commits: the case services call it
  through ``casework.transaction(sessions, actor)``.
* ``verify`` walks the whole chain and names the first entry that breaks it.

Least data: the trail outlives the records it describes (it is append-only, so a retention
purge cannot take names out of it), so it never keeps personal details or free text. Fields
in ``WITHHELD`` are recorded as changed with the value ``<withheld>``; free text is recorded
as a SHA-256 digest (which proves a version of the text to whoever holds it, and reveals
nothing to anyone else); workflow values (statuses, dates, ids of linked records) are kept as
they are, because "who changed the status to what, when" is what the trail is for.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.audit_chain import (
    WITHHELD,
    ChainCheck,
    ChainEntry,
    check_chain,
    digest,
    jsonable,
)
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StoreError
from stagedesk.services.actor import Actor, require
from stagedesk.store.audit import HEAD_ID, AuditHead
from stagedesk.store.notes import Note
from stagedesk.store.office import AuditEntry
from stagedesk.store.placements import Application, Placement
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student

# Actions the trail knows; entries name one of these.
CREATE, CHANGE, DELETE, VIEW, LIST, FORWARD, CLOSE, EXPORT = (
    "create",
    "change",
    "delete",
    "view",
    "list",
    "forward",
    "close",
    "export",
)


@dataclass(frozen=True)
class FieldPolicy:
    """How a kind of record appears in the trail: its entity name and the fields it guards."""

    entity: str
    withheld: frozenset[str] = frozenset()
    digested: frozenset[str] = frozenset()
    skipped: frozenset[str] = frozenset()

    def shown_all(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return {name: self.shown(name, value) for name, value in values.items()}

    def shown(self, name: str, value: Any) -> Any:
        if name in self.withheld:
            return WITHHELD
        if name in self.digested:
            return digest(value)
        return jsonable(value)


_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version"})
TRACKED: dict[type, FieldPolicy] = {
    Student: FieldPolicy(
        "student",
        withheld=frozenset(
            {
                "student_number",
                "given_name",
                "tussenvoegsel",
                "surname",
                "date_of_birth",
                "email",
                "phone",
                "guardian_name",
                "guardian_email",
                "extra_support",
            }
        ),
        digested=frozenset({"notes"}),
        skipped=frozenset({"sort_key", "search_text"}),  # derived from the withheld names
    ),
    Placement: FieldPolicy("placement", digested=frozenset({"notes"})),
    Application: FieldPolicy("application", digested=frozenset({"notes"})),
    Note: FieldPolicy("note", digested=frozenset({"body"})),
    StaffMember: FieldPolicy("staff_member", withheld=frozenset({"email", "phone"})),
    StaffRoleGrant: FieldPolicy("staff_role"),
}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> int:
    """Append an entry in ``session``'s transaction; returns its sequence number.

    ``before``/``after`` hold only the fields that changed (callers reduce sensitive values
    first, see ``FieldPolicy``). ``at`` is for generated history (demo data); else now.
    On PostgreSQL the head row stays locked until the caller's transaction ends, so other
    writers wait for it: record as the last write of a transaction, not the first.
    """
    moment = at or datetime.now(UTC)
    # A naive time is UTC, as the store hands it back (see domain.audit_chain.timestamp).
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    claimed = session.execute(
        update(AuditHead)
        .where(AuditHead.id == HEAD_ID)
        .values(seq=AuditHead.seq + 1)
        .returning(AuditHead.seq, AuditHead.hash),
        execution_options={"synchronize_session": False},
    ).one_or_none()
    if claimed is None:
        raise StoreError(
            "the audit trail has no head row; upgrade the store (stagedesk db upgrade)"
        )
    seq, prev_hash = claimed
    entry = ChainEntry(
        seq=seq,
        at=moment,
        actor_id=actor.staff_id,
        actor_name=actor.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=None if before is None else jsonable(dict(before)),
        after=None if after is None else jsonable(dict(after)),
        prev_hash=prev_hash,
    )
    entry = replace(entry, hash=entry.computed_hash())
    session.execute(insert(AuditEntry).values(asdict(entry)))
    session.execute(
        update(AuditHead).where(AuditHead.id == HEAD_ID).values(hash=entry.hash),
        execution_options={"synchronize_session": False},
    )
    return seq


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields whose value differs, as (before, after)."""
    keys = [key for key in after if before.get(key) != after[key]]
    return {key: before.get(key) for key in keys}, {key: after[key] for key in keys}


# -- recording a session's changes by itself --------------------------------------------------

_ACTOR = "stagedesk.audit.actor"
_PENDING = "stagedesk.audit.pending"


@dataclass
class _Change:
    policy: FieldPolicy
    action: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


def track(session: Session, actor: Actor) -> None:
    """Record every change of a ``TRACKED`` record made in ``session``, as ``actor``, when it
    commits: one entry per record, merging the transaction's flushes."""
    session.info[_ACTOR] = actor
    session.info.setdefault(_PENDING, {})


def _entity_id(obj: Any) -> uuid.UUID | None:
    if isinstance(obj, StaffRoleGrant):
        return obj.staff_id
    value = getattr(obj, "id", None)
    return value if isinstance(value, uuid.UUID) else None


def _columns(obj: Any, policy: FieldPolicy) -> Iterator[str]:
    for attr in inspect(type(obj)).column_attrs:
        if attr.key not in _BOOKKEEPING and attr.key not in policy.skipped:
            yield attr.key


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: Any) -> None:
    if _ACTOR not in session.info:
        return
    pending: dict[tuple[str, Any, Any], _Change] = session.info[_PENDING]
    groups = (("create", session.new), ("change", session.dirty), ("delete", session.deleted))
    for kind, objects in groups:
        for obj in objects:
            policy = TRACKED.get(type(obj))
            if policy is None:
                continue
            state = inspect(obj)
            # A role grant has no id of its own: its role tells two grants of one person apart.
            key = (policy.entity, _entity_id(obj), getattr(obj, "role", None))
            change = pending.get(key)
            if change is None:
                change = pending[key] = _Change(policy, CHANGE if kind == "change" else kind)
            elif kind == "delete":
                change.action = DELETE if change.action != CREATE else "gone"
            # Raw values here; the policy applies when the entry is written, so a withheld
            # field that changed still shows as changed.
            for name in _columns(obj, policy):
                if kind == "create":
                    change.after[name] = state.dict.get(name)
                elif kind == "delete":
                    change.before.setdefault(name, state.dict.get(name))
                else:
                    history = state.attrs[name].history
                    if not history.has_changes():
                        continue
                    old = history.deleted[0] if history.deleted else None
                    new = history.added[0] if history.added else None
                    change.before.setdefault(name, old)
                    change.after[name] = new


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    actor = session.info.get(_ACTOR)
    if actor is None:
        return
    session.flush()
    pending: dict[tuple[str, Any, Any], _Change] = session.info.pop(_PENDING, {})
    for (entity, entity_id, _role), change in pending.items():
        shown = change.policy.shown_all
        if change.action == "gone":  # created and deleted in one transaction
            continue
        if change.action == CHANGE:
            before, after = changed_fields(change.before, change.after)
            if after:
                record(session, actor, CHANGE, entity, entity_id, shown(before), shown(after))
        elif change.action == CREATE:
            record(session, actor, CREATE, entity, entity_id, None, shown(change.after))
        else:
            record(session, actor, DELETE, entity, entity_id, shown(change.before), None)
    session.info.setdefault(_PENDING, {})


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    if _PENDING in session.info:
        session.info[_PENDING] = {}


# -- verification and reading ------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    """Whether the trail holds; else the first broken entry and what is wrong with it."""

    ok: bool
    checked: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None


def verify(sessions: sessionmaker[Session]) -> VerifyResult:
    """Recompute the whole chain; the first entry that does not hold is named."""
    with sessions() as session:
        head = session.get(AuditHead, HEAD_ID)
        rows = session.execute(
            select(
                AuditEntry.seq,
                AuditEntry.at,
                AuditEntry.actor_id,
                AuditEntry.actor_name,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.before,
                AuditEntry.after,
                AuditEntry.prev_hash,
                AuditEntry.hash,
            )
            .order_by(AuditEntry.seq)
            .execution_options(yield_per=2_000)
        )
        check: ChainCheck = check_chain(ChainEntry(*row) for row in rows)
    if not check.ok:
        return VerifyResult(False, check.checked, check.last_hash, check.broken_seq, check.problem)
    if head is None:
        return VerifyResult(False, check.checked, check.last_hash, None, "the trail's head is gone")
    if (head.seq, head.hash) != (check.last_seq, check.last_hash):
        return VerifyResult(
            False,
            check.checked,
            check.last_hash,
            check.last_seq + 1,
            f"the trail ends at entry {check.last_seq} but its head names entry {head.seq}: "
            "entries were removed from the end",
        )
    return VerifyResult(True, check.checked, check.last_hash)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor_id: uuid.UUID | None
    actor_name: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def entries_for(
    sessions: sessionmaker[Session], actor: Actor, entity: str, entity_id: uuid.UUID
) -> list[AuditRow]:
    """The trail of one record, oldest first: meldingen for the meldpunt role only, every
    other kind for admins."""
    if entity == "melding":
        require(actor, frozenset({StaffRole.MELDPUNT}), "read the trail of meldingen")
    else:
        require(actor, frozenset({StaffRole.ADMIN}), "read the audit trail")
    with sessions() as session:
        rows = session.execute(
            select(
                AuditEntry.seq,
                AuditEntry.at,
                AuditEntry.actor_id,
                AuditEntry.actor_name,
                AuditEntry.action,
                AuditEntry.before,
                AuditEntry.after,
            )
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.seq)
        )
        return [AuditRow(*row) for row in rows]
