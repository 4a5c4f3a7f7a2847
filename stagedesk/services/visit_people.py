"""Who the visit screens offer as the visiting mentor: active staff who may be assigned a
visit (mentors, and coordinators who visit themselves). ``services.visits`` checks the same
when a visit is planned; this only fills the choice lists."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.services.actor import StaffChoice, staff_choices

VISITOR_ROLES = frozenset({StaffRole.MENTOR, StaffRole.COORDINATOR})


def visitor_choices(sessions: sessionmaker[Session]) -> list[StaffChoice]:
    """Active staff who may visit students, by name."""
    return [choice for choice in staff_choices(sessions) if choice.roles & VISITOR_ROLES]
