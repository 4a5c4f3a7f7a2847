"""The audit trail: appends chain, the store refuses edits, verify names the first broken
entry, concurrent writers queue, and case services record their changes without personal data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from stagedesk.cli import main
from stagedesk.domain.audit_chain import WITHHELD, digest
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services import audit
from stagedesk.services.actor import Actor
from stagedesk.services.cases import add_note
from stagedesk.services.placements import edit_placement
from stagedesk.store.audit import AuditHead
from stagedesk.store.office import AuditEntry
from tests.factories import TODAY, World, accepted, placed


def _append(world: World, count: int, actor: Actor | None = None) -> None:
    for number in range(count):
        with world.sessions.begin() as s:
            audit.record(
                s,
                actor or world.coordinator,
                audit.CHANGE,
                "student",
                None,
                {"search_status": "searching"},
                {"search_status": "applying", "n": number},
            )


def _entries(world: World) -> list[AuditEntry]:
    with world.sessions() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


def _raw(world: World, sql: str) -> None:
    """Tamper with the SQLite file as someone with sqlite3 would: drop the guard, then edit."""
    path = world.office.store.url.database
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_entries_chain_from_genesis_and_name_the_actor_at_the_time(any_world: World) -> None:
    _append(any_world, 3)
    entries = _entries(any_world)
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[0].prev_hash == "0" * 64
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    assert {(e.actor_id, e.actor_name) for e in entries} == {
        (any_world.coordinator.staff_id, "Carla Coördinator")
    }
    result = audit.verify(any_world.sessions)
    assert result.ok and result.checked == 3 and result.head_hash == entries[-1].hash


def test_an_empty_trail_verifies(world: World) -> None:
    assert audit.verify(world.sessions).ok


def test_an_entry_rolls_back_with_the_callers_work(world: World) -> None:
    with pytest.raises(RuntimeError), world.sessions.begin() as s:
        audit.record(s, world.coordinator, audit.VIEW, "student", None)
        raise RuntimeError("the caller's work failed")
    assert _entries(world) == []
    _append(world, 1)
    assert [e.seq for e in _entries(world)] == [1] and audit.verify(world.sessions).ok


def test_the_store_refuses_to_change_or_delete_entries(any_world: World) -> None:
    _append(any_world, 2)
    for statement in (
        update(AuditEntry).where(AuditEntry.seq == 1).values(actor_name="Iemand"),
        delete(AuditEntry).where(AuditEntry.seq == 2),
    ):
        with pytest.raises(DBAPIError, match="append-only"), any_world.sessions.begin() as s:
            s.execute(statement)
    assert audit.verify(any_world.sessions).ok


def test_a_changed_entry_is_named_by_verify_and_the_command(world: World, capsys) -> None:
    _append(world, 4)
    _raw(world, "UPDATE audit_entry SET actor_name = 'Iemand anders' WHERE seq = 2")
    result = audit.verify(world.sessions)
    assert not result.ok and result.broken_seq == 2 and result.checked == 1
    assert "entry 2" in (result.problem or "")

    assert main(["audit", "verify", "--db", str(world.office.store.url.database)]) == 1
    err = capsys.readouterr().err
    assert "entry 2 (" in err and "does not match its hash" in err


def test_a_removed_entry_and_a_cut_off_end_are_noticed(world: World) -> None:
    _append(world, 4)
    _raw(world, "DELETE FROM audit_entry WHERE seq = 4")
    result = audit.verify(world.sessions)
    assert (
        not result.ok
        and result.broken_seq == 4
        and "removed from the end" in (result.problem or "")
    )
    _raw(world, "DELETE FROM audit_entry WHERE seq = 2")
    assert audit.verify(world.sessions).broken_seq == 3


def test_verify_command_says_the_trail_is_intact(world: World, capsys) -> None:
    _append(world, 2)
    assert main(["audit", "verify", "--db", str(world.office.store.url.database)]) == 0
    assert "intact: 2 entries" in capsys.readouterr().out


def test_verify_command_on_a_missing_store_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["audit", "verify", "--db", str(tmp_path / "nope.sqlite")]) == 1
    assert "nope.sqlite" in capsys.readouterr().err


def test_concurrent_writers_on_postgresql_queue_on_the_head(pg_url: str) -> None:
    from tests.factories import build_world

    world = build_world(pg_url)
    try:
        first, second = world.sessions(), world.sessions()
        first.begin()
        audit.record(first, world.coordinator, audit.VIEW, "student", None)
        second.begin()
        second.execute(text("SET LOCAL lock_timeout = '200ms'"))
        # The head row is locked by the first writer: the second cannot claim a number.
        with pytest.raises(DBAPIError, match="lock timeout"):
            audit.record(second, world.mentor, audit.VIEW, "student", None)
        second.rollback()
        first.commit()
        second.begin()
        assert audit.record(second, world.mentor, audit.VIEW, "student", None) == 2
        second.commit()
        first.close()
        second.close()
        assert audit.verify(world.sessions).ok
        with world.sessions() as s:
            assert s.get_one(AuditHead, 1).seq == 2
    finally:
        world.office.close()


# -- the case services record their changes ----------------------------------------------------


def test_case_changes_are_recorded_without_personal_data(any_world: World) -> None:
    world = any_world
    student = world.student()
    accepted(world, student)
    view = placed(world, student, date(2027, 2, 1), date(2027, 6, 20))
    edit_placement(
        world.sessions,
        world.coordinator,
        view.id,
        view.version,
        start=view.start,
        end=view.end,
        hours_per_week=24,
        praktijkopleider_id=None,
        today=TODAY,
    )
    add_note(world.sessions, world.mentor, student, "Zoë belde over haar rooster", today=TODAY)

    entries = _entries(world)
    kinds = [(e.action, e.entity) for e in entries]
    assert ("create", "application") in kinds and ("create", "placement") in kinds
    assert ("change", "student") in kinds and ("create", "note") in kinds
    placement_changes = [e for e in entries if e.entity == "placement" and e.action == "change"]
    assert len(placement_changes) == 1
    change = placement_changes[0]
    assert change.before["hours_per_week"] == 32 and change.after["hours_per_week"] == 24
    assert "start_date" not in change.after  # only what changed
    assert change.actor_name == "Carla Coördinator" and change.entity_id == view.id
    note = next(e for e in entries if e.entity == "note")
    assert note.actor_name == "Fatima el Amrani"
    assert note.after["body"] == digest("Zoë belde over haar rooster")
    every_value = repr([(e.before, e.after) for e in entries])
    assert "Zoë" not in every_value and "Berg" not in every_value
    assert audit.verify(world.sessions).ok


def test_personal_fields_are_withheld_from_the_trail(world: World) -> None:
    student = world.student()
    with world.sessions.begin() as s:
        from stagedesk.store.students import Student

        audit.track(s, world.coordinator)
        row = s.get_one(Student, student)
        row.surname, row.class_group = "Bergen", "3B"
    change = _entries(world)[-1]
    assert change.before == {"surname": WITHHELD, "class_group": "2A"}
    assert change.after == {"surname": WITHHELD, "class_group": "3B"}


def test_reading_a_records_trail_needs_admin_and_meldingen_need_meldpunt(world: World) -> None:
    student = world.student()
    accepted(world, student)
    admin = Actor(None, "Beheer", frozenset({audit.StaffRole.ADMIN}))
    rows = audit.entries_for(world.sessions, admin, "student", student)
    assert rows and rows[0].action == "change"
    for actor in (world.coordinator, world.mentor, world.meldpunt):
        with pytest.raises(PermissionDenied):
            audit.entries_for(world.sessions, actor, "student", student)
    with pytest.raises(PermissionDenied):
        audit.entries_for(world.sessions, admin, "melding", student)
    assert audit.entries_for(world.sessions, world.meldpunt, "melding", student) == []


def test_pok_signatures_and_deletes_are_recorded(world: World) -> None:
    from stagedesk.services.placements import delete_placement
    from tests.factories import signed

    student = world.student()
    view = placed(world, student, date(2027, 2, 1), date(2027, 6, 20))
    view = signed(world, view, date(2026, 11, 20), ("student",))
    delete_placement(world.sessions, world.coordinator, view.id, view.version, today=TODAY)
    placement = [e for e in _entries(world) if e.entity == "placement"]
    assert [e.action for e in placement] == ["create", "change", "change", "delete"]
    assert placement[1].after == {"pok_status": "sent", "pok_sent_on": "2026-11-20"}
    assert placement[2].after["pok_signed_student"] == "2026-11-20"
    assert placement[3].before["pok_signed_student"] == "2026-11-20"
    assert placement[3].after is None


def test_staff_changes_and_role_grants_are_recorded(world: World) -> None:
    from stagedesk.domain.enums import StaffRole
    from stagedesk.store.staff import StaffMember, StaffRoleGrant

    with world.sessions.begin() as s:
        audit.track(s, world.coordinator)
        member = s.get_one(StaffMember, world.mentor.staff_id)
        member.active, member.email = False, "f.elamrani@roc.example"
        s.add(StaffRoleGrant(staff_id=member.id, role=StaffRole.COORDINATOR))
    by_entity = {e.entity: e for e in _entries(world)[-2:]}
    staff, grant = by_entity["staff_member"], by_entity["staff_role"]
    assert (staff.entity, staff.action, staff.entity_id) == (
        "staff_member",
        "change",
        world.mentor.staff_id,
    )
    assert staff.after == {"active": False, "email": WITHHELD}
    assert (grant.entity, grant.action, grant.after) == (
        "staff_role",
        "create",
        {"staff_id": str(world.mentor.staff_id), "role": "coordinator"},
    )
