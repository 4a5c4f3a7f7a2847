"""The case file: header and flags, status, the timeline, who may read it, and notes with undo."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from stagedesk.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    RejectionReason,
    SearchStatus,
    VisitStatus,
    VisitType,
)
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from stagedesk.services.applications import add_application, change_status
from stagedesk.services.cases import (
    add_note,
    delete_note,
    edit_note,
    open_case,
    restore_note,
)
from stagedesk.services.timeline import (
    ApplicationDetail,
    LetterDetail,
    NoteDetail,
    PlacementDetail,
    PlacementEvent,
    PokDetail,
    PokEvent,
    TimelineKind,
    VisitDetail,
)
from stagedesk.store.office import LetterRecord
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit
from tests.factories import TODAY, World, accepted, placed, signed

K = TimelineKind


def _rejected(world: World, student: uuid.UUID, sent_on: date, rejected_on: date) -> None:
    """An application to Bytes & Co, sent and rejected (profile mismatch)."""
    sent = add_application(
        world.sessions,
        world.coordinator,
        student,
        world.other_company,
        ApplicationChannel.SCHOOL,
        status=ApplicationStatus.SENT,
        sent_on=sent_on,
        today=TODAY,
    )
    change_status(
        world.sessions,
        world.coordinator,
        sent.id,
        sent.version,
        ApplicationStatus.REJECTED,
        rejected_on,
        rejection_reason=RejectionReason.PROFILE_MISMATCH,
        today=TODAY,
    )


def _full_case(world: World) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    """A student with a rejection, an accepted offer, a placement with a signed POK, a visit,
    a letter and a note."""
    student = world.student(born=date(2009, 3, 1), guardian="Karin van der Berg")
    _rejected(world, student, date(2026, 9, 20), date(2026, 10, 1))
    app = accepted(world, student, sent_on=date(2026, 10, 5), accepted_on=date(2026, 11, 3))
    view = placed(
        world, student, date(2026, 12, 7), date(2027, 4, 25), application_id=app.application.id
    )
    view = signed(world, view, date(2026, 11, 20), ("student", "guardian", "school", "company"))
    with world.sessions.begin() as s:
        visit = Visit(
            placement_id=view.id,
            mentor_id=world.mentor.staff_id,
            visit_type=VisitType.START,
            status=VisitStatus.PLANNED,
            planned_on=date(2026, 12, 17),
        )
        letter = LetterRecord(
            student_id=student,
            company_id=world.company,
            template="placement_confirmation",
            recipient="Zorggroep Óost",
            reference="SD-2026-0001",
            produced_at=datetime(2026, 11, 21, 9, 30, tzinfo=UTC),
            sha256="0" * 64,
        )
        s.add_all([visit, letter])
        s.flush()
        ids = {"visit": visit.id, "letter": letter.id, "placement": view.id}
    note = add_note(
        world.sessions,
        world.coordinator,
        student,
        "Intake gedaan",
        written_on=date(2026, 9, 1),
        today=TODAY,
    )
    ids["note"] = note.id
    ids["application"] = app.application.id
    return student, ids


def test_the_header_shows_who_the_student_is_with_flags(world):
    student = world.student(
        given="IJsbrand",
        tussenvoegsel="de",
        surname="Vries",
        born=date(2009, 11, 26),
        extra_support=True,
        guardian="M. de Vries",
    )
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    header = case.header
    assert (header.name, header.formal_name) == ("IJsbrand de Vries", "Vries, IJsbrand de")
    assert (header.programme_name, header.crebo, header.niveau, header.leerweg) == (
        "Verzorgende-IG",
        "25655",
        3,
        Leerweg.BOL,
    )
    assert (header.cohort, header.class_group, header.mentor_name) == (
        2025,
        "2A",
        "Fatima el Amrani",
    )
    assert (header.minor, header.extra_support, header.guardian_known) == (True, True, True)
    assert (
        open_case(world.sessions, world.coordinator, student, today=date(2027, 11, 26)).header.minor
        is False
    )
    assert (case.status, case.status_since) == (SearchStatus.NOT_STARTED, date(2025, 8, 25))
    assert case.timeline == () and case.may_edit


def test_the_timeline_holds_everything_dated_newest_first(any_world):
    world = any_world
    student, ids = _full_case(world)
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    assert (case.status, case.status_since) == (SearchStatus.PLACED, date(2026, 11, 20))
    days = [entry.on for entry in case.timeline]
    assert days == sorted(days, reverse=True)
    kinds = {entry.kind for entry in case.timeline}
    assert kinds == set(TimelineKind) - {K.PROPOSAL}  # proposals: test_timeline_proposals.py
    first = case.timeline[0]
    assert (first.on, first.kind, first.detail) == (
        date(2027, 4, 25),
        K.PLACEMENT,
        PlacementDetail(
            PlacementEvent.ENDS,
            world.company,
            "Zorggroep Óost",
            date(2026, 12, 7),
            date(2027, 4, 25),
            32,
        ),
    )
    assert first.planned and not case.timeline[-1].planned
    by_kind = {entry.kind: entry for entry in reversed(case.timeline)}  # the newest of each kind
    assert by_kind[K.VISIT].entity_id == ids["visit"]
    assert isinstance(by_kind[K.VISIT].detail, VisitDetail)
    assert by_kind[K.VISIT].detail.mentor_name == "Fatima el Amrani"
    assert by_kind[K.LETTER].detail == LetterDetail(
        "placement_confirmation", "Zorggroep Óost", "SD-2026-0001", "Zorggroep Óost"
    )
    assert by_kind[K.NOTE].detail == NoteDetail(
        "Intake gedaan", world.coordinator.staff_id, "Carla Coördinator"
    )
    pok_day = [e for e in case.timeline if e.on == date(2026, 11, 20) and e.kind is K.POK]
    assert [(e.detail.event, e.detail.party) for e in pok_day] == [
        (PokEvent.COMPLETED, None),
        (PokEvent.SIGNED, "student"),
        (PokEvent.SIGNED, "guardian"),
        (PokEvent.SIGNED, "school"),
        (PokEvent.SIGNED, "company"),
        (PokEvent.SENT, None),
    ]
    assert all(e.entity_id == ids["placement"] for e in case.timeline if e.kind is K.POK)
    assert isinstance(pok_day[0].detail, PokDetail)
    assert len(case.applications) == 2 and len(case.placements) == 1 and len(case.notes) == 1


def test_the_timeline_can_be_filtered_by_kind(world):
    student, ids = _full_case(world)
    case = open_case(
        world.sessions, world.coordinator, student, kinds={K.APPLICATION, K.NOTE}, today=TODAY
    )
    assert {entry.kind for entry in case.timeline} == {K.APPLICATION, K.NOTE}
    applications = [e for e in case.timeline if e.kind is K.APPLICATION]
    assert all(isinstance(e.detail, ApplicationDetail) for e in applications)
    assert applications[0].detail.status is ApplicationStatus.ACCEPTED
    assert (
        open_case(world.sessions, world.coordinator, student, kinds=(), today=TODAY).timeline == ()
    )


def test_a_rejection_in_the_timeline_carries_its_reason(world):
    student = world.student()
    accepted(world, student)
    _rejected(world, student, date(2026, 11, 3), date(2026, 11, 10))
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    latest = case.timeline[0]
    assert isinstance(latest.detail, ApplicationDetail)
    assert (latest.detail.status, latest.detail.rejection_reason, latest.detail.company_name) == (
        ApplicationStatus.REJECTED,
        RejectionReason.PROFILE_MISMATCH,
        "Bytes & Co",
    )


# -- who may read ----------------------------------------------------------------------------


def test_a_mentor_reads_the_cases_of_their_own_students_only(world):
    mine = world.student(mentor=world.mentor)
    theirs = world.student(mentor=world.other_mentor)
    case = open_case(world.sessions, world.mentor, mine, today=TODAY)
    assert case.header.student_id == mine and not case.may_edit
    with pytest.raises(PermissionDenied):
        open_case(world.sessions, world.mentor, theirs, today=TODAY)
    with pytest.raises(PermissionDenied):
        open_case(world.sessions, world.meldpunt, mine, today=TODAY)
    with pytest.raises(NotFound):
        open_case(world.sessions, world.coordinator, uuid.uuid4(), today=TODAY)


# -- notes -----------------------------------------------------------------------------------


def test_a_mentor_adds_notes_to_their_own_students_only(world):
    mine = world.student(mentor=world.mentor)
    note = add_note(world.sessions, world.mentor, mine, "  Gesprek over motivatie.  ", today=TODAY)
    assert (note.body, note.written_on, note.author_id, note.author_name) == (
        "Gesprek over motivatie.",
        TODAY,
        world.mentor.staff_id,
        "Fatima el Amrani",
    )
    assert open_case(world.sessions, world.mentor, mine, today=TODAY).notes == (note,)
    with pytest.raises(PermissionDenied):
        add_note(world.sessions, world.other_mentor, mine, "Niet van mij", today=TODAY)
    with pytest.raises(PermissionDenied):
        add_note(world.sessions, world.meldpunt, mine, "Melding", today=TODAY)


@pytest.mark.parametrize(
    ("body", "written_on", "field"),
    [
        ("   ", None, "body"),
        ("x" * 10_001, None, "body"),
        ("Morgen", date(2026, 11, 26), "written_on"),
    ],
)
def test_notes_are_refused_at_their_field(world, body, written_on, field):
    with pytest.raises(ValidationError) as raised:
        add_note(
            world.sessions,
            world.coordinator,
            world.student(),
            body,
            written_on=written_on,
            today=TODAY,
        )
    assert raised.value.field == field


def test_only_the_author_edits_or_deletes_a_note(world):
    student = world.student(mentor=world.mentor)
    note = add_note(world.sessions, world.mentor, student, "Eerste versie", today=TODAY)
    for other in (world.coordinator, world.other_mentor):
        with pytest.raises(PermissionDenied):
            edit_note(world.sessions, other, note.id, note.version, "Overschreven", today=TODAY)
        with pytest.raises(PermissionDenied):
            delete_note(world.sessions, other, note.id, note.version)
    edited = edit_note(
        world.sessions,
        world.mentor,
        note.id,
        note.version,
        "Tweede versie",
        written_on=date(2026, 11, 24),
        today=TODAY,
    )
    assert (edited.body, edited.written_on) == ("Tweede versie", date(2026, 11, 24))


def test_editing_a_note_on_an_old_read_is_a_conflict(any_world):
    world = any_world
    note = add_note(world.sessions, world.coordinator, world.student(), "Eerste", today=TODAY)
    edit_note(world.sessions, world.coordinator, note.id, note.version, "Tweede", today=TODAY)
    with pytest.raises(Conflict):
        edit_note(world.sessions, world.coordinator, note.id, note.version, "Derde", today=TODAY)
    with pytest.raises(Conflict):
        delete_note(world.sessions, world.coordinator, note.id, note.version)


def test_note_undo_round_trips(any_world):
    world = any_world
    student = world.student()
    added = add_note(world.sessions, world.coordinator, student, "Gebeld met bedrijf", today=TODAY)
    # Undo and redo of adding.
    deleted = delete_note(world.sessions, world.coordinator, added.id, added.version)
    assert deleted == added
    assert open_case(world.sessions, world.coordinator, student, today=TODAY).notes == ()
    again = add_note(
        world.sessions,
        world.coordinator,
        student,
        "Gebeld met bedrijf",
        note_id=added.id,
        today=TODAY,
    )
    assert again == added
    # Undo of an edit.
    edited = edit_note(
        world.sessions, world.coordinator, added.id, again.version, "Gemaild", today=TODAY
    )
    restored = restore_note(world.sessions, world.coordinator, added, edited.version, today=TODAY)
    assert restored == added
    # Undo of a delete.
    gone = delete_note(world.sessions, world.coordinator, added.id, restored.version)
    assert restore_note(world.sessions, world.coordinator, gone, None, today=TODAY) == added
    with pytest.raises(Conflict):
        restore_note(world.sessions, world.coordinator, gone, None, today=TODAY)
    with pytest.raises(PermissionDenied):
        restore_note(world.sessions, world.mentor, added, restored.version, today=TODAY)


def test_the_case_shows_the_status_as_it_holds_today_without_storing_it(world):
    student = world.student()
    app = accepted(world, student, accepted_on=date(2026, 11, 2)).application
    view = placed(world, student, date(2026, 12, 7), date(2027, 4, 25), application_id=app.id)
    signed(world, view, date(2026, 11, 20), ("student", "school", "company"))
    before = open_case(world.sessions, world.coordinator, student, today=TODAY)
    assert (before.status, before.status_since) == (SearchStatus.PLACED, date(2026, 11, 20))

    # The start date passes; nothing is written meanwhile.
    started = open_case(world.sessions, world.coordinator, student, today=date(2026, 12, 7))
    assert (started.status, started.status_since) == (SearchStatus.IN_BPV, date(2026, 12, 7))
    assert started.current_company_name == "Zorggroep Óost"
    # After its end the round is over: a completed bpv.
    done = open_case(world.sessions, world.coordinator, student, today=date(2027, 5, 1))
    assert (done.status, done.status_since) == (SearchStatus.COMPLETED, date(2027, 4, 26))
    assert done.current_company_id is None
    with world.sessions() as s:
        stored = s.get(Student, student)
        assert (stored.search_status, stored.search_status_since) == (
            SearchStatus.PLACED,
            date(2026, 11, 20),
        )
