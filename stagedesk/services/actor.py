"""Who is calling a service, and the role checks every service makes before it acts.

Until local accounts with passwords exist (the security issue), the window asks who is
working (a staff member chosen in the settings) and the command line acts as the office's
system user; both pass an Actor, so the role checks are already in force everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import NotFound, PermissionDenied, StoreError
from stagedesk.store.staff import StaffMember

CASE_WORKERS = frozenset({StaffRole.COORDINATOR, StaffRole.ADMIN})


@dataclass(frozen=True)
class Actor:
    staff_id: uuid.UUID | None
    name: str
    roles: frozenset[StaffRole]

    def has(self, *roles: StaffRole) -> bool:
        return bool(self.roles.intersection(roles))


# The command line's user for batch work (imports, demo data, nightly jobs).
SYSTEM = Actor(staff_id=None, name="StageDesk", roles=frozenset({StaffRole.ADMIN}))


def require(actor: Actor, roles: frozenset[StaffRole], action: str) -> None:
    """Refuse ``action`` unless the actor holds one of ``roles``."""
    if not actor.roles & roles:
        wanted = ", ".join(sorted(role.value for role in roles))
        raise PermissionDenied(f"{actor.name} may not {action} (needs the role: {wanted})")


def actor_for(sessions: sessionmaker[Session], staff_id: uuid.UUID) -> Actor:
    for choice in staff_choices(sessions):
        if choice.id == staff_id:
            return Actor(choice.id, choice.name, choice.roles)
    raise NotFound(f"no active staff member {staff_id}")


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str
    roles: frozenset[StaffRole]


def staff_choices(sessions: sessionmaker[Session]) -> list[StaffChoice]:
    """Active staff with their roles, by name: who can be chosen as the one working.

    A staff row no column type accepts (a damaged store or visit pack) is a StoreError; so
    is a page of an encrypted one that fails its MAC, which SQLCipher reports as out of memory.
    """
    try:
        with sessions() as session:
            rows = session.execute(
                select(StaffMember)
                .options(selectinload(StaffMember.roles))
                .where(StaffMember.active.is_(True))
                .order_by(StaffMember.name)
            ).scalars()
            return [StaffChoice(s.id, s.name, frozenset(g.role for g in s.roles)) for s in rows]
    except (DBAPIError, LookupError, ValueError, TypeError, MemoryError) as exc:
        raise StoreError(f"the staff list in this store is damaged ({exc!r})") from None


def default_actor(sessions: sessionmaker[Session]) -> Actor:
    """The first coordinator (else admin) by name; SYSTEM in a store without staff."""
    choices = staff_choices(sessions)
    for wanted in (StaffRole.COORDINATOR, StaffRole.ADMIN):
        for choice in choices:
            if wanted in choice.roles:
                return Actor(choice.id, choice.name, choice.roles)
    return SYSTEM
