"""A held visit with concerns puts the student on the attention list until the office marks
the concerns handled."""

from __future__ import annotations

from datetime import date

from stagedesk.domain.checklists import VisitConcern
from stagedesk.domain.enums import VisitType
from stagedesk.services.attention import AttentionReason, attention_list
from stagedesk.services.visits import handle_concerns, log_visit, plan_visit
from tests.factories import TODAY, placed

START, END = date(2026, 9, 1), date(2027, 1, 31)


def _held(world, student, concerns, *, held_on=date(2026, 11, 20), kind=VisitType.MIDTERM):
    placement = placed(world, student, START, END)
    visit = plan_visit(world.sessions, world.coordinator, placement.id, kind, held_on, today=TODAY)
    return log_visit(world.sessions, world.mentor, visit.id, visit.version, held_on,
                     answers={}, concerns=concerns, today=TODAY).visit  # fmt: skip


def _concern_items(world, actor=None):
    items = attention_list(world.sessions, actor or world.coordinator, TODAY)
    return [item for item in items if item.reason is AttentionReason.VISIT_CONCERNS]


def test_open_concerns_put_the_student_on_the_list_most_recent_first(world):
    unsafe = VisitConcern.UNSAFE_SITUATION
    older = _held(world, world.student(surname="Aalst"), [unsafe], held_on=date(2026, 10, 1))
    newer = _held(
        world,
        world.student(surname="Bakker"),
        [VisitConcern.DISCRIMINATION_SIGNALS, VisitConcern.NO_SUPERVISION],
    )
    _held(world, world.student(surname="Claes"), [])  # no concerns: not listed
    items = _concern_items(world)
    assert [item.student_id for item in items] == [newer.student_id, older.student_id]
    detail = items[0].detail
    assert detail.company == "Zorggroep Óost"
    assert detail.held_on == date(2026, 11, 20) and detail.days_ago == 5
    assert detail.concerns == ("discrimination_signals", "no_supervision")
    assert detail.visit_type is VisitType.MIDTERM
    assert detail.visit_id == newer.id
    assert "discrimination_signals" in detail.summary()
    assert detail.as_json()["visit_id"] == str(newer.id)


def test_the_most_urgent_reason_comes_first(world):
    _held(world, world.student(), [VisitConcern.UNSAFE_SITUATION])
    items = attention_list(world.sessions, world.coordinator, TODAY)
    assert items[0].reason is AttentionReason.VISIT_CONCERNS


def test_handled_concerns_leave_the_list(world):
    visit = _held(world, world.student(), [VisitConcern.OTHER])
    assert len(_concern_items(world)) == 1
    handle_concerns(world.sessions, world.coordinator, visit.id, visit.version, TODAY)
    assert _concern_items(world) == []


def test_a_mentor_sees_only_their_own_students_concerns(world):
    _held(world, world.student(), [VisitConcern.OTHER])
    assert len(_concern_items(world, world.mentor)) == 1
    assert _concern_items(world, world.other_mentor) == []


def test_stopped_students_never_appear(world):
    from stagedesk.domain.enums import SearchStatus
    from stagedesk.store.students import Student

    visit = _held(world, world.student(), [VisitConcern.OTHER])
    with world.sessions.begin() as s:
        s.get(Student, visit.student_id).search_status = SearchStatus.STOPPED
    assert _concern_items(world) == []
