"""The frame around every case-file service: one transaction, who may touch a case, versions.

* ``transaction`` is ``sessions.begin()`` that turns a concurrent write SQLAlchemy detects
  (``StaleDataError`` from the version column) into ``Conflict``; given the actor, it records
  the case's changes in the audit trail.
* ``check_version`` compares the version the caller read with the stored one: an edit based
  on an old read is refused with ``Conflict`` rather than overwriting someone's change.
* ``case_student`` loads a student and applies the case rule: coordinators and admins work
  on every case; a mentor may read the cases of the students they mentor and add notes there
  (``mentor_may=True``); anyone else is refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.store.base import Record
from stagedesk.store.office import AuditEntry
from stagedesk.store.students import Student

CASE_READERS = CASE_WORKERS | {StaffRole.MENTOR}
R = TypeVar("R", bound=Record)


@contextmanager
def transaction(sessions: sessionmaker[Session], actor: Actor | None = None) -> Iterator[Session]:
    """One unit of work; a write that lost a race with another user raises ``Conflict``.

    With ``actor``, every change of a student, placement, application, note or staff member
    in it is recorded in the audit trail as that actor's (services.audit.track).
    """
    try:
        with sessions.begin() as session:
            if actor is not None:
                audit.track(session, actor)
            yield session
    except StaleDataError as exc:
        raise Conflict("someone else changed this record meanwhile; reload and try again") from exc


def check_version(record: Record, version: int, what: str, *, fields: Sequence[str] = ()) -> None:
    """Refuse an edit based on an outdated read of ``record``.

    ``fields``: the record's fields the conflict may show (the caller has checked the actor
    may read them); with none, the conflict carries no values. Who saved last, and when, comes
    from the audit trail (else the row's updated_at, by someone unknown).
    """
    if record.version == version:
        return
    saved_by, saved_at = None, record.updated_at
    session = object_session(record)
    if fields and session is not None:
        last = session.execute(
            select(AuditEntry.actor_name, AuditEntry.at)
            .where(AuditEntry.entity_id == record.id)
            # Who saved: not who only looked at or printed it since.
            .where(AuditEntry.action.notin_((audit.VIEW, audit.LIST, audit.EXPORT)))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
        if last is not None:
            saved_by, saved_at = last.actor_name or None, last.at
    raise Conflict(
        f"the {what} was changed by someone else meanwhile "
        f"(version {record.version}, you had {version}); reload and try again",
        entity=what,
        entity_id=record.id,
        version=record.version,
        current={name: getattr(record, name) for name in fields} if fields else None,
        saved_by=saved_by,
        saved_at=saved_at if fields else None,
    )


def fetch(session: Session, model: type[R], record_id: uuid.UUID, what: str) -> R:
    """The record with ``record_id``, or ``NotFound`` naming ``what``."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"no {what} {record_id}")
    return record


def case_student(
    session: Session,
    actor: Actor,
    student_id: uuid.UUID,
    action: str,
    *,
    mentor_may: bool = False,
) -> Student:
    """Load the student whose case ``action`` touches, checking the actor may do it there."""
    require(actor, CASE_READERS if mentor_may else CASE_WORKERS, action)
    student = fetch(session, Student, student_id, "student")
    if not actor.has(*CASE_WORKERS) and (
        actor.staff_id is None or student.mentor_id != actor.staff_id
    ):
        raise PermissionDenied(
            f"{actor.name} may not {action}: only the student's own mentor may, "
            "besides coordinators"
        )
    return student


def today_or(today: date | None) -> date:
    return today if today is not None else date.today()
