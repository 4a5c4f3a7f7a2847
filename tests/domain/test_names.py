"""Tests for stagedesk.domain.names: display, sorting and searching of Dutch names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stagedesk.domain.names import (
    capitalize_first,
    display_name,
    fold,
    formal_name,
    matcher,
    matches,
    query_words,
    salutation_surname,
    search_text,
    sort_key,
)

ZOE = ("Zoë", "van der", "Berg")
SUKRU = ("Şükrü", None, "Yılmaz")
IJSBRAND = ("IJsbrand", "de", "Vries")
GERRIT = ("Gerrit", "'t", "Hart")


# --- Display -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (ZOE, "Zoë van der Berg"),
        (SUKRU, "Şükrü Yılmaz"),
        (IJSBRAND, "IJsbrand de Vries"),
        (GERRIT, "Gerrit 't Hart"),
        (("Anna", "", "Jansen"), "Anna Jansen"),
        ((" Anna ", "  van  der ", " Berg  Jansen "), "Anna van der Berg Jansen"),
    ],
)
def test_display_name_puts_given_tussenvoegsel_surname_in_reading_order(
    name: tuple[str, str | None, str], expected: str
) -> None:
    assert display_name(*name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (ZOE, "Berg, Zoë van der"),
        (SUKRU, "Yılmaz, Şükrü"),
        (IJSBRAND, "Vries, IJsbrand de"),
        (GERRIT, "Hart, Gerrit 't"),
        (("", "van", "Dam"), "Dam, van"),
        (("Anna", None, ""), "Anna"),
    ],
)
def test_formal_name_puts_the_surname_without_tussenvoegsel_first(
    name: tuple[str, str | None, str], expected: str
) -> None:
    assert formal_name(*name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ijsbrand", "IJsbrand"),
        ("ijzerman", "IJzerman"),
        ("Ijsselstein", "IJsselstein"),
        ("zoë", "Zoë"),
        ("şükrü", "Şükrü"),
        ("'t", "'t"),
        ("’s-Gravenhage", "’s-Gravenhage"),
        ("", ""),
    ],
)
def test_capitalize_first_treats_ij_as_one_letter_and_leaves_apostrophe_words(
    text: str, expected: str
) -> None:
    assert capitalize_first(text) == expected


@pytest.mark.parametrize(
    ("tussenvoegsel", "surname", "expected"),
    [
        ("van der", "Berg", "Van der Berg"),
        ("de", "Vries", "De Vries"),
        ("'t", "Hart", "'t Hart"),
        (None, "ijzerman", "IJzerman"),
        ("", "Yılmaz", "Yılmaz"),
    ],
)
def test_salutation_surname_capitalises_the_first_word_of_the_tussenvoegsel(
    tussenvoegsel: str | None, surname: str, expected: str
) -> None:
    assert salutation_surname(tussenvoegsel, surname) == expected


# --- Folding -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoë van der Berg", "zoe van der berg"),
        ("Şükrü Yılmaz", "sukru yilmaz"),
        ("YILMAZ", "yilmaz"),
        ("İstanbul", "istanbul"),
        ("IJsbrand", "ijsbrand"),
        ("\u0132sbrand", "ijsbrand"),  # the single-character IJ ligature
        ("Straße", "strasse"),
        ("Søren Ærø", "soren aero"),
        ("Łukasz Wałęsa", "lukasz walesa"),
        ("Đorđević", "dordevic"),
        ("Þórður", "thordur"),
        ("Ștefan Țurcanu", "stefan turcanu"),
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("Gal·la", "galla"),
        ("’t Hart", "'t hart"),
        ("Berg–Jansen", "berg-jansen"),
        ("  Zoë \t van   der\nBerg ", "zoe van der berg"),
        ("Дмитрий", "дмитрии"),  # other scripts keep their letters, lose their marks
    ],
)
def test_fold_removes_case_and_diacritics(text: str, expected: str) -> None:
    assert fold(text) == expected


_LATIN_LETTERS = st.characters(
    codec=None,
    categories=("Lu", "Ll", "Lt"),
    min_codepoint=0x41,
    max_codepoint=0x1EFF,
).filter(
    lambda c: (
        c.isascii()
        or 0xC0 <= ord(c) <= 0x17F
        or 0x1E00 <= ord(c) <= 0x1EFF
        or c in "șțȘȚǎǐǒǔǍǏǑǓəƏǧǦ"
    )
)


@given(st.text(alphabet=_LATIN_LETTERS | st.sampled_from(" -'’"), max_size=30))
def test_fold_output_is_ascii_lowercase_for_latin_input(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_fold_output_is_casefolded_and_has_no_combining_marks(text: str) -> None:
    folded = fold(text)
    assert folded == folded.casefold()
    assert not any(unicodedata.combining(char) for char in folded)


# --- Sorting -----------------------------------------------------------------------------


def test_sort_key_orders_by_surname_without_tussenvoegsel_then_given_then_tussenvoegsel() -> None:
    people = [
        ("Visser", "Anna", None),
        ("Vries", "IJsbrand", "de"),
        ("Berg", "Zoë", "van der"),
        ("Berg", "Anna", "van den"),
        ("Berg", "Anna", None),
        ("Bakker", "Jan", None),
        ("Dam", "Piet", "van"),
        ("Dekker", "Els", None),
        ("Hart", "Gerrit", "'t"),
        ("Yılmaz", "Şükrü", None),
        ("Yildiz", "Ayşe", None),
    ]
    ordered = [(s, g) for s, g, _ in sorted(people, key=lambda p: sort_key(*p))]
    assert ordered == [
        ("Bakker", "Jan"),
        ("Berg", "Anna"),  # no tussenvoegsel sorts before "van den"
        ("Berg", "Anna"),
        ("Berg", "Zoë"),
        ("Dam", "Piet"),
        ("Dekker", "Els"),
        ("Hart", "Gerrit"),
        ("Visser", "Anna"),
        ("Vries", "IJsbrand"),
        ("Yildiz", "Ayşe"),
        ("Yılmaz", "Şükrü"),
    ]


def test_sort_key_puts_tussenvoegsel_last_so_it_only_breaks_ties() -> None:
    assert sort_key("Berg", "Anna", None) < sort_key("Berg", "Anna", "van den")
    assert sort_key("Berg", "Anna", "van den") < sort_key("Berg", "Anna", "van der")
    assert sort_key("Berg", "Anna", "van der") < sort_key("Berg", "Bart", None)


def test_sort_key_sorts_ij_as_i_then_j() -> None:
    names = ["Ivens", "IJzerman", "Iersel", "Jansen", "Ypma"]
    assert sorted(names, key=lambda s: sort_key(s, "")) == [
        "Iersel",
        "IJzerman",
        "Ivens",
        "Jansen",
        "Ypma",
    ]


def test_sort_key_keeps_a_surname_together_before_longer_surnames() -> None:
    names = ["Bergen", "Berg Aalders", "Berg-Jansen", "Berg"]
    assert sorted(names, key=lambda s: sort_key(s, "Zoë")) == [
        "Berg",
        "Berg Aalders",
        "Berg-Jansen",
        "Bergen",
    ]


def test_sort_key_ignores_case_diacritics_and_apostrophes() -> None:
    assert sort_key("Yılmaz", "Şükrü") == sort_key("YILMAZ", "Sukru")
    assert sort_key("O'Brien", "Seán") == sort_key("OBrien", "Sean")
    assert sort_key("Hart", "Gerrit", "'t") == sort_key("Hart", "Gerrit", "’t")


# --- Searching ---------------------------------------------------------------------------


def _text(name: tuple[str, str | None, str], number: str = "123456", *extra: str) -> str:
    return search_text(name[0], name[1], name[2], number, *extra)


def test_search_text_holds_both_name_orders_and_the_student_number() -> None:
    assert _text(ZOE) == "zoe van der berg berg, zoe van der 123456"


@pytest.mark.parametrize(
    "query",
    [
        "zoe van der berg",
        "van der berg",
        "berg",
        "zoe berg",
        "berg zoe",
        "Berg, Zoë",
        "ZOË",
        "van der",
        "123456",
        "2345",
        "zo be",
        "",
    ],
)
def test_zoe_van_der_berg_is_found_by_common_queries(query: str) -> None:
    assert matches(_text(ZOE), query)


@pytest.mark.parametrize("query", ["zoe jansen", "vanderberg", "654321", "zoey"])
def test_zoe_van_der_berg_is_not_found_by_unrelated_queries(query: str) -> None:
    assert not matches(_text(ZOE), query)


@pytest.mark.parametrize("query", ["yilmaz", "Yılmaz", "YILMAZ", "sukru", "ŞÜKRÜ", "sükrü yil"])
def test_sukru_yilmaz_is_found_with_or_without_turkish_letters(query: str) -> None:
    assert matches(_text(SUKRU), query)


@pytest.mark.parametrize("query", ["ijsbrand", "IJsbrand de Vries", "vries, ijsbrand", "de vries"])
def test_ijsbrand_de_vries_is_found(query: str) -> None:
    assert matches(_text(IJSBRAND), query)


@pytest.mark.parametrize("query", ["'t hart", "’t Hart", "t hart", "hart gerrit", "hart, gerrit"])
def test_gerrit_t_hart_is_found_with_either_apostrophe(query: str) -> None:
    assert matches(_text(GERRIT), query)


def test_extra_fields_are_searchable() -> None:
    text = _text(ZOE, "123456", "4AO2", "zoe.berg@Example.nl")
    assert matches(text, "4ao2")
    assert matches(text, "example.nl berg")


def test_query_words_are_folded_and_split_on_whitespace() -> None:
    assert query_words("  Zoë   BERG ") == ("zoe", "berg")
    assert query_words("") == ()


def test_matcher_gives_the_same_answers_as_matches() -> None:
    texts = [_text(name) for name in (ZOE, SUKRU, IJSBRAND, GERRIT)]
    for query in ["berg", "de", "r", "yilmaz ş", "nobody"]:
        assert [matcher(query)(t) for t in texts] == [matches(t, query) for t in texts]


@given(st.text(), st.data())
def test_every_substring_of_the_folded_text_matches(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    assert matches(folded, folded[start:end])


@given(st.text(), st.text(alphabet=st.characters(exclude_categories=("Z", "C"))))
def test_single_word_query_matches_exactly_when_its_fold_is_a_substring(
    text: str, word: str
) -> None:
    folded = fold(text)
    assert matches(folded, word) == (fold(word) in folded)


@given(st.text(), st.text(), st.text())
def test_two_part_query_matches_when_both_parts_match(text: str, first: str, second: str) -> None:
    folded = fold(text)
    both = matches(folded, f"{first} {second}")
    assert both == (matches(folded, first) and matches(folded, second))
