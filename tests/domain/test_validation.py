"""Tests for stagedesk.domain.validation: identifiers are normalised or refused with a reason."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.validation import (
    check_niveau,
    normalize_crebo,
    normalize_email,
    normalize_kvk,
    normalize_postcode,
    normalize_student_number,
    normalize_vestigingsnummer,
)

# --- KvK ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["12345678", " 12345678 ", "1234 5678", "12.34.56.78", "0123456 7"])
def test_kvk_spaces_and_dots_are_removed(raw: str) -> None:
    assert normalize_kvk(raw) == raw.replace(" ", "").replace(".", "")


@pytest.mark.parametrize(("raw", "count"), [("1234567", 7), ("123456789", 9), ("1", 1)])
def test_kvk_with_wrong_digit_count_is_refused_naming_the_count(raw: str, count: int) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_kvk(raw)
    assert caught.value.field == "kvk_number"
    assert caught.value.message == f"must be 8 digits, got {count}"


@pytest.mark.parametrize("raw", ["1234567a", "12-345678", "１２３４５６７８"])
def test_kvk_with_non_digits_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError, match="only digits"):
        normalize_kvk(raw)


@pytest.mark.parametrize("raw", ["", "   ", " . "])
def test_empty_kvk_is_refused_as_empty(raw: str) -> None:
    with pytest.raises(ValidationError, match="is empty"):
        normalize_kvk(raw)


def test_kvk_that_is_not_text_is_refused() -> None:
    with pytest.raises(ValidationError, match="must be text"):
        normalize_kvk(12345678)  # type: ignore[arg-type]


def test_vestigingsnummer_needs_twelve_digits() -> None:
    assert normalize_vestigingsnummer("0000 1234 5678") == "000012345678"
    with pytest.raises(ValidationError, match="must be 12 digits, got 8"):
        normalize_vestigingsnummer("12345678")


# --- Postcode ----------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["1234AB", "1234ab", "1234 AB", " 1234AB ", "1234 aB", "1234Ab"])
def test_postcode_is_written_as_four_digits_space_two_capitals(raw: str) -> None:
    assert normalize_postcode(raw) == "1234 AB"


@pytest.mark.parametrize("raw", ["1000 AA", "9999 ZZ", "1011 SB", "3512 SC"])
def test_postcode_boundaries_and_other_s_pairs_are_accepted(raw: str) -> None:
    assert normalize_postcode(raw) == raw


@pytest.mark.parametrize("raw", ["0123 AB", "0999AB"])
def test_postcode_starting_with_zero_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postcode(raw)
    assert caught.value.field == "postcode"
    assert "cannot start with 0" in caught.value.message


@pytest.mark.parametrize("letters", ["SA", "SD", "SS", "sa", "sd", "ss"])
def test_postcode_letters_sa_sd_ss_are_refused(letters: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postcode(f"1234 {letters}")
    assert f"letters {letters.upper()} are never used" in caught.value.message


@pytest.mark.parametrize(
    "raw",
    ["123 AB", "12345 AB", "1234 A", "1234 ABC", "1234-AB", "1234  AB", "AB 1234", "１２３４AB"],
)
def test_postcode_of_the_wrong_shape_is_refused_with_an_example(raw: str) -> None:
    with pytest.raises(ValidationError, match="like 1234 AB"):
        normalize_postcode(raw)


def test_empty_postcode_is_refused_as_empty() -> None:
    with pytest.raises(ValidationError, match="is empty"):
        normalize_postcode("  ")


_VALID_POSTCODE_INPUT = st.builds(
    lambda digits, letters, space, pad: f"{pad}{digits}{space}{letters}{pad}",
    st.integers(1000, 9999).map(str),
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2
    ).filter(lambda pair: pair.upper() not in {"SA", "SD", "SS"}),
    st.sampled_from(["", " "]),
    st.sampled_from(["", " ", "\t"]),
)


@given(_VALID_POSTCODE_INPUT)
def test_normalize_postcode_is_idempotent(raw: str) -> None:
    once = normalize_postcode(raw)
    assert normalize_postcode(once) == once
    assert re.fullmatch(r"[1-9][0-9]{3} [A-Z]{2}", once)


@given(st.text(max_size=12))
def test_normalize_postcode_returns_canonical_form_or_refuses(raw: str) -> None:
    try:
        result = normalize_postcode(raw)
    except ValidationError as error:
        assert error.field == "postcode"
    else:
        assert re.fullmatch(r"[1-9][0-9]{3} [A-Z]{2}", result)
        assert result[-2:] not in {"SA", "SD", "SS"}


# --- Crebo -------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["25604", " 25604 ", 25604])
def test_crebo_accepts_five_digits_as_text_or_number(raw: str | int) -> None:
    assert normalize_crebo(raw) == "25604"


@pytest.mark.parametrize(("raw", "count"), [("2560", 4), ("256041", 6), (2560, 4)])
def test_crebo_with_wrong_digit_count_is_refused(raw: str | int, count: int) -> None:
    with pytest.raises(ValidationError, match=f"must be 5 digits, got {count}") as caught:
        normalize_crebo(raw)
    assert caught.value.field == "crebo"


def test_crebo_refuses_a_boolean() -> None:
    with pytest.raises(ValidationError, match="must be text"):
        normalize_crebo(True)


# --- E-mail ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("zoe@example.nl", "zoe@example.nl"),
        (" Zoe.Berg@Example.NL ", "Zoe.Berg@example.nl"),
        ("s.yilmaz+stage@mail.roc-noord.nl", "s.yilmaz+stage@mail.roc-noord.nl"),
    ],
)
def test_email_is_trimmed_and_its_domain_lowercased(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "is empty"),
        ("zoe example.nl", "cannot contain spaces"),
        ("zoe.example.nl", "exactly one @, got 0"),
        ("zoe@@example.nl", "exactly one @, got 2"),
        ("@example.nl", "nothing before the @"),
        ("zoe@", "nothing after the @"),
        ("zoe@localhost", "has no dot"),
        ("zoe@.example.nl", "not a valid domain"),
        ("zoe@example.nl.", "not a valid domain"),
        ("zoe@exa_mple.nl", "not a valid domain"),
        ("zoe@-example.nl", "not a valid domain"),
        ("zoe@exämple.nl", "not a valid domain"),
    ],
)
def test_email_that_breaks_a_rule_is_refused_with_that_rule(raw: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as caught:
        normalize_email(raw)
    assert caught.value.field == "email"


def test_email_longer_than_254_characters_is_refused() -> None:
    with pytest.raises(ValidationError, match="longer than 254"):
        normalize_email("a" * 250 + "@example.nl")


# --- Student number ----------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["12345", "0012345678", " 123456 "])
def test_student_number_of_five_to_ten_digits_is_kept_with_leading_zeros(raw: str) -> None:
    assert normalize_student_number(raw) == raw.strip()


def test_student_number_given_as_int_becomes_text() -> None:
    assert normalize_student_number(1234567) == "1234567"


@pytest.mark.parametrize(("raw", "count"), [("1234", 4), ("12345678901", 11)])
def test_student_number_outside_five_to_ten_digits_is_refused(raw: str, count: int) -> None:
    with pytest.raises(ValidationError, match=f"must be 5 to 10 digits, got {count}") as caught:
        normalize_student_number(raw)
    assert caught.value.field == "student_number"


@pytest.mark.parametrize("raw", ["12a456", "123 456", "s123456", ""])
def test_student_number_with_other_characters_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError):
        normalize_student_number(raw)


# --- Niveau ------------------------------------------------------------------------------


@pytest.mark.parametrize("niveau", [1, 2, 3, 4])
def test_niveau_one_to_four_is_accepted(niveau: int) -> None:
    assert check_niveau(niveau) == niveau


@pytest.mark.parametrize("niveau", [0, 5, -1])
def test_niveau_outside_one_to_four_is_refused(niveau: int) -> None:
    with pytest.raises(ValidationError, match=f"must be 1 to 4, got {niveau}") as caught:
        check_niveau(niveau)
    assert caught.value.field == "niveau"


@pytest.mark.parametrize("niveau", [True, "3", 3.0])
def test_niveau_that_is_not_a_whole_number_is_refused(niveau: object) -> None:
    with pytest.raises(ValidationError, match="whole number"):
        check_niveau(niveau)  # type: ignore[arg-type]
