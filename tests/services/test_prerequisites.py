"""Prerequisites in the case: requirements, a student's records, and recording a placement."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.domain.prerequisites import PrerequisiteMode, PrerequisiteStatus
from stagedesk.services import prerequisites as prereq
from stagedesk.services.actor import SYSTEM
from stagedesk.services.prerequisite_alerts import placements_missing_prerequisites
from stagedesk.store.office import AuditEntry
from tests.factories import TODAY, placed

START, END = date(2027, 2, 1), date(2027, 6, 25)


def _vog(world):
    return prereq.add_requirement(
        world.sessions, world.coordinator, "VOG", sector=Sector.ZORG, validity_months=6
    )


def test_a_placement_without_the_sectors_vog_is_refused_with_the_reason(world):
    _vog(world)
    student = world.student()  # BOL: Verzorgende-IG, sector zorg
    with pytest.raises(ValidationError, match="VOG is missing") as caught:
        placed(world, student, START, END)
    assert caught.value.field == "prerequisites"
    other = world.student(programme=world.bbl)  # ICT: the zorg VOG does not apply
    assert placed(world, other, START, END).student_id == other


def test_an_expired_vog_is_refused_and_a_valid_one_lets_the_placement_through(world):
    req = _vog(world)
    student = world.student()
    rec = prereq.set_student_prerequisite(
        world.sessions,
        world.coordinator,
        student,
        req.id,
        PrerequisiteStatus.OBTAINED,
        obtained_on=date(2026, 6, 1),
        today=TODAY,
    )
    assert rec.expires_on == date(2026, 12, 1) and rec.holds  # today, not on the start
    with pytest.raises(ValidationError, match="VOG expired on 01-12-2026"):
        placed(world, student, START, END)
    prereq.set_student_prerequisite(
        world.sessions,
        world.coordinator,
        student,
        req.id,
        PrerequisiteStatus.OBTAINED,
        obtained_on=date(2026, 11, 20),
        version=rec.record_version,
        today=TODAY,
    )
    assert placed(world, student, START, END).student_id == student


def test_in_warn_mode_the_placement_is_recorded_and_the_shortfall_can_be_read(world):
    _vog(world)
    prereq.save_prerequisite_mode(world.sessions, SYSTEM, PrerequisiteMode.WARN)
    student = world.student()
    view = placed(world, student, START, END)
    gaps = prereq.placement_shortfalls(world.sessions, world.mentor, view.id)
    assert [gap.reason for gap in gaps] == ["VOG is missing"]


def test_the_students_list_shows_status_and_expiry_and_is_audited(world):
    req = _vog(world)
    prereq.add_requirement(world.sessions, world.coordinator, "Screening", sector=Sector.ICT)
    student = world.student()
    prereq.set_student_prerequisite(
        world.sessions,
        world.coordinator,
        student,
        req.id,
        PrerequisiteStatus.REQUESTED,
        note="aangevraagd via Justis",
        today=TODAY,
    )
    (only,) = prereq.student_prerequisites(world.sessions, world.mentor, student, today=TODAY)
    assert (only.name, only.status, only.holds, only.problem) == (
        "VOG",
        PrerequisiteStatus.REQUESTED,
        False,
        "VOG is requested but not obtained yet",
    )
    with world.sessions() as s:
        entries = s.execute(
            select(AuditEntry.entity, AuditEntry.action).order_by(AuditEntry.seq)
        ).all()
    assert ("student_prerequisite", "create") in entries
    assert ("prerequisite", "create") in entries


def test_only_coordinators_change_and_a_stale_version_is_a_conflict(world):
    req = _vog(world)
    student = world.student()
    with pytest.raises(PermissionDenied):
        prereq.add_requirement(world.sessions, world.mentor, "VOG", sector=Sector.ZORG)
    with pytest.raises(PermissionDenied):
        prereq.set_student_prerequisite(
            world.sessions, world.mentor, student, req.id, PrerequisiteStatus.EXEMPT
        )
    rec = prereq.set_student_prerequisite(
        world.sessions, world.coordinator, student, req.id, PrerequisiteStatus.EXEMPT
    )
    with pytest.raises(ValidationError, match="pass its version"):
        prereq.set_student_prerequisite(
            world.sessions, world.coordinator, student, req.id, PrerequisiteStatus.EXEMPT
        )
    with pytest.raises(Conflict):
        prereq.set_student_prerequisite(
            world.sessions,
            world.coordinator,
            student,
            req.id,
            PrerequisiteStatus.REQUESTED,
            version=rec.record_version + 1,
        )
    prereq.remove_requirement(world.sessions, world.coordinator, req.id, req.version)
    assert prereq.student_prerequisites(world.sessions, world.coordinator, student) == []


def test_placements_starting_soon_without_their_prerequisites_are_listed(world):
    req = _vog(world)
    prereq.save_prerequisite_mode(world.sessions, SYSTEM, PrerequisiteMode.WARN)
    soon, later, fine = world.student(), world.student(), world.student()
    first = placed(world, soon, date(2026, 12, 1), END)
    placed(world, later, date(2027, 1, 4), END)
    placed(world, fine, date(2026, 12, 2), END)
    prereq.set_student_prerequisite(
        world.sessions,
        world.coordinator,
        fine,
        req.id,
        PrerequisiteStatus.OBTAINED,
        obtained_on=date(2026, 11, 1),
        today=TODAY,
    )
    alerts = placements_missing_prerequisites(
        world.sessions, world.coordinator, days=14, today=TODAY
    )
    assert [(a.student_id, a.placement_id) for a in alerts] == [(soon, first.id)]
    assert [gap.reason for gap in alerts[0].shortfalls] == ["VOG is missing"]
