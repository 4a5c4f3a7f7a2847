"""The accounts screen's use cases: staff, their logins, roles and active state (admins only).

Logins and passwords themselves are made in services.auth (create_login, set_password); here
is what an admin reads and changes around them. Each function is one transaction, checks the
admin role first, and leaves the store with at least one active admin who can log in: the
last admin cannot lose the role or be deactivated, and nobody deactivates or demotes
themself (they would be locked out of the very screen they work in).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import Conflict, NotFound, ValidationError
from stagedesk.services import audit
from stagedesk.services.actor import Actor, require
from stagedesk.services.auth import ADMINS, lock_ends
from stagedesk.store.accounts import StaffLogin
from stagedesk.store.staff import StaffMember, StaffRoleGrant

UNLOCK = "unlock"
NAME_MAX = 200


@dataclass(frozen=True)
class AccountRow:
    """One staff member as the accounts screen lists them."""

    staff_id: uuid.UUID
    name: str
    roles: frozenset[StaffRole]
    active: bool
    login: str | None  # None: no account yet, cannot log in
    failed_attempts: int
    locked_until: datetime | None  # set while a lock-out delay runs

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


def list_accounts(
    sessions: sessionmaker[Session], actor: Actor, *, now: datetime | None = None
) -> list[AccountRow]:
    """Every staff member, active or not, by name, with their login and lock state."""
    require(actor, ADMINS, "see accounts")
    moment = now or datetime.now(UTC)
    with sessions() as s:
        staff = s.scalars(
            select(StaffMember).options(selectinload(StaffMember.roles)).order_by(StaffMember.name)
        ).all()
        logins = {row.staff_id: row for row in s.scalars(select(StaffLogin))}
        return [_row(member, logins.get(member.id), moment) for member in staff]


def add_staff_member(
    sessions: sessionmaker[Session],
    actor: Actor,
    name: str,
    roles: Iterable[StaffRole],
    *,
    email: str | None = None,
) -> AccountRow:
    """A new (active) staff member holding ``roles``; a login is given with auth.create_login."""
    require(actor, ADMINS, "add staff members")
    name = name.strip()
    if not name:
        raise ValidationError("name", "give the staff member's name")
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"a name has at most {NAME_MAX} characters")
    wanted = _check_roles(roles)
    with sessions.begin() as s:
        audit.track(s, actor)
        member = StaffMember(
            name=name, initials=_initials(name), email=(email or "").strip() or None, active=True
        )
        member.roles = [StaffRoleGrant(role=role) for role in sorted(wanted)]
        s.add(member)
        s.flush()
        return _row(member, None, datetime.now(UTC))


def set_roles(
    sessions: sessionmaker[Session],
    actor: Actor,
    staff_id: uuid.UUID,
    roles: Iterable[StaffRole],
) -> AccountRow:
    """Replace a staff member's roles (at least one); takes effect at their next login."""
    require(actor, ADMINS, "change roles")
    wanted = _check_roles(roles)
    with sessions.begin() as s:
        audit.track(s, actor)
        member = _member(s, staff_id)
        held = {grant.role for grant in member.roles}
        if StaffRole.ADMIN in held and StaffRole.ADMIN not in wanted:
            if staff_id == actor.staff_id:
                raise Conflict("you cannot take away your own admin role: ask another admin")
            _keep_an_admin(s, staff_id)
        member.roles = [g for g in member.roles if g.role in wanted] + [
            StaffRoleGrant(role=role) for role in sorted(wanted - held)
        ]
        s.flush()
        return _row(member, s.get(StaffLogin, staff_id), datetime.now(UTC))


def set_active(
    sessions: sessionmaker[Session], actor: Actor, staff_id: uuid.UUID, active: bool
) -> AccountRow:
    """Deactivate (cannot log in, no longer offered as mentor or visitor) or reactivate."""
    require(actor, ADMINS, "deactivate or reactivate staff members")
    with sessions.begin() as s:
        audit.track(s, actor)
        member = _member(s, staff_id)
        if not active and member.active:
            if staff_id == actor.staff_id:
                raise Conflict("you cannot deactivate yourself: ask another admin")
            if any(grant.role is StaffRole.ADMIN for grant in member.roles):
                _keep_an_admin(s, staff_id)
        member.active = active
        s.flush()
        return _row(member, s.get(StaffLogin, staff_id), datetime.now(UTC))


def unlock(
    sessions: sessionmaker[Session],
    actor: Actor,
    staff_id: uuid.UUID,
    *,
    now: datetime | None = None,
) -> AccountRow:
    """Lift a lock-out: the failure count starts again (the password stays)."""
    require(actor, ADMINS, "unlock accounts")
    with sessions.begin() as s:
        member = _member(s, staff_id)
        account = s.get(StaffLogin, staff_id)
        if account is None:
            raise NotFound("this staff member has no account")
        before = {"failed_attempts": account.failed_attempts}
        account.failed_attempts = 0
        account.last_failed_at = None
        audit.record(
            s,
            actor,
            UNLOCK,
            "staff_login",
            staff_id,
            before,
            {"login": account.login, "failed_attempts": 0},
        )
        return _row(member, account, now or datetime.now(UTC))


def _member(s: Session, staff_id: uuid.UUID) -> StaffMember:
    member = s.get(StaffMember, staff_id)
    if member is None:
        raise NotFound(f"no staff member {staff_id}")
    return member


def _keep_an_admin(s: Session, leaving: uuid.UUID) -> None:
    """Refuse a change that would leave no other active admin who can log in."""
    others = s.scalar(
        select(func.count())
        .select_from(StaffMember)
        .join(StaffRoleGrant, StaffRoleGrant.staff_id == StaffMember.id)
        .join(StaffLogin, StaffLogin.staff_id == StaffMember.id)
        .where(
            StaffRoleGrant.role == StaffRole.ADMIN,
            StaffMember.active.is_(True),
            StaffMember.id != leaving,
        )
    )
    if not others:
        raise Conflict("this is the last admin who can log in: make someone else admin first")


def _check_roles(roles: Iterable[StaffRole]) -> frozenset[StaffRole]:
    wanted = frozenset(StaffRole(role) for role in roles)
    if not wanted:
        raise ValidationError("roles", "choose at least one role")
    return wanted


def _row(member: StaffMember, account: StaffLogin | None, now: datetime) -> AccountRow:
    until = None
    if account is not None:
        ends = lock_ends(account.failed_attempts, account.last_failed_at)
        until = ends if ends is not None and ends > now else None
    return AccountRow(
        staff_id=member.id,
        name=member.name,
        roles=frozenset(grant.role for grant in member.roles),
        active=bool(member.active),
        login=None if account is None else account.login,
        failed_attempts=0 if account is None else account.failed_attempts,
        locked_until=until,
    )


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isupper())[:10]
