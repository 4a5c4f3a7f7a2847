"""Who the visit screens offer as the visiting mentor: active staff who may be assigned a
visit (``services.visit_access.VISITORS``: mentors, and coordinators who visit themselves).
The visit services check the same when a visit is planned; this only fills choice lists."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.services.actor import StaffChoice, staff_choices
from stagedesk.services.visit_access import VISITORS


def visitor_choices(sessions: sessionmaker[Session]) -> list[StaffChoice]:
    """Active staff who may visit students, by name."""
    return [choice for choice in staff_choices(sessions) if choice.roles & VISITORS]
