"""Applications in a case: adding, the state machine, history, proposals, undo and the completer."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, select

from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    RejectionReason,
    SearchStatus,
)
from stagedesk.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from stagedesk.domain.placements import RecognitionGap
from stagedesk.services.applications import (
    add_application,
    change_status,
    company_choices,
    delete_application,
    propose_placement,
    restore_application,
)
from stagedesk.services.cases import open_case
from stagedesk.store.companies import Company
from stagedesk.store.notes import ApplicationEvent
from stagedesk.store.placements import Application
from tests.factories import TODAY, World, accepted, placed

A = ApplicationStatus


def _add(world: World, student: uuid.UUID, **kwargs: object):
    kwargs.setdefault("today", TODAY)
    return add_application(
        world.sessions,
        world.coordinator,
        student,
        kwargs.pop("company", world.company),  # type: ignore[arg-type]
        kwargs.pop("channel", ApplicationChannel.STAGEMARKT),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


def _status(world: World, student: uuid.UUID) -> tuple[SearchStatus, date]:
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    return case.status, case.status_since


def _events(world: World, app_id: uuid.UUID) -> list[tuple[ApplicationStatus, date]]:
    with world.sessions() as s:
        rows = s.execute(
            select(ApplicationEvent.status, ApplicationEvent.happened_on).where(
                ApplicationEvent.application_id == app_id
            )
        ).all()
    order = list(ApplicationStatus)
    return sorted(((status, on) for status, on in rows), key=lambda r: (r[1], order.index(r[0])))


# -- adding ----------------------------------------------------------------------------------


def test_a_sent_application_counts_from_its_sending_day_and_makes_the_student_applying(world):
    student = world.student()
    view = _add(world, student, status=A.SENT, sent_on=date(2026, 11, 10), notes="  via LinkedIn ")
    assert (view.status, view.sent_on, view.created_on) == (
        A.SENT,
        date(2026, 11, 10),
        date(2026, 11, 10),
    )
    assert view.company_name == "Zorggroep Óost" and view.notes == "via LinkedIn"
    assert [(step.status, step.on) for step in view.history] == [(A.SENT, date(2026, 11, 10))]
    assert view.history[0].recorded_by_id == world.coordinator.staff_id
    assert _status(world, student) == (SearchStatus.APPLYING, date(2026, 11, 10))


def test_a_draft_is_dated_today_and_the_student_is_searching(world):
    student = world.student()
    view = _add(world, student)
    assert (view.status, view.sent_on, view.created_on) == (A.DRAFT, None, TODAY)
    assert [step.status for step in view.history] == [A.DRAFT]
    assert _status(world, student) == (SearchStatus.SEARCHING, TODAY)


def test_sent_on_defaults_to_today(world):
    assert _add(world, world.student(), status=A.SENT).sent_on == TODAY


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"status": A.OFFERED}, "status"),
        ({"status": A.SENT, "sent_on": date(2026, 11, 26)}, "sent_on"),
        ({"status": A.DRAFT, "sent_on": date(2026, 11, 1)}, "sent_on"),
        ({"channel": "linkedin"}, "channel"),
        ({"company": uuid.uuid4()}, "company_id"),
    ],
)
def test_adding_refuses_bad_input_at_its_field(world, kwargs, field):
    student = world.student()
    with pytest.raises(ValidationError) as raised:
        _add(world, student, **kwargs)
    assert raised.value.field == field
    with world.sessions() as s:
        assert s.scalar(select(Application.id)) is None


def test_adding_for_an_unknown_student_is_not_found(world):
    with pytest.raises(NotFound):
        _add(world, uuid.uuid4())


def test_mentors_and_the_meldpunt_may_not_add_applications(world):
    student = world.student(mentor=world.mentor)
    for actor in (world.mentor, world.meldpunt):
        with pytest.raises(PermissionDenied):
            add_application(
                world.sessions, actor, student, world.company, ApplicationChannel.SCHOOL
            )


# -- the state machine -----------------------------------------------------------------------


def test_each_change_goes_through_the_state_machine_and_is_recorded(world):
    student = world.student()
    view = _add(world, student, today=date(2026, 11, 1))
    for target, on in [
        (A.SENT, date(2026, 11, 2)),
        (A.INVITED, date(2026, 11, 5)),
        (A.INTERVIEWED, date(2026, 11, 12)),
    ]:
        view = change_status(
            world.sessions, world.coordinator, view.id, view.version, target, on, today=TODAY
        ).application
    assert (view.status, view.sent_on, view.status_changed_on) == (
        A.INTERVIEWED,
        date(2026, 11, 2),
        date(2026, 11, 12),
    )
    assert [step.status for step in view.history] == [A.DRAFT, A.SENT, A.INVITED, A.INTERVIEWED]
    # domain.search_status counts an application as open from its creation (the draft's day).
    assert _status(world, student) == (SearchStatus.APPLYING, date(2026, 11, 1))


def test_a_rejection_needs_its_reason_and_sends_the_student_back_to_searching(world):
    student = world.student()
    view = _add(world, student, status=A.SENT, sent_on=date(2026, 11, 1))
    with pytest.raises(ValidationError) as raised:
        change_status(
            world.sessions, world.coordinator, view.id, view.version, A.REJECTED, TODAY, today=TODAY
        )
    assert raised.value.field == "rejection_reason"
    result = change_status(
        world.sessions,
        world.coordinator,
        view.id,
        view.version,
        A.REJECTED,
        date(2026, 11, 20),
        rejection_reason=RejectionReason.NO_CAPACITY,
        today=TODAY,
    )
    assert result.application.rejection_reason is RejectionReason.NO_CAPACITY
    assert result.proposal is None
    assert _status(world, student) == (SearchStatus.SEARCHING, date(2026, 11, 20))


@pytest.mark.parametrize(
    ("target", "on", "field"),
    [
        (A.ACCEPTED, date(2026, 11, 20), "application"),  # only an offer can be accepted
        (A.INVITED, date(2026, 11, 26), "on"),  # in the future
        (A.INVITED, date(2026, 10, 31), "on"),  # before the last change
    ],
)
def test_refused_changes_name_their_field(world, target, on, field):
    view = _add(world, world.student(), status=A.SENT, sent_on=date(2026, 11, 1))
    with pytest.raises(ValidationError) as raised:
        change_status(
            world.sessions, world.coordinator, view.id, view.version, target, on, today=TODAY
        )
    assert raised.value.field == field
    assert isinstance(raised.value, TransitionRefused) == (field == "application")


def test_a_change_based_on_an_old_read_is_a_conflict(any_world):
    world = any_world
    view = _add(world, world.student(), status=A.SENT, sent_on=date(2026, 11, 1))
    change_status(
        world.sessions, world.coordinator, view.id, view.version, A.INVITED, TODAY, today=TODAY
    )
    with pytest.raises(Conflict):
        change_status(
            world.sessions,
            world.coordinator,
            view.id,
            view.version,
            A.WITHDRAWN,
            TODAY,
            today=TODAY,
        )
    assert [status for status, _ in _events(world, view.id)] == [A.SENT, A.INVITED]


def test_a_write_that_loses_a_race_with_another_user_is_a_conflict(any_world):
    world = any_world
    view = _add(world, world.student(), status=A.SENT, sent_on=date(2026, 11, 1))
    raced: list[bool] = []

    def someone_else_edits_first(session, flush_context, instances):
        if raced:
            return
        raced.append(True)
        with world.sessions.begin() as other:
            other.get(Application, view.id).notes = "tussendoor gewijzigd"

    event.listen(world.sessions, "before_flush", someone_else_edits_first)
    try:
        with pytest.raises(Conflict):
            change_status(
                world.sessions,
                world.coordinator,
                view.id,
                view.version,
                A.INVITED,
                TODAY,
                today=TODAY,
            )
    finally:
        event.remove(world.sessions, "before_flush", someone_else_edits_first)
    assert raced
    assert _events(world, view.id) == [(A.SENT, date(2026, 11, 1))]


# -- accepting proposes the placement ---------------------------------------------------------


def test_accepting_a_bol_offer_proposes_20_weeks_of_32_hours_from_a_monday_two_weeks_on(world):
    student = world.student()
    result = accepted(world, student, accepted_on=date(2026, 11, 4))  # a Wednesday
    proposal = result.proposal
    assert proposal is not None
    assert (proposal.start, proposal.end) == (date(2026, 11, 23), date(2027, 4, 11))
    assert (proposal.hours_per_week, proposal.total_hours) == (32, 640)
    assert proposal.leerweg is Leerweg.BOL
    assert proposal.praktijkopleider_id == world.praktijkopleider
    assert [c.id for c in proposal.contacts] == [world.praktijkopleider, world.colleague]
    assert (proposal.allowance_kind, proposal.allowance_cents_per_month) == (
        AllowanceKind.ALLOWANCE,
        30_000,
    )
    assert proposal.recognition_gap is None
    assert _status(world, student) == (SearchStatus.PLACED_AWAITING_POK, date(2026, 11, 4))
    assert (
        propose_placement(world.sessions, world.coordinator, result.application.id, today=TODAY)
        == proposal
    )


def test_accepting_a_bbl_offer_proposes_a_wage_to_the_end_of_the_school_year(world):
    proposal = accepted(
        world, world.student(programme=world.bbl), accepted_on=date(2026, 11, 4)
    ).proposal
    assert (proposal.start, proposal.end, proposal.hours_per_week) == (
        date(2026, 11, 23),
        date(2027, 7, 31),
        24,
    )
    assert proposal.total_hours == 861  # 251 days / 7 × 24 = 860.57
    assert (proposal.allowance_kind, proposal.allowance_cents_per_month) == (
        AllowanceKind.WAGE,
        None,
    )


def test_a_proposal_says_when_the_company_is_not_recognised(world):
    proposal = accepted(world, world.student(), company=world.revoked).proposal
    assert proposal.recognition_gap is RecognitionGap.REVOKED


# -- undo ------------------------------------------------------------------------------------


def test_add_delete_and_add_again_with_the_same_id_gives_the_same_view(any_world):
    world = any_world
    student = world.student()
    added = _add(
        world, student, status=A.SENT, sent_on=date(2026, 11, 1), notes="open sollicitatie"
    )
    deleted = delete_application(
        world.sessions, world.coordinator, added.id, added.version, today=TODAY
    )
    assert deleted == added
    assert _status(world, student) == (SearchStatus.NOT_STARTED, date(2025, 8, 25))
    again = _add(
        world,
        student,
        status=A.SENT,
        sent_on=date(2026, 11, 1),
        notes="open sollicitatie",
        application_id=added.id,
    )
    assert again == added and again.id == added.id
    with pytest.raises(Conflict):
        _add(world, student, application_id=added.id)


def test_restoring_the_snapshot_undoes_a_status_change_and_its_history(any_world):
    world = any_world
    student = world.student()
    before = _add(world, student, status=A.SENT, sent_on=date(2026, 11, 1))
    status_before = _status(world, student)
    after = change_status(
        world.sessions,
        world.coordinator,
        before.id,
        before.version,
        A.REJECTED,
        date(2026, 11, 20),
        rejection_reason=RejectionReason.AFTER_INTERVIEW,
        today=TODAY,
    ).application
    restored = restore_application(
        world.sessions, world.coordinator, before, after.version, today=TODAY
    )
    assert restored == before and restored.version > after.version
    assert _events(world, before.id) == [(A.SENT, date(2026, 11, 1))]
    assert _status(world, student) == status_before
    # Redo: the same change again, from the restored version.
    redone = change_status(
        world.sessions,
        world.coordinator,
        before.id,
        restored.version,
        A.REJECTED,
        date(2026, 11, 20),
        rejection_reason=RejectionReason.AFTER_INTERVIEW,
        today=TODAY,
    ).application
    assert redone == after


def test_restoring_a_deleted_application_brings_back_its_history(world):
    student = world.student()
    view = accepted(world, student).application
    deleted = delete_application(
        world.sessions, world.coordinator, view.id, view.version, today=TODAY
    )
    restored = restore_application(world.sessions, world.coordinator, deleted, None, today=TODAY)
    assert restored == view
    assert [step.event_id for step in restored.history] == [step.event_id for step in view.history]
    assert _status(world, student)[0] is SearchStatus.PLACED_AWAITING_POK
    with pytest.raises(Conflict):
        restore_application(world.sessions, world.coordinator, deleted, None, today=TODAY)


def test_an_application_with_a_placement_is_not_deleted_or_unaccepted(world):
    student = world.student()
    result = accepted(world, student)
    app = result.application
    placed(world, student, date(2027, 1, 4), date(2027, 5, 23), application_id=app.id)
    with world.sessions() as s:
        version = s.get(Application, app.id).version
    with pytest.raises(ValidationError) as raised:
        delete_application(world.sessions, world.coordinator, app.id, version, today=TODAY)
    assert raised.value.field == "application_id"
    offered = replace(app, status=A.OFFERED, history=app.history[:2])
    with pytest.raises(ValidationError) as raised:
        restore_application(world.sessions, world.coordinator, offered, version, today=TODAY)
    assert raised.value.field == "status"


def test_a_snapshot_that_breaks_the_rules_is_refused(world):
    view = _add(world, world.student(), status=A.SENT, sent_on=date(2026, 11, 1))
    broken = replace(view, rejection_reason=RejectionReason.OTHER)
    with pytest.raises(ValidationError) as raised:
        restore_application(world.sessions, world.coordinator, broken, view.version, today=TODAY)
    assert raised.value.field == "rejection_reason"


# -- the timeline shows the history -----------------------------------------------------------


def test_the_case_timeline_shows_every_step_newest_first(world):
    student = world.student()
    view = _add(world, student, status=A.SENT, sent_on=date(2026, 11, 1))
    change_status(
        world.sessions,
        world.coordinator,
        view.id,
        view.version,
        A.REJECTED,
        date(2026, 11, 1),
        rejection_reason=RejectionReason.NO_RESPONSE,
        today=TODAY,
    )
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    steps = [(e.on, e.detail.status, e.detail.rejection_reason) for e in case.timeline]
    assert steps == [
        (date(2026, 11, 1), A.REJECTED, RejectionReason.NO_RESPONSE),
        (date(2026, 11, 1), A.SENT, None),
    ]
    assert all(e.entity_id == view.id for e in case.timeline)


# -- company completer -----------------------------------------------------------------------


def test_company_choices_match_folded_name_city_and_kvk(world):
    def names(text: str, **kwargs: object) -> list[str]:
        found = company_choices(world.sessions, world.coordinator, text, **kwargs)  # type: ignore[arg-type]
        return [choice.name for choice in found]

    assert names("oost") == ["Zorggroep Óost"]
    assert names("ZORGGROEP óOST") == ["Zorggroep Óost"]
    assert names("amersfoort") == ["Bytes & Co"]
    assert names("1122") == ["Bakkerij De Korenaar"]
    assert names("zorg") == ["Zorggroep Óost", "Thuiszorg Noord"]  # starting with it first
    assert names("", limit=2) == ["Bakkerij De Korenaar", "Bytes & Co"]
    assert names("xyz") == []


def test_company_choices_say_whether_the_company_is_recognised_and_see_new_companies(world):
    found = company_choices(world.sessions, world.coordinator, "o", crebo="25655", today=TODAY)
    recognised = {choice.name: choice.recognised for choice in found}
    assert recognised == {
        "Zorggroep Óost": True,
        "Bytes & Co": True,
        "Bakkerij De Korenaar": False,
        "Thuiszorg Noord": False,
    }
    with world.sessions.begin() as s:
        s.add(Company(name="Oostzorg", kvk_number="99887766", city="Utrecht"))
    found = company_choices(world.sessions, world.coordinator, "oost")
    assert [choice.name for choice in found] == ["Oostzorg", "Zorggroep Óost"]
    assert found[0].recognised is None
    with pytest.raises(PermissionDenied):
        company_choices(world.sessions, world.meldpunt, "oost")
