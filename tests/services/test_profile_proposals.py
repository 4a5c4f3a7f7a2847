"""Anonymised and named proposals: the profile text and its guard, the anonymised PDF that
names nobody, revealing the identity only once chosen, outcomes and the rates per kind."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.domain.profiles import HintKind, ProposalOutcome
from stagedesk.services import matching
from stagedesk.services import profile_proposals as pp
from stagedesk.services.profile_rates import proposal_rates
from stagedesk.services.profile_sheets import print_anonymised
from stagedesk.store.office import AuditEntry
from stagedesk.store.students import Student
from tests.factories import TODAY
from tests.pdf.pdfcheck import font_names, qpdf_ok

SKILLS = "Ik kan goed luisteren en werk nauwkeurig.\nIk plan mijn werk zelf."
MOTIVATION = "Ik wil in de ouderenzorg werken, omdat ik graag voor mensen zorg."
BORN = date(2008, 2, 29)


def _student(world) -> tuple:
    """A student with distinctive names (diacritics, tussenvoegsel), contact details and a
    search postcode, so the PDF test can look for each of them."""
    student = world.student(given="Şükrü Élodie", tussenvoegsel="van 't", surname="Ğüneş-Brønd",
                            born=BORN, guardian="Ayşegül Ğüneş")  # fmt: skip
    with world.sessions.begin() as s:
        row = s.get(Student, student)
        row.email, row.phone = "sukru.gunes@example.nl", "06-98765432"
        number = row.student_number
    matching.set_match_area(world.sessions, world.coordinator, student, "3584 CS")
    return student, number


def _profile(world, student, **changes):
    values = dict(skills=SKILLS, motivation=MOTIVATION, period_from=date(2027, 2, 1),
                  period_until=date(2027, 6, 30))  # fmt: skip
    values.update(changes)
    return pp.save_profile(world.sessions, world.coordinator, student, **values)


def _text(path) -> str:
    reader = PdfReader(str(path))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return "\n".join(page.extract_text() or "" for page in reader.pages) + "\n" + meta


def test_the_anonymised_profile_pdf_holds_none_of_the_students_identifying_values(world, tmp_path):
    student, number = _student(world)
    _profile(world, student)
    out = tmp_path / "profiel.pdf"
    view = pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                            anonymised=True, out=out, today=TODAY)  # fmt: skip
    text = _text(out)
    flat = " ".join(text.split())
    # What the company may see:
    assert view.reference in flat and "Verzorgende-IG" in flat and "niveau" in flat.lower()
    assert "ouderenzorg" in flat and "1 februari 2027 tot 30 juni 2027" in flat
    # Nothing that identifies the student or hints at origin:
    identifying = [
        "Şükrü", "Sukru", "Élodie", "Elodie", "Ğüneş", "Gunes", "Brønd", "Brond", "van 't",
        "Ayşegül", number, "29-02-2008", "29 februari 2008", "2008-02-29", "2008", "3584",
        "sukru.gunes", "example.nl", "98765432", "jaar oud", "nationaliteit",
    ]  # fmt: skip
    lowered = text.casefold()
    for value in identifying:
        assert value.casefold() not in lowered, value
    assert "Naam" not in text and "Geboortedatum" not in text and "Adres" not in text
    qpdf_ok(out)
    assert all("+LiberationSans" in font for font in font_names(out))  # every one embedded
    assert view.anonymised and view.revealed_on is None and view.outcome is None


def test_an_anonymised_profile_whose_text_names_the_student_is_refused_until_confirmed(
    world, tmp_path
):
    student, number = _student(world)
    saved = _profile(world, student, motivation=f"Groetjes van Şükrü ({number}), 17 jaar")
    assert {h.kind for h in saved.hints} == {HintKind.NAME, HintKind.STUDENT_NUMBER, HintKind.AGE}
    out = tmp_path / "profiel.pdf"
    with pytest.raises(ValidationError, match="may identify the student"):
        pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                         anonymised=True, out=out, today=TODAY)  # fmt: skip
    assert not out.exists() and pp.student_proposals(world.sessions, world.coordinator,
                                                     student) == ()  # fmt: skip
    with pytest.raises(ValidationError):
        print_anonymised(world.sessions, world.coordinator, student, out, today=TODAY)
    # A named proposal does not need the guard; an anonymised one goes once confirmed.
    pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                     anonymised=False, out=None, today=TODAY)  # fmt: skip
    pp.send_proposal(world.sessions, world.coordinator, student, world.other_company,
                     anonymised=True, out=out, despite_hints=True, today=TODAY)  # fmt: skip
    assert out.exists()


def test_an_empty_profile_cannot_be_sent(world):
    student, _ = _student(world)
    assert pp.read_profile(world.sessions, world.coordinator, student).empty
    with pytest.raises(ValidationError, match="skills and motivation first"):
        pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                         anonymised=True, out=None, today=TODAY)  # fmt: skip


def test_the_identity_is_revealed_only_after_the_company_chose_the_profile(world, tmp_path):
    student, _ = _student(world)
    _profile(world, student)
    sent = pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                            anonymised=True, out=None, sent_on=date(2026, 11, 10),
                            today=TODAY)  # fmt: skip
    named = tmp_path / "op-naam.pdf"
    with pytest.raises(PermissionDenied, match="stays hidden"):
        pp.reveal_identity(world.sessions, world.coordinator, sent.id, named, today=TODAY)
    declined = pp.record_outcome(world.sessions, world.coordinator, sent.id, sent.version,
                                 ProposalOutcome.DECLINED, date(2026, 11, 20),
                                 today=TODAY)  # fmt: skip
    with pytest.raises(PermissionDenied):
        pp.reveal_identity(world.sessions, world.coordinator, sent.id, named, today=TODAY)
    assert not named.exists()
    chosen = pp.record_outcome(world.sessions, world.coordinator, sent.id, declined.version,
                               ProposalOutcome.CHOSEN, date(2026, 11, 21),
                               today=TODAY)  # fmt: skip
    assert chosen.revealed_on is None and chosen.may_reveal
    revealed = pp.reveal_identity(world.sessions, world.coordinator, sent.id, named, today=TODAY)
    assert revealed.revealed_on == TODAY
    with world.sessions() as s:
        prints = (
            s.execute(select(AuditEntry.action).where(AuditEntry.entity_id == sent.id))
            .scalars()
            .all()
        )
    assert prints.count("export") == 1  # the named print is in the trail
    text = " ".join(_text(named).split())
    assert "Şükrü Élodie van 't Ğüneş-Brønd" in text and sent.reference in text
    # Once revealed, the proposal cannot quietly go back to open.
    with pytest.raises(ValidationError, match="revealed already"):
        pp.record_outcome(world.sessions, world.coordinator, sent.id, revealed.version, None,
                          today=TODAY)  # fmt: skip


def test_a_named_proposal_is_revealed_on_the_day_it_is_sent(world, tmp_path):
    student, _ = _student(world)
    _profile(world, student)
    out = tmp_path / "op-naam.pdf"
    view = pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                            anonymised=False, out=out, sent_on=date(2026, 11, 20),
                            today=TODAY)  # fmt: skip
    assert view.revealed_on == date(2026, 11, 20) and view.may_reveal
    assert "Ğüneş-Brønd" in _text(out)


def test_outcome_dates_are_checked_and_a_stale_version_is_refused(world):
    from stagedesk.domain.errors import Conflict

    student, _ = _student(world)
    _profile(world, student)
    sent = pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                            anonymised=True, out=None, sent_on=date(2026, 11, 10),
                            today=TODAY)  # fmt: skip
    with pytest.raises(ValidationError, match="before the proposal was sent"):
        pp.record_outcome(world.sessions, world.coordinator, sent.id, sent.version,
                          ProposalOutcome.DECLINED, date(2026, 11, 9), today=TODAY)  # fmt: skip
    pp.record_outcome(world.sessions, world.coordinator, sent.id, sent.version,
                      ProposalOutcome.NO_ANSWER, today=TODAY)  # fmt: skip
    with pytest.raises(Conflict):
        pp.record_outcome(world.sessions, world.coordinator, sent.id, sent.version,
                          ProposalOutcome.CHOSEN, today=TODAY)  # fmt: skip


def test_only_coordinators_and_admins_work_with_profiles(world, tmp_path):
    student, _ = _student(world)
    for actor in (world.mentor, world.meldpunt):
        with pytest.raises(PermissionDenied):
            pp.read_profile(world.sessions, actor, student)
        with pytest.raises(PermissionDenied):
            pp.save_profile(world.sessions, actor, student, skills="x", motivation=None)
        with pytest.raises(PermissionDenied):
            proposal_rates(world.sessions, actor)


def test_the_audit_trail_holds_digests_of_the_profile_text_only(world):
    student, _ = _student(world)
    saved = _profile(world, student)
    _profile(world, student, skills="Ik ben handig met computers.", version=saved.version)
    pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                     anonymised=True, out=None, today=TODAY)  # fmt: skip
    with world.sessions() as s:
        entries = (
            s.execute(
                select(AuditEntry).where(
                    AuditEntry.entity.in_(["student_profile", "profile_proposal"])
                )
            )
            .scalars()
            .all()
        )
        dumped = json.dumps([[e.action, e.entity, e.before, e.after] for e in entries])
    assert [json.loads(dumped)[i][:2] for i in range(3)] == [
        ["create", "student_profile"], ["change", "student_profile"],
        ["create", "profile_proposal"],
    ]  # fmt: skip
    assert "ouderenzorg" not in dumped and "computers" not in dumped and "sha256:" in dumped


def test_a_second_writer_of_the_profile_is_refused(world):
    from stagedesk.domain.errors import Conflict

    student, _ = _student(world)
    saved = _profile(world, student)
    _profile(world, student, skills="Nieuw", version=saved.version)
    with pytest.raises(Conflict):
        _profile(world, student, skills="Oud", version=saved.version)
    with pytest.raises(Conflict):
        _profile(world, student, skills="Zonder versie")


def test_rates_compare_anonymised_and_named_proposals(world):
    student, _ = _student(world)
    _profile(world, student)
    outcomes = [
        (True, ProposalOutcome.CHOSEN), (True, ProposalOutcome.DECLINED), (True, None),
        (False, ProposalOutcome.DECLINED), (False, ProposalOutcome.NO_ANSWER),
        (False, ProposalOutcome.CHOSEN),
    ]  # fmt: skip
    for anonymised, outcome in outcomes:
        view = pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                                anonymised=anonymised, out=None, today=TODAY)  # fmt: skip
        if outcome is not None:
            pp.record_outcome(world.sessions, world.coordinator, view.id, view.version, outcome,
                              today=TODAY)  # fmt: skip
    rates = proposal_rates(world.sessions, world.coordinator)
    a, n = rates.anonymised, rates.named
    assert (a.proposals, a.open, a.chosen, a.declined, a.no_answer) == (3, 1, 1, 1, 0)
    assert (n.proposals, n.open, n.chosen, n.declined, n.no_answer) == (3, 0, 1, 1, 1)
    assert a.rejection_rate == 0.5 and n.rejection_rate == pytest.approx(2 / 3)
    assert (
        proposal_rates(world.sessions, world.coordinator, since=date(2027, 1, 1)).named.proposals
        == 0
    )
