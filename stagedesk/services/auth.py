"""Local accounts: logging in with a password (argon2id), lock-out delay, the first admin.

The hash lives in its own table (store.accounts.StaffLogin), never in an audit entry: the
trail records that a login, a failed login or a password change happened, with the login
name, and nothing of the password.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from stagedesk.services import audit
from stagedesk.services.actor import Actor, require
from stagedesk.store.accounts import StaffLogin
from stagedesk.store.staff import StaffMember, StaffRoleGrant

MIN_PASSWORD = 10
LOGIN_MAX = 64
# After this many failures in a row each attempt waits: 30 s, doubling, at most 15 minutes.
LOCK_AFTER = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)

ADMINS = frozenset({StaffRole.ADMIN})
LOGIN, LOGIN_FAILED, PASSWORD_SET = "login", "login_failed", "password_set"
WRONG = "the login name or the password is wrong"

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the login name is unknown, so both answers take as long."""
    return _hasher.hash("not a password of anyone")


class Inactive(PermissionDenied):
    """The password was right, but the staff member is no longer active."""


class LockedOut(PermissionDenied):
    """Too many failed logins: the next attempt is possible at ``until``."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"too many failed logins: try again after {until:%H:%M:%S} UTC")
        self.until = until


@dataclass(frozen=True)
class AccountView:
    staff_id: uuid.UUID
    login: str
    failed_attempts: int


def lockout_delay(failures: int) -> timedelta:
    """How long after the last failure the next attempt must wait."""
    if failures < LOCK_AFTER:
        return timedelta(0)
    doublings = min(failures - LOCK_AFTER, 16)  # 30 s × 2**16 is far past the cap
    delay: timedelta = min(FIRST_DELAY * 2**doublings, MAX_DELAY)
    return delay


def lock_ends(failures: int, last_failed_at: datetime | None) -> datetime | None:
    """When an account with these failures may try again; None when it is not locked."""
    if last_failed_at is None or failures < LOCK_AFTER:
        return None
    return _aware(last_failed_at) + lockout_delay(failures)


def needs_first_admin(sessions: sessionmaker[Session]) -> bool:
    """Whether nobody can log in yet: the window must ask for the first admin."""
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(StaffLogin)) == 0


def create_first_admin(
    sessions: sessionmaker[Session],
    name: str,
    login: str,
    password: str,
    *,
    staff_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Actor:
    """The first account of a store without any: a new staff member holding admin, or, with
    ``staff_id``, an active staff member already in the store (who gains the admin role;
    ``name`` is then theirs)."""
    name = name.strip()
    if staff_id is None and not name:
        raise ValidationError("name", "give the admin's name")
    login = _check_login(login)
    _check_password(password)
    moment = now or datetime.now(UTC)
    with sessions.begin() as s:
        if s.scalar(select(func.count()).select_from(StaffLogin)):
            raise Conflict("this store has accounts already: an admin adds new ones")
        if staff_id is None:
            actor = Actor(uuid.uuid4(), name, frozenset({StaffRole.ADMIN}))
            audit.track(s, actor)
            staff = StaffMember(id=actor.staff_id, name=name, initials=_initials(name))
            staff.roles = [StaffRoleGrant(role=StaffRole.ADMIN)]
            s.add(staff)
        else:
            found = s.get(StaffMember, staff_id)
            if found is None or not found.active:
                raise NotFound(f"no active staff member {staff_id}")
            staff = found
            held = frozenset(g.role for g in staff.roles)
            actor = Actor(staff.id, staff.name, held | {StaffRole.ADMIN})
            audit.track(s, actor)
            if StaffRole.ADMIN not in held:
                staff.roles.append(StaffRoleGrant(role=StaffRole.ADMIN))
        s.flush()
        s.add(
            StaffLogin(
                staff_id=staff.id,
                login=login,
                password_hash=_hasher.hash(password),
                changed_at=moment,
            )
        )
        audit.record(s, actor, PASSWORD_SET, "staff_login", staff.id, None, {"login": login})
    return actor


def create_login(
    sessions: sessionmaker[Session],
    actor: Actor,
    staff_id: uuid.UUID,
    login: str,
    password: str,
    *,
    now: datetime | None = None,
) -> AccountView:
    """Give a staff member a login name and first password (admins only)."""
    require(actor, ADMINS, "create accounts")
    login = _check_login(login)
    _check_password(password)
    with sessions.begin() as s:
        if s.get(StaffMember, staff_id) is None:
            raise NotFound(f"no staff member {staff_id}")
        if s.get(StaffLogin, staff_id) is not None:
            raise Conflict("this staff member has an account already")
        if s.scalar(select(StaffLogin).where(StaffLogin.login == login)) is not None:
            raise ValidationError("login", f"the login name {login!r} is taken")
        s.add(
            StaffLogin(
                staff_id=staff_id,
                login=login,
                password_hash=_hasher.hash(password),
                changed_at=now or datetime.now(UTC),
            )
        )
        audit.record(s, actor, PASSWORD_SET, "staff_login", staff_id, None, {"login": login})
    return AccountView(staff_id, login, 0)


def set_password(
    sessions: sessionmaker[Session],
    actor: Actor,
    staff_id: uuid.UUID,
    new_password: str,
    *,
    old_password: str | None = None,
    now: datetime | None = None,
) -> None:
    """Change a password: an admin anyone's; a staff member their own, with the old one.

    An admin setting a password also lifts a lock-out (the failure count starts again).
    """
    own = actor.staff_id == staff_id
    if not own:
        require(actor, ADMINS, "set another staff member's password")
    _check_password(new_password)
    with sessions.begin() as s:
        account = s.get(StaffLogin, staff_id)
        if account is None:
            raise NotFound("this staff member has no account")
        # A given old password is always checked (the own-password form asks everyone for it).
        needs_old = (own and not actor.has(StaffRole.ADMIN)) or old_password is not None
        if needs_old and (old_password is None or not _verify(account.password_hash, old_password)):
            raise PermissionDenied("the old password is wrong")
        account.password_hash = _hasher.hash(new_password)
        account.failed_attempts = 0
        account.last_failed_at = None
        account.changed_at = now or datetime.now(UTC)
        audit.record(
            s, actor, PASSWORD_SET, "staff_login", staff_id, None, {"login": account.login}
        )


def authenticate(
    sessions: sessionmaker[Session], login: str, password: str, *, now: datetime | None = None
) -> Actor:
    """The Actor of the staff member with this login and password.

    Wrong name or password: PermissionDenied (the same message for both). The LOCK_AFTER-th
    failure in a row, and every attempt before its delay is over (not even checked), is
    LockedOut, which says until when.
    """
    moment = now or datetime.now(UTC)
    login = login.strip().lower()
    failure: PermissionDenied | None = None
    with sessions.begin() as s:
        account = s.scalar(select(StaffLogin).where(StaffLogin.login == login))
        if account is None:
            _verify(_dummy_hash(), password)
            raise PermissionDenied(WRONG)
        staff = s.get(StaffMember, account.staff_id)
        until = lock_ends(account.failed_attempts, account.last_failed_at)
        if until is not None and moment < until:
            raise LockedOut(until)
        if not _verify(account.password_hash, password):
            account.failed_attempts += 1
            account.last_failed_at = moment
            subject = Actor(account.staff_id, staff.name if staff else login, frozenset())
            audit.record(
                s,
                subject,
                LOGIN_FAILED,
                "staff_login",
                account.staff_id,
                None,
                {"login": login, "failed_attempts": account.failed_attempts},
            )
            # The failure that starts a lock-out says so at once, rather than at the next try.
            locked = lock_ends(account.failed_attempts, moment)
            failure = LockedOut(locked) if locked is not None else PermissionDenied(WRONG)
        elif staff is None or not staff.active:
            failure = Inactive("this account is no longer active")
        else:
            account.failed_attempts = 0
            account.last_failed_at = None
            if _hasher.check_needs_rehash(account.password_hash):
                account.password_hash = _hasher.hash(password)
            actor = Actor(staff.id, staff.name, frozenset(g.role for g in staff.roles))
            audit.record(s, actor, LOGIN, "staff_login", staff.id, None, {"login": login})
    # Raised after the commit: the failure count must be stored.
    if failure is not None:
        raise failure
    return actor


def has_account(sessions: sessionmaker[Session], actor: Actor) -> bool:
    """Whether the actor has an account (and so a password of their own) in this store."""
    if actor.staff_id is None:
        return False
    with sessions() as s:
        return s.get(StaffLogin, actor.staff_id) is not None


def account_of(sessions: sessionmaker[Session], actor: Actor, staff_id: uuid.UUID) -> AccountView:
    """A staff member's account (admins, or the staff member themself)."""
    if actor.staff_id != staff_id:
        require(actor, ADMINS, "see accounts")
    with sessions() as s:
        account = s.get(StaffLogin, staff_id)
        if account is None:
            raise NotFound("this staff member has no account")
        return AccountView(staff_id, account.login, account.failed_attempts)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_login(login: str) -> str:
    login = login.strip().lower()
    if not login:
        raise ValidationError("login", "give a login name")
    if len(login) > LOGIN_MAX or any(ch.isspace() for ch in login):
        raise ValidationError(
            "login", f"a login name is one word of at most {LOGIN_MAX} characters"
        )
    return login


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"a password needs at least {MIN_PASSWORD} characters")


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isupper())[:10]


def _aware(moment: datetime) -> datetime:
    # SQLite hands times back naive; the store keeps UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
