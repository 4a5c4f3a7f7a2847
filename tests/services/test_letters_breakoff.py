"""The break-off confirmation letter says what was recorded when the placement was broken off,
and refuses, naming the student, a student whose placement was never broken off."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.cli import main
from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
from stagedesk.pdf.templates import LetterTemplateError
from stagedesk.services import breakoff
from stagedesk.services.letters import print_letter, print_letters
from stagedesk.store.office import LetterRecord
from stagedesk.store.students import Student
from tests.factories import TODAY, build_world, placed, signed
from tests.pdf.pdfcheck import page_texts, qpdf_ok

TEMPLATE = "bevestiging-afbreken-bpv"
ADULT = date(2000, 1, 1)
MINOR = date(2010, 6, 1)


def _text(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def _broken_off(world, student, **changes) -> None:
    view = placed(world, student, date(2026, 9, 1), date(2027, 1, 29))
    view = signed(world, view, date(2026, 8, 20), ("student", "school", "company"))
    values = dict(
        ended_on=date(2026, 11, 20),
        reason=BreakoffReason.UNSAFE,
        decided_by=BreakoffParty.SCHOOL,
        conversation_on=date(2026, 11, 23),
        conversation_summary="Besproken met de student.",
        today=TODAY,
    )
    values.update(changes)
    breakoff.break_off(world.sessions, world.coordinator, view.id, view.version, **values)


def _letters(world) -> int:
    with world.sessions() as s:
        return len(s.execute(select(LetterRecord.id)).all())


def test_the_letter_states_company_dates_reason_and_who_decided(world, tmp_path):
    student = world.student(given="Zoë", tussenvoegsel="van 't", surname="IJsselmeer", born=ADULT)
    _broken_off(world, student)
    out = tmp_path / "afbreken.pdf"
    result = print_letter(world.sessions, world.coordinator, TEMPLATE, student, out, today=TODAY)
    qpdf_ok(out)
    text = _text(out)
    assert "Beste Zoë," in text
    assert "je bpv-plaats bij Zorggroep Óost eerder beëindigd" in text
    assert "bpv-periode: 1 september 2026 tot en met 29 januari 2027 (gepland)" in text
    assert "beëindigd op: 20 november 2026" in text
    assert "reden: een onveilige situatie bij het leerbedrijf" in text
    assert "besloten door: de school" in text
    assert "gesprek over het afbreken: 23 november 2026" in text
    assert "{" not in text and result.letters == 1


def test_a_conversation_still_to_hold_reads_so_and_a_minors_guardian_gets_a_copy(world, tmp_path):
    student = world.student(given="Şükrü", tussenvoegsel=None, surname="Yılmaz", born=MINOR)
    _broken_off(
        world,
        student,
        reason=BreakoffReason.DISCRIMINATION,
        decided_by=BreakoffParty.JOINTLY,
        conversation_on=None,
        conversation_summary=None,
    )
    out = tmp_path / "afbreken.pdf"
    result = print_letter(world.sessions, world.coordinator, TEMPLATE, student, out, today=TODAY)
    pages = [" ".join(p.split()) for p in page_texts(out)]
    assert result.letters == 2 and len(pages) == 2
    for page in pages:
        assert "reden: discriminatie" in page
        assert "besloten door: de student, het leerbedrijf en de school samen" in page
        assert "gesprek over het afbreken: nog niet gevoerd; wij nemen contact met je op" in page
    assert "ouder/verzorger van Şükrü Yılmaz" in pages[1]


def test_a_student_without_a_break_off_is_named_and_nothing_is_written(world, tmp_path):
    broken = world.student(surname="Afgebroken", born=ADULT)
    _broken_off(world, broken)
    whole = world.student(given="Anaïs", tussenvoegsel=None, surname="Müller", born=ADULT)
    placed(world, whole, date(2027, 2, 1), date(2027, 6, 30))
    folder = tmp_path / "brieven"
    with pytest.raises(LetterTemplateError) as caught:
        print_letters(
            world.sessions,
            world.coordinator,
            TEMPLATE,
            [broken, whole],
            split_dir=folder,
            today=TODAY,
        )
    assert caught.value.student_number is not None
    assert f"student {caught.value.student_number} (Anaïs Müller)" in str(caught.value)
    assert "no broken-off placement" in str(caught.value)
    assert not folder.exists() and _letters(world) == 0


def test_the_command_line_prints_it_for_a_student_number(tmp_path, capsys):
    world = build_world(tmp_path / "office.sqlite")
    try:
        student = world.student(given="Eline", tussenvoegsel=None, surname="Öz", born=ADULT)
        _broken_off(world, student, reason=BreakoffReason.COMPANY)
        with world.sessions() as s:
            number = s.execute(select(Student.student_number).where(Student.id == student)).scalar()
    finally:
        world.office.close()
    out = tmp_path / "afbreken.pdf"
    args = ["print", "letter", "--template", TEMPLATE, "--student", str(number)]
    args += ["--db", str(tmp_path / "office.sqlite"), "--out", str(out), "--date", "25-11-2026"]
    assert main(args) == 0
    qpdf_ok(out)
    assert "reden: ligt bij het leerbedrijf" in _text(out)
