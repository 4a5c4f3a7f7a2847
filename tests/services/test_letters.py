"""Letters through the service: values filled, guardian copies, the register, errors first."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.errors import NotFound, PermissionDenied, ValidationError
from stagedesk.pdf.templates import LetterTemplateError
from stagedesk.services.cases import open_case
from stagedesk.services.letters import print_letter, print_letters
from stagedesk.services.letters_register import sha256_of
from stagedesk.services.timeline import TimelineKind
from stagedesk.store.office import LetterRecord
from tests.factories import TODAY, placed
from tests.pdf.pdfcheck import page_texts, qpdf_ok

ADULT = date(2000, 1, 1)
MINOR = date(2010, 6, 1)


def _text(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def _records(world) -> list[LetterRecord]:
    with world.sessions() as s:
        rows = s.execute(select(LetterRecord).order_by(LetterRecord.reference)).scalars().all()
        s.expunge_all()
        return list(rows)


def test_a_placement_confirmation_fills_names_dates_and_company(world, tmp_path):
    student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin", born=ADULT)
    placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    out = tmp_path / "brief.pdf"
    result = print_letter(
        world.sessions,
        world.coordinator,
        "bevestiging-plaatsing-student",
        student,
        out,
        today=TODAY,
    )
    qpdf_ok(out)
    text = _text(out)
    assert "Beste Ülkü," in text and "Ülkü Şahin" in text
    assert "Utrecht, 25 november 2026" in text
    assert "1 februari 2027 tot en met 30 juni 2027" in text
    assert "Zorggroep Óost" in text and "€ 300,00 per maand" in text
    assert "Opleider Zorggroep Óost" in text  # the praktijkopleider
    assert "{" not in text and "}" not in text
    assert result.letters == 1 and not result.cancelled
    (record,) = _records(world)
    assert record.template == "bevestiging-plaatsing-student"
    assert record.recipient == "Ülkü Şahin" and record.student_id == student
    assert record.sha256 == sha256_of(out) and record.produced_by_id == world.coordinator.staff_id
    assert record.reference == result.references[0] and record.reference in text
    assert record.reference.startswith("SD-2026-")


def test_a_minor_gets_a_copy_addressed_to_the_guardian(world, tmp_path):
    student = world.student(given="Eline", tussenvoegsel="van 't", surname="IJsselmeer", born=MINOR)
    placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    out = tmp_path / "brief.pdf"
    result = print_letter(
        world.sessions, world.coordinator, "herinnering-pok", student, out, today=TODAY
    )
    pages = [" ".join(p.split()) for p in page_texts(out)]
    assert len(pages) == 2 and result.letters == 2
    assert "Beste Eline," in pages[0]
    assert "Aan de ouder/verzorger van Eline van 't IJsselmeer" in pages[1]
    assert "Geachte ouder/verzorger van Eline van 't IJsselmeer," in pages[1]
    recipients = {r.recipient for r in _records(world)}
    assert recipients == {"Eline van 't IJsselmeer", "ouder/verzorger van Eline van 't IJsselmeer"}


def test_the_guardians_name_is_used_when_the_store_has_it(world, tmp_path):
    student = world.student(born=MINOR, guardian="Ayşe Yılmaz")
    placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    out = tmp_path / "brief.pdf"
    print_letter(world.sessions, world.coordinator, "herinnering-pok", student, out, today=TODAY)
    last = " ".join(page_texts(out)[-1].split())
    assert "Ayşe Yılmaz ouder/verzorger van Zoë van der Berg" in last
    assert "Geachte Ayşe Yılmaz," in last


def test_an_adult_gets_no_guardian_copy(world, tmp_path):
    student = world.student(born=ADULT)
    placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    out = tmp_path / "brief.pdf"
    result = print_letter(
        world.sessions, world.coordinator, "herinnering-pok", student, out, today=TODAY
    )
    assert result.letters == 1 and len(page_texts(out)) == 1


def test_a_missing_value_stops_the_batch_before_anything_is_written(world, tmp_path):
    placed_one = world.student(born=ADULT)
    placed(world, placed_one, date(2027, 2, 1), date(2027, 6, 30))
    unplaced = world.student(born=ADULT, given="Anna", tussenvoegsel=None, surname="Bakker")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "batch.pdf"
    with pytest.raises(LetterTemplateError) as caught:
        print_letters(
            world.sessions,
            world.coordinator,
            "herinnering-pok",
            [placed_one, unplaced],
            out=out,
            today=TODAY,
        )
    message = str(caught.value)
    assert message.startswith("herinnering-pok.txt, line 4: {bedrijf.naam} has no value")
    assert caught.value.student_number is not None and caught.value.student_number in message
    assert list(folder.iterdir()) == [] and _records(world) == []


def test_a_letter_to_a_company_needs_a_company(world, tmp_path):
    student = world.student(born=ADULT)
    with pytest.raises(LetterTemplateError, match="no placement or application"):
        print_letter(
            world.sessions,
            world.coordinator,
            "bedankt-leerbedrijf",
            student,
            tmp_path / "x.pdf",
            today=TODAY,
        )


def test_the_melding_acknowledgement_takes_the_callers_values(world, tmp_path):
    student = world.student(born=MINOR)
    out = tmp_path / "melding.pdf"
    extra = {"melding.datum": "20 november 2026", "melding.behandelaar": "Mila Meldpunt"}
    result = print_letter(
        world.sessions,
        world.coordinator,
        "ontvangst-melding",
        student,
        out,
        today=TODAY,
        extra=extra,
    )
    text = _text(out)
    assert "Op 20 november 2026 heb je een melding gedaan" in text
    assert "Mila Meldpunt is je contactpersoon" in text
    assert result.letters == 1  # confidential: no guardian copy even for a minor
    with pytest.raises(ValidationError, match="student.naam"):
        print_letter(
            world.sessions,
            world.coordinator,
            "ontvangst-melding",
            student,
            out,
            today=TODAY,
            extra={**extra, "student.naam": "X"},
        )


def test_split_writes_one_file_per_student_and_reports_progress(world, tmp_path):
    students = [world.student(born=ADULT, surname=f"Berg{n}") for n in range(3)]
    seen: list[tuple[int, int]] = []
    result = print_letters(
        world.sessions,
        world.coordinator,
        "bbl-31-december",
        students,
        split_dir=tmp_path / "split",
        today=TODAY,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    files = sorted(p.name for p in (tmp_path / "split").iterdir())
    assert len(files) == 3 and all(f.endswith("-bbl-31-december.pdf") for f in files)
    assert "31 december 2026" in _text(result.files[0].path)
    by_reference = {r.reference: r.sha256 for r in _records(world)}
    for produced in result.files:
        qpdf_ok(produced.path)
        assert by_reference[produced.references[0]] == sha256_of(produced.path)


def test_cancel_writes_and_records_nothing(world, tmp_path):
    students = [world.student(born=ADULT, surname=f"Berg{n}") for n in range(4)]
    stop = threading.Event()
    folder = tmp_path / "out"
    folder.mkdir()

    def progress(done: int, total: int) -> None:
        if done == 2:
            stop.set()

    result = print_letters(
        world.sessions,
        world.coordinator,
        "bbl-31-december",
        students,
        out=folder / "batch.pdf",
        progress=progress,
        cancel=stop,
        today=TODAY,
    )
    assert result.cancelled and result.files == ()
    assert list(folder.iterdir()) == [] and _records(world) == []


def test_the_letter_appears_in_the_students_timeline(world, tmp_path):
    student = world.student(born=ADULT)
    placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    print_letter(
        world.sessions,
        world.coordinator,
        "bevestiging-plaatsing-bedrijf",
        student,
        tmp_path / "b.pdf",
        today=TODAY,
    )
    case = open_case(world.sessions, world.coordinator, student, today=TODAY)
    (letter,) = [e for e in case.timeline if e.kind is TimelineKind.LETTER]
    assert letter.detail.template == "bevestiging-plaatsing-bedrijf"
    assert letter.detail.recipient == "Zorggroep Óost"


def test_only_coordinators_and_admins_print(world, tmp_path):
    student = world.student(born=ADULT)
    with pytest.raises(PermissionDenied):
        print_letter(world.sessions, world.mentor, "bbl-31-december", student, tmp_path / "x.pdf")


def test_an_unknown_template_or_student_is_not_found(world, tmp_path):
    student = world.student(born=ADULT)
    with pytest.raises(NotFound, match="no letter template 'onbekend'"):
        print_letter(world.sessions, world.coordinator, "onbekend", student, tmp_path / "x.pdf")
    import uuid

    with pytest.raises(NotFound):
        print_letter(
            world.sessions, world.coordinator, "bbl-31-december", uuid.uuid4(), tmp_path / "x.pdf"
        )


def test_a_missing_output_folder_is_refused_before_any_work(world, tmp_path):
    student = world.student(born=ADULT)
    with pytest.raises(ValidationError, match="there is no folder"):
        print_letter(
            world.sessions,
            world.coordinator,
            "bbl-31-december",
            student,
            tmp_path / "nope" / "x.pdf",
        )
    assert _records(world) == []


def test_the_letterhead_can_carry_the_schools_logo_image(world, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(logo)
    world.settings(logo_path=str(logo), school_name="ROC Ĳsselland")
    student = world.student(born=ADULT)
    out = tmp_path / "brief.pdf"
    print_letter(world.sessions, world.coordinator, "bbl-31-december", student, out, today=TODAY)
    qpdf_ok(out)
    assert "ROC" in _text(out) and "sselland" in _text(out)
    world.settings(logo_path=str(tmp_path / "missing.png"))
    with pytest.raises(ValidationError, match="no image file"):
        print_letter(
            world.sessions, world.coordinator, "bbl-31-december", student, out, today=TODAY
        )


def test_cancelling_a_split_run_removes_the_files_already_written(world, tmp_path, monkeypatch):
    from stagedesk.services import letters_split

    monkeypatch.setattr(letters_split, "CHUNK_LETTERS", 2)  # files written while rendering
    students = [world.student(born=ADULT, surname=f"Berg{n}") for n in range(6)]
    folder = tmp_path / "split"
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 5:
            stop.set()

    result = print_letters(
        world.sessions,
        world.coordinator,
        "bbl-31-december",
        students,
        split_dir=folder,
        progress=progress,
        cancel=stop,
        today=TODAY,
    )
    assert result.cancelled and result.files == ()
    assert list(folder.iterdir()) == [] and _records(world) == []


def test_a_split_file_that_cannot_be_written_stops_the_run_with_nothing_left(
    world, tmp_path, monkeypatch
):
    from stagedesk.services import letters_register, letters_split

    monkeypatch.setattr(letters_split, "CHUNK_LETTERS", 1)
    real = letters_register.write_file
    calls: list[int] = []

    def write_file(final, data, entries):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(final, data, entries)

    monkeypatch.setattr(letters_split, "write_file", write_file)
    students = [world.student(born=ADULT, surname=f"Berg{n}") for n in range(4)]
    folder = tmp_path / "split"
    with pytest.raises(OSError, match="No space left"):
        print_letters(
            world.sessions,
            world.coordinator,
            "bbl-31-december",
            students,
            split_dir=folder,
            today=TODAY,
        )
    assert list(folder.iterdir()) == [] and _records(world) == []


def test_each_split_file_is_complete_with_its_own_letters_names_and_page_numbers(
    world, tmp_path, monkeypatch
):
    from stagedesk.services import letters_split
    from tests.pdf.pdfcheck import font_names

    monkeypatch.setattr(letters_split, "CHUNK_LETTERS", 3)  # files from more than one render
    people = [
        ("Zoë", "van 't", "IJsselmeer", ADULT),
        ("Şükrü", None, "Yılmaz", MINOR),  # and the guardian's copy in the same file
        ("Anaïs", None, "Müller", ADULT),
        ("Ülkü", None, "Şahin", MINOR),
        ("Ĳsbrand", "de", "Vries", ADULT),
    ]
    students = [
        world.student(given=given, tussenvoegsel=tv, surname=surname, born=born)
        for given, tv, surname, born in people
    ]
    folder = tmp_path / "split"
    result = print_letters(
        world.sessions,
        world.coordinator,
        "bbl-31-december",
        students,
        split_dir=folder,
        today=TODAY,
    )
    assert result.letters == 7 and len(result.files) == 5
    registered = {r.reference: r.sha256 for r in _records(world)}
    names = [" ".join(p for p in (given, tv, surname) if p) for given, tv, surname, _ in people]
    for produced, name, (_, _, _, born) in zip(result.files, names, people, strict=True):
        qpdf_ok(produced.path)
        assert all("+LiberationSans" in font for font in font_names(produced.path))
        pages = [" ".join(p.split()) for p in page_texts(produced.path)]
        assert len(pages) == len(produced.references) == (2 if born == MINOR else 1)
        for page, reference in zip(pages, produced.references, strict=True):
            assert f"Kenmerk {reference} · pagina 1 van 1" in page
            assert name in page
            assert not any(other in page for other in names if other != name)
            assert registered[reference] == sha256_of(produced.path)
