"""``stagedesk avg bewaren`` previews by default (nothing changes) and purges with --purge;
the trail still verifies afterwards."""

from __future__ import annotations

import json
from datetime import date

from stagedesk.cli import main
from stagedesk.services import case_status
from stagedesk.store.students import Student
from tests.factories import TODAY, build_world


def _store(tmp_path):
    db = tmp_path / "office.sqlite"
    world = build_world(db)
    try:
        student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin")
        world.student(given="Blijft", surname="Hier")
        with world.sessions.begin() as s:
            s.get(Student, student).stopped_on = date(2022, 6, 30)
            case_status.recompute(s, student, TODAY)
            number = s.get(Student, student).student_number
    finally:
        world.office.close()
    return db, number


def test_preview_lists_and_changes_nothing_then_purge_anonymises(tmp_path, capsys):
    db, number = _store(tmp_path)
    assert main(["avg", "bewaren", "--db", str(db), "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["purged"] is False
    assert [s["student_number"] for s in preview["students"]] == [number]
    assert main(["avg", "bewaren", "--db", str(db), "--preview"]) == 0
    text = capsys.readouterr().out
    assert number in text and "to anonymise" in text
    assert main(["avg", "bewaren", "--db", str(db), "--purge"]) == 0
    assert "purged; audit entry" in capsys.readouterr().out
    assert main(["avg", "bewaren", "--db", str(db), "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["students"] == [] and all(k["count"] == 0 for k in after["kinds"])
    assert main(["audit", "verify", "--db", str(db)]) == 0
