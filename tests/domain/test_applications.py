"""Tests for stagedesk.domain.applications: every move of the sollicitatie state machine."""

from __future__ import annotations

from itertools import product

import pytest

from stagedesk.domain.applications import (
    ALLOWED,
    OPEN,
    TERMINAL,
    can_transition,
    is_open,
    is_terminal,
    transition,
)
from stagedesk.domain.enums import ApplicationStatus, RejectionReason
from stagedesk.domain.errors import TransitionRefused, ValidationError

S = ApplicationStatus

# The rules written out independently of the module (see its docstring for the why).
EXPECTED_MOVES = {
    (S.DRAFT, S.SENT),
    (S.DRAFT, S.WITHDRAWN),
    (S.SENT, S.INVITED),
    (S.SENT, S.INTERVIEWED),
    (S.SENT, S.OFFERED),
    (S.SENT, S.REJECTED),
    (S.SENT, S.WITHDRAWN),
    (S.INVITED, S.INTERVIEWED),
    (S.INVITED, S.OFFERED),
    (S.INVITED, S.REJECTED),
    (S.INVITED, S.WITHDRAWN),
    (S.INTERVIEWED, S.OFFERED),
    (S.INTERVIEWED, S.REJECTED),
    (S.INTERVIEWED, S.WITHDRAWN),
    (S.OFFERED, S.ACCEPTED),
    (S.OFFERED, S.REJECTED),
    (S.OFFERED, S.WITHDRAWN),
}
ALL_PAIRS = list(product(S, S))
ALLOWED_PAIRS = [pair for pair in ALL_PAIRS if pair in EXPECTED_MOVES]
REFUSED_PAIRS = [pair for pair in ALL_PAIRS if pair not in EXPECTED_MOVES]


def _reason_for(target: ApplicationStatus) -> RejectionReason | None:
    return RejectionReason.NO_CAPACITY if target == S.REJECTED else None


def test_allowed_map_is_exactly_the_documented_rules() -> None:
    assert {(a, b) for a, targets in ALLOWED.items() for b in targets} == EXPECTED_MOVES
    assert set(ALLOWED) == set(S)


@pytest.mark.parametrize(("current", "target"), ALLOWED_PAIRS)
def test_allowed_move_returns_the_target(
    current: ApplicationStatus, target: ApplicationStatus
) -> None:
    assert can_transition(current, target)
    assert transition(current, target, rejection_reason=_reason_for(target)) == target


@pytest.mark.parametrize(("current", "target"), REFUSED_PAIRS)
def test_refused_move_raises_transition_refused(
    current: ApplicationStatus, target: ApplicationStatus
) -> None:
    assert not can_transition(current, target)
    with pytest.raises(TransitionRefused) as caught:
        transition(current, target, rejection_reason=_reason_for(target))
    assert caught.value.field == "application"
    assert (caught.value.current, caught.value.target) == (current.value, target.value)


@pytest.mark.parametrize("status", sorted(TERMINAL))
def test_accepted_rejected_and_withdrawn_are_final(status: ApplicationStatus) -> None:
    assert ALLOWED[status] == frozenset()
    assert is_terminal(status)
    with pytest.raises(TransitionRefused, match="is final"):
        transition(status, S.SENT)


@pytest.mark.parametrize("status", [S.DRAFT, S.SENT, S.INVITED, S.INTERVIEWED, S.OFFERED])
def test_student_can_withdraw_from_every_unfinished_state(status: ApplicationStatus) -> None:
    assert transition(status, S.WITHDRAWN) == S.WITHDRAWN


def test_declining_an_offer_is_a_withdrawal() -> None:
    assert transition(S.OFFERED, S.WITHDRAWN) == S.WITHDRAWN


@pytest.mark.parametrize("status", [S.SENT, S.INVITED, S.INTERVIEWED, S.OFFERED])
def test_company_can_reject_once_it_has_the_application(status: ApplicationStatus) -> None:
    reason = RejectionReason.AFTER_INTERVIEW
    assert transition(status, S.REJECTED, rejection_reason=reason) == S.REJECTED


def test_a_draft_cannot_be_rejected_because_it_was_never_sent() -> None:
    with pytest.raises(TransitionRefused, match="has not been sent"):
        transition(S.DRAFT, S.REJECTED, rejection_reason=RejectionReason.OTHER)


@pytest.mark.parametrize("status", [S.DRAFT, S.SENT, S.INVITED, S.INTERVIEWED])
def test_only_an_offer_can_be_accepted(status: ApplicationStatus) -> None:
    with pytest.raises(TransitionRefused, match="only an offer can be accepted"):
        transition(status, S.ACCEPTED)


def test_moving_to_the_same_state_is_refused() -> None:
    with pytest.raises(TransitionRefused, match="already in that state"):
        transition(S.SENT, S.SENT)


def test_an_application_does_not_go_back() -> None:
    with pytest.raises(TransitionRefused, match="does not go back"):
        transition(S.INTERVIEWED, S.INVITED)


@pytest.mark.parametrize("current", [S.SENT, S.INVITED, S.INTERVIEWED, S.OFFERED])
def test_rejection_without_a_reason_is_a_validation_error(current: ApplicationStatus) -> None:
    with pytest.raises(ValidationError) as caught:
        transition(current, S.REJECTED)
    assert type(caught.value) is ValidationError
    assert caught.value.field == "rejection_reason"


@pytest.mark.parametrize(("current", "target"), [p for p in ALLOWED_PAIRS if p[1] != S.REJECTED])
def test_a_reason_on_a_move_other_than_rejection_is_a_validation_error(
    current: ApplicationStatus, target: ApplicationStatus
) -> None:
    with pytest.raises(ValidationError, match="only applies to a rejection") as caught:
        transition(current, target, rejection_reason=RejectionReason.OTHER)
    assert type(caught.value) is ValidationError
    assert caught.value.field == "rejection_reason"


def test_a_refused_move_is_reported_before_a_missing_reason() -> None:
    with pytest.raises(TransitionRefused):
        transition(S.REJECTED, S.REJECTED)


@pytest.mark.parametrize("status", list(S))
def test_open_means_sent_invited_interviewed_or_offered(status: ApplicationStatus) -> None:
    assert is_open(status) == (status in {S.SENT, S.INVITED, S.INTERVIEWED, S.OFFERED})
    assert OPEN.isdisjoint(TERMINAL)
