"""Local accounts: first admin, passwords set by admins or oneself, login with lock-out delay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.services import auth
from stagedesk.services.auth import (
    LockedOut,
    authenticate,
    create_first_admin,
    create_login,
    needs_first_admin,
    set_password,
)
from stagedesk.store.office import AuditEntry
from tests.factories import World

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PASSWORD = "lang genoeg wachtwoord"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at the program's cost takes ~0.1 s and 64 MiB a hash; tests need not pay it."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


def _trail(world: World) -> list[AuditEntry]:
    with world.sessions() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_an_empty_store_asks_for_the_first_admin_once(world: World) -> None:
    assert needs_first_admin(world.sessions)
    admin = create_first_admin(world.sessions, "Ada Beheer", " Ada ", PASSWORD, now=NOW)
    assert admin.roles == frozenset({StaffRole.ADMIN})
    assert not needs_first_admin(world.sessions)
    assert authenticate(world.sessions, "ADA", PASSWORD, now=NOW) == admin
    with pytest.raises(Conflict, match="has accounts already"):
        create_first_admin(world.sessions, "Nog Een", "nog", PASSWORD, now=NOW)


def test_passwords_and_hashes_never_reach_the_audit_trail(world: World) -> None:
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", "eerste wachtwoord")
    with pytest.raises(PermissionDenied):
        authenticate(world.sessions, "fatima", "fout wachtwoord", now=NOW)
    authenticate(world.sessions, "fatima", "eerste wachtwoord", now=NOW)
    entries = _trail(world)
    actions = [e.action for e in entries]
    assert actions.count(auth.PASSWORD_SET) == 2
    assert auth.LOGIN_FAILED in actions and auth.LOGIN in actions
    assert "create" in actions  # the admin as a new staff member, by the tracker
    text = repr([(e.before, e.after) for e in entries])
    for secret in (PASSWORD, "eerste wachtwoord", "fout wachtwoord", "$argon2"):
        assert secret not in text


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(world: World) -> None:
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    with pytest.raises(PermissionDenied) as wrong:
        authenticate(world.sessions, "fatima", "niet het wachtwoord", now=NOW)
    with pytest.raises(PermissionDenied) as unknown:
        authenticate(world.sessions, "niemand", PASSWORD, now=NOW)
    assert str(wrong.value) == str(unknown.value)
    actor = authenticate(world.sessions, "fatima", PASSWORD, now=NOW)
    assert actor.staff_id == world.mentor.staff_id
    assert actor.roles == world.mentor.roles


def test_repeated_failures_lock_out_with_a_growing_delay(world: World) -> None:
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    moment = NOW
    for _ in range(auth.LOCK_AFTER - 1):
        with pytest.raises(PermissionDenied, match="wrong"):
            authenticate(world.sessions, "fatima", "fout fout fout", now=moment)
    # The failure that starts the lock-out says so at once.
    with pytest.raises(LockedOut) as first:
        authenticate(world.sessions, "fatima", "fout fout fout", now=moment)
    assert first.value.until == moment + timedelta(seconds=30)
    # Locked: even the right password is not checked until the delay is over.
    with pytest.raises(LockedOut) as locked:
        authenticate(world.sessions, "fatima", PASSWORD, now=moment + timedelta(seconds=29))
    assert locked.value.until == moment + timedelta(seconds=30)
    moment += timedelta(seconds=30)
    with pytest.raises(LockedOut) as again:
        authenticate(world.sessions, "fatima", "nog steeds fout", now=moment)
    assert again.value.until == moment + timedelta(seconds=60)
    with pytest.raises(LockedOut) as longer:
        authenticate(world.sessions, "fatima", PASSWORD, now=moment + timedelta(seconds=59))
    assert longer.value.until == moment + timedelta(seconds=60)
    assert authenticate(world.sessions, "fatima", PASSWORD, now=moment + timedelta(seconds=60))
    # A success starts the count again.
    with pytest.raises(PermissionDenied, match="wrong"):
        authenticate(world.sessions, "fatima", "fout", now=moment + timedelta(seconds=61))
    authenticate(world.sessions, "fatima", PASSWORD, now=moment + timedelta(seconds=62))


def test_the_delay_is_capped() -> None:
    assert auth.lockout_delay(auth.LOCK_AFTER - 1) == timedelta(0)
    assert auth.lockout_delay(auth.LOCK_AFTER + 2) == timedelta(minutes=2)
    assert auth.lockout_delay(50) == auth.MAX_DELAY


def test_only_admins_set_others_passwords_and_oneself_needs_the_old_one(world: World) -> None:
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    create_login(world.sessions, admin, world.coordinator.staff_id, "carla", PASSWORD)
    with pytest.raises(PermissionDenied):
        set_password(world.sessions, world.coordinator, world.mentor.staff_id, "nieuw wachtwoord")
    with pytest.raises(PermissionDenied, match="old password"):
        set_password(world.sessions, world.mentor, world.mentor.staff_id, "nieuw wachtwoord")
    with pytest.raises(PermissionDenied, match="old password"):
        set_password(
            world.sessions,
            world.mentor,
            world.mentor.staff_id,
            "nieuw wachtwoord",
            old_password="niet het oude",
        )
    set_password(
        world.sessions,
        world.mentor,
        world.mentor.staff_id,
        "nieuw wachtwoord",
        old_password=PASSWORD,
    )
    authenticate(world.sessions, "fatima", "nieuw wachtwoord", now=NOW)
    set_password(world.sessions, admin, world.mentor.staff_id, "door de beheerder")
    authenticate(world.sessions, "fatima", "door de beheerder", now=NOW)


def test_an_admin_unlocks_by_setting_a_password(world: World) -> None:
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    for _ in range(auth.LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            authenticate(world.sessions, "fatima", "fout fout fout", now=NOW)
    set_password(world.sessions, admin, world.mentor.staff_id, "weer toegang!")
    assert authenticate(world.sessions, "fatima", "weer toegang!", now=NOW)


def test_accounts_refuse_bad_input_at_its_field(world: World) -> None:
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    with pytest.raises(ValidationError) as short:
        create_login(world.sessions, admin, world.mentor.staff_id, "fatima", "kort")
    assert short.value.field == "password"
    with pytest.raises(ValidationError) as spaced:
        create_login(world.sessions, admin, world.mentor.staff_id, "fa tima", PASSWORD)
    assert spaced.value.field == "login"
    with pytest.raises(ValidationError, match="taken"):
        create_login(world.sessions, admin, world.mentor.staff_id, "ADA", PASSWORD)
    with pytest.raises(PermissionDenied):
        create_login(world.sessions, world.coordinator, world.mentor.staff_id, "f", PASSWORD)


def test_an_inactive_staff_member_cannot_log_in(world: World) -> None:
    from stagedesk.store.staff import StaffMember

    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    with world.sessions.begin() as s:
        s.get_one(StaffMember, world.mentor.staff_id).active = False
    with pytest.raises(PermissionDenied, match="no longer active"):
        authenticate(world.sessions, "fatima", PASSWORD, now=NOW)
