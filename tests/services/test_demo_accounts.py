"""The demo's accounts: one login per role with the documented password, made through the
services, only on a store without accounts; the demo marker the login hint reads."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from stagedesk.domain.enums import StaffRole
from stagedesk.services import auth
from stagedesk.services.auth import authenticate, create_first_admin
from stagedesk.services.demo import ensure_demo_store
from stagedesk.services.demo_accounts import DEMO_PASSWORD, add_demo_accounts, demo_logins
from stagedesk.store.opening import open_store

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


def test_the_demo_store_has_a_login_per_role_with_the_demo_password(tmp_path: Path) -> None:
    store, _summary = ensure_demo_store(tmp_path / "demo.sqlite", students=20, today=TODAY)
    try:
        assert demo_logins(store.sessions) == ("beheerder", "coordinator", "mentor", "meldpunt")
        roles = {
            login: authenticate(store.sessions, login, DEMO_PASSWORD).roles
            for login in demo_logins(store.sessions)
        }
        assert StaffRole.ADMIN in roles["beheerder"]
        assert roles["coordinator"] == {StaffRole.COORDINATOR}
        assert roles["mentor"] == {StaffRole.MENTOR}
        assert roles["meldpunt"] == {StaffRole.MELDPUNT}
        assert add_demo_accounts(store.sessions) == ()  # once only
    finally:
        store.close()
    store, again = ensure_demo_store(tmp_path / "demo.sqlite", students=20, today=TODAY)
    store.close()
    assert again is None


def test_a_store_with_accounts_gets_no_demo_accounts_and_is_no_demo_store(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "office.sqlite")
    try:
        create_first_admin(store.sessions, "Ada Beheer", "ada", "lang genoeg wachtwoord")
        assert add_demo_accounts(store.sessions) == ()
        assert demo_logins(store.sessions) == ()
    finally:
        store.close()


@pytest.mark.slow
def test_the_demo_command_makes_the_accounts_and_says_how_to_log_in(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    out = subprocess.run(
        [sys.executable, "-m", "stagedesk", "demo", "--db", str(path), "--students", "20"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert f"(password {DEMO_PASSWORD})" in out
    store = open_store(path)
    try:
        assert "beheerder" in demo_logins(store.sessions)
    finally:
        store.close()
