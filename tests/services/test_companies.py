"""The company register's edits and rules: validation per field, unique KvK and SBB id, the
region that follows the postcode, role refusals and stale versions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import Conflict, PermissionDenied
from stagedesk.domain.regions import Region, RegionTableError
from stagedesk.services import companies as svc
from stagedesk.services.companies import ContactInput
from stagedesk.services.office import Office
from stagedesk.services.regions import REGIONS_FILE, read_region_table, region_for_postcode
from tests.services.company_store import (
    BYTES,
    COORDINATOR,
    MELDPUNT,
    MENTOR,
    TODAY,
    Built,
    build,
    fresh_office,
    refused,
)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    yield from fresh_office(tmp_path)


@pytest.fixture
def built(office: Office) -> Built:
    return build(office)


# --- regions ------------------------------------------------------------------------------------


def test_the_shipped_region_table_covers_every_postcode_area():
    table = read_region_table(REGIONS_FILE)
    assert table.missing_areas() == []
    assert region_for_postcode("1011 AB") == Region("Noord-Holland", "Amsterdam")
    assert region_for_postcode("9712CP") == Region("Groningen", "Groningen")
    assert region_for_postcode("") is None and region_for_postcode(None) is None


def test_a_malformed_region_file_names_the_file_and_line(tmp_path: Path):
    bad = tmp_path / "postcode_regions.csv"
    bad.write_text("# comment\npc2_from,pc2_to,province,region\n10,1x,Noord-Holland,A\n")
    with pytest.raises(RegionTableError, match=r"^postcode_regions\.csv, row 3: pc2_to"):
        read_region_table(bad)


def test_the_region_follows_the_postcode_on_create_and_on_edit(office: Office):
    created = svc.create_company(office.sessions, COORDINATOR, BYTES)
    assert (created.postcode, created.province, created.region) == ("3511 AB", "Utrecht", "Utrecht")
    moved = svc.update_company(
        office.sessions,
        COORDINATOR,
        created.id,
        created.version,
        replace(BYTES, postcode="9712 CP"),
    )
    assert (moved.province, moved.region) == ("Groningen", "Groningen")
    assert moved.version == created.version + 1
    [row] = svc.search_companies(office.sessions, COORDINATOR, today=TODAY)
    assert (row.province, row.region) == ("Groningen", "Groningen")
    no_postcode = svc.update_company(
        office.sessions, COORDINATOR, created.id, moved.version, replace(BYTES, postcode=" ")
    )
    assert (no_postcode.postcode, no_postcode.region, no_postcode.province) == (None, None, None)


# --- validation ---------------------------------------------------------------------------------


def test_a_new_company_is_stored_in_canonical_form(office: Office):
    created = svc.create_company(office.sessions, COORDINATOR, BYTES)
    assert created.kvk_number == "87654321"
    assert created.email == "Info@bytes.nl"
    assert created.sector is Sector.ICT and created.capacity == 2
    view = svc.company_view(office.sessions, COORDINATOR, created.id, TODAY)
    assert view.details == created


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "  "}, "name", "must not be empty"),
        ({"kvk_number": "1234567"}, "kvk_number", "must be 8 digits, got 7"),
        ({"kvk_number": "1234567a"}, "kvk_number", "must contain only digits, got '1234567a'"),
        ({"sbb_id": "SBB-1"}, "sbb_id", "must contain only digits, got 'SBB-1'"),
        ({"postcode": "351 AB"}, "postcode", "must be 4 digits and 2 letters, like 1234 AB"),
        ({"postcode": "3511 SS"}, "postcode", "letters SS are never used in a postcode"),
        ({"capacity": -1}, "capacity", "must be 0 or more, got -1"),
        ({"email": "info@bytes"}, "email", "domain 'bytes' has no dot"),
        ({"email": "info bytes.nl"}, "email", "cannot contain spaces"),
        ({"phone": "030-12345x"}, "phone", "may contain only digits"),
        ({"phone": "112"}, "phone", "must have at least 6 digits"),
    ],
)
def test_bad_input_is_refused_with_a_message_for_its_field(office, change, field, message):
    bad = replace(BYTES, **change)
    got = refused(lambda: svc.create_company(office.sessions, COORDINATOR, bad), field)
    assert got.startswith(message)
    assert svc.search_companies(office.sessions, COORDINATOR) == []


def test_a_capacity_of_zero_is_allowed(office: Office):
    assert (
        svc.create_company(office.sessions, COORDINATOR, replace(BYTES, capacity=0)).capacity == 0
    )


def test_a_kvk_number_can_be_registered_only_once(office: Office):
    svc.create_company(office.sessions, COORDINATOR, BYTES)
    twin = replace(BYTES, name="Bytes Twee", sbb_id=None)
    message = refused(lambda: svc.create_company(office.sessions, COORDINATOR, twin), "kvk_number")
    assert message == "already registered for Bytes & Co"
    other = svc.create_company(office.sessions, COORDINATOR, replace(twin, kvk_number="11112222"))
    taken = replace(twin, kvk_number="87654321")
    message = refused(
        lambda: svc.update_company(office.sessions, COORDINATOR, other.id, other.version, taken),
        "kvk_number",
    )
    assert message == "already registered for Bytes & Co"
    assert svc.kvk_registered_for(office.sessions, COORDINATOR, "8765.4321") == "Bytes & Co"
    assert svc.kvk_registered_for(office.sessions, COORDINATOR, "11112222", other.id) is None


def test_an_sbb_id_can_be_registered_only_once(office: Office):
    svc.create_company(office.sessions, COORDINATOR, BYTES)
    twin = replace(BYTES, name="Bytes Twee", kvk_number="11112222")
    message = refused(lambda: svc.create_company(office.sessions, COORDINATOR, twin), "sbb_id")
    assert message == "already registered for Bytes & Co"


def test_saving_the_company_unchanged_keeps_its_own_kvk(office: Office):
    created = svc.create_company(office.sessions, COORDINATOR, BYTES)
    again = svc.update_company(office.sessions, COORDINATOR, created.id, created.version, BYTES)
    assert again.kvk_number == created.kvk_number


# --- roles and versions -------------------------------------------------------------------------


def test_a_mentor_reads_the_register_but_cannot_change_it(built: Built):
    sessions = built.office.sessions
    assert svc.search_companies(sessions, MENTOR)
    assert not svc.can_edit(MENTOR) and svc.can_edit(COORDINATOR)
    with pytest.raises(PermissionDenied):
        svc.create_company(sessions, MENTOR, BYTES)
    with pytest.raises(PermissionDenied):
        svc.add_recognition(sessions, MENTOR, built.company, "25604", TODAY)
    with pytest.raises(PermissionDenied):
        svc.add_contact(sessions, MENTOR, built.company, ContactInput("X"))


def test_the_meldpunt_role_alone_cannot_read_the_register(built: Built):
    sessions = built.office.sessions
    with pytest.raises(PermissionDenied):
        svc.search_companies(sessions, MELDPUNT)
    with pytest.raises(PermissionDenied):
        svc.company_view(sessions, MELDPUNT, built.company, TODAY)
    with pytest.raises(PermissionDenied):
        svc.kvk_registered_for(sessions, MELDPUNT, "12345678")


def test_an_edit_based_on_a_stale_version_isrefused(office: Office):
    created = svc.create_company(office.sessions, COORDINATOR, BYTES)
    svc.update_company(
        office.sessions, COORDINATOR, created.id, created.version, replace(BYTES, capacity=5)
    )
    with pytest.raises(Conflict):
        svc.update_company(
            office.sessions, COORDINATOR, created.id, created.version, replace(BYTES, capacity=1)
        )
    [row] = svc.search_companies(office.sessions, COORDINATOR)
    assert row.capacity == 5
