"""The placement overview a coordinator hands the company: one page, the facts, registered."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.services.letters_overview import print_overview
from stagedesk.store.office import LetterRecord
from stagedesk.store.visits import Visit
from tests.factories import TODAY, placed, signed
from tests.pdf.pdfcheck import font_names, ink_fraction, page_texts, qpdf_ok


def test_the_overview_is_one_page_with_student_company_period_pok_and_visits(world, tmp_path):
    student = world.student(
        given="Ülkü", tussenvoegsel=None, surname="Şahin", born=date(2010, 6, 1)
    )
    view = placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    signed(world, view, date(2026, 11, 20), ("student", "school"))
    with world.sessions.begin() as s:
        s.add(
            Visit(
                placement_id=view.id,
                mentor_id=world.mentor.staff_id,
                visit_type=VisitType.START,
                status=VisitStatus.PLANNED,
                planned_on=date(2027, 2, 15),
            )
        )
    out = tmp_path / "overzicht.pdf"
    result = print_overview(world.sessions, world.coordinator, student, out, today=TODAY)
    qpdf_ok(out)
    assert all("+LiberationSans" in font for font in font_names(out))  # every one embedded
    pages = page_texts(out)
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "Bpv-overzicht Ülkü Şahin" in text
    assert "Overzicht van 25 november 2026 voor Zorggroep Óost" in text
    assert "1 februari 2027 tot en met 30 juni 2027" in text
    assert "Opleider Zorggroep Óost" in text and "Fatima el Amrani" in text
    assert "student: getekend op 20-11-2026" in text
    assert "ouder/verzorger: nog niet" in text  # a minor: the guardian signs too
    assert "startbezoek 15-02-2027" in text and "gepland" in text
    assert "€ 300,00 per maand" in text
    assert "gedeeltelijk ondertekend" in text
    assert ink_fraction(out, 1, tmp_path) > 0.01
    with world.sessions() as s:
        record = s.execute(select(LetterRecord)).scalar_one()
        assert (record.template, record.recipient) == ("plaatsingsoverzicht", "Zorggroep Óost")
        assert record.reference == result.references[0]


def test_a_student_without_placement_has_no_overview(world, tmp_path):
    student = world.student()
    with pytest.raises(ValidationError, match="has no placement"):
        print_overview(world.sessions, world.coordinator, student, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_mentor_may_not_print_it(world, tmp_path):
    student = world.student()
    with pytest.raises(PermissionDenied):
        print_overview(world.sessions, world.mentor, student, tmp_path / "x.pdf")
