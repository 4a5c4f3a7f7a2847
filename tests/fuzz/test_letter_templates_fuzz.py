"""Letter templates the office edits, generated: never a crash, always a clear refusal.

A template folder holding an edited copy of a shipped template (or any bytes) is read by
``letter_templates`` and ``load_template`` and printed for a placed student by
``print_letter``: each either works or raises a StageDeskError naming the file, and the line
and placeholder where they apply; a refused letter leaves the store unchanged to the last row.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from stagedesk.domain.errors import StageDeskError
from stagedesk.pdf.templates import LetterTemplateError, parse_template
from stagedesk.services.letters import print_letter
from stagedesk.services.letters_data import PLACEHOLDERS
from stagedesk.services.letters_templates import TEMPLATES_DIR, letter_templates, load_template
from tests.factories import TODAY, placed
from tests.fuzz.fuzz_helpers import (
    assert_clear,
    edited,
    fuzz_settings,
    store_checksum,
    tally,
    text_edits,
)

SHIPPED = {path.name: path.read_text("utf-8") for path in sorted(TEMPLATES_DIR.glob("*.txt"))}
NAMES = sorted(SHIPPED)
POOL = [
    "---", "", "id: x", "id: herinnering-pok", "titel:", "ontvanger: bedrijf",
    "ontvanger: ouder", "ontvanger: sbb", "ontvanger: niemand", "kopie-ouder: ja",
    "kopie-ouder: misschien", "betreft: {student.naam}", "onbekend: waarde", "# commentaar",
    "{aanhef},", "**vet", "**{bedrijf.naam}**", "- {student.naam}", "-", "- ", "{", "}",
    "{{letterlijk}}", "{onbekend.veld}", "{student.naam|}", "{bedrijf.contactpersoon|heer}",
    "{ student.naam }", "{Student.Naam}", "{melding.datum}", "{a|b|c}", "<b>tag</b> & co",
    "<para>", "\x00", "\t\t", "\u202e", "\ud7ff", "x" * 3000, "{" + "a." * 50 + "b}",
]  # fmt: skip
ADULT = date(2000, 1, 1)


@pytest.fixture(scope="module")
def student(world):
    student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin", born=ADULT)
    placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    return student


def _names_place(exc: LetterTemplateError, file_name: str, text: str) -> None:
    assert_clear(exc, file_name)
    assert exc.source == file_name
    if exc.line is not None:
        assert 1 <= exc.line <= text.count("\n") + 2, (exc.line, str(exc))
    if exc.placeholder is not None:
        assert exc.placeholder in str(exc)


def _print(world, student, folder, template_id: str) -> None:
    before = store_checksum(world.sessions)
    try:
        print_letter(world.sessions, world.coordinator, template_id, student,
                     folder / "brief.pdf", today=TODAY, templates_dir=folder)  # fmt: skip
    except StageDeskError as exc:
        assert_clear(exc)
        assert store_checksum(world.sessions) == before
        assert not (folder / "brief.pdf").exists()
        tally("letter template: print_letter", "refused")
        return
    assert (folder / "brief.pdf").stat().st_size > 0
    tally("letter template: print_letter", "printed")


@fuzz_settings(200)
@given(name=st.sampled_from(NAMES), edits=text_edits(POOL))
def test_an_edited_template_parses_or_names_file_and_line(name, edits):
    text = edited(SHIPPED[name], edits)
    try:
        template = parse_template(name, text)
    except LetterTemplateError as exc:
        _names_place(exc, name, text)
        tally("letter template: parse", "refused")
        return
    try:
        template.check_names(PLACEHOLDERS)
    except LetterTemplateError as exc:
        _names_place(exc, name, text)
        assert exc.placeholder is not None and exc.line is not None
        tally("letter template: parse", "unknown placeholder")
        return
    tally("letter template: parse", "read")


@fuzz_settings(40)
@given(name=st.sampled_from(NAMES), edits=text_edits(POOL), raw=st.none() | st.binary(max_size=300))
@example(name="herinnering-pok.txt", edits=[("insert", 8, "<para>&amp;</b>")], raw=None)
def test_an_edited_template_prints_or_is_refused_clearly(world, student, case_dir, name, edits,
                                                         raw):  # fmt: skip
    folder = case_dir()
    for other in NAMES:
        shutil.copyfile(TEMPLATES_DIR / other, folder / other)
    text = edited(SHIPPED[name], edits)
    if raw is None:
        (folder / name).write_text(text, "utf-8")
    else:
        (folder / name).write_bytes(raw)
    try:
        letter_templates(folder)
        tally("letter template: list", "read")
    except LetterTemplateError as exc:
        _names_place(exc, exc.source, text if raw is None else "")
        tally("letter template: list", "refused")
    template_id = SHIPPED[name].split("\n", 1)[0].removeprefix("id:").strip()
    try:
        load_template(template_id, folder)
    except StageDeskError as exc:
        assert_clear(exc)
        tally("letter template: load", "refused")
    else:
        tally("letter template: load", "read")
    _print(world, student, folder, template_id)
