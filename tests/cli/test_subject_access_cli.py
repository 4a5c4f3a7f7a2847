"""``stagedesk avg inzage`` writes <number>-inzage.json and .pdf; an unknown number fails."""

from __future__ import annotations

import json

from stagedesk.cli import main
from stagedesk.store.students import Student
from tests.factories import build_world
from tests.pdf.pdfcheck import page_texts, qpdf_ok


def test_inzage_writes_json_and_pdf(tmp_path, capsys):
    db = tmp_path / "office.sqlite"
    world = build_world(db)
    try:
        student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin")
        with world.sessions() as s:
            number = s.get(Student, student).student_number
    finally:
        world.office.close()
    out = tmp_path / "out"
    assert main(["avg", "inzage", "--db", str(db), "--student", number, "--out", str(out)]) == 0
    data = json.loads((out / f"{number}-inzage.json").read_text(encoding="utf-8"))
    assert data["student"]["given_name"] == "Ülkü"
    pdf = out / f"{number}-inzage.pdf"
    qpdf_ok(pdf)
    assert "Ülkü Şahin" in "\n".join(page_texts(pdf))
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{number}-inzage.json", f"{number}-inzage.pdf"]


def test_an_unknown_student_number_fails(tmp_path, capsys):
    db = tmp_path / "office.sqlite"
    build_world(db).office.close()
    args = ["avg", "inzage", "--db", str(db), "--student", "999999", "--out", str(tmp_path)]
    assert main(args) == 1
    assert "no student with number 999999" in capsys.readouterr().err
    assert not list(tmp_path.glob("*-inzage.*"))
