"""Tests for stagedesk.domain.checklists: the shipped files, parsing, and every error a school
can make in a checklist file (each error names the file, the place and why)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.checklists import (
    Answer,
    ChecklistError,
    VisitConcern,
    checklist_set,
    load_checklists,
    parse_checklist,
    suggested_concerns,
)
from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import StageDeskError, ValidationError

SHIPPED = RESOURCES_DIR / "checklists"

VALID = """\
# a comment
id = "startbezoek"
visit_type = "start"
version = 2
title = "Startbezoek"

[[sections]]
id = "afspraken"
title = "Duidelijke afspraken"

[[sections.items]]
id = "pok-getekend"
text = "De POK is   getekend."
hint = "Ook door de wettelijk vertegenwoordiger."

[[sections.items]]
id = "werktijden"
text = "Werktijden zijn afgesproken."

[[sections]]
id = "begeleiding"
title = "Begeleiding"

[[sections.items]]
id = "vaste-praktijkopleider"
text = "Er is een vaste praktijkopleider."
concern = "no_supervision"
"""


def _replace(old: str, new: str) -> str:
    assert VALID.count(old) == 1, old
    return VALID.replace(old, new)


# -- the files the program ships ---------------------------------------------------------------


def test_one_shipped_checklist_per_visit_type() -> None:
    shipped = load_checklists(SHIPPED)
    assert {c.visit_type for c in shipped.checklists} == set(VisitType)
    assert [c.visit_type for c in shipped.checklists] == list(VisitType)
    assert sorted(path.name for path in SHIPPED.glob("*.toml")) == [
        "extra.toml",
        "final.toml",
        "midterm.toml",
        "start.toml",
    ]


@pytest.mark.parametrize("visit_type", list(VisitType))
def test_shipped_checklists_follow_the_five_building_blocks(visit_type: VisitType) -> None:
    checklist = load_checklists(SHIPPED).for_type(visit_type)
    assert checklist is not None
    assert [s.id for s in checklist.sections] == [
        "voorbereiding-match",
        "afspraken",
        "leeromgeving",
        "begeleiding",
        "beoordeling-signalen",
    ]
    assert all(s.title.startswith(f"{n}. ") for n, s in enumerate(checklist.sections, 1))
    assert len(checklist.items) >= 10
    # Every concern a mentor can record on a safety or supervision problem is suggested.
    concerns = {item.concern for item in checklist.items}
    assert {VisitConcern.UNSAFE_SITUATION, VisitConcern.NO_SUPERVISION} <= concerns
    assert VisitConcern.DISCRIMINATION_SIGNALS in concerns


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.toml")), ids=lambda p: p.name)
def test_shipped_files_document_their_format_at_the_top(path: Path) -> None:
    head = path.read_text(encoding="utf-8").split("\nid = ", 1)[0]
    for field in ("id", "visit_type", "version", "title", "[[sections]]", "[[sections.items]]"):
        assert re.search(rf"^#\s+{re.escape(field)}\s", head, re.MULTILINE), field
    assert "concern" in head and "hint" in head


# -- parsing -----------------------------------------------------------------------------------


def test_a_valid_file_gives_sections_and_items_in_file_order() -> None:
    checklist = parse_checklist("start.toml", VALID)
    assert (checklist.id, checklist.visit_type, checklist.version) == (
        "startbezoek",
        VisitType.START,
        2,
    )
    assert checklist.title == "Startbezoek"
    assert checklist.source_name == "start.toml"
    assert [s.id for s in checklist.sections] == ["afspraken", "begeleiding"]
    assert [i.id for i in checklist.items] == [
        "pok-getekend",
        "werktijden",
        "vaste-praktijkopleider",
    ]
    first = checklist.items[0]
    assert first.text == "De POK is getekend."  # whitespace folded
    assert first.hint == "Ook door de wettelijk vertegenwoordiger."
    assert first.concern is None
    assert checklist.item("vaste-praktijkopleider").concern is VisitConcern.NO_SUPERVISION
    assert checklist.item("no-such-item") is None


def test_the_digest_tells_two_texts_with_the_same_version_apart() -> None:
    one = parse_checklist("start.toml", VALID)
    same = parse_checklist("elsewhere.toml", VALID)
    edited = parse_checklist("start.toml", _replace("Werktijden zijn", "Werktijden en pauzes zijn"))
    assert one.digest == same.digest
    assert edited.version == one.version and edited.digest != one.digest


def test_checklist_error_is_a_validation_error_naming_the_file() -> None:
    with pytest.raises(ChecklistError) as caught:
        parse_checklist("start.toml", _replace("version = 2", 'version = "2"'))
    error = caught.value
    assert isinstance(error, ValidationError) and isinstance(error, StageDeskError)
    assert error.source == "start.toml"
    assert str(error).startswith("start.toml")


def test_bad_toml_names_the_line() -> None:
    text = _replace('title = "Begeleiding"', "title = Begeleiding")
    line = text.splitlines().index("title = Begeleiding") + 1
    with pytest.raises(ChecklistError) as caught:
        parse_checklist("start.toml", text)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"start.toml, line {line}: is not valid TOML")
    assert "column" in str(caught.value)


def test_toml_cut_off_at_the_end_names_the_last_line() -> None:
    text = VALID + 'concern = "no_supervision\n'
    last = len(text.splitlines())
    with pytest.raises(ChecklistError, match=rf"^start\.toml, line {last}: is not valid TOML"):
        parse_checklist("start.toml", text.removesuffix("\n"))


def test_a_file_that_is_no_toml_at_all_is_refused() -> None:
    with pytest.raises(ChecklistError, match=r"^extra\.toml, line 1: is not valid TOML"):
        parse_checklist("extra.toml", "<checklist>\n")


@pytest.mark.parametrize("field", ["id", "visit_type", "version", "title", "sections"])
def test_a_missing_top_field_is_named(field: str) -> None:
    if field == "sections":
        text = VALID.split("[[sections]]", 1)[0]
    else:
        top_line = next(li for li in VALID.splitlines() if li.startswith(f"{field} = "))
        text = VALID.replace(top_line + "\n", "", 1)
    with pytest.raises(ChecklistError, match=rf"^start\.toml: {field}: is missing$"):
        parse_checklist("start.toml", text)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('visit_type = "start"', 'visit_type = "tussentijds"',
         r"^start\.toml: visit_type: must be one of start, midterm, final, extra, "
         r"got 'tussentijds'$"),
        ('visit_type = "start"', "visit_type = 1",
         r"^start\.toml: visit_type: must be one of .*, got 1$"),
        ("version = 2", 'version = "2"',
         r"^start\.toml: version: must be a whole number, got '2'$"),
        ("version = 2", "version = 1.5",
         r"^start\.toml: version: must be a whole number, got 1\.5$"),
        ("version = 2", "version = true",
         r"^start\.toml: version: must be a whole number, got True$"),
        ("version = 2", "version = 0", r"^start\.toml: version: must be at least 1, got 0$"),
        ('title = "Startbezoek"', "title = 3", r"^start\.toml: title: must be text, got a number$"),
        ('title = "Startbezoek"', 'title = "   "', r"^start\.toml: title: is empty$"),
        ('title = "Startbezoek"', f'title = "{"x" * 501}"',
         r"^start\.toml: title: is 501 characters, at most 500$"),
        ('id = "startbezoek"', 'id = "Start bezoek"',
         r"^start\.toml: id: 'Start bezoek' must be lower-case letters, digits"),
        ('id = "startbezoek"', f'id = "{"a" * 51}"', r"^start\.toml: id: 'a{51}' must be"),
        ('id = "startbezoek"', "id = [1]", r"^start\.toml: id: must be text, got a list$"),
        ('title = "Startbezoek"', 'title = "Startbezoek"\ntitel = "typo"',
         r"^start\.toml: titel: is not a known field \(known: id, visit_type, version, title, "
         r"sections\)$"),
    ],
)  # fmt: skip
def test_top_fields_of_the_wrong_kind_are_explained(old: str, new: str, message: str) -> None:
    with pytest.raises(ChecklistError, match=message):
        parse_checklist("start.toml", _replace(old, new))


def test_no_sections_is_refused() -> None:
    text = VALID.split("[[sections]]", 1)[0] + "sections = []\n"
    with pytest.raises(ChecklistError, match=r"^start\.toml: sections: must be one or more"):
        parse_checklist("start.toml", text)


def test_sections_that_are_no_tables_are_refused() -> None:
    text = VALID.split("[[sections]]", 1)[0] + 'sections = ["afspraken"]\n'
    with pytest.raises(
        ChecklistError, match=r"^start\.toml, section 1: must be a \[\[sections\]\]"
    ):
        parse_checklist("start.toml", text)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "begeleiding"\n', "",
         r"^start\.toml, section 2: id: is missing$"),
        ('title = "Begeleiding"\n', "",
         r"^start\.toml, section 2 'begeleiding': title: is missing$"),
        ('id = "begeleiding"', 'id = "afspraken"',
         r"^start\.toml, section 2 'afspraken': id: is used by an earlier section too$"),
        ('title = "Begeleiding"', 'title = "Begeleiding"\nvolgorde = 2',
         r"^start\.toml, section 2 'begeleiding': volgorde: is not a known field"),
        ('title = "Begeleiding"', "title = false",
         r"^start\.toml, section 2 'begeleiding': title: must be text, got true/false$"),
    ],
)  # fmt: skip
def test_section_errors_name_the_section(old: str, new: str, message: str) -> None:
    with pytest.raises(ChecklistError, match=message):
        parse_checklist("start.toml", _replace(old, new))


@pytest.mark.parametrize(
    "empty_section",
    [
        '[[sections]]\nid = "leeg"\ntitle = "Leeg"\n',
        '[[sections]]\nid = "leeg"\ntitle = "Leeg"\nitems = []\n',
    ],
    ids=["no items", "items = []"],
)
def test_an_empty_section_is_refused(empty_section: str) -> None:
    with pytest.raises(
        ChecklistError,
        match=r"^start\.toml, section 3 'leeg': items: (is missing|a section needs at least one)",
    ):
        parse_checklist("start.toml", VALID + "\n" + empty_section)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "werktijden"\n', "",
         r"^start\.toml, section 1 'afspraken', item 2: id: is missing$"),
        ('text = "Werktijden zijn afgesproken."\n', "",
         r"^start\.toml, section 1 'afspraken', item 2 'werktijden': text: is missing$"),
        ('text = "Werktijden zijn afgesproken."', 'text = ""',
         r"^start\.toml, section 1 'afspraken', item 2 'werktijden': text: is empty$"),
        ('text = "Werktijden zijn afgesproken."', "text = 12",
         r"item 2 'werktijden': text: must be text, got a number$"),
        ('text = "Werktijden zijn afgesproken."',
         'text = "Werktijden zijn afgesproken."\nhint = ["a", "b"]',
         r"item 2 'werktijden': hint: must be text, got a list$"),
        ('concern = "no_supervision"', 'concern = "onveilig"',
         r"^start\.toml, section 2 'begeleiding', item 1 'vaste-praktijkopleider': concern: must "
         r"be one of unsafe_situation, no_supervision, discrimination_signals, other, "
         r"got 'onveilig'$"),
        ('concern = "no_supervision"', "concern = { kind = 'x' }",
         r"item 1 'vaste-praktijkopleider': concern: must be one of .*, got \{'kind': 'x'\}$"),
        ('id = "werktijden"', 'id = "werk tijden"',
         r"item 2: id: 'werk tijden' must be lower-case letters"),
        ('text = "Werktijden zijn afgesproken."',
         'text = "Werktijden zijn afgesproken."\nvraag = "dubbel"',
         r"item 2 'werktijden': vraag: is not a known field \(known: id, text, hint, concern\)$"),
    ],
)  # fmt: skip
def test_item_errors_name_the_section_and_item(old: str, new: str, message: str) -> None:
    with pytest.raises(ChecklistError, match=message):
        parse_checklist("start.toml", _replace(old, new))


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ('id = "werktijden"', 'id = "pok-getekend"', "section 1 'afspraken', item 2"),
        ('id = "vaste-praktijkopleider"', 'id = "pok-getekend"', "section 2 'begeleiding', item 1"),
    ],
    ids=["same section", "other section"],
)
def test_duplicate_item_ids_are_refused(old: str, new: str, where: str) -> None:
    with pytest.raises(ChecklistError) as caught:
        parse_checklist("start.toml", _replace(old, new))
    assert str(caught.value).startswith(f"start.toml, {where} 'pok-getekend': id: is used by")
    assert "in section 1 'afspraken'" in str(caught.value)


def test_items_that_are_no_tables_are_refused() -> None:
    text = VALID.split("[[sections]]", 1)[0] + (
        '[[sections]]\nid = "a"\ntitle = "A"\nitems = ["De POK is getekend."]\n'
    )
    with pytest.raises(
        ChecklistError, match=r"section 1 'a', item 1: must be a \[\[sections.items"
    ):
        parse_checklist("start.toml", text)


# -- sets and folders --------------------------------------------------------------------------


def test_a_set_keeps_one_checklist_per_visit_type() -> None:
    midterm = _replace('id = "startbezoek"', 'id = "tussentijds"').replace(
        'visit_type = "start"', 'visit_type = "midterm"'
    )
    checklists = checklist_set({"start.toml": VALID, "midterm.toml": midterm})
    assert checklists.for_type(VisitType.START).id == "startbezoek"
    assert checklists.for_type(VisitType.MIDTERM).source_name == "midterm.toml"
    assert checklists.for_type(VisitType.FINAL) is None
    assert checklists.get("tussentijds").visit_type is VisitType.MIDTERM
    assert checklists.get("nope") is None


def test_two_files_for_one_visit_type_are_refused() -> None:
    other = _replace('id = "startbezoek"', 'id = "kennismaking"')
    with pytest.raises(ChecklistError) as caught:
        checklist_set({"start.toml": VALID, "start-oud.toml": other})
    assert str(caught.value).startswith("start.toml: visit_type: start-oud.toml is the checklist")
    assert "one file per visit type" in str(caught.value)


def test_two_files_with_one_id_are_refused() -> None:
    other = _replace('visit_type = "start"', 'visit_type = "extra"')
    with pytest.raises(
        ChecklistError, match=r"^start\.toml: id: 'startbezoek' is used by extra\.toml too$"
    ):
        checklist_set({"start.toml": VALID, "extra.toml": other})


def test_a_bad_file_in_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "start.toml").write_text(VALID, encoding="utf-8")
    (tmp_path / "final.toml").write_text(
        _replace('visit_type = "start"', 'visit_type = "eind"'), encoding="utf-8"
    )
    (tmp_path / "readme.txt").write_text("not a checklist", encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"^final\.toml: visit_type: must be one of"):
        load_checklists(tmp_path)


def test_a_folder_reads_only_toml_files(tmp_path: Path) -> None:
    (tmp_path / "start.toml").write_text(VALID, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("[broken", encoding="utf-8")
    assert [c.id for c in load_checklists(tmp_path).checklists] == ["startbezoek"]


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    (tmp_path / "start.toml").write_bytes(VALID.replace("POK", "P\xd6K").encode("latin-1"))
    with pytest.raises(ChecklistError, match=r"^start\.toml: cannot be read"):
        load_checklists(tmp_path)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ChecklistError, match="is not a folder of checklists"):
        load_checklists(tmp_path / "nope")


def test_no_answers_suggest_the_concerns_of_their_items() -> None:
    checklist = parse_checklist("start.toml", VALID)
    assert suggested_concerns(checklist, {"vaste-praktijkopleider": Answer.YES}) == frozenset()
    assert suggested_concerns(checklist, {"vaste-praktijkopleider": Answer.NOT_APPLICABLE}) == (
        frozenset()
    )
    assert suggested_concerns(
        checklist, {"vaste-praktijkopleider": Answer.NO, "werktijden": Answer.NO}
    ) == {VisitConcern.NO_SUPERVISION}
