"""Placements: creation rules, recognition, the POK and signatures, warnings, allowance, undo."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest

from stagedesk.domain.enums import AllowanceKind, PokStatus, SearchStatus, VisitStatus, VisitType
from stagedesk.domain.errors import Conflict, PermissionDenied, TransitionRefused, ValidationError
from stagedesk.domain.placements import PlacementWarning, RecognitionGap
from stagedesk.services.case_status import recompute
from stagedesk.services.cases import open_case
from stagedesk.services.placements import (
    create_placement,
    delete_placement,
    edit_placement,
    placement_warnings,
    restore_placement,
    send_pok,
    set_allowance,
    sign_pok,
    unsign_pok,
)
from stagedesk.store.placements import Placement
from stagedesk.store.visits import Visit
from tests.factories import REVOKED_ON, TODAY, World, accepted, placed, signed

W = PlacementWarning
ALL_ADULT = ("student", "school", "company")


def _kinds(view) -> list[PlacementWarning]:
    return [item.warning for item in view.warnings]


def _status(world: World, student: uuid.UUID, today: date = TODAY) -> tuple[SearchStatus, date]:
    case = open_case(world.sessions, world.coordinator, student, today=today)
    return case.status, case.status_since


# -- creating --------------------------------------------------------------------------------


def test_total_hours_are_weeks_times_hours_with_part_weeks_pro_rata(world):
    student = world.student()
    whole = placed(world, student, date(2027, 2, 1), date(2027, 6, 20), hours=32)  # 20 weeks
    assert whole.total_hours == 640
    part = placed(world, world.student(), date(2027, 2, 1), date(2027, 2, 10), hours=32)
    assert part.total_hours == 46  # 10 days / 7 × 32 = 45.7
    assert (part.hours_per_week, part.start, part.end) == (32, date(2027, 2, 1), date(2027, 2, 10))
    assert part.company_name == "Zorggroep Óost" and part.pok.status is PokStatus.DRAFT


@pytest.mark.parametrize(
    ("start", "end", "hours", "extra", "field"),
    [
        (date(2027, 2, 1), date(2027, 1, 31), 32, {}, "end_date"),
        (date(2027, 2, 1), date(2027, 6, 1), 0, {}, "hours_per_week"),
        (date(2027, 2, 1), date(2027, 6, 1), 41, {}, "hours_per_week"),
        (
            date(2027, 2, 1),
            date(2027, 6, 1),
            32,
            {"allowance_cents_per_month": -1},
            "allowance_cents_per_month",
        ),
        (
            date(2027, 2, 1),
            date(2027, 6, 1),
            32,
            {"allowance_kind": AllowanceKind.WAGE, "allowance_cents_per_month": -500},
            "allowance_cents_per_month",
        ),
        (
            date(2027, 2, 1),
            date(2027, 6, 1),
            32,
            {"allowance_cents_per_month": None},
            "allowance_cents_per_month",
        ),
        (
            date(2027, 2, 1),
            date(2027, 6, 1),
            32,
            {"allowance_kind": AllowanceKind.NONE, "allowance_cents_per_month": 100},
            "allowance_cents_per_month",
        ),
        (
            date(2027, 2, 1),
            date(2027, 6, 1),
            32,
            {
                "allowance_kind": AllowanceKind.NONE,
                "allowance_cents_per_month": None,
                "allowance_paid": True,
            },
            "allowance_paid",
        ),
        (
            date(2027, 2, 1),
            date(2027, 6, 1),
            32,
            {"praktijkopleider_id": uuid.uuid4()},
            "praktijkopleider_id",
        ),
        (date(2027, 2, 1), date(2027, 6, 1), 32, {"company": uuid.uuid4()}, "company_id"),
    ],
)
def test_creating_refuses_bad_input_at_its_field(world, start, end, hours, extra, field):
    student = world.student()
    with pytest.raises(ValidationError) as raised:
        placed(world, student, start, end, hours=hours, **extra)
    assert raised.value.field == field
    with world.sessions() as s:
        assert s.query(Placement).count() == 0


def test_the_praktijkopleider_must_work_at_the_company(world):
    student = world.student()
    with pytest.raises(ValidationError) as raised:
        placed(
            world,
            student,
            date(2027, 2, 1),
            date(2027, 6, 1),
            company=world.other_company,
            praktijkopleider_id=world.praktijkopleider,
        )
    assert raised.value.field == "praktijkopleider_id"


def test_the_application_must_be_this_students_accepted_one_at_that_company(world):
    student = world.student()
    app = accepted(world, student).application
    start, end = date(2027, 2, 1), date(2027, 6, 1)
    for kwargs in (
        {"company": world.other_company},  # another company than the application's
    ):
        with pytest.raises(ValidationError) as raised:
            placed(world, student, start, end, application_id=app.id, **kwargs)
        assert raised.value.field == "application_id"
    with pytest.raises(ValidationError) as raised:
        placed(world, world.student(), start, end, application_id=app.id)
    assert raised.value.field == "application_id"
    placed(world, student, start, end, application_id=app.id)
    with pytest.raises(ValidationError, match="has a placement already"):
        placed(world, student, start, end, application_id=app.id)


def test_mentors_and_the_meldpunt_may_not_create_placements(world):
    student = world.student(mentor=world.mentor)
    for actor in (world.mentor, world.meldpunt):
        with pytest.raises(PermissionDenied):
            create_placement(
                world.sessions,
                actor,
                student,
                world.company,
                date(2027, 2, 1),
                date(2027, 6, 1),
                32,
            )


# -- recognition -----------------------------------------------------------------------------


def test_a_company_not_recognised_for_the_programme_is_refused(world):
    with pytest.raises(ValidationError) as raised:
        placed(
            world, world.student(), date(2027, 2, 1), date(2027, 6, 1), company=world.unrecognised
        )
    assert raised.value.field == "company_id"
    assert "not recognised" in raised.value.message


def test_a_revoked_recognition_is_refused_from_the_day_of_revocation(world):
    student = world.student()
    with pytest.raises(ValidationError) as raised:
        placed(world, student, REVOKED_ON, date(2026, 12, 1), company=world.revoked)
    assert raised.value.field == "company_id" and "revoked" in raised.value.message
    earlier = placed(
        world, student, date(2026, 2, 2), date(2026, 5, 31), company=world.revoked
    )  # started while recognised
    assert W.NOT_RECOGNISED not in _kinds(earlier)


def test_when_the_school_warns_instead_the_placement_is_made_with_a_warning(world):
    world.settings(refuse_unrecognised=False)
    view = placed(
        world, world.student(), date(2026, 12, 7), date(2027, 4, 25), company=world.revoked
    )
    warning = next(item for item in view.warnings if item.warning is W.NOT_RECOGNISED)
    assert (warning.gap, warning.on, warning.crebo) == (RecognitionGap.REVOKED, REVOKED_ON, "25655")
    other = placed(
        world, world.student(), date(2026, 12, 7), date(2027, 4, 25), company=world.unrecognised
    )
    assert other.warnings[0].gap is RecognitionGap.NOT_RECOGNISED


# -- the POK ---------------------------------------------------------------------------------


BORN = date(2008, 12, 1)  # 18 on 1 December 2026
AFTER = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("student_signs", "guardian_needed"),
    [(date(2026, 11, 30), True), (date(2026, 12, 1), False)],
)
def test_the_guardian_signs_exactly_when_the_student_is_a_minor_on_the_signing_day(
    world, student_signs, guardian_needed
):
    student = world.student(born=BORN)
    view = placed(world, student, date(2027, 2, 1), date(2027, 6, 20), today=AFTER)
    view = send_pok(
        world.sessions, world.coordinator, view.id, view.version, date(2026, 11, 20), today=AFTER
    )
    view = sign_pok(
        world.sessions,
        world.coordinator,
        view.id,
        view.version,
        "student",
        student_signs,
        today=AFTER,
    )
    for party in ("school", "company"):
        view = sign_pok(
            world.sessions, world.coordinator, view.id, view.version, party, AFTER, today=AFTER
        )
    assert ("guardian" in view.pok.required) == guardian_needed
    if guardian_needed:
        assert (view.pok.status, view.pok.missing) == (PokStatus.PARTIALLY_SIGNED, ("guardian",))
        view = sign_pok(
            world.sessions, world.coordinator, view.id, view.version, "guardian", AFTER, today=AFTER
        )
    else:
        with pytest.raises(ValidationError) as raised:
            sign_pok(
                world.sessions,
                world.coordinator,
                view.id,
                view.version,
                "guardian",
                AFTER,
                today=AFTER,
            )
        assert raised.value.field == "guardian_signed_on"
    assert (view.pok.status, view.pok.completed_on, view.pok.missing) == (
        PokStatus.COMPLETE,
        AFTER,
        (),
    )


@pytest.mark.parametrize(
    ("party", "signed_on", "send", "field"),
    [
        ("student", date(2026, 11, 20), False, "student_signed_on"),  # not sent yet
        ("school", date(2026, 11, 9), True, "school_signed_on"),  # before it was sent
        ("company", date(2026, 11, 26), True, "company_signed_on"),  # in the future
        ("mentor", date(2026, 11, 20), True, "party"),
    ],
)
def test_signatures_are_refused_at_their_field(world, party, signed_on, send, field):
    view = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    if send:
        view = send_pok(
            world.sessions,
            world.coordinator,
            view.id,
            view.version,
            date(2026, 11, 10),
            today=TODAY,
        )
    with pytest.raises(ValidationError) as raised:
        sign_pok(
            world.sessions, world.coordinator, view.id, view.version, party, signed_on, today=TODAY
        )
    assert raised.value.field == field


def test_a_party_signs_once_and_a_sent_pok_is_not_sent_again(world):
    view = signed(
        world,
        placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20)),
        date(2026, 11, 20),
        ("school",),
    )
    with pytest.raises(ValidationError, match="signed already"):
        sign_pok(
            world.sessions, world.coordinator, view.id, view.version, "school", TODAY, today=TODAY
        )
    with pytest.raises(TransitionRefused):
        send_pok(world.sessions, world.coordinator, view.id, view.version, TODAY, today=TODAY)


def test_unsigning_undoes_a_signature_even_of_a_complete_pok(world):
    view = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    before = signed(world, view, date(2026, 11, 20), ("student", "school"))
    after = sign_pok(
        world.sessions, world.coordinator, before.id, before.version, "company", TODAY, today=TODAY
    )
    assert after.pok.status is PokStatus.COMPLETE
    undone = unsign_pok(
        world.sessions, world.coordinator, after.id, after.version, "company", today=TODAY
    )
    assert undone == before
    with pytest.raises(ValidationError) as raised:
        unsign_pok(
            world.sessions, world.coordinator, undone.id, undone.version, "company", today=TODAY
        )
    assert raised.value.field == "company_signed_on"


def test_accept_place_and_sign_move_the_student_to_placed_then_in_bpv(world):
    student = world.student()
    app = accepted(world, student, accepted_on=date(2026, 11, 2)).application
    assert _status(world, student) == (SearchStatus.PLACED_AWAITING_POK, date(2026, 11, 2))
    view = placed(world, student, date(2026, 12, 7), date(2027, 4, 25), application_id=app.id)
    assert _status(world, student)[0] is SearchStatus.PLACED_AWAITING_POK
    signed(world, view, date(2026, 11, 20), ALL_ADULT)
    assert _status(world, student) == (SearchStatus.PLACED, date(2026, 11, 20))
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    assert case.current_company_name == "Zorggroep Óost"
    # The same facts once the start has come (open_case shows that for the day; the next
    # write stores it).
    with world.sessions.begin() as s:
        assert recompute(s, student, date(2026, 12, 7)) == (SearchStatus.IN_BPV, date(2026, 12, 7))


def test_a_placement_that_already_started_is_in_bpv_once_its_pok_is_complete(world):
    student = world.student()
    view = placed(world, student, date(2026, 11, 2), date(2027, 3, 21))
    assert _status(world, student)[0] is SearchStatus.PLACED_AWAITING_POK
    signed(world, view, date(2026, 11, 24), ALL_ADULT)
    assert _status(world, student) == (SearchStatus.IN_BPV, date(2026, 11, 24))


# -- warnings --------------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "warned"), [(-3, True), (0, True), (7, True), (8, False)])
def test_an_incomplete_pok_is_flagged_from_a_week_before_the_start(world, days, warned):
    start = TODAY + timedelta(days=days)
    view = placed(world, world.student(), start, start + timedelta(days=139))
    assert (W.POK_INCOMPLETE_NEAR_START in _kinds(view)) == warned
    if warned:
        item = view.warnings[0]
        assert (item.on, item.days) == (start, days)
        complete = signed(world, view, date(2026, 11, 20), ALL_ADULT)
        assert W.POK_INCOMPLETE_NEAR_START not in _kinds(complete)


def test_overlapping_placements_of_one_student_are_flagged_both_ways(world):
    student = world.student()
    first = placed(world, student, date(2027, 2, 1), date(2027, 6, 20))
    second = placed(
        world, student, date(2027, 6, 14), date(2027, 9, 5), company=world.other_company
    )
    overlap = next(item for item in second.warnings if item.warning is W.OVERLAP)
    assert (overlap.other_placement_id, overlap.other_company) == (first.id, "Zorggroep Óost")
    assert (overlap.on, overlap.days) == (date(2027, 6, 14), 7)
    seen_from_first = placement_warnings(world.sessions, world.coordinator, first.id, today=TODAY)
    assert [(item.warning, item.other_placement_id) for item in seen_from_first] == [
        (W.OVERLAP, second.id)
    ]
    assert placed(world, student, date(2027, 9, 6), date(2027, 12, 1)).warnings == ()


def test_a_placement_broken_off_before_the_next_one_starts_does_not_overlap(world):
    student = world.student()
    first = placed(world, student, date(2026, 9, 7), date(2027, 1, 24))
    with world.sessions.begin() as s:
        s.get(Placement, first.id).ended_early_on = date(2026, 11, 2)
    later = placed(world, student, date(2026, 11, 2), date(2027, 3, 1), company=world.other_company)
    assert W.OVERLAP not in _kinds(later)


@pytest.mark.parametrize(
    ("today", "warned"),
    [
        (date(2026, 11, 4), False),
        (date(2026, 11, 5), True),
        (date(2027, 3, 1), True),
        (date(2027, 9, 1), False),
    ],
)
def test_a_bbl_student_without_a_complete_pok_is_warned_from_8_weeks_before_31_december(
    world, today, warned
):
    student = world.student(programme=world.bbl)
    view = placed(
        world,
        student,
        date(2027, 8, 2),
        date(2028, 7, 31),
        allowance_kind=AllowanceKind.WAGE,
        allowance_cents_per_month=None,
        today=today,
    )
    assert (W.BBL_DEADLINE in _kinds(view)) == warned
    if warned:
        item = next(item for item in view.warnings if item.warning is W.BBL_DEADLINE)
        assert (item.on, item.days) == (date(2026, 12, 31), (date(2026, 12, 31) - today).days)


def test_the_bbl_warning_stops_when_the_student_has_another_live_complete_pok(world):
    student = world.student(programme=world.bbl)
    wage = {"allowance_kind": AllowanceKind.WAGE, "allowance_cents_per_month": None}
    running = placed(world, student, date(2026, 9, 7), date(2027, 7, 31), **wage)
    signed(world, running, date(2026, 9, 1), ALL_ADULT)
    later = placed(world, student, date(2027, 8, 2), date(2028, 7, 31), **wage)
    assert W.BBL_DEADLINE not in _kinds(later)
    assert W.BBL_DEADLINE in _kinds(
        placed(
            world, world.student(programme=world.bbl), date(2027, 8, 2), date(2028, 7, 31), **wage
        )
    )


def test_the_bbl_warning_window_follows_the_setting(world):
    world.settings(bbl_warning_weeks=2)
    student = world.student(programme=world.bbl)
    view = placed(
        world,
        student,
        date(2027, 8, 2),
        date(2028, 7, 31),
        allowance_kind=AllowanceKind.WAGE,
        allowance_cents_per_month=None,
    )
    assert W.BBL_DEADLINE not in _kinds(view)


@pytest.mark.parametrize(
    ("kind", "cents", "expected"),
    [
        (AllowanceKind.NONE, None, [W.NO_ALLOWANCE]),
        (AllowanceKind.ALLOWANCE, 29_999, [W.ALLOWANCE_BELOW_NORM]),
        (AllowanceKind.ALLOWANCE, 30_000, []),
        (AllowanceKind.WAGE, None, []),
        (AllowanceKind.WAGE, 10_000, []),
    ],
)
def test_allowances_below_the_norm_are_flagged_but_not_wages(world, kind, cents, expected):
    view = placed(
        world,
        world.student(),
        date(2027, 2, 1),
        date(2027, 6, 20),
        allowance_kind=kind,
        allowance_cents_per_month=cents,
    )
    assert _kinds(view) == expected
    if expected == [W.ALLOWANCE_BELOW_NORM]:
        assert (view.warnings[0].cents, view.warnings[0].norm_cents) == (29_999, 30_000)


def test_set_allowance_records_amount_and_payment_and_checks_the_version(any_world):
    world = any_world
    view = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    changed = set_allowance(
        world.sessions,
        world.coordinator,
        view.id,
        view.version,
        AllowanceKind.ALLOWANCE,
        25_000,
        True,
        today=TODAY,
    )
    assert (changed.allowance_cents_per_month, changed.allowance_paid) == (25_000, True)
    assert _kinds(changed) == [W.ALLOWANCE_BELOW_NORM]
    with pytest.raises(Conflict):
        set_allowance(
            world.sessions,
            world.coordinator,
            view.id,
            view.version,
            AllowanceKind.NONE,
            None,
            False,
            today=TODAY,
        )
    with pytest.raises(ValidationError) as raised:
        set_allowance(
            world.sessions,
            world.coordinator,
            view.id,
            changed.version,
            AllowanceKind.ALLOWANCE,
            -1,
            False,
            today=TODAY,
        )
    assert raised.value.field == "allowance_cents_per_month"


def test_the_students_mentor_may_read_warnings_another_mentor_may_not(world):
    view = placed(world, world.student(mentor=world.mentor), date(2027, 2, 1), date(2027, 6, 20))
    assert placement_warnings(world.sessions, world.mentor, view.id, today=TODAY) == view.warnings
    with pytest.raises(PermissionDenied):
        placement_warnings(world.sessions, world.other_mentor, view.id, today=TODAY)


# -- undo and conflicts ----------------------------------------------------------------------


def test_create_delete_and_restore_gives_the_same_placement(any_world):
    world = any_world
    student = world.student()
    app = accepted(world, student).application
    created = placed(
        world,
        student,
        date(2026, 12, 7),
        date(2027, 4, 25),
        application_id=app.id,
        praktijkopleider_id=world.praktijkopleider,
    )
    created = signed(world, created, date(2026, 11, 20), ("student", "company"))
    status = _status(world, student)
    deleted = delete_placement(
        world.sessions, world.coordinator, created.id, created.version, today=TODAY
    )
    assert deleted == created
    assert _status(world, student) == (SearchStatus.PLACED_AWAITING_POK, date(2026, 11, 2))
    restored = restore_placement(world.sessions, world.coordinator, deleted, None, today=TODAY)
    assert restored == created and _status(world, student) == status
    with pytest.raises(Conflict):
        restore_placement(world.sessions, world.coordinator, deleted, None, today=TODAY)
    redo = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    gone = delete_placement(world.sessions, world.coordinator, redo.id, redo.version, today=TODAY)
    again = placed(
        world, gone.student_id, date(2027, 2, 1), date(2027, 6, 20), placement_id=gone.id
    )
    assert again == gone


def test_restoring_the_snapshot_undoes_an_edit(world):
    before = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    after = edit_placement(
        world.sessions,
        world.coordinator,
        before.id,
        before.version,
        start=date(2027, 2, 8),
        end=date(2027, 6, 27),
        hours_per_week=24,
        praktijkopleider_id=world.colleague,
        today=TODAY,
    )
    assert (after.total_hours, after.praktijkopleider_name) == (480, "Collega Zorggroep Óost")
    assert (
        restore_placement(world.sessions, world.coordinator, before, after.version, today=TODAY)
        == before
    )


def test_editing_the_start_checks_the_recognition_again(world):
    view = placed(
        world, world.student(), date(2026, 2, 2), date(2026, 5, 31), company=world.revoked
    )
    with pytest.raises(ValidationError) as raised:
        edit_placement(
            world.sessions,
            world.coordinator,
            view.id,
            view.version,
            start=REVOKED_ON,
            end=date(2026, 9, 1),
            hours_per_week=32,
            praktijkopleider_id=None,
            today=TODAY,
        )
    assert raised.value.field == "company_id"


def test_a_placement_with_visits_is_not_deleted(world):
    view = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    with world.sessions.begin() as s:
        s.add(
            Visit(
                placement_id=view.id,
                visit_type=VisitType.START,
                status=VisitStatus.PLANNED,
                planned_on=date(2027, 2, 15),
            )
        )
    with pytest.raises(ValidationError) as raised:
        delete_placement(world.sessions, world.coordinator, view.id, view.version, today=TODAY)
    assert raised.value.field == "placement_id"


def test_signing_on_an_old_read_is_a_conflict(any_world):
    world = any_world
    view = placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20))
    sent = send_pok(
        world.sessions, world.coordinator, view.id, view.version, date(2026, 11, 20), today=TODAY
    )
    with pytest.raises(Conflict):
        sign_pok(
            world.sessions, world.coordinator, view.id, view.version, "school", TODAY, today=TODAY
        )
    sign_pok(world.sessions, world.coordinator, sent.id, sent.version, "school", TODAY, today=TODAY)
    with pytest.raises(Conflict):
        restore_placement(world.sessions, world.coordinator, view, sent.version, today=TODAY)


def test_a_snapshot_with_an_impossible_signature_is_refused(world):
    view = signed(
        world,
        placed(world, world.student(), date(2027, 2, 1), date(2027, 6, 20)),
        date(2026, 11, 20),
        ("school",),
    )
    broken = replace(view, pok=replace(view.pok, school_signed_on=date(2026, 11, 1)))
    with pytest.raises(ValidationError) as raised:
        restore_placement(world.sessions, world.coordinator, broken, view.version, today=TODAY)
    assert raised.value.field == "school_signed_on"
