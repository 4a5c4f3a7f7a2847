"""Exporting a visit pack: what it carries (and what never), who may export, the file itself."""

from __future__ import annotations

import json
import os
import stat

import pytest

from stagedesk.domain.errors import NotFound, PermissionDenied, StoreError, ValidationError
from stagedesk.services.packs import find_mentor, pack_info
from stagedesk.services.packs_manifest import MANIFEST_KEY, SECRET_KEY, STORE_ID_KEY
from stagedesk.store import cipher
from stagedesk.store.opening import open_store
from tests.services.packs_helpers import (
    OFFICE_CHECKLIST,
    PASSPHRASE,
    START_CHECKLIST,
    PackOffice,
    opened_pack_office,
    query,
)


@pytest.fixture
def office(tmp_path):
    yield from opened_pack_office(tmp_path)


def _hex(value) -> str:
    return value.hex


def test_the_pack_holds_the_mentors_students_and_nobody_else(office: PackOffice):
    summary = office.export()
    students = query(office.pack, "SELECT id, surname, notes FROM student ORDER BY surname")
    assert [(row[0], row[1]) for row in students] == [
        (_hex(office.mine_too), "Bakker"),
        (_hex(office.mine), "Berg"),
    ]
    assert all(row[2] is None for row in students)  # the office's notes on a student stay home
    assert summary.counts["student"] == 2
    data = office.pack.read_bytes()
    assert b"Anderman" not in data and b"Niet voor jou" not in data
    assert b"Vertrouwelijk" not in data and b"thuissituatie" not in data


