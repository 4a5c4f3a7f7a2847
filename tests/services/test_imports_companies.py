"""Importing companies (by KvK number) and programmes (by crebo and leerweg)."""

from __future__ import annotations

from sqlalchemy import select

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.services.imports import ImportKind, RowProblem, import_file
from stagedesk.store.companies import Company
from stagedesk.store.programmes import Programme
from tests.factories import TODAY
from tests.services.import_files import write_csv

COMPANY_HEADER = ["KvK-nummer", "Bedrijfsnaam", "Straat", "Huisnummer", "Postcode", "Plaats",
                  "E-mail", "Telefoon", "Sector"]  # fmt: skip
PROGRAMME_HEADER = ["Crebo", "Opleiding", "Niveau", "Leerweg", "Sector"]


def _run(world, kind, path, **kwargs):
    return import_file(world.sessions, world.coordinator, kind, path, today=TODAY, **kwargs)


def _companies(world) -> dict[str, Company]:
    with world.sessions() as s:
        rows = s.scalars(select(Company)).all()
        s.expunge_all()
        return {c.kvk_number: c for c in rows}


def test_companies_added_and_updated_by_kvk_with_region_from_postcode(world, tmp_path):
    rows = [
        ["1234.5678", "Zorggroep Oost", "Markt", "1", "3511ab", "Utrecht", "info@ZORG.nl",
         "030 123 4567", "Zorg, welzijn en sport"],
        ["99887766", "Nieuw BV", "", "", "", "Zeist", "", "", ""],
    ]  # fmt: skip
    result = _run(world, ImportKind.COMPANIES, write_csv(tmp_path / "c.csv", COMPANY_HEADER, rows))
    assert (result.added, result.updated, result.problems) == (1, 1, ())
    companies = _companies(world)
    assert len(companies) == 5
    oost = companies["12345678"]
    assert (oost.id, oost.name, oost.address, oost.postcode) == (
        world.company, "Zorggroep Oost", "Markt 1", "3511 AB",
    )  # fmt: skip
    assert oost.email == "info@zorg.nl" and oost.sector is Sector.ZORG
    assert oost.region is not None and oost.capacity == 3  # capacity not mapped: kept
    assert companies["99887766"].capacity == 1 and companies["99887766"].region is None


def test_every_company_problem_by_row_and_column(world, tmp_path):
    rows = [
        ["12345678", "", "", "", "0123 AB", "", "x@y", "06-abc", "ruimtevaart"],
        ["123", "A", "", "", "", "", "", "", ""],
        ["11112222", "", "", "", "", "", "", "", ""],
        ["1234 5678", "Dubbel", "", "", "", "", "", "", ""],
    ]
    result = _run(world, ImportKind.COMPANIES, write_csv(tmp_path / "c.csv", COMPANY_HEADER, rows))
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "Bedrijfsnaam"), (2, "Postcode"), (2, "E-mail"), (2, "Telefoon"), (2, "Sector"),
        (3, "KvK-nummer"), (4, "Bedrijfsnaam"), (5, "KvK-nummer"),
    ]  # fmt: skip
    assert result.problems[-1].message == "12345678 is also on row 2"
    assert result.problems[-2].message == "is needed for a new company"


def test_an_sbb_id_held_by_another_company_is_refused(world, tmp_path):
    header = ["KvK", "Naam", "SBB-id"]
    rows = [["12345678", "Oost", "100200"], ["87654321", "Bytes", "100200"]]
    result = _run(world, ImportKind.COMPANIES, write_csv(tmp_path / "c.csv", header, rows))
    assert result.problems == (
        RowProblem(3, "SBB-id", "100200 belongs to the company with KvK 12345678"),
    )


def test_programmes_by_crebo_and_leerweg(world, tmp_path):
    rows = [
        ["25655", "Verzorgende-IG (nieuw)", "3", "", "zorg"],  # no leerweg: each one known
        ["25180", "Kok", "2", "BOL/BBL", "Voedsel, groen en gastvrijheid"],
    ]
    path = write_csv(tmp_path / "p.csv", PROGRAMME_HEADER, rows)
    result = _run(world, ImportKind.PROGRAMMES, path)
    assert (result.added, result.updated, result.problems) == (2, 1, ())
    with world.sessions() as s:
        found = {(p.crebo, p.leerweg): p for p in s.scalars(select(Programme))}
        assert found[("25655", Leerweg.BOL)].name == "Verzorgende-IG (nieuw)"
        assert found[("25180", Leerweg.BBL)].niveau == 2
        assert found[("25180", Leerweg.BOL)].sector is Sector.VOEDSEL


def test_programme_problems(world, tmp_path):
    rows = [
        ["99999", "Nieuw", "3", "", "zorg"],
        ["25180", "Kok", "5", "BOL", "keuken"],
        ["25604", "Software", "4", "BBL", "ict"],
        ["25604", "Software", "4", "BBL", "ict"],
    ]
    result = _run(
        world, ImportKind.PROGRAMMES, write_csv(tmp_path / "p.csv", PROGRAMME_HEADER, rows)
    )
    assert [(p.row, p.column, p.message) for p in result.problems] == [
        (2, "Leerweg", "is needed for a new programme (BOL, BBL or BOL/BBL)"),
        (3, "Niveau", "must be 1 to 4, got 5"),
        (3, "Sector", result.problems[2].message),
        (5, "Crebo", "25604 (BBL) is also on row 4"),
    ]
