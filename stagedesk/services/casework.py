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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.store.base import Record
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


def check_version(record: Record, version: int, what: str) -> None:
    """Refuse an edit based on an outdated read of ``record``."""
    if record.version != version:
        raise Conflict(
            f"the {what} was changed by someone else meanwhile "
            f"(version {record.version}, you had {version}); reload and try again"
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
