"""Packs that must not be imported: tampered, truncated, not a pack, from another store.

Each gets a clear error, and the office is left exactly as it was.
"""

from __future__ import annotations

import pytest

from stagedesk.domain.errors import StoreError
from stagedesk.services.packs import preview_import
from stagedesk.store.opening import open_store
from tests.factories import build_world
from tests.services.packs_helpers import (
    PackOffice,
    build_pack_office,
    opened_pack_office,
    replace_bytes,
    sha256,
)


@pytest.fixture
def office(tmp_path):
    yield from opened_pack_office(tmp_path)


def _refused(office: PackOffice, match: str) -> None:
    visits, settings = office.office_visits(), office.office_settings()
    with pytest.raises(StoreError, match=match):
        preview_import(office.sessions, office.world.coordinator, office.pack)
    assert office.office_visits() == visits and office.office_settings() == settings


def test_a_changed_byte_in_the_manifest_fails_the_signature(office: PackOffice):
    office.export()
    replace_bytes(office.pack, b'"mentor_name": "Fatima', b'"mentor_name": "Fatimo')
    _refused(office, "does not carry this store's signature")


def test_a_manifest_that_is_no_longer_json_is_damaged(office: PackOffice):
    office.export()
    replace_bytes(office.pack, b'{"manifest":', b'{"manifest";')
    _refused(office, "manifest is damaged")


def test_a_changed_student_row_is_refused(office: PackOffice):
    office.export()
    replace_bytes(office.pack, b"Bakker", b"Bakkex")
    _refused(office, f"altered outside StageDesk or is damaged: student {office.mine_too.hex}")


def test_a_visit_changed_behind_stagedesks_back_is_refused(office: PackOffice):
    office.export()
    replace_bytes(office.pack, b"Goed gesprek", b"Goed gedrek!")
    _refused(office, f"visit {office.held.hex}")


def test_a_pack_cut_in_half_is_truncated(office: PackOffice):
    office.export()
    data = office.pack.read_bytes()
    office.pack.write_bytes(data[: len(data) // 2])
    _refused(office, "truncated")


def test_a_pack_missing_its_last_bytes_is_truncated(office: PackOffice):
    office.export()
    data = office.pack.read_bytes()
    office.pack.write_bytes(data[:-7])
    _refused(office, "truncated")


def test_a_pack_missing_its_header_is_not_a_pack(office: PackOffice):
    office.export()
    office.pack.write_bytes(office.pack.read_bytes()[:60])
    _refused(office, "not a visit pack \\(not a SQLite file\\)|truncated")


@pytest.mark.parametrize(
    ("content", "match"),
    [(b"", "an empty file"), (b"student;company\n1;2\n", "not a SQLite file")],
)
def test_a_file_that_is_not_sqlite_is_not_a_pack(office: PackOffice, content: bytes, match: str):
    office.pack.write_bytes(content)
    _refused(office, match)


def test_a_missing_file_is_named(office: PackOffice):
    _refused(office, "no pack at")


def test_an_ordinary_store_is_not_a_pack(office: PackOffice):
    open_store(office.pack, daily_backup=False).close()
    _refused(office, "not a visit pack \\(it has no manifest\\)")


def test_a_pack_from_another_store_is_refused(office: PackOffice, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    elsewhere = build_pack_office(tmp_path / "elsewhere")
    try:
        office.export()
        before = sha256(office.pack)
        visits = elsewhere.office_visits()
        with pytest.raises(StoreError, match="exported from another store"):
            preview_import(elsewhere.sessions, elsewhere.world.coordinator, office.pack)
        elsewhere.export()  # now the other store has an id (and key) of its own
        with pytest.raises(StoreError, match="exported from another store"):
            preview_import(elsewhere.sessions, elsewhere.world.coordinator, office.pack)
        assert elsewhere.office_visits() == visits
        assert sha256(office.pack) == before
    finally:
        elsewhere.world.office.close()


def test_a_copied_store_id_without_the_key_fails_the_signature(office: PackOffice, tmp_path):
    """Someone who copies the office's store id into their store still lacks its key."""
    from stagedesk.store.office import Setting

    office.export()
    other = build_world(tmp_path / "copy.sqlite")
    try:
        store_id = office.office_settings()["store_id"]
        with other.sessions.begin() as s:
            s.add(Setting(key="store_id", value=store_id))
            s.add(Setting(key="pack:secret", value="00" * 32))
        with pytest.raises(StoreError, match="signature"):
            preview_import(other.sessions, other.coordinator, office.pack)
    finally:
        other.office.close()


def test_importing_into_a_pack_is_refused(office: PackOffice):
    office.export()
    store = open_store(office.pack, create=False, daily_backup=False)
    try:
        with pytest.raises(StoreError, match="itself a visit pack"):
            preview_import(store.sessions, office.world.coordinator, office.pack)
    finally:
        store.close()


def test_a_value_no_column_accepts_is_damage(office: PackOffice):
    import sqlcipher3

    from tests.services.packs_helpers import PASSPHRASE

    office.export()
    # As someone with the sqlcipher shell (and the passphrase) would.
    conn = sqlcipher3.connect(office.pack)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    with conn:
        conn.execute("UPDATE visit SET status = 'plannex' WHERE id = ?", (office.planned.hex,))
    conn.close()
    _refused(office, "is damaged: 'plannex' is not among the defined enum values")
