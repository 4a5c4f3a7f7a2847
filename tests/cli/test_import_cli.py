"""``stagedesk import``: exit 0 with counts when imported, 1 with every problem when refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from stagedesk.cli import main
from stagedesk.store.students import Student
from tests.factories import build_world
from tests.services.import_files import STUDENT_HEADER, student_row, write_csv


@pytest.fixture
def store(tmp_path) -> str:
    path = tmp_path / "office.sqlite"
    build_world(path).office.close()
    return str(path)


def _count(store: str) -> int:
    from stagedesk.services.office import Office

    office = Office.open(store, create=False)
    try:
        with office.sessions() as s:
            return s.execute(select(func.count()).select_from(Student)).scalar_one()
    finally:
        office.close()


def test_import_prints_counts_and_exits_0(store, tmp_path, capsys):
    path = write_csv(tmp_path / "sis.csv", STUDENT_HEADER, [student_row(), student_row("200002")])
    assert main(["import", "students", str(path), "--db", store]) == 0
    out = capsys.readouterr().out
    assert "sis.csv: 2 students rows imported: 2 added, 0 updated, 0 unchanged" in out
    assert _count(store) == 2
    assert main(["import", "students", str(path), "--db", store]) == 0
    assert "0 added, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_dry_run_reports_and_changes_nothing(store, tmp_path, capsys):
    path = write_csv(tmp_path / "sis.csv", STUDENT_HEADER, [student_row()])
    assert main(["import", "students", str(path), "--db", store, "--dry-run"]) == 0
    assert "would be 1 added" in capsys.readouterr().out
    assert _count(store) == 0


def test_refused_file_lists_every_problem_on_stderr_exits_1_and_changes_nothing(
    store, tmp_path, capsys
):
    rows = [student_row(), student_row("200002", born="30-02-2008"), student_row("1")]
    path = write_csv(tmp_path / "sis.csv", STUDENT_HEADER, rows)
    assert main(["import", "students", str(path), "--db", store]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "sis.csv: row 3, Geboortedatum: 30-02-2008 is not a date in the calendar",
        "sis.csv: row 4, Studentnummer: must be 5 to 10 digits, got 1",
        "stagedesk: refused: 2 problems in sis.csv; nothing was imported",
    ]
    assert _count(store) == 0


def test_a_mapping_file_names_the_columns(store, tmp_path, capsys):
    header = ["Nr", "Voornaam", "Naam", "Geb", "Opl", "Jaar"]
    path = write_csv(tmp_path / "x.csv", header, [["200001", "Zoë", "Berg", "1-5-2008",
                                                   "25655", "2025"]])  # fmt: skip
    mapping = tmp_path / "m.json"
    columns = {"studentnummer": "Nr", "achternaam": "Naam", "geboortedatum": "Geb",
               "crebo": "Opl", "cohort": "Jaar"}  # fmt: skip
    mapping.write_text(json.dumps(columns))
    assert main(["import", "students", str(path), "--db", store, "--mapping", str(mapping)]) == 0
    assert _count(store) == 1


@pytest.mark.parametrize("text", ["[1, 2]", "{not json", '{"studentnummer": 3}'])
def test_a_bad_mapping_file_is_an_error(store, tmp_path, capsys, text):
    path = write_csv(tmp_path / "sis.csv", STUDENT_HEADER, [student_row()])
    mapping = tmp_path / "m.json"
    mapping.write_text(text)
    assert main(["import", "students", str(path), "--db", store, "--mapping", str(mapping)]) == 1
    assert "mapping" in capsys.readouterr().err


def test_companies_and_programmes_and_a_missing_file(store, tmp_path, capsys):
    companies = write_csv(tmp_path / "c.csv", ["KvK", "Naam"], [["99887766", "Nieuw BV"]])
    assert main(["import", "companies", str(companies), "--db", store]) == 0
    programmes = write_csv(
        tmp_path / "p.csv", ["Crebo", "Opleiding", "Niveau", "Leerweg", "Sector"],
        [["25180", "Kok", "2", "BOL", "voedsel"]],
    )  # fmt: skip
    assert main(["import", "programmes", str(programmes), "--db", store]) == 0
    capsys.readouterr()
    assert main(["import", "students", str(tmp_path / "nope.csv"), "--db", store]) == 1
    assert "nope.csv: file: no such file" in capsys.readouterr().err
