"""Importing bpv hours from a file: weeks found by ISO week or a date in them, Dutch and
English hours, dry run, all or nothing, problems by row and column, the audit trail, and
who may import whose hours."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from stagedesk.cli import main
from stagedesk.domain.audit_chain import digest
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.domain.hours import AbsenceKind
from stagedesk.services import hours
from stagedesk.services.actor import Actor
from stagedesk.services.hours_import import import_hours, minutes, week_start
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.office import AuditEntry
from stagedesk.store.students import Student
from tests.factories import TODAY, build_world, placed

START, END = date(2026, 9, 7), date(2026, 11, 29)


def _number(world, student_id) -> str:
    with world.sessions() as s:
        return s.get(Student, student_id).student_number


def _placed(world, mentor=None):
    student = world.student(mentor=mentor)
    view = placed(world, student, START, END, today=date(2026, 9, 1))
    return view, _number(world, student)


def _write(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def _weeks(world) -> list[tuple[date, int, int, AbsenceKind | None, str | None]]:
    with world.sessions() as s:
        rows = s.execute(select(BpvHours).order_by(BpvHours.week_start)).scalars()
        return [
            (r.week_start, r.worked_minutes, r.absent_minutes, r.absence_kind, r.note) for r in rows
        ]


def test_cells_name_weeks_and_hours_as_people_write_them():
    monday = date(2026, 9, 7)
    for text in ("2026-W37", "2026W37", "2026-w37-3", "37-2026", "wk 37 2026", "07-09-2026",
                 "2026-09-10", "10/09/2026"):  # fmt: skip
        assert week_start(text) == monday, text
    for text, expected in (("32", 1920), ("7,5", 450), ("7.5", 450), ("7:30", 450), ("", 0),
                           ("32.0", 1920), ("0,25", 15)):  # fmt: skip
        assert minutes(text, "worked") == expected, text
    with pytest.raises(ValidationError, match="give the year"):
        week_start("37")
    with pytest.raises(ValidationError, match="has no week 54"):
        week_start("2026-W54")
    with pytest.raises(ValidationError, match="more than a week"):
        minutes("169", "worked")
    with pytest.raises(ValidationError, match="hours like"):
        minutes("acht", "worked")


def test_a_semicolon_windows_file_is_checked_then_imported_whole_and_audited(world, tmp_path):
    view, number = _placed(world)
    path = _write(
        tmp_path / "uren.csv",
        "Studentnummer;Week;Uren;Ziek;Anders;Opmerking\r\n"
        f"{number};2026-W37;32;;;eerste week\r\n"
        f"{number};14-09-2026;24,5;7,5;;griep\r\n"
        f"{number};2026-W39;28;;4;tandarts en verlof é\r\n",
        "cp1252",
    )
    dry = import_hours(world.sessions, world.coordinator, path, dry_run=True, today=TODAY)
    assert (dry.rows, dry.added, dry.problems, dry.committed) == (3, 3, (), False)
    assert _weeks(world) == []

    done = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert (done.added, done.updated, done.unchanged, done.committed) == (3, 0, 0, True)
    assert _weeks(world) == [
        (date(2026, 9, 7), 1920, 0, None, "eerste week"),
        (date(2026, 9, 14), 1470, 450, AbsenceKind.SICK, "griep"),
        (date(2026, 9, 21), 1680, 240, AbsenceKind.OTHER, "tandarts en verlof é"),
    ]
    overview = hours.placement_hours(world.sessions, world.coordinator, view.id, today=TODAY)
    assert overview.progress.realised_hours == pytest.approx(84.5)
    with world.sessions() as s:
        entries = s.execute(
            select(func.count()).where(
                AuditEntry.entity == "bpv_hours", AuditEntry.action == "create"
            )
        ).scalar_one()
    assert entries == 3

    again = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    path.write_text(f"studentnummer,periode,uren\n{number},2026-09-07,30\n", encoding="utf-8")
    changed = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert (changed.added, changed.updated) == (0, 1)
    assert _weeks(world)[0] == (date(2026, 9, 7), 1800, 0, None, None)


def test_every_problem_is_named_by_row_and_column_and_nothing_is_written(world, tmp_path):
    _view, number = _placed(world)
    path = _write(
        tmp_path / "uren.csv",
        "Studentnummer;Week;Uren;Ziek;Anders\n"
        f"{number};2026-W37;32;;\n"  # fine, but the file is refused as a whole
        "999999;2026-W38;32;;\n"
        f"{number};38;32;;\n"
        f"{number};2026-W38;veel;;\n"
        f"{number};2026-W39;20;4;4\n"
        f"{number};2026-W37;30;;\n"
        f"{number};2026-W50;32;;\n"
        f"{number};2026-W30;32;;\n"
        f";2026-W40;32;;\n"
        f"{number};;32;;\n",
    )
    result = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert not result.committed and result.added == 0
    found = {(p.row, p.column) for p in result.problems}
    assert found == {
        (3, "Studentnummer"),
        (4, "Week"),
        (5, "Uren"),
        (6, "Anders"),
        (7, "Week"),  # row 2 has this week
        (8, "Week"),  # not begun yet
        (9, "Week"),  # no placement then
        (10, "Studentnummer"),
        (11, "Week"),
    }
    messages = " | ".join(str(p) for p in result.problems)
    assert "no student with number '999999'" in messages
    assert "row 2 has this student's week already" in messages
    assert "has no placement in the week of 20-07-2026" in messages
    assert _weeks(world) == []


def test_a_file_without_the_needed_columns_or_unreadable_is_refused(world, tmp_path):
    path = _write(tmp_path / "uren.csv", "Naam;Datum\nZoë;01-09-2026\n")
    result = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert [(p.row, p.column) for p in result.problems] == [(1, "studentnummer"), (1, "uren")]
    empty = import_hours(world.sessions, world.coordinator, _write(tmp_path / "e.csv", ""))
    assert empty.problems[0].message == "is empty"
    missing = import_hours(world.sessions, world.coordinator, tmp_path / "nope.csv")
    assert missing.problems[0].message == "no such file"


def test_a_mentor_imports_only_their_own_students_and_a_case_only_its_student(world, tmp_path):
    _mine, my_number = _placed(world, mentor=world.mentor)
    _theirs, their_number = _placed(world, mentor=world.other_mentor)
    text = f"studentnummer;week;uren\n{my_number};2026-W37;32\n{their_number};2026-W37;32\n"
    path = _write(tmp_path / "uren.csv", text)
    result = import_hours(world.sessions, world.mentor, path, today=TODAY)
    assert [(p.row, p.column) for p in result.problems] == [(3, "studentnummer")]
    assert "own students" in result.problems[0].message
    with world.sessions() as s:
        mine_id = s.execute(
            select(Student.id).where(Student.student_number == my_number)
        ).scalar_one()
    case = import_hours(world.sessions, world.coordinator, path, student_id=mine_id, today=TODAY)
    assert "not the student of this case" in case.problems[0].message
    with pytest.raises(PermissionDenied):
        import_hours(world.sessions, Actor(None, "Niemand", frozenset()), path)


def test_the_cli_imports_and_refuses_with_exit_codes(tmp_path, capsys):
    world = build_world(tmp_path / "office.sqlite")
    try:
        _view, number = _placed(world)
    finally:
        world.office.close()
    store = str(tmp_path / "office.sqlite")
    path = _write(tmp_path / "uren.csv", f"studentnummer;week;uren\n{number};2026-W37;32\n")
    args = ["hours", "import", str(path), "--db", store, "--date", "2026-11-25"]
    assert main([*args, "--dry-run"]) == 0
    assert "1 weeks, no problems; would be 1 added" in capsys.readouterr().out
    assert main(args) == 0
    assert "uren.csv: 1 weeks imported: 1 added, 0 updated, 0 unchanged" in capsys.readouterr().out
    bad = _write(tmp_path / "fout.csv", "studentnummer;week;uren\n999;2026-W37;32\n")
    assert main(["hours", "import", str(bad), "--db", store]) == 1
    err = capsys.readouterr().err
    assert "fout.csv: row 2, studentnummer: there is no student" in err
    assert "no hours were entered" in err


def test_the_audit_trail_keeps_a_digest_of_the_file_name_not_the_name(world, tmp_path):
    """A case's hours file is often named after the student; the trail outlives the purge."""
    _view, number = _placed(world)
    path = _write(
        tmp_path / "uren Zoë van der Berg.csv", f"Studentnummer;Week;Uren\n{number};2026-W37;32\n"
    )
    assert import_hours(world.sessions, world.coordinator, path, today=TODAY).committed
    with world.sessions() as s:
        after = s.execute(
            select(AuditEntry.after).where(AuditEntry.entity == "bpv_hours")
        ).scalar_one()
    assert "Berg" not in repr(after) and "Zoë" not in repr(after)
    assert after["import"] == digest(path.name)
