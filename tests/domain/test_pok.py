"""Tests for stagedesk.domain.pok: signatures, the guardian rule and the POK state machine."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stagedesk.domain.enums import PokStatus
from stagedesk.domain.errors import TransitionRefused, ValidationError
from stagedesk.domain.pok import (
    ALLOWED,
    PARTIES,
    PokSignatures,
    is_complete,
    missing_signatures,
    pok_status,
    required_parties,
    transition,
    validate_signature,
)

P = PokStatus
DOB = date(2008, 11, 24)  # 18 on 24-11-2026
BIRTHDAY_18 = date(2026, 11, 24)
ADULT_DOB = date(2000, 1, 1)
TODAY = date(2026, 12, 1)

# --- Who signs ---------------------------------------------------------------------------


def test_a_minor_needs_the_guardian_to_sign() -> None:
    assert required_parties(DOB, BIRTHDAY_18 - timedelta(days=1)) == {
        "student",
        "guardian",
        "school",
        "company",
    }


def test_on_the_18th_birthday_no_guardian_signature_is_needed() -> None:
    assert required_parties(DOB, BIRTHDAY_18) == {"student", "school", "company"}


def test_born_on_29_february_still_needs_the_guardian_on_28_february_of_the_18th_year() -> None:
    leap_dob = date(2008, 2, 29)
    assert "guardian" in required_parties(leap_dob, date(2026, 2, 28))
    assert "guardian" not in required_parties(leap_dob, date(2026, 3, 1))


def test_missing_signatures_are_listed_in_party_order() -> None:
    sigs = PokSignatures(school=date(2026, 9, 1))
    assert missing_signatures(DOB, sigs, date(2026, 9, 2)) == ["student", "guardian", "company"]


def test_guardian_is_judged_on_the_day_the_student_signed() -> None:
    signed_as_minor = PokSignatures(
        student=BIRTHDAY_18 - timedelta(days=1), school=TODAY, company=TODAY
    )
    assert missing_signatures(DOB, signed_as_minor, TODAY) == ["guardian"]
    signed_as_adult = dataclasses.replace(signed_as_minor, student=BIRTHDAY_18)
    assert missing_signatures(DOB, signed_as_adult, TODAY) == []


def test_guardian_is_judged_on_today_while_the_student_has_not_signed() -> None:
    sigs = PokSignatures(school=date(2026, 11, 1), company=date(2026, 11, 1))
    assert missing_signatures(DOB, sigs, BIRTHDAY_18 - timedelta(days=1)) == ["student", "guardian"]
    assert missing_signatures(DOB, sigs, BIRTHDAY_18) == ["student"]


def test_an_extra_guardian_signature_for_an_adult_does_no_harm() -> None:
    sigs = PokSignatures(student=TODAY, guardian=TODAY, school=TODAY, company=TODAY)
    assert is_complete(ADULT_DOB, sigs, TODAY)


def test_signatures_are_immutable() -> None:
    sigs = PokSignatures()
    with pytest.raises(dataclasses.FrozenInstanceError):
        sigs.student = TODAY  # type: ignore[misc]


def test_signed_on_refuses_an_unknown_party() -> None:
    with pytest.raises(ValidationError, match="must be one of") as caught:
        PokSignatures().signed_on("praktijkopleider")
    assert caught.value.field == "party"


# --- Derived status ----------------------------------------------------------------------

ALL_SIGNED = PokSignatures(student=TODAY, guardian=TODAY, school=TODAY, company=TODAY)


@pytest.mark.parametrize(
    ("sent", "cancelled", "sigs", "dob", "expected"),
    [
        (False, False, PokSignatures(), DOB, P.DRAFT),
        (True, False, PokSignatures(), DOB, P.SENT),
        (True, False, PokSignatures(school=TODAY), DOB, P.PARTIALLY_SIGNED),
        (
            True,
            False,
            dataclasses.replace(ALL_SIGNED, guardian=None),
            date(2010, 1, 1),
            P.PARTIALLY_SIGNED,
        ),
        (True, False, dataclasses.replace(ALL_SIGNED, guardian=None), ADULT_DOB, P.COMPLETE),
        (True, False, ALL_SIGNED, date(2010, 1, 1), P.COMPLETE),
        (True, True, ALL_SIGNED, ADULT_DOB, P.CANCELLED),
        (False, True, PokSignatures(), DOB, P.CANCELLED),
        (True, True, PokSignatures(school=TODAY), DOB, P.CANCELLED),
    ],
)
def test_pok_status_is_derived_from_sending_cancelling_and_signatures(
    sent: bool, cancelled: bool, sigs: PokSignatures, dob: date, expected: PokStatus
) -> None:
    assert pok_status(sent, cancelled, sigs, dob, TODAY) == expected


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2015, 1, 1)),
    st.permutations(PARTIES),
    st.lists(st.integers(0, 400), min_size=4, max_size=4),
)
def test_signing_one_party_after_another_only_makes_allowed_moves(
    dob: date, order: list[str], gaps: list[int]
) -> None:
    sent_on = date(2025, 6, 1)
    status = pok_status(False, False, PokSignatures(), dob, sent_on)
    assert status == P.DRAFT
    status = transition(status, pok_status(True, False, PokSignatures(), dob, sent_on))
    sigs = PokSignatures()
    day = sent_on
    for party, gap in zip(order, gaps, strict=True):
        day += timedelta(days=gap)
        sigs = dataclasses.replace(sigs, **{party: validate_signature(party, day, sent_on, day)})
        new = pok_status(True, False, sigs, dob, day)
        if new != status:
            status = transition(status, new)
    assert status == P.COMPLETE
    assert transition(status, P.CANCELLED) == P.CANCELLED


# --- Transitions -------------------------------------------------------------------------

EXPECTED_MOVES = {
    (P.DRAFT, P.SENT),
    (P.DRAFT, P.CANCELLED),
    (P.SENT, P.PARTIALLY_SIGNED),
    (P.SENT, P.COMPLETE),
    (P.SENT, P.CANCELLED),
    (P.PARTIALLY_SIGNED, P.COMPLETE),
    (P.PARTIALLY_SIGNED, P.CANCELLED),
    (P.COMPLETE, P.CANCELLED),
}
ALL_PAIRS = list(product(P, P))


def test_allowed_map_is_exactly_the_documented_rules() -> None:
    assert {(a, b) for a, targets in ALLOWED.items() for b in targets} == EXPECTED_MOVES
    assert set(ALLOWED) == set(P)


@pytest.mark.parametrize(("current", "target"), [p for p in ALL_PAIRS if p in EXPECTED_MOVES])
def test_allowed_pok_move_returns_the_target(current: PokStatus, target: PokStatus) -> None:
    assert transition(current, target) == target


@pytest.mark.parametrize(("current", "target"), [p for p in ALL_PAIRS if p not in EXPECTED_MOVES])
def test_refused_pok_move_raises_transition_refused(current: PokStatus, target: PokStatus) -> None:
    with pytest.raises(TransitionRefused) as caught:
        transition(current, target)
    assert caught.value.field == "pok"


def test_a_cancelled_pok_is_final() -> None:
    with pytest.raises(TransitionRefused, match="final"):
        transition(P.CANCELLED, P.DRAFT)


def test_a_pok_does_not_go_back_to_fewer_signatures() -> None:
    with pytest.raises(TransitionRefused, match="does not go back"):
        transition(P.COMPLETE, P.PARTIALLY_SIGNED)


def test_a_draft_cannot_be_signed_before_it_is_sent() -> None:
    with pytest.raises(TransitionRefused, match="must be sent"):
        transition(P.DRAFT, P.PARTIALLY_SIGNED)


# --- Signature dates ---------------------------------------------------------------------

SENT_ON = date(2026, 11, 10)


@pytest.mark.parametrize("signed_on", [SENT_ON, date(2026, 11, 20), TODAY])
def test_signature_between_sending_and_today_is_accepted(signed_on: date) -> None:
    assert validate_signature("company", signed_on, SENT_ON, TODAY) == signed_on


def test_signature_before_the_pok_was_sent_is_refused() -> None:
    with pytest.raises(ValidationError, match="09-11-2026 is before the POK was sent") as caught:
        validate_signature("student", SENT_ON - timedelta(days=1), SENT_ON, TODAY)
    assert caught.value.field == "student_signed_on"


def test_signature_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError, match="in the future") as caught:
        validate_signature("guardian", TODAY + timedelta(days=1), SENT_ON, TODAY)
    assert caught.value.field == "guardian_signed_on"


def test_signature_on_a_pok_never_sent_is_refused() -> None:
    with pytest.raises(ValidationError, match="not been sent"):
        validate_signature("school", TODAY, None, TODAY)


def test_signature_of_an_unknown_party_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_signature("mentor", TODAY, SENT_ON, TODAY)
    assert caught.value.field == "party"
