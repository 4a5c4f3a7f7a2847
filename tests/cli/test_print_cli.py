"""``stagedesk print``: letters, batches, overviews and blank checklists from the command line."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.cli import main
from tests.factories import build_world, placed
from tests.pdf.pdfcheck import page_texts, qpdf_ok


@pytest.fixture
def store(tmp_path):
    world = build_world(tmp_path / "office.sqlite")
    try:
        ulku = world.student(
            given="Ülkü", tussenvoegsel=None, surname="Şahin", born=date(2000, 1, 1)
        )
        placed(world, ulku, date(2027, 2, 1), date(2027, 6, 30))
        for surname in ("Bakker", "IJsselmeer"):
            world.student(given="Eline", tussenvoegsel=None, surname=surname, born=date(2000, 1, 1))
        with world.sessions() as s:
            from sqlalchemy import select

            from stagedesk.store.students import Student

            numbers = dict(s.execute(select(Student.surname, Student.student_number)).all())
    finally:
        world.office.close()
    return str(tmp_path / "office.sqlite"), numbers


def _text(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_letter_list_shows_the_templates(capsys):
    assert main(["print", "letter", "--list"]) == 0
    out = capsys.readouterr().out
    assert "bbl-31-december" in out and "ontvangst-melding" in out and "kopie ouder" in out


def test_one_letter_for_one_student(store, tmp_path, capsys):
    db, numbers = store
    out = tmp_path / "brief.pdf"
    args = ["print", "letter", "--template", "bevestiging-plaatsing-student"]
    args += ["--student", numbers["Şahin"], "--db", db, "--out", str(out), "--date", "24-11-2026"]
    assert main(args) == 0
    qpdf_ok(out)
    text = _text(out)
    assert "Beste Ülkü," in text and "Utrecht, 24 november 2026" in text
    assert "kenmerk SD-2026-" in capsys.readouterr().out


def test_a_missing_value_is_an_error_naming_the_student(store, tmp_path, capsys):
    db, numbers = store
    out = tmp_path / "brief.pdf"
    args = ["print", "letter", "--template", "herinnering-pok", "--student", numbers["Bakker"]]
    assert main([*args, "--db", db, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "herinnering-pok.txt, line 4: {bedrijf.naam} has no value" in err
    assert numbers["Bakker"] in err and not out.exists()


def test_batch_merged_and_split(store, tmp_path):
    db, _ = store
    merged = tmp_path / "batch.pdf"
    base = ["print", "batch", "--template", "bbl-31-december", "--db", db, "--status"]
    assert main([*base, "not_started", "--out", str(merged)]) == 0
    qpdf_ok(merged)
    assert len(page_texts(merged)) == 2  # Bakker and IJsselmeer; Şahin is placed
    split = tmp_path / "split"
    assert main([*base, "not_started", "--split", str(split)]) == 0
    assert len(list(split.glob("*.pdf"))) == 2


def test_batch_needs_out_or_split(store):
    db, _ = store
    with pytest.raises(SystemExit) as caught:
        main(["print", "batch", "--template", "x", "--db", db, "--status", "searching"])
    assert caught.value.code == 2


def test_overview(store, tmp_path):
    db, numbers = store
    out = tmp_path / "overzicht.pdf"
    args = ["print", "overview", "--student", numbers["Şahin"], "--db", db, "--out", str(out)]
    assert main(args) == 0
    qpdf_ok(out)
    assert "Bpv-overzicht Ülkü Şahin" in _text(out)


def test_checklist_list_and_blank_form(tmp_path, capsys):
    assert main(["print", "checklist", "--list"]) == 0
    out = capsys.readouterr().out
    assert {"start", "midterm", "final", "extra"} <= {line.split()[0] for line in out.splitlines()}
    pdf = tmp_path / "start.pdf"
    assert main(["print", "checklist", "--visit-type", "start", "--out", str(pdf)]) == 0
    qpdf_ok(pdf)
    text = _text(pdf)
    assert "ja nee n.v.t." in text and "Handtekening" in text and "Opmerkingen" in text


def test_a_letter_left_behind_by_an_interrupted_run_is_reported_when_recovered(
    store, tmp_path, capsys, monkeypatch
):
    from stagedesk.services import letters_register

    db, numbers = store
    first, second = tmp_path / "brief.pdf", tmp_path / "brief-2.pdf"
    args = ["print", "letter", "--template", "bevestiging-plaatsing-student", "--db", db]
    args += ["--student", numbers["Şahin"], "--date", "24-11-2026", "--out"]

    def crash(temp, final) -> None:  # a crash after the commit, before the move
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(letters_register, "_move_into_place", crash)
        with pytest.raises(KeyboardInterrupt):
            main([*args, str(first)])
    assert not first.exists()
    capsys.readouterr()
    assert main([*args, str(second)]) == 0
    out = capsys.readouterr().out
    assert f"{first}: recovered (registered by an earlier run that was interrupted)" in out
    assert first.exists() and second.exists()
