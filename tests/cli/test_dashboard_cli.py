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


def test_the_anonymised_and_named_proposal_figures_are_printed(tmp_path, capsys):
    from datetime import date

    from stagedesk.domain.profiles import ProposalOutcome
    from stagedesk.store.profiles import ProfileProposal

    path = tmp_path / "office.sqlite"
    office = Office.open(path)
    sent = date.today()  # the dashboard counts the current school year
    try:
        with office.sessions.begin() as session:
            b = OfficeBuilder(session)
            zoe = b.student("Zoë", "Berg", b.programme("Kok", 2), SearchStatus.SEARCHING)
            company = b.company("Hotel Zon")
            outcomes = [(True, ProposalOutcome.CHOSEN), (True, ProposalOutcome.DECLINED),
                        (True, None), (False, ProposalOutcome.NO_ANSWER)]  # fmt: skip
            for n, (anonymised, outcome) in enumerate(outcomes):
                session.add(
                    ProfileProposal(
                        student_id=zoe.id,
                        company_id=company.id,
                        reference=f"P-AAAA-AAA{n}",
                        anonymised=anonymised,
                        sent_on=sent,
                        outcome=outcome,
                        outcome_on=sent if outcome else None,
                    )  # fmt: skip
                )
    finally:
        office.close()
    assert main(["dashboard", "--db", str(path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["proposals"]
    assert figures["anonymised"] == {"proposals": 3, "open": 1, "chosen": 1, "declined": 1,
                                     "no_answer": 0, "rejection_percent": 50.0}  # fmt: skip
    assert figures["named"]["no_answer"] == 1 and figures["named"]["rejection_percent"] == 100.0
    assert main(["dashboard", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "  anonymised      3 sent, 1 open, 1 chosen, 1 declined, 0 no answer; not chosen 50.0%"
    ) in out
    assert (
        "  named           1 sent, 0 open, 0 chosen, 0 declined, 1 no answer; not chosen 100.0%"
    ) in out
