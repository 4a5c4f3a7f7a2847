"""Letter templates: the header, the tiny markup, and errors that name file and line."""

from __future__ import annotations

import pytest

from stagedesk.pdf.templates import LetterTemplateError, RecipientKind, parse_template
from stagedesk.services.letters import TEMPLATES_DIR, letter_templates, load_template
from stagedesk.services.letters_data import PLACEHOLDERS

GOOD = """\
# a comment
id: proef
titel: Een proefbrief
ontvanger: student   # aan wie
betreft: Over {bedrijf.naam}
kopie-ouder: ja
---
{aanhef},

Regel één met **vet {student.naam}** en {{accolades}}.
Tweede regel van dezelfde alinea.

- punt {plaatsing.vergoeding|geen}
- punt twee
"""


def test_a_template_has_its_header_and_blocks():
    t = parse_template("proef.txt", GOOD)
    assert (t.id, t.title, t.recipient, t.guardian_copy) == (
        "proef",
        "Een proefbrief",
        RecipientKind.STUDENT,
        True,
    )
    values = {"aanhef": "Beste Ülkü", "student.naam": "Ülkü & Şahin", "bedrijf.naam": "A<B>"}
    assert t.subject_text(values) == "Over A<B>"
    assert t.fill(values) == [
        (False, "Beste Ülkü,"),
        (
            False,
            "Regel één met <b>vet Ülkü &amp; Şahin</b> en {accolades}.<br/>"
            "Tweede regel van dezelfde alinea.",
        ),
        (True, "punt geen"),
        (True, "punt twee"),
    ]
    assert [(p.name, p.line) for p in t.placeholders()] == [
        ("bedrijf.naam", 5),
        ("aanhef", 8),
        ("student.naam", 10),
        ("plaatsing.vergoeding", 13),
    ]


def test_an_unknown_placeholder_names_file_line_and_placeholder():
    t = parse_template("proef.txt", GOOD.replace("{student.naam}", "{student.nam}"))
    with pytest.raises(LetterTemplateError) as caught:
        t.check_names(PLACEHOLDERS)
    assert caught.value.line == 10 and caught.value.placeholder == "student.nam"
    assert str(caught.value).startswith("proef.txt, line 10: unknown placeholder {student.nam}")


def test_a_missing_value_names_the_student_number():
    t = parse_template("proef.txt", GOOD)
    values = {"aanhef": "Beste Zoë", "student.naam": "Zoë", "bedrijf.naam": None}
    with pytest.raises(LetterTemplateError) as caught:
        t.check_values(values, "100042")
    assert str(caught.value) == "proef.txt, line 5: {bedrijf.naam} has no value for student 100042"
    assert caught.value.student_number == "100042"
    # A fallback makes a placeholder optional: plaatsing.vergoeding has none above.


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (GOOD.replace("---\n", ""), 7, "or the '---' line"),
        (GOOD.replace("ontvanger: student", "ontvanger: klant"), 4, "ontvanger 'klant'"),
        (GOOD.replace("kopie-ouder: ja", "kopie-ouder: misschien"), 6, "ja or nee"),
        (GOOD.replace("# a comment", "taal: nl"), 1, "unknown header 'taal'"),
        (GOOD.replace("**vet {student.naam}**", "**vet"), 10, "'**' opened"),
        (GOOD.replace("{{accolades}}", "{accolades"), 10, "lone '{'"),
        (GOOD.replace("{aanhef}", "{Aanhef!}"), 8, "not a placeholder name"),
        (GOOD.replace("titel: Een proefbrief\n", ""), None, "no 'titel'"),
    ],
)
def test_mistakes_in_a_file_are_reported_with_their_line(text, line, message):
    with pytest.raises(LetterTemplateError) as caught:
        parse_template("proef.txt", text)
    assert caught.value.line == line
    assert message in str(caught.value)


def test_the_shipped_templates_parse_and_use_only_known_placeholders():
    infos = letter_templates()
    assert {i.id for i in infos} == {
        "introductie-bedrijf",
        "bevestiging-plaatsing-student",
        "bevestiging-plaatsing-bedrijf",
        "herinnering-pok",
        "bbl-31-december",
        "herinnering-stagevergoeding",
        "bedankt-leerbedrijf",
        "ontvangst-melding",
        "bevestiging-afbreken-bpv",
    }
    for info in infos:
        assert info.file.parent == TEMPLATES_DIR
        load_template(info.id)  # checks the placeholder names
    melding = load_template("ontvangst-melding")
    assert not melding.guardian_copy  # confidential: never to the guardian


def test_a_broken_file_does_not_stop_the_other_letters(tmp_path):
    (tmp_path / "goed.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "kapot.txt").write_text(GOOD.replace("id: proef", "id: kapot").replace("---", ""))
    assert load_template("proef", tmp_path).id == "proef"
    with pytest.raises(LetterTemplateError, match="kapot.txt, line"):
        load_template("kapot", tmp_path)
    with pytest.raises(LetterTemplateError, match="kapot.txt"):
        letter_templates(tmp_path)  # the list tells the office a file is broken


def test_two_files_with_one_id_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(LetterTemplateError, match="b.txt: id 'proef' is also the id of a.txt"):
        letter_templates(tmp_path)
