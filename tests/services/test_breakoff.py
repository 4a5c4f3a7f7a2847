"""Breaking off a placement: back to searching, the replacement linked, companies flagged."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason, BreakoffThreshold
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.services import breakoff
from stagedesk.services.actor import SYSTEM
from stagedesk.store.office import AuditEntry
from stagedesk.store.placements import Placement
from stagedesk.store.students import Student
from tests.factories import TODAY, placed, signed

PARTIES = ("student", "school", "company")


def _running(world, student, company=None):
    view = placed(world, student, date(2026, 9, 1), date(2027, 1, 29), company=company)
    return signed(world, view, date(2026, 8, 20), PARTIES)


def _break(world, view, **changes):
    values = dict(
        ended_on=date(2026, 11, 20),
        reason=BreakoffReason.COMPANY,
        decided_by=BreakoffParty.COMPANY,
        conversation_on=date(2026, 11, 19),
        conversation_summary="Bedrijf heeft geen werk meer; besproken met student en opleider.",
        today=TODAY,
    )
    values.update(changes)
    return breakoff.break_off(world.sessions, world.coordinator, view.id, view.version, **values)


def _status(world, student):
    with world.sessions() as s:
        row = s.get(Student, student)
        return row.search_status, row.search_status_since


def test_breaking_off_sends_the_student_back_to_searching_and_is_audited(world):
    student = world.student()
    view = _running(world, student)
    assert _status(world, student)[0] is SearchStatus.IN_BPV
    done = _break(world, view)
    assert _status(world, student) == (SearchStatus.SEARCHING, date(2026, 11, 20))
    assert (done.reason, done.decided_by, done.company_id) == (
        BreakoffReason.COMPANY,
        BreakoffParty.COMPANY,
        world.company,
    )
    with world.sessions() as s:
        assert s.get(Placement, view.id).ended_early_on == date(2026, 11, 20)
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "placement_breakoff")
        ).scalar_one()
    assert entry.action == "create" and entry.actor_id == world.coordinator.staff_id
    assert entry.after["conversation_summary"].startswith("sha256")  # free text digested only
    assert breakoff.placement_breakoff(world.sessions, world.mentor, view.id) == done


def test_a_placement_is_broken_off_once_and_with_the_version_read(world):
    view = _running(world, world.student())
    with pytest.raises(Conflict):
        breakoff.break_off(
            world.sessions,
            world.coordinator,
            view.id,
            view.version + 5,
            ended_on=date(2026, 11, 20),
            reason=BreakoffReason.UNSAFE,
            decided_by=BreakoffParty.SCHOOL,
            today=TODAY,
        )
    done = _break(world, view)
    fresh = breakoff.placement_breakoff(world.sessions, world.coordinator, view.id)
    assert fresh == done
    with world.sessions() as s:
        version = s.get(Placement, view.id).version
    with pytest.raises(Conflict, match="already"):
        breakoff.break_off(
            world.sessions,
            world.coordinator,
            view.id,
            version,
            ended_on=date(2026, 11, 21),
            reason=BreakoffReason.UNSAFE,
            decided_by=BreakoffParty.SCHOOL,
            today=TODAY,
        )


def test_mentors_may_not_break_off_and_bad_facts_change_nothing(world):
    student = world.student()
    view = _running(world, student)
    with pytest.raises(PermissionDenied):
        breakoff.break_off(
            world.sessions,
            world.mentor,
            view.id,
            view.version,
            ended_on=date(2026, 11, 20),
            reason=BreakoffReason.STUDENT,
            decided_by=BreakoffParty.STUDENT,
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="record the conversation"):
        _break(world, view, conversation_on=None, conversation_summary=None)
    assert _status(world, student)[0] is SearchStatus.IN_BPV


def test_an_unsafe_situation_may_have_its_conversation_recorded_later(world):
    view = _running(world, world.student())
    done = _break(
        world, view, reason=BreakoffReason.UNSAFE, conversation_on=None, conversation_summary=None
    )
    later = breakoff.record_conversation(
        world.sessions,
        world.coordinator,
        done.id,
        done.version,
        date(2026, 11, 24),
        "Nagesprek met student en ouders.",
        today=TODAY,
    )
    assert (later.conversation_on, later.conversation_summary) == (
        date(2026, 11, 24),
        "Nagesprek met student en ouders.",
    )


def test_the_next_placement_is_linked_as_the_replacement(world):
    student = world.student()
    done = _break(world, _running(world, student))
    nxt = placed(world, student, date(2026, 12, 1), date(2027, 5, 28), company=world.other_company)
    again = breakoff.placement_breakoff(world.sessions, world.coordinator, done.placement_id)
    assert again.replacement_id == nxt.id
    unlinked = breakoff.set_replacement(
        world.sessions, world.coordinator, again.id, again.version, None
    )
    assert unlinked.replacement_id is None
    relinked = breakoff.set_replacement(
        world.sessions, world.coordinator, unlinked.id, unlinked.version, nxt.id
    )
    assert relinked.replacement_id == nxt.id
    with pytest.raises(ValidationError, match="replace itself"):
        breakoff.set_replacement(
            world.sessions, world.coordinator, relinked.id, relinked.version, done.placement_id
        )


def test_undo_puts_the_placement_back_in_force(world):
    student = world.student()
    done = _break(world, _running(world, student))
    breakoff.undo_breakoff(world.sessions, world.coordinator, done.id, done.version, today=TODAY)
    assert _status(world, student)[0] is SearchStatus.IN_BPV
    assert breakoff.placement_breakoff(world.sessions, world.coordinator, done.placement_id) is None


def test_companies_with_repeated_breakoffs_are_flagged_per_the_setting(world):
    for _ in range(2):
        _break(world, _running(world, world.student()))
    _break(world, _running(world, world.student(), company=world.other_company))
    flagged = breakoff.companies_with_breakoffs(world.sessions, world.coordinator, today=TODAY)
    assert [(c.company_id, c.count) for c in flagged] == [(world.company, 2)]
    assert flagged[0].reasons == ((BreakoffReason.COMPANY, 2),)
    assert flagged[0].since == date(2025, 8, 1)

    breakoff.save_breakoff_threshold(world.sessions, SYSTEM, BreakoffThreshold(3, 2))
    assert breakoff.companies_with_breakoffs(world.sessions, world.coordinator, today=TODAY) == []
    breakoff.save_breakoff_threshold(world.sessions, SYSTEM, BreakoffThreshold(1, 1))
    found = breakoff.companies_with_breakoffs(world.sessions, world.coordinator, today=TODAY)
    assert {c.company_id for c in found} == {world.company, world.other_company}
    with pytest.raises(PermissionDenied):
        breakoff.companies_with_breakoffs(world.sessions, world.mentor, today=TODAY)
