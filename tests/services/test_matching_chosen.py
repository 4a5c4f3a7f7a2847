"""A company that chose the student's profile is proposed first, with the choice as reason."""

from __future__ import annotations

import json
from datetime import date

from stagedesk.cli import main
from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, RejectionReason
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services import matching
from stagedesk.services import profile_proposals as pp
from stagedesk.services.applications import add_application, change_status
from stagedesk.store.companies import Company
from stagedesk.store.students import Student
from stagedesk.ui.widgets import case_matching_labels as words
from tests.factories import TODAY, build_world


def _chosen_by_other_company(world):
    """A student in Utrecht: world.company is nearer, world.other_company chose the profile."""
    with world.sessions.begin() as s:
        s.get(Company, world.company).postcode = "3511 AB"
        s.get(Company, world.other_company).postcode = "3811 CD"
    student = world.student()
    matching.set_match_area(world.sessions, world.coordinator, student, "3584 CS")
    pp.save_profile(world.sessions, world.coordinator, student, skills="Nauwkeurig",
                    motivation="Ik zorg graag voor mensen.")  # fmt: skip
    sent = pp.send_proposal(world.sessions, world.coordinator, student, world.other_company,
                            anonymised=True, out=None, sent_on=date(2026, 11, 3),
                            today=TODAY)  # fmt: skip
    pp.record_outcome(world.sessions, world.coordinator, sent.id, sent.version,
                      ProposalOutcome.CHOSEN, date(2026, 11, 9), today=TODAY)  # fmt: skip
    return student, sent


def test_a_company_that_chose_the_anonymised_profile_comes_first_with_the_reason(world, qapp):
    # qapp (a QApplication, from pytest-qt) for the label's translate call: a bare
    # QCoreApplication here would make every later test that builds a widget abort.
    student, sent = _chosen_by_other_company(world)
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert [p.company_id for p in result.proposals] == [world.other_company, world.company]
    first = result.proposals[0]
    assert first.chosen == matching.ChosenProfile(date(2026, 11, 9), True, sent.reference)
    assert first.set_aside == () and result.proposals[1].chosen is None
    assert words.reasons(first, result.crebo)[0] == "Koos het anonieme profiel op 09-11-2026"


def test_a_rejection_after_the_choice_sets_the_company_aside_again(world):
    student, _ = _chosen_by_other_company(world)
    app = add_application(world.sessions, world.coordinator, student, world.other_company,
                          ApplicationChannel.SCHOOL, status=ApplicationStatus.SENT,
                          sent_on=date(2026, 11, 10), today=TODAY)  # fmt: skip
    change_status(world.sessions, world.coordinator, app.id, app.version,
                  ApplicationStatus.REJECTED, on=date(2026, 11, 20),
                  rejection_reason=RejectionReason.NO_CAPACITY, today=TODAY)  # fmt: skip
    result = matching.match_proposals(world.sessions, world.coordinator, student, today=TODAY)
    assert [p.company_id for p in result.proposals] == [world.company, world.other_company]
    assert result.proposals[1].chosen is None


def test_the_match_command_names_the_choice(tmp_path, capsys):
    world = build_world(tmp_path / "office.sqlite")
    try:
        student, sent = _chosen_by_other_company(world)
        with world.sessions() as s:
            number = s.get(Student, student).student_number
    finally:
        world.office.close()
    db = str(tmp_path / "office.sqlite")
    assert main(["match", "--db", db, "--student", number, "--date", "2026-11-25"]) == 0
    text = capsys.readouterr().out
    assert f"* chose the anonymised profile {sent.reference} on 2026-11-09" in text
    assert main(["match", "--db", db, "--student", number, "--json", "--date", "2026-11-25"]) == 0
    first = json.loads(capsys.readouterr().out)["proposals"][0]
    assert first["chosen"] == {"on": "2026-11-09", "anonymised": True, "reference": sent.reference}
