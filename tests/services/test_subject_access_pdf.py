"""The AVG inzage PDF reads as Dutch: every column it shows and every enum value has a Dutch
label, raw enum names and record ids stay out of the body (ids only in the appendix), and the
JSON beside it stays complete and machine-oriented."""

from __future__ import annotations

import enum
import json
import re
from datetime import date

import pytest
from sqlalchemy import inspect

from stagedesk.domain.checklists import Answer
from stagedesk.domain.enums import SearchStatus, VisitType
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.domain.visits import ItemAnswer
from stagedesk.pdf.document import Letterhead
from stagedesk.pdf.subject_access import write_subject_access_pdf
from stagedesk.pdf.subject_access_labels import (
    COLUMN_ENUMS,
    COLUMN_LABELS,
    ENUM_LABELS,
    is_internal,
)
from stagedesk.services.cases import add_note
from stagedesk.services.checklists import checklists_in_force
from stagedesk.services.subject_access import subject_access, write_json
from stagedesk.services.visits import log_visit, plan_visit
from stagedesk.store.lifecycle import BpvHours, MatchArea, PlacementBreakoff, StudentPrerequisite
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.notes import ApplicationEvent, Note
from stagedesk.store.office import LetterRecord
from stagedesk.store.placements import Application, Placement
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit
from tests.factories import TODAY, accepted, placed
from tests.pdf.pdfcheck import page_texts, qpdf_ok

SHOWN = (Student, Programme, Application, ApplicationEvent, Placement, Visit, Note,
         StudentProfile, ProfileProposal, LetterRecord, PlacementBreakoff, StudentPrerequisite,
         MatchArea, BpvHours, Melding, MeldingStep)  # fmt: skip
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.mark.parametrize("model", SHOWN, ids=lambda m: m.__tablename__)
def test_every_shown_column_has_a_dutch_label(model):
    for attr in inspect(model).column_attrs:
        if not is_internal(attr.key) and attr.key not in ("created_at", "updated_at"):
            assert attr.key in COLUMN_LABELS, f"{model.__tablename__}.{attr.key}"


def test_every_enum_value_has_a_dutch_label():
    for enum_type in {*ENUM_LABELS, *COLUMN_ENUMS.values()}:
        assert issubclass(enum_type, enum.Enum)
        assert set(ENUM_LABELS[enum_type]) == {e.value for e in enum_type}, enum_type


@pytest.fixture
def access(world, tmp_path):
    student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin",
                            guardian="Ayşe Şahin")  # fmt: skip
    accepted(world, student)
    placement = placed(world, student, date(2026, 9, 1), date(2027, 1, 31))
    visit = plan_visit(world.sessions, world.coordinator, placement.id, VisitType.MIDTERM,
                       date(2026, 11, 20), today=TODAY)  # fmt: skip
    checklist = checklists_in_force(world.sessions, world.coordinator).for_type(VisitType.MIDTERM)
    assert checklist is not None
    first = checklist.sections[0].items[0]
    answers = {first.id: ItemAnswer(Answer.NO, "Werkplek nog niet klaar")}
    log_visit(world.sessions, world.mentor, visit.id, visit.version, date(2026, 11, 20),
              answers=answers, notes="Gaat goed met Ülkü", today=TODAY)  # fmt: skip
    add_note(world.sessions, world.coordinator, student, "Belde over haar rooster", today=TODAY)
    with world.sessions.begin() as s:
        s.add(StudentProfile(student_id=student, skills="Goed met mensen"))
        s.add(ProfileProposal(student_id=student, company_id=world.other_company,
                              reference="P-1", anonymised=True, sent_on=date(2026, 10, 1),
                              outcome=ProposalOutcome.CHOSEN,
                              outcome_on=date(2026, 10, 8)))  # fmt: skip
    return subject_access(world.sessions, world.coordinator, student)


def test_the_pdf_shows_dutch_labels_and_values_and_no_raw_names(access, tmp_path):
    out = tmp_path / "inzage.pdf"
    write_subject_access_pdf(access, Letterhead("ROC Test", ("Straat 1",), ()), out)
    qpdf_ok(out)
    pages = page_texts(out)
    text = "\n".join(pages)
    for wanted in ("Geboortedatum", "Wettelijk vertegenwoordiger", "Ayşe Şahin", "Zoekstatus",
                   "geplaatst – POK open", "tussentijds bezoek", "gehouden", "op locatie",
                   "Gaat goed met Ülkü", "Belde over haar rooster", "Fatima el Amrani",
                   "Zorggroep Óost", "stagevergoeding", "€ 300,00", "Zorg, welzijn en sport",
                   "geaccepteerd", "Audittrail", "aangemaakt", "Vaardigheden", "Goed met mensen",
                   "Geanonimiseerd voorgesteld", "gekozen", "Bytes & Co",
                   "Werkplek nog niet klaar"):  # fmt: skip
        assert wanted in text, wanted
    body, appendix = text.split("Bijlage: kenmerken van de records")  # the ids are there
    for raw in ("placed_awaiting_pok", "midterm", "on_site", "allowance_cents", "student_id",
                "search_status", "sort_key", "accepted", "zorg\n"):  # fmt: skip
        assert raw not in body, raw
    assert not UUID.search(body)
    assert str(access.student_id) in appendix
    assert SearchStatus.SEARCHING.value not in text


def test_the_json_keeps_every_stored_value_with_ids_and_names(access, tmp_path):
    out = tmp_path / "inzage.json"
    write_json(access, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["student"]["search_status"] == "placed_awaiting_pok"
    assert data["student"]["id"] == str(access.student_id)
    assert data["student"]["current_company_name"] == "Zorggroep Óost"
    assert data["visits"][0]["visit_type"] == "midterm"
    assert data["visits"][0]["answers"]["items"]  # the stored form stays
    assert data["visits"][0]["checklist_answers"][0]["answer"] == "no"
    assert data["visits"][0]["mentor_name"] == "Fatima el Amrani"
    assert data["notes"][0]["author_name"] == "Carla Coördinator"
    assert data["application_events"][0]["recorded_by_name"] == "Carla Coördinator"


# Where each table that hangs off a student lands in the inzage (JSON key).
INZAGE_KEYS = {
    "application": "applications",
    "application_event": "application_events",
    "placement": "placements",
    "visit": "visits",
    "note": "notes",
    "letter_record": "letters",
    "placement_breakoff": "breakoffs",
    "student_prerequisite": "prerequisites",
    "match_area": "match_areas",
    "bpv_hours": "hours",
    "student_profile": "profiles",
    "profile_proposal": "proposals",
    "melding": "meldingen",
    "melding_step": "meldingen",
}


def test_every_table_that_hangs_off_a_student_is_in_the_inzage(access):
    from stagedesk.services.subject_access import as_dict
    from stagedesk.store.models import Base

    owners = {"student", "application", "placement", "melding", "visit"}
    hanging = {
        table.name
        for table in Base.metadata.sorted_tables
        if {fk.column.table.name for fk in table.foreign_keys} & owners
    }
    assert hanging - set(INZAGE_KEYS) == set(), "add the new table to services.subject_access"
    keys = set(as_dict(access)) | {"meldingen"}  # meldingen: for the meldpunt role only
    assert set(INZAGE_KEYS.values()) <= keys
