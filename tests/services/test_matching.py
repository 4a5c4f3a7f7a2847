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


def test_companies_the_student_dealt_with_this_round_are_ranked_last_with_the_reason(world):
    from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
    from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, RejectionReason
    from stagedesk.services.applications import add_application, change_status
    from stagedesk.services.breakoff import break_off

    _with_postcodes(world)
    student = world.student()
    matching.set_match_area(world.sessions, world.coordinator, student, "3584 CS")
    # Rejected at the nearest company this round: it goes to the end, with the date.
    app = add_application(world.sessions, world.coordinator, student, world.company,
                          ApplicationChannel.STAGEMARKT, status=ApplicationStatus.SENT,
                          sent_on=date(2026, 10, 1), today=TODAY)  # fmt: skip
    change_status(world.sessions, world.coordinator, app.id, app.version,
                  ApplicationStatus.REJECTED, date(2026, 10, 20),
                  rejection_reason=RejectionReason.NO_CAPACITY, today=TODAY)  # fmt: skip
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert [(p.rank, p.company_id) for p in result.proposals] == [
        (1, world.other_company), (2, world.company),
    ]  # fmt: skip
    assert result.proposals[0].set_aside == ()
    (aside,) = result.proposals[1].set_aside
    assert (aside.kind, aside.on) == (matching.SetAsideKind.REJECTED, date(2026, 10, 20))
    # A placement broken off at the other company (in an earlier round) sets it aside too;
    # the rejection before that break-off belongs to an earlier round and no longer counts.
    placement = placed(world, student, date(2026, 11, 2), date(2027, 6, 30),
                       company=world.other_company)  # fmt: skip
    break_off(world.sessions, world.coordinator, placement.id, placement.version,
              ended_on=date(2026, 11, 20), reason=BreakoffReason.UNSAFE,
              decided_by=BreakoffParty.SCHOOL, today=TODAY)  # fmt: skip
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert [p.company_id for p in result.proposals] == [world.company, world.other_company]
    assert result.proposals[0].set_aside == ()
    assert [a.kind for a in result.proposals[1].set_aside] == [matching.SetAsideKind.BROKEN_OFF]


def test_an_open_application_and_an_open_proposal_set_a_company_aside(world):
    from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus
    from stagedesk.services import profile_proposals as pp
    from stagedesk.services.applications import add_application

    _with_postcodes(world)
    student = world.student()
    matching.set_match_area(world.sessions, world.coordinator, student, "3584 CS")
    add_application(world.sessions, world.coordinator, student, world.company,
                    ApplicationChannel.SCHOOL, status=ApplicationStatus.SENT,
                    sent_on=date(2026, 11, 1), today=TODAY)  # fmt: skip
    pp.save_profile(world.sessions, world.coordinator, student, skills="Nauwkeurig",
                    motivation="Ik zorg graag voor mensen.")  # fmt: skip
    pp.send_proposal(world.sessions, world.coordinator, student, world.other_company,
                     anonymised=True, out=None, sent_on=date(2026, 11, 3), today=TODAY)  # fmt: skip
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    kinds = {p.company_id: [a.kind for a in p.set_aside] for p in result.proposals}
    assert kinds == {
        world.company: [matching.SetAsideKind.OPEN_APPLICATION],
        world.other_company: [matching.SetAsideKind.PROPOSED],
    }
    # Both set aside: they keep the ordinary order between them.
    assert [p.company_id for p in result.proposals] == [world.company, world.other_company]
