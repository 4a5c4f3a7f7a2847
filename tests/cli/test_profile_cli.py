"""`stagedesk profile` writes an anonymised profile (draft or recorded proposal);
`stagedesk proposal list|outcome` shows and records what the company answered."""

from __future__ import annotations

import json

from pypdf import PdfReader

from stagedesk.cli import main
from stagedesk.services import profile_proposals as pp
from stagedesk.store.students import Student
from tests.factories import build_world


def test_profile_and_proposal_commands(tmp_path, capsys):
    db = tmp_path / "office.sqlite"
    world = build_world(db)
    try:
        student = world.student(given="Anaïs", surname="Ørsted")
        pp.save_profile(world.sessions, world.coordinator, student, skills="Ik ben precies.",
                        motivation="Ik wil leren zorgen.")  # fmt: skip
        with world.sessions() as s:
            number = s.get(Student, student).student_number
    finally:
        world.office.close()

    draft = tmp_path / "concept.pdf"
    assert main(["profile", "--db", str(db), "--student", number, "--out", str(draft)]) == 0
    text = PdfReader(str(draft)).pages[0].extract_text()
    assert "CONCEPT" in text and "Ørsted" not in text and number not in text
    sent = tmp_path / "sent.pdf"
    args = ["profile", "--db", str(db), "--student", number, "--out", str(sent)]
    assert main([*args, "--company", "12345678"]) == 0
    capsys.readouterr()
    assert main(["proposal", "list", "--db", str(db), "--student", number, "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["company"], row["anonymised"], row["outcome"]) == ("Zorggroep Óost", True, None)
    assert row["reference"] in PdfReader(str(sent)).pages[0].extract_text()
    code = row["reference"].lower().replace("-", " - ")
    assert main(["proposal", "outcome", "--db", str(db), "--reference", code,
                 "--outcome", "chosen"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == f"{row['reference']}: chosen"
    assert main([*args, "--named"]) == 2
    assert "--named needs --company" in capsys.readouterr().err
    assert main([*args, "--company", "00000000"]) == 1
    assert "no company with KvK number 00000000" in capsys.readouterr().err
