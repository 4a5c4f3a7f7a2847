"""Visits through the services: planning, rescheduling, cancelling, logging against the
checklist in force, concerns, who may do what, and stale saves."""

from __future__ import annotations

from datetime import date, time

import pytest

from stagedesk.domain.checklists import Answer, VisitConcern
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.domain.visits import ActionOwner, AgreedAction, ItemAnswer, VisitMode
from stagedesk.services.checklists import set_checklist, shipped_texts
from stagedesk.services.visits import (
    NextVisit,
    cancel_visit,
    delete_visit,
    handle_concerns,
    log_visit,
    placement_visits,
    plan_visit,
    read_visit,
    reschedule_visit,
)
from stagedesk.store.companies import Company
from tests.factories import TODAY, placed

START, END = date(2026, 9, 1), date(2027, 1, 31)


@pytest.fixture
def placement(world):
    """A placement of a student mentored by ``world.mentor``, at a company with an address."""
    with world.sessions.begin() as s:
        company = s.get(Company, world.company)
        company.address, company.postcode = "Oudegracht 12", "3511 AB"
    return placed(world, world.student(), START, END)


def _plan(world, placement, actor=None, **extra):
    extra.setdefault("today", TODAY)
    return plan_visit(
        world.sessions,
        actor or world.coordinator,
        placement.id,
        extra.pop("visit_type", VisitType.START),
        extra.pop("planned_on", date(2026, 9, 15)),
        **extra,
    )


def _log(world, visit, actor=None, **extra):
    extra.setdefault("answers", {"werktijden": ItemAnswer(Answer.YES)})
    extra.setdefault("today", TODAY)
    return log_visit(
        world.sessions,
        actor or world.mentor,
        visit.id,
        visit.version,
        extra.pop("held_on", date(2026, 9, 16)),
        **extra,
    )


# -- planning ----------------------------------------------------------------------------------


def test_a_planned_visit_goes_to_the_students_mentor_at_the_company_address(world, placement):
    visit = _plan(world, placement, planned_time=time(10, 0))
    assert visit.status is VisitStatus.PLANNED and visit.visit_type is VisitType.START
    assert (visit.planned_on, visit.planned_time) == (date(2026, 9, 15), time(10, 0))
    assert (visit.mentor_id, visit.mentor_name) == (world.mentor.staff_id, "Fatima el Amrani")
    assert visit.student_name == "Zoë van der Berg"
    assert visit.company_name == "Zorggroep Óost"
    assert visit.company_address == "Oudegracht 12, 3511 AB Utrecht"
    assert visit.mode is VisitMode.ON_SITE
    assert visit.overdue  # 15 September is before TODAY and nothing was logged
    assert placement_visits(world.sessions, world.mentor, placement.id, today=TODAY) == (visit,)


def test_the_office_assigns_another_mentor_but_not_a_meldpunt_officer(world, placement):
    visit = _plan(world, placement, mentor_id=world.other_mentor.staff_id)
    assert visit.mentor_name == "Joost de Wit"
    with pytest.raises(ValidationError, match="^mentor_id: Mila Meldpunt is no mentor"):
        _plan(world, placement, mentor_id=world.meldpunt.staff_id)


@pytest.mark.parametrize(
    ("planned_on", "message"),
    [(date(2026, 6, 1), "long before the bpv starts"), (date(2027, 6, 1), "long after")],
)
def test_a_date_far_from_the_placement_is_refused(world, placement, planned_on, message):
    with pytest.raises(ValidationError, match=message):
        _plan(world, placement, planned_on=planned_on)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("coordinator", True), ("mentor", True), ("other_mentor", False), ("meldpunt", False)],
)
def test_who_plans_visits(world, placement, who, allowed):
    actor = getattr(world, who)
    if allowed:
        assert _plan(world, placement, actor).mentor_id == world.mentor.staff_id
    else:
        with pytest.raises(PermissionDenied, match="plan visits"):
            _plan(world, placement, actor)


def test_reschedule_moves_a_planned_visit_and_refuses_a_stale_version(world, placement):
    visit = _plan(world, placement)
    moved = reschedule_visit(
        world.sessions, world.mentor, visit.id, visit.version, date(2026, 12, 1),
        planned_time=time(14, 30), mode=VisitMode.VIDEO, today=TODAY,
    )  # fmt: skip
    assert (moved.planned_on, moved.planned_time, moved.mode) == (
        date(2026, 12, 1),
        time(14, 30),
        VisitMode.VIDEO,
    )
    assert moved.version == visit.version + 1 and not moved.overdue
    with pytest.raises(Conflict, match="version 2, you had 1"):
        reschedule_visit(world.sessions, world.coordinator, visit.id, visit.version,
                         date(2026, 12, 2), today=TODAY)  # fmt: skip


