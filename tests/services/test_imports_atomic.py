"""An import is all or nothing: a problem, a failure halfway or a cancel changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from stagedesk.services import imports_base
from stagedesk.services.imports import (
    ImportCancelled,
    ImportKind,
    import_file,
    mapping_setting_key,
    remember_mapping,
    remembered_mapping,
)
from stagedesk.store.office import Setting
from stagedesk.store.students import Student
from tests.factories import TODAY
from tests.services.import_files import STUDENT_HEADER, student_row, write_csv

S = ImportKind.STUDENTS


def _snapshot(world) -> list[tuple]:
    with world.sessions() as s:
        students = s.execute(
            select(Student.student_number, Student.given_name, Student.class_group, Student.version)
            .order_by(Student.student_number)
        ).all()  # fmt: skip
        settings = s.execute(select(Setting.key, Setting.value).order_by(Setting.key)).all()
        return [tuple(r) for r in students + settings]


@pytest.fixture
def big_file(world, tmp_path):
    """An existing student to update and 4,999 new ones: more than two write chunks."""
    sid = world.student()
    with world.sessions() as s:
        number = s.get(Student, sid).student_number
    rows = [student_row(number, klas="NIEUW")]
    rows += [student_row(str(300_000 + i)) for i in range(4_999)]
    return write_csv(tmp_path / "groot.csv", STUDENT_HEADER, rows), rows


def test_an_error_in_the_last_row_leaves_the_store_unchanged(world, tmp_path, big_file):
    _path, rows = big_file
    before = _snapshot(world)
    path = write_csv(tmp_path / "fout.csv", STUDENT_HEADER, [*rows, student_row("1")])
    result = import_file(world.sessions, world.coordinator, S, path, today=TODAY)
    assert not result.committed and [p.row for p in result.problems] == [len(rows) + 2]
    assert _snapshot(world) == before


def test_a_failure_halfway_through_the_writes_rolls_everything_back(world, big_file, monkeypatch):
    path, _rows = big_file
    before = _snapshot(world)
    calls = []
    real_stop_if = imports_base.stop_if

    def fail_on_third_chunk(cancelled):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        real_stop_if(cancelled)

    monkeypatch.setattr(imports_base, "stop_if", fail_on_third_chunk)
    with pytest.raises(RuntimeError, match="disk full"):
        import_file(world.sessions, world.coordinator, S, path, today=TODAY)
    assert len(calls) == 3  # two chunks of students were written before it failed
    assert _snapshot(world) == before


def test_cancelling_while_writing_changes_nothing(world, big_file):
    path, _rows = big_file
    before = _snapshot(world)
    seen = []

    def progress(phase, done, total):
        seen.append((phase, done, total))

    def cancelled():
        return any(phase == "write" for phase, _done, _total in seen)

    with pytest.raises(ImportCancelled):
        import_file(
            world.sessions, world.coordinator, S, path, progress=progress, cancelled=cancelled,
            today=TODAY,
        )  # fmt: skip
    assert ("write", 2_000, 5_000) in seen and seen[0][0] == "check"
    assert _snapshot(world) == before


def test_a_dry_run_reports_counts_and_changes_nothing(world, big_file):
    path, _rows = big_file
    before = _snapshot(world)
    result = import_file(world.sessions, world.coordinator, S, path, dry_run=True, today=TODAY)
    assert (result.dry_run, result.committed, result.added, result.updated) == (
        True, False, 4_999, 1,
    )  # fmt: skip
    assert _snapshot(world) == before


def test_the_mapping_is_remembered_per_kind_only_after_an_import(world, big_file):
    path, _rows = big_file
    import_file(world.sessions, world.coordinator, S, path, dry_run=True, today=TODAY)
    assert remembered_mapping(world.sessions, world.coordinator, S) == {}
    import_file(world.sessions, world.coordinator, S, path, today=TODAY)
    remembered = remembered_mapping(world.sessions, world.coordinator, S)
    assert remembered["given_name"] == "Roepnaam"
    assert remembered_mapping(world.sessions, world.coordinator, ImportKind.COMPANIES) == {}
    with world.sessions() as s:
        assert s.get(Setting, mapping_setting_key(S)).value == remembered
    remember_mapping(world.sessions, world.coordinator, S, {"klas": "Groep"})
    assert remembered_mapping(world.sessions, world.coordinator, S) == {"class_group": "Groep"}


def test_a_field_left_out_of_the_mapping_is_remembered_as_left_out(world, big_file):
    path, _rows = big_file
    result = import_file(
        world.sessions, world.coordinator, S, path, mapping={"klas": ""}, today=TODAY
    )
    assert "class_group" not in result.mapping
    assert remembered_mapping(world.sessions, world.coordinator, S)["class_group"] == ""
    with world.sessions() as s:
        classes = set(s.scalars(select(Student.class_group)))
    assert "NIEUW" not in classes


def test_a_committed_import_leaves_one_audit_entry_per_action_with_counts(world, big_file):
    from stagedesk.store.office import AuditEntry

    path, _rows = big_file
    with world.sessions() as s:
        seen = s.execute(select(func.max(AuditEntry.seq))).scalar() or 0
    import_file(world.sessions, world.coordinator, S, path, dry_run=True, today=TODAY)
    import_file(world.sessions, world.coordinator, S, path, today=TODAY)
    with world.sessions() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.after, AuditEntry.actor_id)
            .where(AuditEntry.seq > seen)
            .order_by(AuditEntry.seq)
        ).all()
    assert [tuple(e) for e in entries] == [
        ("create", "student", {"import": "groot.csv", "records": 4_999},
         world.coordinator.staff_id),
        ("change", "student", {"import": "groot.csv", "records": 1}, world.coordinator.staff_id),
    ]  # fmt: skip
