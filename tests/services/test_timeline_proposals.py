"""Profile proposals in the case timeline: sent, answered, revealed; hidden from mentors."""

from __future__ import annotations

from datetime import date

from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services import profile_proposals as pp
from stagedesk.services.cases import open_case
from stagedesk.services.timeline import ProposalDetail, ProposalEvent, TimelineKind
from tests.factories import TODAY


def _proposed(world):
    student = world.student(mentor=world.mentor)
    pp.save_profile(world.sessions, world.coordinator, student, skills="Ik werk nauwkeurig.",
                    motivation="Ik zorg graag voor mensen.")  # fmt: skip
    anonymous = pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                                 anonymised=True, out=None, sent_on=date(2026, 11, 10),
                                 today=TODAY)  # fmt: skip
    chosen = pp.record_outcome(world.sessions, world.coordinator, anonymous.id,
                               anonymous.version, ProposalOutcome.CHOSEN, date(2026, 11, 12),
                               today=TODAY)  # fmt: skip
    pp.reveal_identity(world.sessions, world.coordinator, chosen.id, None, today=TODAY)
    return student, anonymous


def test_a_proposal_is_sent_answered_and_revealed_in_the_timeline(world):
    student, sent = _proposed(world)
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    entries = [e for e in case.timeline if e.kind is TimelineKind.PROPOSAL]
    assert [(e.on, e.detail.event) for e in entries] == [
        (TODAY, ProposalEvent.REVEALED),
        (date(2026, 11, 12), ProposalEvent.ANSWERED),
        (date(2026, 11, 10), ProposalEvent.SENT),
    ]
    answered = entries[1].detail
    assert isinstance(answered, ProposalDetail)
    assert answered.outcome is ProposalOutcome.CHOSEN and answered.anonymised
    assert answered.reference == sent.reference and answered.company_id == world.company
    assert all(e.entity_id == sent.id for e in entries)


def test_a_named_proposal_has_no_separate_reveal_entry(world):
    student = world.student()
    pp.save_profile(world.sessions, world.coordinator, student, skills="Nauwkeurig.",
                    motivation=None)  # fmt: skip
    pp.send_proposal(world.sessions, world.coordinator, student, world.company,
                     anonymised=False, out=None, sent_on=date(2026, 11, 20),
                     today=TODAY)  # fmt: skip
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    events = [e.detail.event for e in case.timeline if e.kind is TimelineKind.PROPOSAL]
    assert events == [ProposalEvent.SENT]


def test_mentors_do_not_see_proposals_in_the_timeline(world):
    student, _ = _proposed(world)
    case = open_case(world.sessions, world.mentor, student, today=TODAY)
    assert not [e for e in case.timeline if e.kind is TimelineKind.PROPOSAL]


def test_the_proposal_filter_leaves_them_out(world):
    student, _ = _proposed(world)
    kinds = set(TimelineKind) - {TimelineKind.PROPOSAL}
    case = open_case(world.sessions, world.coordinator, student, kinds=kinds, today=TODAY)
    assert not [e for e in case.timeline if e.kind is TimelineKind.PROPOSAL]
