"""The accounts screen's services: only admins list and change staff, logins, roles and
active state; every change is audited; the store always keeps an admin who can log in."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from stagedesk.services import accounts, auth
from stagedesk.services.actor import Actor
from stagedesk.services.auth import LockedOut, authenticate, create_first_admin, create_login
from stagedesk.store.office import AuditEntry
from tests.factories import World

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PASSWORD = "lang genoeg wachtwoord"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def admin(world: World) -> Actor:
    return create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)


def _trail(world: World) -> list[AuditEntry]:
    with world.sessions() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _calls(world: World) -> dict[str, Callable[[Actor], Any]]:
    """Every account action an admin may take, on the mentor (who has a login by then)."""
    target = world.mentor.staff_id
    assert target is not None
    return {
        "list_accounts": lambda a: accounts.list_accounts(world.sessions, a),
        "add_staff_member": lambda a: accounts.add_staff_member(
            world.sessions, a, "Nieuwe Collega", [StaffRole.MENTOR]
        ),
        "set_roles": lambda a: accounts.set_roles(
            world.sessions, a, target, [StaffRole.MENTOR, StaffRole.MELDPUNT]
        ),
        "set_active": lambda a: accounts.set_active(world.sessions, a, target, True),
        "unlock": lambda a: accounts.unlock(world.sessions, a, target),
        "set_password": lambda a: auth.set_password(world.sessions, a, target, "nieuw wachtwoord"),
        "create_login": lambda a: create_login(
            world.sessions, a, world.other_mentor.staff_id, "piet", PASSWORD
        ),
        "account_of": lambda a: auth.account_of(world.sessions, a, target),
    }


@pytest.mark.parametrize(
    "action",
    [
        "list_accounts",
        "add_staff_member",
        "set_roles",
        "set_active",
        "unlock",
        "set_password",
        "create_login",
        "account_of",
    ],
)
@pytest.mark.parametrize("role", ["coordinator", "mentor_colleague", "meldpunt"])
def test_every_account_action_is_refused_to_other_roles_and_allowed_to_admins(
    world: World, admin: Actor, action: str, role: str
) -> None:
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    caller = {
        "coordinator": world.coordinator,
        "mentor_colleague": world.other_mentor,
        "meldpunt": world.meldpunt,
    }[role]
    call = _calls(world)[action]
    before = len(_trail(world))
    with pytest.raises(PermissionDenied, match="needs the role: admin"):
        call(caller)
    assert len(_trail(world)) == before  # a refusal changes nothing
    call(admin)


def test_the_list_shows_every_staff_member_with_login_roles_and_state(
    world: World, admin: Actor
) -> None:
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    accounts.set_active(world.sessions, admin, world.other_mentor.staff_id, False)
    rows = {row.staff_id: row for row in accounts.list_accounts(world.sessions, admin)}
    assert [r.name for r in rows.values()] == sorted(r.name for r in rows.values())
    mentor, other = rows[world.mentor.staff_id], rows[world.other_mentor.staff_id]
    assert (mentor.login, mentor.active, mentor.roles) == ("fatima", True, world.mentor.roles)
    assert (other.login, other.active) == (None, False)  # inactive staff are listed too
    assert rows[admin.staff_id].roles == {StaffRole.ADMIN}


def test_a_locked_account_shows_until_when_and_an_admin_unlocks_it(
    world: World, admin: Actor
) -> None:
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    for n in range(auth.LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            authenticate(world.sessions, "fatima", "fout", now=NOW + timedelta(seconds=n))
    row = next(
        r
        for r in accounts.list_accounts(world.sessions, admin, now=NOW)
        if r.staff_id == world.mentor.staff_id
    )
    assert row.locked and row.failed_attempts == auth.LOCK_AFTER
    assert row.locked_until == NOW + timedelta(seconds=auth.LOCK_AFTER - 1, minutes=0.5)
    with pytest.raises(LockedOut):
        authenticate(world.sessions, "fatima", PASSWORD, now=NOW + timedelta(seconds=10))
    unlocked = accounts.unlock(world.sessions, admin, world.mentor.staff_id, now=NOW)
    assert not unlocked.locked and unlocked.failed_attempts == 0
    authenticate(world.sessions, "fatima", PASSWORD, now=NOW + timedelta(seconds=11))
    assert accounts.UNLOCK in [e.action for e in _trail(world)]


def test_roles_change_at_the_next_login_and_the_change_is_audited(
    world: World, admin: Actor
) -> None:
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    row = accounts.set_roles(
        world.sessions, admin, world.mentor.staff_id, [StaffRole.MENTOR, StaffRole.COORDINATOR]
    )
    assert row.roles == {StaffRole.MENTOR, StaffRole.COORDINATOR}
    actor = authenticate(world.sessions, "fatima", PASSWORD)
    assert actor.roles == {StaffRole.MENTOR, StaffRole.COORDINATOR}  # several roles at once
    entries = [e for e in _trail(world) if e.entity == "staff_role"]
    assert any(e.action == "create" and e.entity_id == world.mentor.staff_id for e in entries)
    with pytest.raises(ValidationError, match="at least one role"):
        accounts.set_roles(world.sessions, admin, world.mentor.staff_id, [])


def test_a_deactivated_staff_member_cannot_log_in_until_reactivated(
    world: World, admin: Actor
) -> None:
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    assert not accounts.set_active(world.sessions, admin, world.mentor.staff_id, False).active
    with pytest.raises(auth.Inactive):
        authenticate(world.sessions, "fatima", PASSWORD)
    accounts.set_active(world.sessions, admin, world.mentor.staff_id, True)
    assert authenticate(world.sessions, "fatima", PASSWORD).staff_id == world.mentor.staff_id
    changes = [e for e in _trail(world) if e.entity == "staff_member" and e.action == "change"]
    assert len(changes) == 2


def test_the_last_admin_keeps_the_role_and_nobody_locks_themself_out(
    world: World, admin: Actor
) -> None:
    assert admin.staff_id is not None
    with pytest.raises(Conflict, match="your own admin role"):
        accounts.set_roles(world.sessions, admin, admin.staff_id, [StaffRole.COORDINATOR])
    with pytest.raises(Conflict, match="deactivate yourself"):
        accounts.set_active(world.sessions, admin, admin.staff_id, False)
    # A second admin without a login does not count: nobody could log in as them.
    colleague = accounts.add_staff_member(world.sessions, admin, "Bea Beheer", [StaffRole.ADMIN])
    other = Actor(colleague.staff_id, colleague.name, colleague.roles)
    with pytest.raises(Conflict, match="last admin"):
        accounts.set_active(world.sessions, other, admin.staff_id, False)
    create_login(world.sessions, admin, colleague.staff_id, "bea", PASSWORD)
    accounts.set_roles(world.sessions, other, admin.staff_id, [StaffRole.COORDINATOR])
    assert authenticate(world.sessions, "ada", PASSWORD).roles == {StaffRole.COORDINATOR}


def test_a_new_staff_member_gets_a_login_and_logs_in(world: World, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="name"):
        accounts.add_staff_member(world.sessions, admin, "  ", [StaffRole.MENTOR])
    row = accounts.add_staff_member(
        world.sessions, admin, "Karel van Dijk", [StaffRole.MENTOR, StaffRole.MELDPUNT]
    )
    assert (row.login, row.active) == (None, True)
    create_login(world.sessions, admin, row.staff_id, "karel", PASSWORD)
    actor = authenticate(world.sessions, "karel", PASSWORD)
    assert actor.roles == {StaffRole.MENTOR, StaffRole.MELDPUNT}
    created = [e for e in _trail(world) if e.entity == "staff_member" and e.action == "create"]
    assert row.staff_id in [e.entity_id for e in created]


def test_a_given_old_password_is_checked_even_for_an_admin(world: World, admin: Actor) -> None:
    assert admin.staff_id is not None
    assert auth.has_account(world.sessions, admin)
    assert not auth.has_account(world.sessions, world.mentor)
    with pytest.raises(PermissionDenied, match="old password"):
        auth.set_password(
            world.sessions, admin, admin.staff_id, "nieuw wachtwoord", old_password="fout"
        )
    auth.set_password(
        world.sessions, admin, admin.staff_id, "nieuw wachtwoord", old_password=PASSWORD
    )
    assert authenticate(world.sessions, "ada", "nieuw wachtwoord") == admin


def test_accounts_work_alike_on_sqlite_and_postgresql(any_world: World) -> None:
    world = any_world
    admin = create_first_admin(world.sessions, "Ada Beheer", "ada", PASSWORD, now=NOW)
    create_login(world.sessions, admin, world.mentor.staff_id, "fatima", PASSWORD)
    accounts.set_roles(
        world.sessions, admin, world.mentor.staff_id, [StaffRole.MENTOR, StaffRole.ADMIN]
    )
    for n in range(auth.LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            authenticate(world.sessions, "ada", "fout", now=NOW + timedelta(seconds=n))
    rows = {r.login: r for r in accounts.list_accounts(world.sessions, admin, now=NOW)}
    assert rows["ada"].locked and not rows["fatima"].locked
    assert rows["fatima"].roles == {StaffRole.MENTOR, StaffRole.ADMIN}
    fatima = authenticate(world.sessions, "fatima", PASSWORD)
    accounts.set_active(world.sessions, fatima, admin.staff_id, False)  # another admin remains
    with pytest.raises(Conflict, match="last admin"):
        accounts.set_roles(world.sessions, admin, world.mentor.staff_id, [StaffRole.MENTOR])


def test_the_first_admin_can_be_a_staff_member_already_there(world: World) -> None:
    staff_id = world.coordinator.staff_id
    assert staff_id is not None
    admin = create_first_admin(world.sessions, "", "kees", PASSWORD, staff_id=staff_id)
    assert admin.staff_id == staff_id
    assert admin.roles == {StaffRole.COORDINATOR, StaffRole.ADMIN}
    assert authenticate(world.sessions, "kees", PASSWORD) == admin
    grants = [e for e in _trail(world) if e.entity == "staff_role" and e.action == "create"]
    assert [e.entity_id for e in grants] == [staff_id]


def test_an_unknown_staff_member_cannot_become_the_first_admin(world: World) -> None:
    with pytest.raises(NotFound):
        create_first_admin(world.sessions, "", "x", PASSWORD, staff_id=uuid.uuid4())