def test_cancel_keeps_the_reason_and_a_cancelled_visit_is_not_logged(world, placement):
    visit = _plan(world, placement)
    cancelled = cancel_visit(
        world.sessions, world.mentor, visit.id, visit.version, reason="Bedrijf gesloten.",
        today=TODAY,
    )  # fmt: skip
    assert cancelled.status is VisitStatus.CANCELLED and cancelled.notes == "Bedrijf gesloten."
    assert not cancelled.overdue
    with pytest.raises(ValidationError, match="cancelled visit cannot be logged"):
        _log(world, cancelled)
    with pytest.raises(ValidationError, match="only a planned visit can be rescheduled"):
        reschedule_visit(world.sessions, world.mentor, visit.id, cancelled.version,
                         date(2026, 12, 1), today=TODAY)  # fmt: skip


def test_delete_undoes_planning_but_never_removes_a_log(world, placement):
    visit = _plan(world, placement)
    assert delete_visit(world.sessions, world.mentor, visit.id, visit.version).id == visit.id
    assert placement_visits(world.sessions, world.coordinator, placement.id) == ()
    again = _plan(world, placement, visit_id=visit.id)  # redo
    assert again.id == visit.id
    held = _log(world, again).visit
    with pytest.raises(ValidationError, match="only a planned visit can be deleted"):
        delete_visit(world.sessions, world.coordinator, held.id, held.version)


# -- logging -----------------------------------------------------------------------------------


def test_logging_stores_answers_with_the_checklist_version_and_plans_the_next(world, placement):
    visit = _plan(world, placement)
    report = _log(
        world,
        visit,
        answers={
            "werktijden": ItemAnswer(Answer.YES),
            "vaste-praktijkopleider": ItemAnswer(Answer.NO, "Opleider vaak afwezig."),
            "regels-minderjarige": ItemAnswer(Answer.NOT_APPLICABLE),
        },
        notes="  Goed gesprek met student en opleider. ",
        agreed_actions=[
            AgreedAction("Vervanger aanwijzen", ActionOwner.PRAKTIJKOPLEIDER, date(2026, 10, 1))
        ],
        concerns=[VisitConcern.NO_SUPERVISION],
        contact_id=world.praktijkopleider,
        mode=VisitMode.CALL,
        next_visit=NextVisit(VisitType.MIDTERM, date(2026, 11, 10), time(9, 0)),
    )
    held = report.visit
    assert held.status is VisitStatus.HELD and held.held_on == date(2026, 9, 16)
    assert (held.checklist_id, held.checklist_version) == ("startbezoek", 1)
    assert held.notes == "Goed gesprek met student en opleider."
    assert held.concerns == {VisitConcern.NO_SUPERVISION} and held.open_concerns
    assert held.contact_name == "Opleider Zorggroep Óost" and held.mode is VisitMode.CALL
    assert held.agreed_actions[0].owner is ActionOwner.PRAKTIJKOPLEIDER
    assert not held.overdue
    assert report.checklist_title == "Startbezoek (kennismaking)" and report.exact
    assert [s.id for s in report.sections][0] == "voorbereiding-match"
    assert report.answers == {
        "werktijden": ItemAnswer(Answer.YES),
        "regels-minderjarige": ItemAnswer(Answer.NOT_APPLICABLE),
        "vaste-praktijkopleider": ItemAnswer(Answer.NO, "Opleider vaak afwezig."),
    }
    assert report.next_visit is not None
    assert report.next_visit.visit_type is VisitType.MIDTERM
    assert report.next_visit.mentor_id == world.mentor.staff_id
    assert read_visit(world.sessions, world.coordinator, held.id, today=TODAY) == report


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"answers": {"bestaat-niet": ItemAnswer(Answer.YES)}},
         "^answers.bestaat-niet: is not an item of checklist 'startbezoek' version 1$"),
        ({"held_on": date(2026, 11, 26)}, "^held_on: .*future"),
        ({"contact_id": "other"}, "^contact_id: is not a contact person of the company$"),
        ({"next_visit": NextVisit(VisitType.MIDTERM, date(2026, 9, 1))},
         "^next_visit: is planned before"),
        ({"agreed_actions": [AgreedAction(" ", ActionOwner.STUDENT)]},
         "^agreed_actions.1: says nothing"),
    ],
)  # fmt: skip
def test_a_log_that_breaks_a_rule_is_refused_and_changes_nothing(world, placement, extra, message):
    from stagedesk.store.companies import ContactPerson

    if extra.get("contact_id") == "other":
        with world.sessions() as s:
            extra["contact_id"] = (
                s.query(ContactPerson).filter_by(company_id=world.other_company).first().id
            )
    visit = _plan(world, placement)
    with pytest.raises(ValidationError, match=message):
        _log(world, visit, **extra)
    assert placement_visits(world.sessions, world.coordinator, placement.id, today=TODAY) == (
        visit,
    )


