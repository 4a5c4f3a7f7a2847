"""Who may touch a visit, whom a visit may be assigned to, and the audit of visit changes.

The office (coordinators, admins) works on every visit; a mentor on the visits of the
students they mentor and on visits assigned to them (a colleague standing in). Changes of a
visit's workflow (status, dates, mentor, concerns) go to the audit trail with the visit's
free text as a digest only: concerns may be about discrimination.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy.orm import Session

from stagedesk.domain.audit_chain import digest, jsonable
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.services import audit
from stagedesk.services.actor import Actor
from stagedesk.services.casework import case_student, check_version, fetch
from stagedesk.store.placements import Placement
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

# What a visit conflict shows, to someone allowed to log the visit: what logging it sets.
CONFLICT_FIELDS = ("status", "planned_on", "held_on", "mode", "notes", "answers",
                   "agreed_actions", "concerns")  # fmt: skip

# Who may be assigned a visit: mentors, and coordinators who visit themselves.
VISITORS = frozenset({StaffRole.MENTOR, StaffRole.COORDINATOR})

_AUDITED = (
    "status",
    "visit_type",
    "planned_on",
    "held_on",
    "mentor_id",
    "mode",
    "contact_id",
    "checklist_id",
    "checklist_version",
    "concerns",
    "concerns_handled_on",
)


def placement_for(
    s: Session, actor: Actor, placement_id: uuid.UUID, action: str
) -> tuple[Placement, Student]:
    placement = fetch(s, Placement, placement_id, "placement")
    student = case_student(s, actor, placement.student_id, action, mentor_may=True)
    return placement, student


def visit_for(
    s: Session, actor: Actor, visit_id: uuid.UUID, version: int, action: str
) -> tuple[Visit, Placement, Student]:
    visit = fetch(s, Visit, visit_id, "visit")
    placement, student = allowed(s, actor, visit, action)
    check_version(visit, version, "visit", fields=CONFLICT_FIELDS)  # after the role check
    return visit, placement, student


def allowed(s: Session, actor: Actor, visit: Visit, action: str) -> tuple[Placement, Student]:
    """The visit's placement and student, if ``actor`` may do ``action`` on the visit: the
    office always, a mentor for their own students and for visits assigned to them."""
    placement = fetch(s, Placement, visit.placement_id, "placement")
    if actor.staff_id is not None and visit.mentor_id == actor.staff_id and actor.has(*VISITORS):
        return placement, fetch(s, Student, placement.student_id, "student")
    try:
        student = case_student(s, actor, placement.student_id, action, mentor_may=True)
    except PermissionDenied:
        raise PermissionDenied(
            f"{actor.name} may not {action}: only the student's mentor, the mentor the visit "
            "is assigned to and the office may"
        ) from None
    return placement, student


def check_visitor(s: Session, staff_id: uuid.UUID) -> None:
    member = s.get(StaffMember, staff_id)
    if member is None or not member.active:
        raise ValidationError("mentor_id", f"no active staff member {staff_id}")
    if not {grant.role for grant in member.roles} & VISITORS:
        raise ValidationError("mentor_id", f"{member.name} is no mentor or coordinator")


def visit_state(visit: Visit) -> dict[str, Any]:
    """What the audit trail keeps of a visit: workflow values, free text as digests."""
    state = {name: jsonable(getattr(visit, name)) for name in _AUDITED}
    state["planned_time"] = visit.planned_time.isoformat() if visit.planned_time else None
    state["notes"] = digest(visit.notes)
    answers = json.dumps(visit.answers, sort_keys=True) if visit.answers else None
    state["answers"] = digest(answers)
    return state


def audit_visit(
    session: Session, actor: Actor, action: str, visit: Visit, before: dict[str, Any] | None
) -> None:
    """Record ``action`` on ``visit`` (``before``: its ``visit_state`` before the change)."""
    after = None if action == audit.DELETE else visit_state(visit)
    if before is not None and after is not None:
        before, after = audit.changed_fields(before, after)
        if not after:
            return
    audit.record(session, actor, action, "visit", visit.id, before, after)
