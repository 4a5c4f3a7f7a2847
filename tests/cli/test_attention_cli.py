"""``stagedesk attention``: the attention list as JSON or a table, and a missing store."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from stagedesk.cli import main
from stagedesk.domain.enums import SearchStatus
from stagedesk.services.office import Office
from tests.services.attention_store import OfficeBuilder


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite"
    today = date.today()
    office = Office.open(path)
    try:
        with office.sessions.begin() as session:
            b = OfficeBuilder(session)
            b.student(
                "Zoë",
                "Berg",
                b.programme("Verzorgende-IG", 3),
                SearchStatus.SEARCHING,
                today - timedelta(weeks=11),
                tussenvoegsel="van der",
            )
            b.student("Anna", "Bakker", b.programme("Kok", 2), SearchStatus.NOT_STARTED, today)
    finally:
        office.close()
    return str(path)


def test_json_lists_number_name_reason_and_detail(store, capsys):
    assert main(["attention", "--db", store, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["reason"]) for r in rows] == [
        ("Zoë van der Berg", "searching_long"),
        ("Anna Bakker", "entree_or_n2_searching"),
    ]
    assert rows[0]["student_number"] == "500001"
    assert rows[0]["detail"]["weeks"] == 11 and rows[0]["detail"]["status"] == "searching"
    assert set(rows[0]) == {"student_number", "name", "reason", "detail"}


def test_without_json_a_readable_table(store, capsys):
    assert main(["attention", "--db", store]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("500001")
    assert "Zoë van der Berg" in lines[0] and "searching_long" in lines[0]
    assert "11 weeks" in lines[0]


def test_an_empty_list_says_so(tmp_path, capsys):
    path = tmp_path / "empty.sqlite"
    Office.open(path).close()
    assert main(["attention", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "nobody needs attention"
    assert main(["attention", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_missing_store_is_an_error_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    assert main(["attention", "--db", str(missing), "--json"]) == 1
    captured = capsys.readouterr()
    assert "no store" in captured.err and str(missing) in captured.err
    assert captured.out == ""
    assert not missing.exists()


def test_the_store_is_required(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["attention"])
    assert exit_info.value.code == 2
    assert "--db" in capsys.readouterr().err
