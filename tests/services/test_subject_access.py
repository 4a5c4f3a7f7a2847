"""AVG inzage: everything stored about a student lands in the export (JSON and PDF), the
export is audited, mentors are refused and meldingen stay with the meldpunt."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import DiscriminationGround, StaffRole, VisitType
from stagedesk.domain.errors import PermissionDenied
from stagedesk.pdf.document import Letterhead
from stagedesk.pdf.subject_access import write_subject_access_pdf
from stagedesk.services.cases import add_note
from stagedesk.services.letters import print_letter
from stagedesk.services.meldpunt import create_melding
from stagedesk.services.subject_access import (
    MELDINGEN_AT_MELDPUNT,
    subject_access,
    write_json,
)
from stagedesk.services.visits import log_visit, plan_visit
from stagedesk.store.office import AuditEntry
from tests.factories import TODAY, accepted, placed
from tests.pdf.pdfcheck import page_texts, qpdf_ok

START, END = date(2026, 9, 1), date(2027, 1, 31)
HEAD = Letterhead("ROC Test", ("Straat 1",), ())


@pytest.fixture
def case(world, tmp_path):
    student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin")
    accepted(world, student)
    placement = placed(world, student, START, END)
    visit = plan_visit(
        world.sessions, world.coordinator, placement.id, VisitType.MIDTERM, date(2026, 11, 20),
        today=TODAY,
    )  # fmt: skip
    log_visit(world.sessions, world.mentor, visit.id, visit.version, date(2026, 11, 20),
              answers={}, notes="Gaat goed met Ülkü", today=TODAY)  # fmt: skip
    note = add_note(world.sessions, world.coordinator, student, "Belde over zijn rooster",
                    today=TODAY)  # fmt: skip
    print_letter(world.sessions, world.coordinator, "bevestiging-plaatsing-student", student,
                 tmp_path / "brief.pdf", today=TODAY)  # fmt: skip
    return student, placement, visit, note


def test_the_json_holds_every_record_of_the_student(world, case, tmp_path):
    student, placement, visit, note = case
    access = subject_access(world.sessions, world.coordinator, student)
    out = tmp_path / "inzage.json"
    write_json(access, out)
    raw = out.read_text(encoding="utf-8")
    assert "Şahin" in raw  # not ASCII-escaped
    data = json.loads(raw)
    assert data["student"]["surname"] == "Şahin"
    assert data["student"]["date_of_birth"] == "2005-03-01"
    assert data["programme"]["crebo"] == "25655"
    assert [a["company_name"] for a in data["applications"]] == ["Zorggroep Óost"]
    assert data["student"]["mentor_name"] == "Fatima el Amrani"
    assert len(data["application_events"]) >= 2  # sent, offered, accepted
    assert [p["id"] for p in data["placements"]] == [str(placement.id)]
    assert [v["id"] for v in data["visits"]] == [str(visit.id)]
    assert data["visits"][0]["notes"] == "Gaat goed met Ülkü"
    assert [n["body"] for n in data["notes"]] == ["Belde over zijn rooster"]
    assert len(data["letters"]) == 1
    entities = {e["entity"] for e in data["audit"]}
    assert {"student", "placement", "note"} <= entities
    assert data["meldingen_note"] == MELDINGEN_AT_MELDPUNT
    assert "meldingen" not in data
    assert list(data) == sorted(data)


def test_the_pdf_reads_the_name_with_diacritics(world, case, tmp_path):
    student = case[0]
    access = subject_access(world.sessions, world.coordinator, student)
    out = tmp_path / "inzage.pdf"
    write_subject_access_pdf(access, HEAD, out)
    qpdf_ok(out)
    text = "\n".join(page_texts(out))
    assert "Ülkü Şahin" in text
    assert "Persoonsgegevens" in text and "Bezoeken" in text
    assert "01-03-2005" in text  # Dutch date
    assert "Zorggroep Óost" in text
    assert "meldpunt" in text


def test_a_mentor_is_refused(world, case):
    with pytest.raises(PermissionDenied):
        subject_access(world.sessions, world.mentor, case[0])


def test_the_export_is_recorded_in_the_audit_trail(world, case):
    student = case[0]
    subject_access(world.sessions, world.coordinator, student)
    with world.sessions() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert (last.action, last.entity, last.entity_id) == ("export", "student", student)
        assert last.actor_id == world.coordinator.staff_id


def test_meldingen_only_for_a_meldpunt_officer(world, case, tmp_path):
    student = case[0]
    melding = create_melding(world.sessions, world.meldpunt, received_on=date(2026, 11, 2),
                             ground=DiscriminationGround.ORIGIN, student_id=student,
                             company_id=world.company, description="Niet aangenomen om haar naam",
                             today=TODAY)  # fmt: skip
    coordinator = subject_access(world.sessions, world.coordinator, student)
    assert coordinator.meldingen is None
    out = tmp_path / "c.json"
    write_json(coordinator, out)
    text = out.read_text(encoding="utf-8")
    assert "Niet aangenomen" not in text and str(melding.id) not in text
    assert json.loads(text)["meldingen_note"] == MELDINGEN_AT_MELDPUNT
    both = replace(world.coordinator, roles=frozenset({StaffRole.COORDINATOR, StaffRole.MELDPUNT}))
    access = subject_access(world.sessions, both, student)
    assert [m["description"] for m in access.meldingen or ()] == ["Niet aangenomen om haar naam"]
    assert "melding" in {e["entity"] for e in access.section("audit").rows}
    write_json(access, tmp_path / "m.json")
    write_subject_access_pdf(access, HEAD, tmp_path / "m.pdf")
    qpdf_ok(tmp_path / "m.pdf")
