"""``stagedesk accounts``: list the logins; reset a forgotten password and lift a lock-out
with the store file in hand (as the system user, on the audit trail)."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from stagedesk.cli import main
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services import auth
from stagedesk.services.auth import LockedOut, authenticate, create_first_admin
from stagedesk.store.office import AuditEntry
from stagedesk.store.opening import open_store

PASSWORD = "lang genoeg wachtwoord"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite"
    opened = open_store(path)
    try:
        create_first_admin(opened.sessions, "Ada Beheer", "ada", PASSWORD)
    finally:
        opened.close()
    return str(path)


def test_list_shows_login_name_roles_and_state(store, capsys):
    assert main(["accounts", "list", "--db", store]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split() == ["ada", "Ada", "Beheer", "admin", "active"]


def test_a_forgotten_password_is_reset_and_a_lock_out_lifted(store, monkeypatch, capsys):
    opened = open_store(store)
    try:
        for _ in range(auth.LOCK_AFTER):
            with pytest.raises(PermissionDenied):
                authenticate(opened.sessions, "ada", "vergeten")
        with pytest.raises(LockedOut):
            authenticate(opened.sessions, "ada", PASSWORD)
    finally:
        opened.close()
    assert main(["accounts", "unlock", "--db", store, "--login", "ADA"]) == 0
    monkeypatch.setenv("STAGEDESK_NEW_PASSWORD", "een nieuw wachtwoord")
    assert main(["accounts", "password", "--db", store, "--login", "ada"]) == 0
    assert "password: done for ada (Ada Beheer)" in capsys.readouterr().out
    opened = open_store(store)
    try:
        assert authenticate(opened.sessions, "ada", "een nieuw wachtwoord").name == "Ada Beheer"
        with opened.sessions() as s:
            actions = [(e.action, e.actor_name) for e in s.scalars(select(AuditEntry))]
        assert ("unlock", "StageDesk") in actions and ("password_set", "StageDesk") in actions
    finally:
        opened.close()


def test_an_unknown_login_or_a_short_password_is_an_error(store, monkeypatch, capsys):
    monkeypatch.setenv("STAGEDESK_NEW_PASSWORD", "kort")
    assert main(["accounts", "password", "--db", store, "--login", "ada"]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert main(["accounts", "unlock", "--db", store, "--login", "niemand"]) == 1
    assert "no account with the login 'niemand'" in capsys.readouterr().err
