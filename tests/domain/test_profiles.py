"""The anonymised profile's guard against identifying text, reference codes and outcomes."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.profiles import (
    HintKind,
    Identity,
    ProposalOutcome,
    check_outcome,
    identifying_hints,
    may_reveal,
    new_reference,
    rejection_rate,
)

ŞÜKRÜ = Identity(
    given_name="Şükrü",
    tussenvoegsel="van der",
    surname="Yılmaz-Öztürk",
    student_number="2041387",
    date_of_birth=date(2008, 5, 17),
    email="sukru@example.nl",
    phone="06-12345678",
    guardian_name="Ayşe Yılmaz",
    postcode="3584 CS",
)


def _kinds(text: str) -> set[HintKind]:
    return {h.kind for h in identifying_hints(ŞÜKRÜ, {"motivation": text})}


def test_an_ordinary_text_raises_no_hint():
    text = (
        "Ik werk graag met mensen en ben nauwkeurig. In de klas help ik anderen met "
        "rekenen. Ik wil in de zorg werken omdat ik geduldig ben; ik heb 2 jaar vrijwilligerswerk "
        "gedaan bij een buurthuis en kan goed plannen."
    )
    assert identifying_hints(ŞÜKRÜ, {"skills": text, "motivation": None}) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mijn naam is Sukru en ik ben sportief.", HintKind.NAME),
        ("Groeten, S. YILMAZ", HintKind.NAME),
        ("Familie Öztürk is trots", HintKind.NAME),
        ("Ik heet ayse", HintKind.NAME),  # the guardian's name
        ("Studentnummer 2041387", HintKind.STUDENT_NUMBER),
        ("Geboren op 17-05-2008", HintKind.BIRTH_DATE),
        ("jarig op 17 mei 2008", HintKind.BIRTH_DATE),
        ("Ik ben 17 jaar en leergierig", HintKind.AGE),
        ("ik ben zestien", HintKind.AGE),
        ("Ik woon in 1234AB", HintKind.POSTCODE),
        ("bij 3584 cs om de hoek", HintKind.POSTCODE),
        ("Mijn adres is Kerkstraat 12a", HintKind.ADDRESS),
        ("mail me: iemand@voorbeeld.nl", HintKind.EMAIL),
        ("Bel 06 12 34 56 78", HintKind.PHONE),
        ("of +31612345678", HintKind.PHONE),
        ("Mijn nationaliteit is Turks", HintKind.ORIGIN),
        ("Ik ben geboren in Ankara", HintKind.ORIGIN),
        ("Mijn moedertaal is Arabisch", HintKind.ORIGIN),
    ],
)
def test_identifying_words_raise_a_hint(text, kind):
    assert kind in _kinds(text)


def test_the_hint_names_its_field_and_what_was_found():
    (hint,) = identifying_hints(ŞÜKRÜ, {"skills": "Ik kan goed samenwerken, zegt Şükrü."})
    assert (hint.field, hint.kind, hint.found) == ("skills", HintKind.NAME, "sukru")


def test_tussenvoegsels_on_their_own_are_ordinary_words():
    assert _kinds("Ik ben van de zorg en de mensen in het ziekenhuis") == set()


def test_reference_codes_are_random_and_readable():
    codes = {new_reference() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert code.startswith("P-") and len(code) == 11
        assert not set(code) & set("01OILSZ25")


def test_an_anonymised_proposal_reveals_only_once_chosen():
    assert may_reveal(False, None)
    assert not may_reveal(True, None)
    assert not may_reveal(True, ProposalOutcome.DECLINED)
    assert may_reveal(True, ProposalOutcome.CHOSEN)


def test_outcome_dates_and_the_rejection_rate():
    check_outcome(date(2026, 11, 1), date(2026, 11, 1), date(2026, 11, 25))
    with pytest.raises(ValidationError):
        check_outcome(date(2026, 11, 1), date(2026, 10, 31), date(2026, 11, 25))
    with pytest.raises(ValidationError):
        check_outcome(date(2026, 11, 1), date(2026, 11, 26), date(2026, 11, 25))
    assert rejection_rate(0, 0, 0) is None
    assert rejection_rate(1, 2, 1) == 0.75


@pytest.mark.parametrize(
    "text",
    [
        "Thuis spreek ik Arabisch en Berbers.",
        "Mijn ouders komen uit Marokko; ik ben half Marokkaans.",
        "Ik heb familie in Polen.",
        "Ik ga op vrijdag naar de moskee.",
        "Ik spreek Papiaments.",
    ],
)
def test_countries_nationalities_home_languages_and_religion_raise_an_origin_hint(text):
    assert HintKind.ORIGIN in _kinds(text)


def test_dutch_and_english_as_languages_hint_at_nothing():
    assert _kinds("Ik spreek goed Nederlands en Engels en leer Duits.") == set()