def test_an_old_visit_reads_with_its_questions_after_the_checklist_changed(world, placement):
    old = _log(world, _plan(world, placement), answers={"ingewerkt": ItemAnswer(Answer.NO)})
    question = old.sections[0].items[2]
    assert question.item.id == "ingewerkt" and question.answer is Answer.NO
    new_text = (
        shipped_texts()["start.toml"]
        .replace("version = 1", "version = 2", 1)
        .replace(question.item.text, "De student is ingewerkt en heeft een buddy.")
    )
    set_checklist(world.sessions, world.coordinator, "start.toml", new_text)

    reread = read_visit(world.sessions, world.mentor, old.visit.id, today=TODAY)
    assert reread.exact and reread.visit.checklist_version == 1
    assert reread.sections[0].items[2].item.text == question.item.text
    assert reread.sections[0].items[2].answer is Answer.NO

    newer = _log(world, _plan(world, placement, visit_type=VisitType.EXTRA,
                              planned_on=date(2026, 10, 1)),
                 answers={}, held_on=date(2026, 10, 1))  # fmt: skip
    assert newer.visit.checklist_id == "extra-bezoek"
    start_again = _log(world, _plan(world, placement, planned_on=date(2026, 11, 1)),
                       held_on=date(2026, 11, 2))  # fmt: skip
    assert start_again.visit.checklist_version == 2
    assert start_again.sections[0].items[2].item.text.endswith("buddy.")

    # Correcting the old log keeps the version it answered.
    corrected = _log(world, reread.visit, answers={"ingewerkt": ItemAnswer(Answer.YES)})
    assert corrected.visit.checklist_version == 1
    assert corrected.sections[0].items[2].item.text == question.item.text


def test_a_stale_log_is_a_conflict(world, placement):
    visit = _plan(world, placement)
    _log(world, visit)
    with pytest.raises(Conflict):
        _log(world, visit, notes="Mijn versie.")


def test_a_colleague_standing_in_logs_the_visit_assigned_to_them(world, placement):
    visit = _plan(world, placement, mentor_id=world.other_mentor.staff_id)
    report = _log(world, visit, actor=world.other_mentor)
    assert report.visit.status is VisitStatus.HELD
    with pytest.raises(PermissionDenied, match="plan visits"):
        _plan(world, placement, world.other_mentor)


@pytest.mark.parametrize("who", ["other_mentor", "meldpunt"])
def test_others_neither_read_nor_log_a_students_visits(world, placement, who):
    visit = _plan(world, placement)
    actor = getattr(world, who)
    with pytest.raises(PermissionDenied):
        read_visit(world.sessions, actor, visit.id)
    with pytest.raises(PermissionDenied):
        _log(world, visit, actor=actor)
    with pytest.raises(PermissionDenied):
        cancel_visit(world.sessions, actor, visit.id, visit.version)


# -- concerns ----------------------------------------------------------------------------------


def test_the_office_marks_concerns_handled_and_a_changed_log_opens_them_again(world, placement):
    held = _log(world, _plan(world, placement), concerns=[VisitConcern.UNSAFE_SITUATION]).visit
    with pytest.raises(PermissionDenied, match="mark visit concerns handled"):
        handle_concerns(world.sessions, world.mentor, held.id, held.version, TODAY)
    handled = handle_concerns(world.sessions, world.coordinator, held.id, held.version, TODAY)
    assert handled.concerns_handled_on == TODAY and not handled.open_concerns
    same = _log(world, handled, concerns=[VisitConcern.UNSAFE_SITUATION]).visit
    assert same.concerns_handled_on == TODAY
    more = _log(world, same, concerns=[VisitConcern.UNSAFE_SITUATION, VisitConcern.OTHER]).visit
    assert more.open_concerns


