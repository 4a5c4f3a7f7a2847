"""The shortage report: students without a place and open places per programme and region,
on SQLite and PostgreSQL, written to .xlsx for SBB and read back."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from stagedesk.domain.enums import Leerweg, SearchStatus, StaffRole
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.services.office import Office
from stagedesk.services.shortage import HEADERS, shortage_report, write_shortage_report
from stagedesk.store.companies import Recognition
from tests.services.attention_store import TODAY, OfficeBuilder, days

S = SearchStatus


@pytest.fixture
def office(store_location):
    office = Office.open(store_location)
    with office.sessions.begin() as session:
        _fill(OfficeBuilder(session))
    yield office
    office.close()


def _recognise(b: OfficeBuilder, company, crebo: str, revoked_on: date | None = None) -> None:
    b.session.add(
        Recognition(
            company_id=company.id,
            crebo=crebo,
            recognised_on=date(2020, 1, 1),
            revoked_on=revoked_on,
        )
    )
    b.session.flush()


def _fill(b: OfficeBuilder) -> None:
    kok = b.programme("Kok", 2)
    kok_bbl = b.programme("Kok", 2, Leerweg.BBL)
    kok_bbl.crebo = kok.crebo  # one crebo taught in both leerwegen
    zorg = b.programme("Verzorgende-IG", 3)
    utrecht = b.company("Restaurant De Dom")  # capacity 2
    utrecht.region = "Utrecht"
    amsterdam = b.company("Grand Café Noord")
    amsterdam.region, amsterdam.capacity = "Amsterdam", 5
    revoked = b.company("Eethuis Ingetrokken")
    revoked.region = "Utrecht"
    for company in (utrecht, amsterdam):
        _recognise(b, company, kok.crebo)
    _recognise(b, revoked, kok.crebo, revoked_on=days(-10))
    _recognise(b, amsterdam, zorg.crebo)

    # One of Restaurant De Dom's two places is taken by a running placement; an ended one
    # frees its place again.
    placed = b.student("Piet", "Geplaatst", kok, S.IN_BPV)
    b.placement(placed, utrecht, days(-30), days(60))
    done = b.student("Klaas", "Klaar", kok, S.COMPLETED)
    b.placement(done, utrecht, days(-200), days(-100))

    # Without a place: two Kok BOL students searching (the school's region, Utrecht), one
    # applying in Amsterdam; one Kok BBL student searching; one Verzorgende-IG searching.
    b.student("Ans", "Zoekt", kok, S.SEARCHING)
    b.student("Bob", "Zoekt", kok, S.NOT_STARTED)
    b.student("Cor", "Solliciteert", kok, S.APPLYING).current_company_id = amsterdam.id
    b.student("Dirk", "Leerbaan", kok_bbl, S.SEARCHING)
    b.student("Eva", "Zorg", zorg, S.SEARCHING)


def _row(report, programme: str, leerweg: Leerweg, region: str):
    (row,) = [
        r for r in report.rows if (r.programme, r.leerweg, r.region) == (programme, leerweg, region)
    ]
    return row


def test_rows_count_students_without_a_place_and_open_places_per_region(office):
    report = shortage_report(office.sessions, SYSTEM, TODAY)
    assert report.school_region == "Utrecht"
    assert report.without_place == 5
    kok = _row(report, "Kok", Leerweg.BOL, "Utrecht")
    # De Dom: capacity 2, one taken; the revoked company does not count.
    assert (kok.without_place, kok.companies, kok.open_places, kok.open_elsewhere) == (2, 1, 1, 5)
    cor = _row(report, "Kok", Leerweg.BOL, "Amsterdam")
    assert (cor.without_place, cor.companies, cor.open_places, cor.open_elsewhere) == (1, 1, 5, 1)
    # The BBL programme of the same crebo sees the same places.
    bbl = _row(report, "Kok", Leerweg.BBL, "Utrecht")
    assert (bbl.without_place, bbl.open_places, bbl.open_elsewhere) == (1, 1, 5)
    zorg = _row(report, "Verzorgende-IG", Leerweg.BOL, "Utrecht")
    assert (zorg.without_place, zorg.companies, zorg.open_places, zorg.open_elsewhere) == (
        1,
        0,
        0,
        5,
    )
    assert report.rows[0] == kok  # most students first
    assert len(report.rows) == 4


def test_the_report_is_written_to_xlsx_for_sbb(office, tmp_path):
    report = shortage_report(office.sessions, SYSTEM, TODAY)
    out = tmp_path / "tekorten.xlsx"
    assert write_shortage_report(report, out) == 4
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert sheet.title.startswith("Tekorten 2026-2027")
    first = rows[1]
    assert first[1:] == (
        "Kok",
        2,
        "BOL",
        "Zorg, welzijn en sport",  # the test builder puts every programme in zorg
        "Utrecht",
        2,
        1,
        1,
        5,
    )
    assert isinstance(first[0], str) and len(first[0]) == 5  # the crebo stays text


def test_only_coordinators_and_admins_make_the_report(office):
    mentor = Actor(None, "Mentor", frozenset({StaffRole.MENTOR}))
    with pytest.raises(PermissionDenied):
        shortage_report(office.sessions, mentor, TODAY)