def test_no_meldingen_notes_applications_letters_or_audit_travel(office: PackOffice):
    office.export()
    for table in ("melding", "note", "application", "application_event", "letter_record"):
        assert query(office.pack, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert query(office.pack, "SELECT count(*) FROM audit_entry") == [(0,)]
    # The placement's link to its application is cleared rather than carrying the application.
    assert query(
        office.pack, "SELECT count(*) FROM placement WHERE application_id IS NOT NULL"
    ) == [(0,)]


def test_visits_placements_companies_and_contacts_of_those_placements_travel(
    office: PackOffice,
):
    office.export()
    visits = {row[0] for row in query(office.pack, "SELECT id FROM visit")}
    assert visits == {_hex(office.planned), _hex(office.held), _hex(office.planned_too)}
    companies = {row[0] for row in query(office.pack, "SELECT name FROM company")}
    assert companies == {"Zorggroep Óost", "Bytes & Co"}  # not the application's bakery
    contacts = query(office.pack, "SELECT count(*) FROM contact_person")
    assert contacts == [(4,)]  # praktijkopleider and colleague at each of the two companies
    assert query(office.pack, "SELECT count(*) FROM placement") == [(2,)]


def test_the_mentor_travels_whole_and_a_colleague_as_a_name_and_role(office: PackOffice):
    office.export()
    staff = query(office.pack, "SELECT id, name, email FROM staff_member ORDER BY name")
    assert [(row[0], row[1]) for row in staff] == [
        (_hex(office.world.mentor.staff_id), "Fatima el Amrani"),
        (_hex(office.world.other_mentor.staff_id), "Joost de Wit"),
    ]
    roles = query(office.pack, "SELECT staff_id, role FROM staff_role ORDER BY role, staff_id")
    # The colleague's visiting role travels so a next visit can be planned for them.
    assert sorted(roles) == sorted(
        [
            (_hex(office.world.mentor.staff_id), "mentor"),
            (_hex(office.world.other_mentor.staff_id), "mentor"),
        ]
    )


def test_settings_carry_the_checklists_in_force_and_never_the_office_key(office: PackOffice):
    office.world.settings(school_name="ROC Midden")
    summary = office.export()
    settings = dict(query(office.pack, "SELECT key, value FROM setting"))
    assert json.loads(settings["checklist:start.toml"]) == START_CHECKLIST
    assert json.loads(settings["checklist:extra.toml"]) == OFFICE_CHECKLIST
    assert json.loads(settings["school"])["school_name"] == "ROC Midden"
    assert STORE_ID_KEY not in settings and SECRET_KEY not in settings
    checklists = ("extra.toml", "final.toml", "midterm.toml", "start.toml")
    assert set(settings) == {"school", MANIFEST_KEY} | {f"checklist:{n}" for n in checklists}
    assert summary.checklists == checklists
    office_settings = office.office_settings()
    assert office_settings[STORE_ID_KEY] and office_settings[SECRET_KEY]


def test_the_pack_opens_as_a_store_and_knows_it_is_a_pack(office: PackOffice):
    summary = office.export()
    store = open_store(office.pack, create=False, daily_backup=False)
    try:
        info = pack_info(store.sessions)
    finally:
        store.close()
    assert info is not None
    assert info.mentor_id == office.world.mentor.staff_id
    assert info.mentor_name == "Fatima el Amrani"
    assert info.pack_id == summary.pack_id
    assert info.source_store == office.office_settings()[STORE_ID_KEY]
    assert pack_info(office.sessions) is None


def test_the_pack_is_one_self_contained_file(office: PackOffice):
    office.export()
    assert query(office.pack, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in office.tmp.iterdir() if p.name.startswith("pack")) == [
        "pack.sqlite"
    ]


def test_the_store_id_is_made_once(office: PackOffice):
    office.export()
    first = office.office_settings()[STORE_ID_KEY]
    office.export(overwrite=True)
    assert office.office_settings()[STORE_ID_KEY] == first


def test_an_existing_file_is_refused_unless_overwriting(office: PackOffice):
    office.pack.write_text("mine")
    with pytest.raises(ValidationError, match="exists already"):
        office.export()
    assert office.pack.read_text() == "mine"
    assert [p.name for p in office.tmp.iterdir() if p.name.startswith(".pack")] == []
    office.export(overwrite=True)
    assert cipher.is_encrypted(office.pack)


def test_a_missing_folder_is_refused(office: PackOffice):
    with pytest.raises(ValidationError, match="does not exist"):
        office.export(out=office.tmp / "nowhere" / "pack.sqlite")


def test_a_failed_export_leaves_no_file_behind(office: PackOffice, monkeypatch):
    def broken(*_args, **_kwargs):
        raise StoreError("disk full")

    monkeypatch.setattr("stagedesk.services.packs_export.seal", broken)
    with pytest.raises(StoreError, match="disk full"):
        office.export()
    assert not office.pack.exists()
    assert [p.name for p in office.tmp.iterdir() if "pack" in p.name] == []
    # Nor a store id: the export's transaction was rolled back.
    assert STORE_ID_KEY not in office.office_settings()


def test_a_mentor_exports_their_own_pack(office: PackOffice):
    summary = office.export(actor=office.world.mentor)
    assert summary.counts["student"] == 2


@pytest.mark.parametrize("who", ["other_mentor", "meldpunt"])
def test_nobody_else_exports_a_mentors_pack(office: PackOffice, who: str):
    with pytest.raises(PermissionDenied, match="another mentor"):
        office.export(actor=getattr(office.world, who))
    assert not office.pack.exists()


def test_a_pack_is_not_exported_from_a_pack(office: PackOffice):
    office.export()
    store = open_store(office.pack, create=False, daily_backup=False)
    try:
        from stagedesk.services.packs import export_pack

        with pytest.raises(StoreError, match="is a visit pack"):
            export_pack(
                store.sessions,
                office.world.coordinator,
                office.world.mentor.staff_id,
                office.tmp / "again.sqlite",
                passphrase=PASSPHRASE,
            )
    finally:
        store.close()


def test_find_mentor_by_id_or_name(office: PackOffice):
    mentor = office.world.mentor
    assert find_mentor(office.sessions, str(mentor.staff_id)) == (mentor.staff_id, mentor.name)
    assert find_mentor(office.sessions, "fatima EL amrani") == (mentor.staff_id, mentor.name)
    with pytest.raises(NotFound, match="Nobody"):
        find_mentor(office.sessions, "Nobody")


def test_export_reports_progress_and_ends_complete(office: PackOffice):
    calls: list[tuple[str, int, int]] = []
    office.export(progress=lambda phase, done, total: calls.append((phase, done, total)))
    assert calls[0] == ("reading", 0, 1)
    phases = [phase for phase, _, _ in calls]
    assert phases.index("writing") > phases.index("reading")
    assert calls[-1][0] == "writing" and calls[-1][1] == calls[-1][2]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_pack_file_is_readable_by_its_owner_only(office: PackOffice):
    office.export()
    assert stat.S_IMODE(office.pack.stat().st_mode) == 0o600


def test_a_pack_is_encrypted_its_bytes_hold_no_names(office: PackOffice):
    office.export()
    raw = office.pack.read_bytes()
    assert cipher.is_encrypted(office.pack)
    for name in ("Berg", "Bakker", "Zorggroep", "Goed gesprek"):
        assert name.encode() not in raw
    assert query(office.pack, "SELECT surname FROM student ORDER BY surname") == [
        ("Bakker",),
        ("Berg",),
    ]


def test_a_pack_needs_a_passphrase_of_eight_characters(office: PackOffice):
    with pytest.raises(ValidationError, match="always encrypted"):
        office.export(passphrase=None)
    with pytest.raises(ValidationError, match="at least 8"):
        office.export(passphrase="kort")
    assert not office.pack.exists()


def test_the_laptop_opens_the_pack_only_with_its_passphrase(office: PackOffice):
    office.export()
    cipher.forget(office.pack)
    previous = cipher.set_passphrase_source(None)
    try:
        with pytest.raises(StoreError, match="this store is encrypted: give the passphrase"):
            open_store(office.pack, create=False, daily_backup=False)
        cipher.set_passphrase_source(lambda _path: "verkeerd wachtwoord")
        with pytest.raises(StoreError, match="wrong passphrase"):
            open_store(office.pack, create=False, daily_backup=False)
        cipher.set_passphrase_source(lambda _path: PASSPHRASE)
        store = open_store(office.pack, create=False, daily_backup=False)
        try:
            assert pack_info(store.sessions) is not None
        finally:
            store.close()
    finally:
        cipher.set_passphrase_source(previous)
