"""Matching proposals for a student, and `stagedesk match` (the meldpunt's data stays out)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from stagedesk.cli import main
from stagedesk.domain.enums import DiscriminationGround
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.domain.matching import DistanceBand
from stagedesk.services import matching
from stagedesk.services.meldpunt import create_melding
from stagedesk.store.companies import Company
from tests.factories import TODAY, build_world, placed

POSTCODES = {"company": "3511 AB", "other_company": "3811 CD", "revoked": "3512 EF"}


def _with_postcodes(world):
    with world.sessions.begin() as s:
        for attr, postcode in POSTCODES.items():
            s.get(Company, getattr(world, attr)).postcode = postcode
        s.get(Company, world.unrecognised).postcode = "3513 GH"


def test_recognised_companies_with_room_are_ranked_by_distance(world):
    _with_postcodes(world)
    student = world.student()
    assert matching.set_match_area(world.sessions, world.coordinator, student, "3584cs") == (
        "3584 CS"
    )
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert (result.region, result.province, result.postcode) == ("Utrecht", "Utrecht", "3584 CS")
    # Not the unrecognised bakery, not the company whose recognition was revoked.
    assert [(p.company_id, p.band) for p in result.proposals] == [
        (world.company, DistanceBand.SAME_REGION),
        (world.other_company, DistanceBand.SAME_PROVINCE),
    ]
    assert result.considered == 2
    elsewhere = matching.match_proposals(
        world.sessions, world.coordinator, student, postcode="3011 AA", today=TODAY
    )
    assert {p.band for p in elsewhere.proposals} == {DistanceBand.ELSEWHERE}


def test_a_full_company_is_not_proposed_and_free_places_are_counted(world):
    _with_postcodes(world)
    for _ in range(3):  # capacity 3 at world.company
        placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 25))
    student = world.student()
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert [p.company_id for p in result.proposals] == [world.other_company]
    assert result.proposals[0].free_places == 3


def test_a_company_with_an_open_melding_is_left_out_without_a_trace_of_it(world):
    _with_postcodes(world)
    create_melding(
        world.sessions,
        world.meldpunt,
        received_on=date(2026, 11, 1),
        ground=DiscriminationGround.ORIGIN,
        anonymous=True,
        company_id=world.company,
        description="Geheim verhaal van de student",
        today=TODAY,
    )
    student = world.student()
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert [p.company_id for p in result.proposals] == [world.other_company]
    assert "Geheim" not in repr(result) and "melding" not in repr(result).lower()


def test_only_coordinators_and_admins_ask_and_a_bad_postcode_is_refused(world):
    student = world.student()
    with pytest.raises(PermissionDenied):
        matching.match_proposals(world.sessions, world.mentor, student, today=TODAY)
    with pytest.raises(ValidationError):
        matching.match_proposals(
            world.sessions, world.coordinator, student, postcode="SA 1234", today=TODAY
        )


def test_the_match_command_prints_json(tmp_path, capsys):
    world = build_world(tmp_path / "office.sqlite")
    try:
        _with_postcodes(world)
        student = world.student()
        matching.set_match_area(world.sessions, world.coordinator, student, "3584 CS")
        with world.sessions() as s:
            from stagedesk.store.students import Student

            number = s.get(Student, student).student_number
    finally:
        world.office.close()
    db = str(tmp_path / "office.sqlite")
    code = main(["match", "--db", db, "--student", number, "--json", "--date", "2026-11-25"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["region"] == "Utrecht"
    assert [p["name"] for p in out["proposals"]] == ["Zorggroep Óost", "Bytes & Co"]
    assert out["proposals"][0]["distance_band"] == "same_region"
    assert [r["kind"] for r in out["proposals"][0]["reasons"]][0] == "recognition"
    assert main(["match", "--db", db, "--student", "999"]) == 1
    assert "no student with number 999" in capsys.readouterr().err