def test_concerns_handled_need_concerns_and_no_future_date(world, placement):
    held = _log(world, _plan(world, placement)).visit
    with pytest.raises(ValidationError, match="no concerns to handle"):
        handle_concerns(world.sessions, world.coordinator, held.id, held.version, TODAY)
    worried = _log(world, held, concerns=[VisitConcern.OTHER]).visit
    with pytest.raises(ValidationError, match="future"):
        handle_concerns(world.sessions, world.coordinator, worried.id, worried.version,
                        date(2026, 11, 26), today=TODAY)  # fmt: skip


def test_a_planned_visit_reads_with_the_checklist_it_will_use(world, placement):
    visit = _plan(world, placement, visit_type=VisitType.FINAL, planned_on=date(2027, 1, 20))
    report = read_visit(world.sessions, world.mentor, visit.id, today=TODAY)
    assert report.checklist_title == "Eindbezoek (beoordeling en afronding)"
    assert all(a.answer is None for s in report.sections for a in s.items)
    assert report.answers == {}
    assert report.visit == visit


def test_the_case_timeline_shows_mode_concerns_and_open_actions(world, placement):
    from stagedesk.services.cases import open_case
    from stagedesk.services.timeline import TimelineKind

    held = _log(
        world,
        _plan(world, placement),
        concerns=[VisitConcern.DISCRIMINATION_SIGNALS],
        mode=VisitMode.CALL,
        agreed_actions=[
            AgreedAction("Gesprek met leidinggevende", ActionOwner.MENTOR),
            AgreedAction("Rooster aanpassen", ActionOwner.PRAKTIJKOPLEIDER, done=True),
        ],
        next_visit=NextVisit(VisitType.MIDTERM, date(2026, 12, 3), time(13, 15)),
    ).visit
    case = open_case(
        world.sessions, world.mentor, placement.student_id, kinds={TimelineKind.VISIT},
        today=TODAY,
    )  # fmt: skip
    entries = {entry.entity_id: entry for entry in case.timeline}
    past = entries[held.id].detail
    assert past.status is VisitStatus.HELD and past.mode is VisitMode.CALL
    assert past.concerns == {VisitConcern.DISCRIMINATION_SIGNALS} and not past.concerns_handled
    assert past.open_actions == 1
    (upcoming,) = [e for e in case.timeline if e.entity_id != held.id]
    assert upcoming.planned and upcoming.detail.planned_time == time(13, 15)
    assert upcoming.detail.concerns == frozenset()


def test_visit_changes_go_to_the_audit_trail_without_their_free_text(world, placement):
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.audit import entries_for

    visit = _plan(world, placement)
    held = _log(
        world,
        visit,
        notes="Student vertelt over kwetsende opmerkingen.",
        concerns=[VisitConcern.DISCRIMINATION_SIGNALS],
    ).visit
    handle_concerns(world.sessions, world.coordinator, held.id, held.version, TODAY)
    rows = entries_for(world.sessions, SYSTEM, "visit", visit.id)
    assert [(r.action, r.actor_name) for r in rows] == [
        ("create", "Carla Coördinator"),
        ("change", "Fatima el Amrani"),
        ("change", "Carla Coördinator"),
    ]
    logged = rows[1].after
    assert logged["status"] == "held" and logged["concerns"] == "discrimination_signals"
    assert logged["notes"].startswith("sha256:") and "kwetsende" not in str(rows)
    assert rows[2].before == {"concerns_handled_on": None}
    assert rows[2].after == {"concerns_handled_on": TODAY.isoformat()}


def test_plan_log_and_read_on_every_backend(any_world):
    """Times, JSON answers and the concerns column work on SQLite and PostgreSQL alike."""
    world = any_world
    placement = placed(world, world.student(), START, END)
    visit = _plan(world, placement, planned_time=time(13, 45))
    report = _log(
        world,
        visit,
        answers={"werktijden": ItemAnswer(Answer.NO, "Rooster wisselt elke week.")},
        agreed_actions=[AgreedAction("Vast rooster", ActionOwner.PRAKTIJKOPLEIDER, TODAY)],
        concerns=[VisitConcern.OTHER, VisitConcern.UNSAFE_SITUATION],
    )
    again = read_visit(world.sessions, world.coordinator, visit.id, today=TODAY)
    assert again == report
    assert again.visit.planned_time == time(13, 45)
    assert again.answers["werktijden"].remark == "Rooster wisselt elke week."
    assert again.visit.concerns == {VisitConcern.OTHER, VisitConcern.UNSAFE_SITUATION}
