"""The AVG retention purge: the preview names what a purge does, the purge does exactly that
in one transaction, statistics keep their counts, the trail records it and still verifies,
and only admins may preview, purge or change the periods."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from stagedesk.domain.enums import DiscriminationGround, SearchStatus, StaffRole, VisitType
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.services import case_status
from stagedesk.services.actor import Actor
from stagedesk.services.audit import verify
from stagedesk.services.cases import add_note
from stagedesk.services.meldpunt import close_melding, create_melding, melding_counts
from stagedesk.services.retention import ANONYMISED, purge, retention_preview
from stagedesk.services.retention_settings import (
    RetentionSettings,
    load_retention,
    save_retention,
)
from stagedesk.services.visits import log_visit, plan_visit
from stagedesk.store.lifecycle import MatchArea
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.notes import Note
from stagedesk.store.office import AuditEntry
from stagedesk.store.placements import Placement
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit
from tests.factories import TODAY, accepted, placed

ADMIN = Actor(None, "Beheerder", frozenset({StaffRole.ADMIN}))


def _stop(world, student, on: date) -> None:
    with world.sessions.begin() as s:
        s.get(Student, student).stopped_on = on
        case_status.recompute(s, student, TODAY)


def _melding(world, student, received: date, closed: date | None):
    melding = create_melding(world.sessions, world.meldpunt, received_on=received,
                             ground=DiscriminationGround.ORIGIN, student_id=student,
                             company_id=world.company, incident_place="Kantine",
                             description="Niet aangenomen", today=received)  # fmt: skip
    if closed is not None:
        melding = close_melding(world.sessions, world.meldpunt, melding.id, melding.version,
                                closed, "Gesprek gevoerd", today=closed)  # fmt: skip
    return melding


@pytest.fixture
def office(world):
    """Gone: left 2023 with a full file and a closed melding. Recent: left 2025. Held: left
    2023 but has an open melding. Active: still searching."""
    gone = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin",
                         enrolled_on=date(2021, 8, 23))  # fmt: skip
    accepted(world, gone, sent_on=date(2022, 6, 1), offered_on=date(2022, 7, 1),
             accepted_on=date(2022, 7, 2))  # fmt: skip
    placement = placed(world, gone, date(2022, 9, 1), date(2023, 1, 31), today=date(2022, 8, 1))
    visit = plan_visit(world.sessions, world.coordinator, placement.id, VisitType.MIDTERM,
                       date(2022, 11, 21), today=date(2022, 11, 1))  # fmt: skip
    log_visit(world.sessions, world.mentor, visit.id, visit.version, date(2022, 11, 21),
              answers={}, notes="Gaat goed met Ülkü", today=date(2022, 11, 22))  # fmt: skip
    add_note(world.sessions, world.coordinator, gone, "Belde over haar rooster",
             today=date(2023, 1, 10))  # fmt: skip
    with world.sessions.begin() as s:
        s.add(MatchArea(student_id=gone, postcode="3511 AB"))
        s.add(StudentProfile(student_id=gone, skills="Goed met mensen", motivation="Zorg"))
        s.add(ProfileProposal(student_id=gone, company_id=world.company, reference="P-1",
                              anonymised=True, sent_on=date(2022, 7, 1)))  # fmt: skip
    _stop(world, gone, date(2023, 6, 30))
    _melding(world, gone, date(2023, 1, 10), date(2023, 3, 1))
    recent = world.student(given="Recent", surname="Jansen")
    _stop(world, recent, date(2025, 6, 30))
    held = world.student(given="Held", surname="Pietersen", enrolled_on=date(2021, 8, 23))
    _stop(world, held, date(2023, 6, 30))
    _melding(world, held, date(2023, 2, 1), None)
    active = world.student(given="Actief", surname="de Boer")
    return world, {"gone": gone, "recent": recent, "held": held, "active": active}


def _number(world, student) -> str:
    with world.sessions() as s:
        return s.get(Student, student).student_number


def _snapshot(world) -> dict:
    """Every row of the tables a purge touches, as plain tuples."""
    out = {}
    with world.sessions() as s:
        for model in (Student, Placement, Visit, Note, MatchArea, StudentProfile, Melding,
                      MeldingStep):  # fmt: skip
            rows = s.execute(select(model.__table__)).all()
            out[model.__tablename__] = sorted(tuple(map(repr, row)) for row in rows)
        out["audit"] = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return out


def test_the_preview_names_the_students_past_their_period_and_counts_meldingen(office):
    world, ids = office
    preview = retention_preview(world.sessions, ADMIN, today=TODAY)
    assert preview.student_cutoff == date(2024, 11, 25)
    assert [(d.student_number, d.ended, d.left_on) for d in preview.students] == [
        (_number(world, ids["gone"]), SearchStatus.STOPPED, date(2023, 6, 30))
    ]
    assert preview.count("students") == 1
    assert preview.count("placements") == 1
    assert preview.count("visits") == 1
    assert preview.count("notes") == 1
    assert preview.count("match_areas") == 1
    assert preview.count("profiles") == 1
    assert preview.count("meldingen") == 1
    # Nothing about meldingen beyond their number reaches the admin.
    assert "Kantine" not in repr(preview) and "melding" not in repr(preview.students)


def test_the_purge_does_what_the_preview_said_and_statistics_keep_their_counts(office):
    world, ids = office
    preview = retention_preview(world.sessions, ADMIN, today=TODAY)
    before = melding_counts(world.sessions, world.meldpunt)
    with world.sessions() as s:
        by_status = s.execute(
            select(Student.search_status, Student.programme_id, Student.cohort, func.count())
            .group_by(Student.search_status, Student.programme_id, Student.cohort)
            .order_by(Student.search_status, Student.cohort)
        ).all()
    result = purge(world.sessions, ADMIN, today=TODAY, expected=preview)
    assert result.kinds == preview.kinds
    assert retention_preview(world.sessions, ADMIN, today=TODAY).empty
    with world.sessions() as s:
        gone = s.get(Student, ids["gone"])
        assert (gone.given_name, gone.tussenvoegsel, gone.surname) == ("", None, ANONYMISED)
        assert gone.student_number.startswith("x")
        assert gone.date_of_birth == date(2005, 1, 1)
        assert gone.class_group is None and gone.search_status is SearchStatus.STOPPED
        assert s.get(Student, ids["held"]).surname == "Pietersen"
        assert s.get(Student, ids["recent"]).surname == "Jansen"
        assert s.execute(select(Note).where(Note.student_id == ids["gone"])).first() is None
        visit = s.execute(select(Visit)).scalar_one()
        assert visit.notes is None and visit.held_on == date(2022, 11, 21)
        assert s.execute(select(func.count()).select_from(Placement)).scalar_one() == 1
        assert s.execute(select(StudentProfile)).first() is None
        proposal = s.execute(select(ProfileProposal)).scalar_one()  # kept for the figures
        assert proposal.student_id == ids["gone"] and proposal.anonymised
        closed = s.execute(select(Melding).where(Melding.status == "closed")).scalar_one()
        assert closed.student_id is None and closed.description is None
        assert closed.company_id == world.company and closed.outcome is None
        after = s.execute(
            select(Student.search_status, Student.programme_id, Student.cohort, func.count())
            .group_by(Student.search_status, Student.programme_id, Student.cohort)
            .order_by(Student.search_status, Student.cohort)
        ).all()
    assert after == by_status
    assert melding_counts(world.sessions, world.meldpunt) == before


def test_the_purge_is_in_the_trail_without_personal_data_and_the_trail_verifies(office):
    world, ids = office
    number = _number(world, ids["gone"])
    result = purge(world.sessions, ADMIN, today=TODAY)
    assert verify(world.sessions).ok
    with world.sessions() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.seq == result.audit_seq)).scalar_one()
    assert (entry.action, entry.entity, entry.entity_id) == ("purge", "retention", None)
    assert entry.after["students_anonymised"] == 1 and entry.after["meldingen_anonymised"] == 1
    assert number not in repr(entry.after) and "Şahin" not in repr(entry.after)


def test_a_failure_inside_the_purge_leaves_the_store_unchanged(office):
    world, _ids = office
    before = _snapshot(world)

    def crash(done: int, _total: int) -> None:
        if done == 5:  # after some records were already cleared and deleted
            raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        purge(world.sessions, ADMIN, today=TODAY, progress=crash)
    assert _snapshot(world) == before
    assert verify(world.sessions).ok


def test_a_purge_refuses_when_the_store_changed_since_the_preview(office):
    world, ids = office
    preview = retention_preview(world.sessions, ADMIN, today=TODAY)
    _stop(world, ids["active"], date(2022, 1, 31))
    before = _snapshot(world)
    with pytest.raises(Conflict):
        purge(world.sessions, ADMIN, today=TODAY, expected=preview)
    assert _snapshot(world) == before


@pytest.mark.parametrize("who", ["coordinator", "mentor", "meldpunt"])
def test_only_admins_may_preview_purge_or_change_the_periods(office, who):
    world, _ids = office
    actor = getattr(world, who)
    before = _snapshot(world)
    with pytest.raises(PermissionDenied):
        retention_preview(world.sessions, actor, today=TODAY)
    with pytest.raises(PermissionDenied):
        purge(world.sessions, actor, today=TODAY)
    with pytest.raises(PermissionDenied):
        save_retention(world.sessions, actor, RetentionSettings(1, 1))
    assert _snapshot(world) == before


def test_the_periods_are_settings_with_defaults_and_limits(office):
    world, _ids = office
    assert load_retention(world.sessions) == RetentionSettings(2, 2)
    save_retention(world.sessions, ADMIN, RetentionSettings(student_years=5, melding_years=1))
    assert load_retention(world.sessions) == RetentionSettings(5, 1)
    preview = retention_preview(world.sessions, ADMIN, today=TODAY)
    assert preview.students == () and preview.count("meldingen") == 1
    with pytest.raises(ValidationError):
        save_retention(world.sessions, ADMIN, RetentionSettings(student_years=0))
    assert load_retention(world.sessions) == RetentionSettings(5, 1)


def test_preview_and_purge_agree_on_both_backends(any_world):
    world = any_world
    gone = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin")
    placed(world, gone, date(2022, 9, 1), date(2023, 1, 31), today=date(2022, 8, 1))
    add_note(world.sessions, world.coordinator, gone, "Oud", today=date(2023, 1, 10))
    _stop(world, gone, date(2023, 6, 30))
    _melding(world, gone, date(2023, 1, 10), date(2023, 3, 1))
    keep = world.student(given="Blijft", surname="Hier")
    preview = retention_preview(world.sessions, ADMIN, today=TODAY)
    assert [d.ended for d in preview.students] == [SearchStatus.STOPPED]
    result = purge(world.sessions, ADMIN, today=TODAY, expected=preview)
    assert result.kinds == preview.kinds and result.count("notes") == 1
    with world.sessions() as s:
        assert s.get(Student, gone).surname == ANONYMISED
        assert s.get(Student, keep).surname == "Hier"
    assert retention_preview(world.sessions, ADMIN, today=TODAY).empty
    assert verify(world.sessions).ok


def test_every_table_that_hangs_off_a_student_is_handled_by_the_purge():
    from stagedesk.services.retention import handled_tables
    from stagedesk.store.models import Base

    owners = {"student", "application", "placement", "melding", "visit"}
    hanging = {
        table.name
        for table in Base.metadata.sorted_tables
        if {fk.column.table.name for fk in table.foreign_keys} & owners
    }
    assert hanging - handled_tables() == set(), "decide per table: clear, delete or keep"


def test_an_anonymous_number_already_taken_moves_on_to_a_free_one(office):
    """Nine hex digits of the id can meet another anonymised student's; the purge still runs."""
    world, ids = office
    clash = "x" + ids["gone"].hex[:9]
    with world.sessions.begin() as s:
        s.get(Student, ids["active"]).student_number = clash
    preview = retention_preview(world.sessions, ADMIN, today=TODAY)
    purge(world.sessions, ADMIN, today=TODAY, expected=preview)
    number = _number(world, ids["gone"])
    assert number != clash and number.startswith("x") and len(number) == 10
    assert number[1:] in ids["gone"].hex
    assert _number(world, ids["active"]) == clash
