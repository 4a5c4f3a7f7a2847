"""Encryption at rest: a store encrypted in place reveals no names, and opens only with its key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stagedesk.cli import main
from stagedesk.domain.errors import PermissionDenied, StoreError, ValidationError
from stagedesk.services.actor import SYSTEM
from stagedesk.services.encryption import encrypt_store
from stagedesk.services.office import Office
from stagedesk.store import cipher
from stagedesk.store.opening import open_store
from stagedesk.store.students import Student
from tests.factories import World, build_world

PASSPHRASE = "correct horse battery"
NAME = "Yılmaz".encode()  # a student of the tiny office (tests/services/conftest.py)


@pytest.fixture(autouse=True)
def no_passphrase_source() -> Iterator[None]:
    """No prompt and no environment unless a test gives one; forget keys between tests."""
    previous = cipher.set_passphrase_source(None)
    yield
    cipher.set_passphrase_source(previous)
    cipher._known.clear()


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def encrypted(tiny_office: Office) -> Path:
    path = Path(tiny_office.location)
    tiny_office.close()
    assert NAME in _all_bytes(path.parent)
    encrypt_store(path, PASSPHRASE, SYSTEM)
    cipher._known.clear()
    return path


def test_an_encrypted_store_and_its_backups_hold_no_names_and_no_plain_leftovers(
    encrypted: Path,
) -> None:
    assert NAME not in _all_bytes(encrypted.parent)
    assert not encrypted.read_bytes().startswith(cipher.SQLITE_MAGIC)
    left = sorted(p.name for p in encrypted.parent.iterdir())
    assert left == ["backups", encrypted.name]
    assert len(list((encrypted.parent / "backups").iterdir())) == 1


def test_without_the_passphrase_the_store_is_a_clear_error(encrypted: Path) -> None:
    with pytest.raises(StoreError, match="this store is encrypted: give the passphrase"):
        open_store(encrypted, create=False)


def test_a_wrong_passphrase_is_refused_and_not_remembered(encrypted: Path) -> None:
    cipher.set_passphrase_source(lambda _path: "not the passphrase")
    with pytest.raises(StoreError, match="wrong passphrase"):
        open_store(encrypted, create=False)
    assert encrypted.resolve() not in cipher._known


def test_with_the_passphrase_everything_reads_and_writes_in_wal_mode(encrypted: Path) -> None:
    asked: list[Path] = []
    cipher.set_passphrase_source(lambda path: asked.append(path) or PASSPHRASE)
    office = Office.open(encrypted, create=False)
    try:
        assert office.stats().entities["student"] == 6
        with office.sessions.begin() as s:
            s.query(Student).filter_by(student_number="100004").one().given_name = "Annabel"
        with office.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        office.close()
    # Opening again in this process asks no more.
    Office.open(encrypted, create=False).close()
    assert asked == [encrypted.resolve()]
    assert b"Annabel" not in _all_bytes(encrypted.parent)


def test_encrypting_needs_an_admin_a_long_passphrase_and_a_plain_store(
    tiny_office: Office, world: World
) -> None:
    path = Path(tiny_office.location)
    tiny_office.close()
    with pytest.raises(PermissionDenied):
        encrypt_store(path, PASSPHRASE, world.coordinator)
    with pytest.raises(ValidationError, match="at least 8"):
        encrypt_store(path, "short", SYSTEM)
    assert path.read_bytes()[:16] == cipher.SQLITE_MAGIC
    encrypt_store(path, PASSPHRASE, SYSTEM)
    with pytest.raises(StoreError, match="encrypted already"):
        encrypt_store(path, PASSPHRASE, SYSTEM)


def test_a_new_store_made_with_a_passphrase_is_encrypted_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_store(cipher.cipher_url(path, PASSPHRASE)).close()
    assert cipher.is_encrypted(path)
    with pytest.raises(StoreError, match="encrypted"):
        open_store(path, create=False)


def test_commands_take_the_passphrase_from_the_environment(
    tiny_office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tiny_office.location)
    tiny_office.close()
    monkeypatch.setenv("STAGEDESK_PASSPHRASE", PASSPHRASE)
    assert main(["db", "encrypt", "--db", path]) == 0
    assert "encrypted" in capsys.readouterr().out
    cipher._known.clear()
    assert main(["stats", "--db", path]) == 0
    assert "student" in capsys.readouterr().out

    cipher._known.clear()
    monkeypatch.delenv("STAGEDESK_PASSPHRASE")
    assert main(["stats", "--db", path]) == 1
    assert "give the passphrase (prompt or STAGEDESK_PASSPHRASE)" in capsys.readouterr().err
    monkeypatch.setenv("STAGEDESK_PASSPHRASE", "a wrong passphrase")
    assert main(["stats", "--db", path]) == 1
    assert "wrong passphrase" in capsys.readouterr().err


# -- a slice of the service tests, run again on an encrypted store ---------------------------


@pytest.fixture
def any_world(tmp_path: Path) -> Iterator[World]:
    built = build_world(cipher.cipher_url(tmp_path / "world.sqlite", PASSPHRASE))
    assert cipher.is_encrypted(tmp_path / "world.sqlite")
    yield built
    built.office.close()


from tests.services.test_audit import (  # noqa: E402
    test_case_changes_are_recorded_without_personal_data,
    test_entries_chain_from_genesis_and_name_the_actor_at_the_time,
    test_the_store_refuses_to_change_or_delete_entries,
)

__all__ = [
    "test_case_changes_are_recorded_without_personal_data",
    "test_entries_chain_from_genesis_and_name_the_actor_at_the_time",
    "test_the_store_refuses_to_change_or_delete_entries",
]
