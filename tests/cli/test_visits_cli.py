"""``stagedesk visits ics`` and ``stagedesk visits agenda``: a mentor by id or name, the file
parsed back, JSON and text agendas, and errors."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from stagedesk.cli import main
from stagedesk.domain.enums import VisitType
from stagedesk.services.visits import plan_visit
from tests.factories import build_world, placed

TODAY = date.today()


@pytest.fixture
def store(tmp_path: Path) -> dict:
    world = build_world(tmp_path / "office.sqlite")
    try:
        zoe = placed(world, world.student(), TODAY - timedelta(days=40),
                     TODAY + timedelta(days=120), today=TODAY)  # fmt: skip
        anna = placed(world, world.student(mentor=world.other_mentor, given="Anna",
                      tussenvoegsel=None, surname="Bakker"), TODAY - timedelta(days=40),
                      TODAY + timedelta(days=120), today=TODAY)  # fmt: skip

        def plan(p, kind, day, at=None):
            return plan_visit(world.sessions, world.coordinator, p.id, kind, day,
                              planned_time=at, today=TODAY)  # fmt: skip

        visits = {
            "overdue": plan(zoe, VisitType.START, TODAY - timedelta(days=3)),
            "next": plan(zoe, VisitType.MIDTERM, TODAY + timedelta(days=7), time(10, 0)),
            "anna": plan(anna, VisitType.MIDTERM, TODAY + timedelta(days=8)),
        }
        return {
            "db": str(tmp_path / "office.sqlite"),
            "mentor": world.mentor.staff_id,
            "visits": visits,
        }
    finally:
        world.office.close()


@pytest.mark.parametrize("mentor", ["Fatima el Amrani", "fatima", "EL AMRANI", "id"])
def test_ics_for_a_mentor_named_by_id_or_name(store, tmp_path, capsys, mentor):
    out = tmp_path / "fatima.ics"
    mentor = str(store["mentor"]) if mentor == "id" else mentor
    assert main(["visits", "ics", "--db", store["db"], "--mentor", mentor, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 1 planned visit(s)"
    calendar = Calendar.from_ical(out.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == f"{store['visits']['next'].id}@visits.stagedesk"
    assert str(event["summary"]) == "Tussentijds bezoek Zoë van der Berg – Zorggroep Óost"
    assert event.decoded("dtstart").time() == time(10, 0)


def test_ics_since_takes_in_overdue_visits(store, tmp_path):
    out = tmp_path / "all.ics"
    since = (TODAY - timedelta(days=30)).isoformat()
    args = ["visits", "ics", "--db", store["db"], "--mentor", "Fatima", "--out", str(out)]
    assert main([*args, "--since", since]) == 0
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 2


@pytest.mark.parametrize(
    ("mentor", "message"),
    [
        ("Pietje Puk", "no active mentor is called 'Pietje Puk'"),
        ("Mila Meldpunt", "no active mentor is called"),
        ("e", "fits 2 mentors: Fatima el Amrani"),
        ("00000000-0000-0000-0000-000000000000", "no active mentor with id"),
    ],
)
def test_an_unknown_or_ambiguous_mentor_is_an_error(store, tmp_path, capsys, mentor, message):
    out = tmp_path / "x.ics"
    assert main(["visits", "ics", "--db", store["db"], "--mentor", mentor, "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_out_file_is_an_error(store, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "x.ics"
    assert (
        main(["visits", "ics", "--db", store["db"], "--mentor", "Fatima", "--out", str(out)]) == 1
    )
    assert "cannot write" in capsys.readouterr().err


def test_agenda_json_for_one_mentor(store, capsys):
    assert main(["visits", "agenda", "--db", store["db"], "--mentor", "Fatima", "--json"]) == 0
    agenda = json.loads(capsys.readouterr().out)
    assert agenda["mentor"] == "Fatima el Amrani" and agenda["overdue"] == 1
    visits = [v for week in agenda["weeks"] for v in week["visits"]]
    assert [(v["visit_type"], v["overdue"]) for v in visits] == [
        ("start", True),
        ("midterm", False),
    ]
    assert visits[1]["planned_time"] == "10:00"
    assert visits[1]["student_name"] == "Zoë van der Berg"
    for week in agenda["weeks"]:
        monday = date.fromisoformat(week["monday"])
        assert monday.isocalendar()[:2] == (week["year"], week["week"])


def test_agenda_text_for_everyone(store, capsys):
    assert main(["visits", "agenda", "--db", store["db"]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "all mentors: 3 planned visit(s), 1 overdue"
    visit_lines = [line for line in lines if line.startswith("  ")]
    assert len(visit_lines) == 3
    assert visit_lines[0].endswith("OVERDUE") and "[Fatima el Amrani]" in visit_lines[0]
    assert any("Anna Bakker" in line and "[Joost de Wit]" in line for line in visit_lines)


def test_a_missing_store_is_an_error(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    assert main(["visits", "agenda", "--db", str(missing)]) == 1
    assert "no store" in capsys.readouterr().err
    assert not missing.exists()


def test_ics_needs_a_mentor_and_a_file(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["visits", "ics", "--db", "x.sqlite"])
    assert exit_info.value.code == 2
    assert "--mentor" in capsys.readouterr().err
