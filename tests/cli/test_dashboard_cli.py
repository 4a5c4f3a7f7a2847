"""``stagedesk dashboard`` and ``stagedesk shortage``: figures as JSON or text, the report as
.xlsx, and a missing store."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from stagedesk.cli import main
from stagedesk.domain.enums import SearchStatus
from stagedesk.services.office import Office
from stagedesk.services.shortage import HEADERS
from tests.services.attention_store import OfficeBuilder


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite"
    office = Office.open(path)
    try:
        with office.sessions.begin() as session:
            b = OfficeBuilder(session)
            kok = b.programme("Kok", 2)
            b.student("Zoë", "Berg", kok, SearchStatus.SEARCHING)
            b.student("Anna", "Bakker", kok, SearchStatus.NOT_STARTED)
            b.student("Jan", "Hart", kok, SearchStatus.COMPLETED)
    finally:
        office.close()
    return str(path)


def test_json_has_the_figures(store, capsys):
    assert main(["dashboard", "--db", store, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["students"] == 3
    assert figures["without_place"] == 2
    assert figures["students_per_status"]["searching"] == 1
    assert figures["without_place_by"]["region"] == [
        {"key": "Utrecht", "label": "Utrecht", "students": 2}
    ]
    assert figures["without_place_by"]["programme"][0]["label"] == "Kok"
    assert figures["pok_complete_by_start"] == {"part": 0, "whole": 0, "percent": None}
    assert figures["meldingen"] == {"total": 0, "open": 0}


def test_text_names_the_indicators(store, capsys):
    assert main(["dashboard", "--db", store]) == 0
    out = capsys.readouterr().out
    assert "without a place: 2" in out
    assert "allowance at or above the norm" in out
    assert "Kok (" in out


def test_shortage_writes_the_report(store, tmp_path, capsys):
    out = tmp_path / "tekorten.xlsx"
    assert main(["shortage", "--db", store, "--out", str(out)]) == 0
    assert "1 programme × region rows, 2 students without a place" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert rows[1][1] == "Kok" and rows[1][6] == 2


def test_a_missing_store_is_an_error(tmp_path, capsys):
    assert main(["dashboard", "--db", str(tmp_path / "nope.sqlite")]) == 1
    assert capsys.readouterr().err
