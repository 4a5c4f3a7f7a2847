"""The melding's status flow: every allowed move, every refused one, dates, reasons, consent."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.enums import MeldingStatus as S
from stagedesk.domain.errors import TransitionRefused, ValidationError
from stagedesk.domain.meldingen import (
    TRANSITIONS,
    FollowUp,
    MeldingState,
    SbbShare,
    check_changeable,
    check_consent,
    check_incident,
    check_transition,
)

TODAY = date(2026, 11, 25)
LAST = date(2026, 11, 1)

ALLOWED = [
    (S.RECEIVED, S.INTAKE),
    (S.RECEIVED, S.CLOSED),
    (S.INTAKE, S.IN_PROGRESS),
    (S.INTAKE, S.FORWARDED_SBB),
    (S.INTAKE, S.CLOSED),
    (S.IN_PROGRESS, S.FORWARDED_SBB),
    (S.IN_PROGRESS, S.CLOSED),
    (S.FORWARDED_SBB, S.CLOSED),
]
REFUSED = [(a, b) for a in S for b in S if (a, b) not in ALLOWED]


def _state(status: S, follow_up: FollowUp | None = FollowUp.FORMAL_SBB) -> MeldingState:
    return MeldingState(status, LAST, follow_up, anonymous=False)


def test_the_table_is_exactly_the_allowed_moves() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == set(ALLOWED)


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_move_passes_with_a_chosen_sbb_step_and_a_reason(current: S, target: S) -> None:
    check_transition(_state(current), target, TODAY, TODAY, reason="afgerond")


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_every_other_move_is_refused(current: S, target: S) -> None:
    with pytest.raises(TransitionRefused) as refused:
        check_transition(_state(current), target, TODAY, TODAY, reason="afgerond")
    assert (refused.value.current, refused.value.target) == (current.value, target.value)


def test_a_closed_melding_says_it_stays_closed() -> None:
    with pytest.raises(TransitionRefused, match="stays closed"):
        check_transition(_state(S.CLOSED), S.INTAKE, TODAY, TODAY)


@pytest.mark.parametrize("current", [S.RECEIVED, S.INTAKE, S.IN_PROGRESS, S.FORWARDED_SBB])
@pytest.mark.parametrize("reason", [None, "", "   "])
def test_closing_needs_a_reason_from_every_open_status(current: S, reason: str | None) -> None:
    with pytest.raises(ValidationError) as refused:
        check_transition(_state(current), S.CLOSED, TODAY, TODAY, reason=reason)
    assert refused.value.field == "outcome"


def test_in_progress_needs_a_chosen_step() -> None:
    with pytest.raises(TransitionRefused, match="not chosen"):
        check_transition(_state(S.INTAKE, None), S.IN_PROGRESS, TODAY, TODAY)


def test_no_further_step_cannot_be_in_progress_only_closed() -> None:
    with pytest.raises(TransitionRefused, match="close the melding instead"):
        check_transition(_state(S.INTAKE, FollowUp.NONE), S.IN_PROGRESS, TODAY, TODAY)
    check_transition(_state(S.INTAKE, FollowUp.NONE), S.CLOSED, TODAY, TODAY, reason="geen stap")


@pytest.mark.parametrize("follow_up", [None, FollowUp.TALK_WITH_COMPANY, FollowUp.NONE])
def test_forwarding_needs_the_students_choice_for_sbb(follow_up: FollowUp | None) -> None:
    for current in (S.INTAKE, S.IN_PROGRESS):
        with pytest.raises(TransitionRefused, match="SBB"):
            check_transition(_state(current, follow_up), S.FORWARDED_SBB, TODAY, TODAY)


@pytest.mark.parametrize("follow_up", [FollowUp.FORMAL_SBB, FollowUp.SIGNAL_SBB])
def test_formal_melding_and_anonymous_signal_may_be_forwarded(follow_up: FollowUp) -> None:
    check_transition(_state(S.IN_PROGRESS, follow_up), S.FORWARDED_SBB, TODAY, TODAY)


def test_a_step_in_the_future_or_before_the_last_change_is_refused() -> None:
    with pytest.raises(ValidationError, match="future"):
        check_transition(_state(S.RECEIVED), S.INTAKE, date(2026, 11, 26), TODAY)
    with pytest.raises(ValidationError, match="before the last status change"):
        check_transition(_state(S.RECEIVED), S.INTAKE, date(2026, 10, 31), TODAY)
    check_transition(_state(S.RECEIVED), S.INTAKE, LAST, TODAY)


def test_consent_never_names_the_student_of_an_anonymous_melding_or_signal() -> None:
    with pytest.raises(ValidationError, match="anonymous melding"):
        check_consent(True, FollowUp.FORMAL_SBB, [SbbShare.STUDENT])
    with pytest.raises(ValidationError, match="anonymous signal"):
        check_consent(False, FollowUp.SIGNAL_SBB, [SbbShare.STUDENT, SbbShare.COMPANY])
    assert check_consent(False, FollowUp.FORMAL_SBB, ["student", "ground"]) == {
        SbbShare.STUDENT,
        SbbShare.GROUND,
    }
    assert check_consent(True, FollowUp.SIGNAL_SBB, [SbbShare.COMPANY]) == {SbbShare.COMPANY}


def test_incident_cannot_follow_the_melding_and_receipt_is_not_in_the_future() -> None:
    with pytest.raises(ValidationError) as refused:
        check_incident(date(2026, 11, 1), date(2026, 11, 2), TODAY)
    assert refused.value.field == "incident_on"
    with pytest.raises(ValidationError) as refused:
        check_incident(date(2026, 11, 26), None, TODAY)
    assert refused.value.field == "received_on"
    check_incident(date(2026, 11, 1), date(2026, 11, 1), TODAY)


def test_closed_melding_cannot_change_and_forwarded_keeps_its_consent() -> None:
    with pytest.raises(ValidationError, match="closed"):
        check_changeable(S.CLOSED, ["description"])
    with pytest.raises(ValidationError) as refused:
        check_changeable(S.FORWARDED_SBB, ["description", "shared_with_sbb"])
    assert refused.value.field == "shared_with_sbb"
    check_changeable(S.FORWARDED_SBB, ["description"])
    check_changeable(S.INTAKE, ["follow_up", "shared_with_sbb"])


def _report(shared, follow_up=FollowUp.FORMAL_SBB, status=S.INTAKE):
    from stagedesk.domain.enums import DiscriminationGround
    from stagedesk.domain.meldingen import sbb_report

    return sbb_report(
        reference="MLD-1",
        follow_up=follow_up,
        status=status,
        received_on=LAST,
        shared=shared,
        student="Zoë van der Berg (100001)",
        company="Zorggroep Óost",
        incident_on=date(2026, 10, 1),
        incident_place="Utrecht",
        ground=DiscriminationGround.AGE,
        description="wat er gebeurde",
        wishes="wat de student wil",
    )


def test_the_sbb_report_holds_nothing_the_student_did_not_share() -> None:
    nothing = _report([])
    assert (nothing.student, nothing.company, nothing.incident_on, nothing.incident_place) == (
        None,
        None,
        None,
        None,
    )
    assert (nothing.ground, nothing.description, nothing.wishes) == (None, None, None)
    some = _report([SbbShare.COMPANY, SbbShare.WISHES])
    assert (some.company, some.wishes, some.student) == (
        "Zorggroep Óost",
        "wat de student wil",
        None,
    )
    everything = _report(list(SbbShare))
    assert everything.student and everything.description and everything.incident_place


@pytest.mark.parametrize("follow_up", [None, FollowUp.TALK_WITH_COMPANY, FollowUp.NONE])
def test_no_sbb_report_unless_the_student_chose_sbb(follow_up: FollowUp | None) -> None:
    with pytest.raises(ValidationError, match="did not choose"):
        _report([SbbShare.COMPANY], follow_up)


@pytest.mark.parametrize("status", [S.RECEIVED, S.CLOSED])
def test_no_sbb_report_before_the_intake_or_after_closing(status: S) -> None:
    with pytest.raises(ValidationError) as refused:
        _report([SbbShare.COMPANY], status=status)
    assert refused.value.field == "status"
