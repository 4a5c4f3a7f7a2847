"""Tests for stagedesk.domain.search_status: the derived search status and its plausible changes."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stagedesk.domain.enums import ApplicationStatus, SearchStatus
from stagedesk.domain.errors import TransitionRefused
from stagedesk.domain.search_status import (
    ORDER,
    TRANSITIONS,
    ApplicationFact,
    CaseFacts,
    PlacementFact,
    check_transition,
    derive_search_status,
)

A = ApplicationStatus
S = SearchStatus
ENROLLED = date(2026, 8, 20)
TODAY = date(2026, 11, 24)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def app(status: ApplicationStatus, created: date, changed: date | None = None) -> ApplicationFact:
    return ApplicationFact(status=status, created_on=created, changed_on=changed or created)


def placement(
    start: date,
    end: date,
    *,
    pok_on: date | None = None,
    created: date | None = None,
    ended_early: date | None = None,
) -> PlacementFact:
    return PlacementFact(
        start=start,
        end=end,
        pok_complete=pok_on is not None,
        pok_completed_on=pok_on,
        created_on=created or start - timedelta(days=30),
        ended_early_on=ended_early,
    )


def derive(
    today: date = TODAY,
    *,
    applications: tuple[ApplicationFact, ...] = (),
    placements: tuple[PlacementFact, ...] = (),
    search_started_on: date | None = None,
    stopped_on: date | None = None,
) -> tuple[SearchStatus, date]:
    facts = CaseFacts(ENROLLED, applications, placements, search_started_on, stopped_on)
    return derive_search_status(facts, today)


# --- Before any placement ----------------------------------------------------------------


def test_a_new_student_has_not_started_since_enrolment() -> None:
    assert derive() == (S.NOT_STARTED, ENROLLED)


def test_a_search_start_in_the_future_does_not_count_yet() -> None:
    assert derive(search_started_on=TODAY + timedelta(days=1)) == (S.NOT_STARTED, ENROLLED)


def test_starting_the_search_makes_the_student_searching_since_that_day() -> None:
    assert derive(search_started_on=d(9, 1)) == (S.SEARCHING, d(9, 1))


def test_a_draft_application_alone_means_searching_since_it_was_written() -> None:
    assert derive(applications=(app(A.DRAFT, d(9, 5)),)) == (S.SEARCHING, d(9, 5))


def test_an_open_application_means_applying_since_it_was_created() -> None:
    assert derive(search_started_on=d(9, 1), applications=(app(A.SENT, d(9, 5)),)) == (
        S.APPLYING,
        d(9, 5),
    )


@pytest.mark.parametrize("status", [A.SENT, A.INVITED, A.INTERVIEWED, A.OFFERED])
def test_every_open_application_status_means_applying(status: ApplicationStatus) -> None:
    assert derive(applications=(app(status, d(9, 5), d(10, 1)),))[0] == S.APPLYING


def test_applying_since_the_start_of_the_unbroken_run_of_open_applications() -> None:
    apps = (
        app(A.REJECTED, d(9, 1), d(9, 10)),  # closed, then a gap of no open application
        app(A.REJECTED, d(9, 20), d(10, 5)),  # overlaps the next one: same run
        app(A.INVITED, d(10, 1), d(10, 20)),
        app(A.SENT, d(11, 1)),
    )
    assert derive(applications=apps) == (S.APPLYING, d(9, 20))


def test_all_applications_rejected_means_searching_since_the_last_rejection() -> None:
    apps = (app(A.REJECTED, d(9, 5), d(9, 30)), app(A.WITHDRAWN, d(9, 6), d(10, 12)))
    assert derive(search_started_on=d(9, 1), applications=apps) == (S.SEARCHING, d(10, 12))


def test_an_accepted_application_without_a_placement_awaits_the_pok() -> None:
    apps = (app(A.ACCEPTED, d(9, 5), d(10, 15)), app(A.SENT, d(9, 6)))
    assert derive(applications=apps) == (S.PLACED_AWAITING_POK, d(10, 15))


# --- Placements --------------------------------------------------------------------------


def test_a_future_placement_without_pok_awaits_the_pok_since_it_was_recorded() -> None:
    p = placement(d(2, 1, 2027), d(6, 30, 2027), created=d(11, 2))
    assert derive(placements=(p,)) == (S.PLACED_AWAITING_POK, d(11, 2))


def test_a_future_placement_with_complete_pok_is_placed_since_the_pok_was_completed() -> None:
    p = placement(d(2, 1, 2027), d(6, 30, 2027), pok_on=d(11, 20), created=d(11, 2))
    assert derive(placements=(p,)) == (S.PLACED, d(11, 20))


def test_a_placement_beats_open_applications() -> None:
    p = placement(d(2, 1, 2027), d(6, 30, 2027), pok_on=d(11, 20))
    assert derive(applications=(app(A.SENT, d(10, 1)),), placements=(p,))[0] == S.PLACED


def test_a_started_placement_with_complete_pok_is_in_bpv_since_its_start() -> None:
    p = placement(d(11, 1), d(1, 31, 2027), pok_on=d(10, 20))
    assert derive(placements=(p,)) == (S.IN_BPV, d(11, 1))


def test_a_pok_completed_after_the_start_makes_the_bpv_valid_from_that_day() -> None:
    p = placement(d(11, 1), d(1, 31, 2027), pok_on=d(11, 6))
    assert derive(placements=(p,)) == (S.IN_BPV, d(11, 6))


def test_a_started_placement_without_pok_is_not_a_valid_bpv() -> None:
    p = placement(d(11, 1), d(1, 31, 2027), created=d(10, 1))
    assert derive(placements=(p,)) == (S.PLACED_AWAITING_POK, d(10, 1))


def test_the_last_day_of_the_placement_is_still_in_bpv() -> None:
    p = placement(d(9, 1), TODAY, pok_on=d(8, 25))
    assert derive(placements=(p,)) == (S.IN_BPV, d(9, 1))


def test_the_day_after_the_end_the_bpv_is_completed() -> None:
    p = placement(d(9, 1), TODAY - timedelta(days=1), pok_on=d(8, 25))
    assert derive(placements=(p,)) == (S.COMPLETED, TODAY)


def test_a_running_placement_beats_a_future_one() -> None:
    running = placement(d(11, 1), d(12, 31), pok_on=d(10, 20))
    future = placement(d(2, 1, 2027), d(6, 30, 2027))
    assert derive(placements=(future, running)) == (S.IN_BPV, d(11, 1))


def test_the_nearest_future_placement_decides() -> None:
    near = placement(d(1, 5, 2027), d(3, 31, 2027), created=d(11, 10))
    far = placement(d(4, 1, 2027), d(6, 30, 2027), pok_on=d(11, 1))
    assert derive(placements=(far, near)) == (S.PLACED_AWAITING_POK, d(11, 10))


def test_after_a_completed_bpv_the_next_placement_decides() -> None:
    first = placement(d(9, 1), d(11, 15), pok_on=d(8, 25))
    second = placement(d(2, 1, 2027), d(6, 30, 2027), pok_on=d(11, 10))
    assert derive(placements=(first, second)) == (S.PLACED, d(11, 10))


def test_split_placements_count_as_in_bpv_when_one_has_a_complete_pok() -> None:
    with_pok = placement(d(11, 1), d(1, 31, 2027), pok_on=d(10, 25))
    without = placement(d(11, 10), d(1, 31, 2027))
    assert derive(placements=(without, with_pok)) == (S.IN_BPV, d(11, 1))


# --- Rounds: after a placement -----------------------------------------------------------

DONE = placement(d(9, 1), d(10, 31), pok_on=d(8, 25))  # completed; round starts 1 November


def test_completed_bpv_ignores_the_old_search_start_and_old_applications() -> None:
    apps = (app(A.ACCEPTED, d(6, 1), d(7, 1)), app(A.SENT, d(6, 2)))  # stale, never closed
    assert derive(search_started_on=d(6, 1), applications=apps, placements=(DONE,)) == (
        S.COMPLETED,
        d(11, 1),
    )


def test_a_new_application_after_a_completed_bpv_means_applying_again() -> None:
    assert derive(applications=(app(A.SENT, d(11, 10)),), placements=(DONE,)) == (
        S.APPLYING,
        d(11, 10),
    )


def test_an_old_application_changed_after_the_bpv_counts_from_the_round_start() -> None:
    assert derive(applications=(app(A.INVITED, d(10, 1), d(11, 12)),), placements=(DONE,)) == (
        S.APPLYING,
        d(11, 1),
    )


def test_a_new_search_start_after_a_completed_bpv_means_searching_again() -> None:
    assert derive(search_started_on=d(11, 15), placements=(DONE,)) == (S.SEARCHING, d(11, 15))


def test_a_placement_broken_off_sends_the_student_back_to_searching_that_day() -> None:
    broken = placement(d(9, 1), d(1, 31, 2027), pok_on=d(8, 25), ended_early=d(10, 14))
    old = (app(A.REJECTED, d(7, 1), d(7, 15)), app(A.SENT, d(7, 2)))
    assert derive(search_started_on=d(7, 1), applications=old, placements=(broken,)) == (
        S.SEARCHING,
        d(10, 14),
    )


def test_a_placement_to_be_broken_off_later_still_counts_until_then() -> None:
    broken = placement(d(9, 1), d(1, 31, 2027), pok_on=d(8, 25), ended_early=TODAY)
    assert derive(TODAY - timedelta(days=1), placements=(broken,)) == (S.IN_BPV, d(9, 1))
    assert derive(TODAY, placements=(broken,)) == (S.SEARCHING, TODAY)


def test_a_placement_that_ended_without_pok_does_not_count_as_completed() -> None:
    invalid = placement(d(9, 1), d(10, 31))
    assert derive(placements=(invalid,)) == (S.SEARCHING, d(11, 1))


def test_a_broken_off_placement_is_ignored_in_favour_of_an_earlier_completed_one_ending() -> None:
    completed = placement(d(9, 1), d(9, 30), pok_on=d(8, 25))
    broken = placement(d(10, 15), d(12, 31), pok_on=d(10, 1), ended_early=d(11, 2))
    assert derive(placements=(completed, broken)) == (S.SEARCHING, d(11, 2))


def test_on_a_tie_an_ending_without_valid_bpv_wins_over_a_completion() -> None:
    completed = placement(d(9, 1), d(10, 31), pok_on=d(8, 25))
    broken = placement(d(10, 20), d(12, 31), pok_on=d(10, 1), ended_early=d(11, 1))
    assert derive(placements=(completed, broken)) == (S.SEARCHING, d(11, 1))


# --- Stopped -----------------------------------------------------------------------------


def test_a_stopped_case_is_stopped_whatever_else_holds() -> None:
    running = placement(d(9, 1), d(1, 31, 2027), pok_on=d(8, 25))
    assert derive(stopped_on=d(11, 3), placements=(running,)) == (S.STOPPED, d(11, 3))


def test_a_stop_dated_in_the_future_does_not_count_yet() -> None:
    assert derive(stopped_on=TODAY + timedelta(days=1)) == (S.NOT_STARTED, ENROLLED)


# --- A year told day by day --------------------------------------------------------------


def test_a_students_year_moves_only_through_plausible_changes() -> None:
    facts = CaseFacts(enrolled_on=ENROLLED)
    seen: list[SearchStatus] = []

    def step(day: date, expected: SearchStatus) -> None:
        status, since = derive_search_status(facts, day)
        assert status == expected, day
        assert since <= day
        if seen:
            check_transition(seen[-1], status)
        seen.append(status)

    step(d(8, 25), S.NOT_STARTED)
    facts = dataclasses.replace(facts, search_started_on=d(9, 1))
    step(d(9, 1), S.SEARCHING)
    facts = dataclasses.replace(facts, applications=(app(A.SENT, d(9, 3)),))
    step(d(9, 3), S.APPLYING)
    facts = dataclasses.replace(facts, applications=(app(A.REJECTED, d(9, 3), d(9, 20)),))
    step(d(9, 20), S.SEARCHING)
    second = app(A.SENT, d(9, 25))
    facts = dataclasses.replace(facts, applications=(*facts.applications, second))
    step(d(9, 25), S.APPLYING)
    accepted = dataclasses.replace(second, status=A.ACCEPTED, changed_on=d(10, 5))
    facts = dataclasses.replace(facts, applications=(facts.applications[0], accepted))
    step(d(10, 5), S.PLACED_AWAITING_POK)
    bpv = placement(d(11, 1), d(1, 31, 2027), created=d(10, 6))
    facts = dataclasses.replace(facts, placements=(bpv,))
    step(d(10, 6), S.PLACED_AWAITING_POK)
    bpv = dataclasses.replace(bpv, pok_complete=True, pok_completed_on=d(10, 20))
    facts = dataclasses.replace(facts, placements=(bpv,))
    step(d(10, 20), S.PLACED)
    step(d(11, 1), S.IN_BPV)
    step(d(1, 31, 2027), S.IN_BPV)
    step(d(2, 1, 2027), S.COMPLETED)
    facts = dataclasses.replace(facts, search_started_on=d(3, 1, 2027))
    step(d(3, 1, 2027), S.SEARCHING)
    facts = dataclasses.replace(facts, stopped_on=d(4, 1, 2027))
    step(d(4, 1, 2027), S.STOPPED)
    facts = dataclasses.replace(facts, stopped_on=None, search_started_on=d(5, 1, 2027))
    step(d(5, 1, 2027), S.SEARCHING)


_DAYS = st.integers(0, 500)
_BASE = date(2026, 1, 1)


@st.composite
def _case_as_of_today(draw: st.DrawFn) -> tuple[CaseFacts, date]:
    """Consistent facts: every recorded date lies on or before today."""
    today = _BASE + timedelta(days=draw(st.integers(200, 700)))

    def past() -> date:
        return today - timedelta(days=draw(_DAYS))

    apps = []
    for _ in range(draw(st.integers(0, 4))):
        created = past()
        changed = min(today, created + timedelta(days=draw(_DAYS)))
        apps.append(ApplicationFact(draw(st.sampled_from(list(A))), created, changed))
    placements = []
    for _ in range(draw(st.integers(0, 3))):
        start = today + timedelta(days=draw(st.integers(-500, 300)))
        end = start + timedelta(days=draw(st.integers(0, 300)))
        created = min(past(), start)
        pok_on = draw(st.none() | st.just(min(today, created + timedelta(days=draw(_DAYS)))))
        early = draw(st.none() | st.just(past()))
        if early is not None and not start <= early <= end:
            early = None
        placements.append(PlacementFact(start, end, pok_on is not None, pok_on, created, early))
    facts = CaseFacts(
        enrolled_on=past(),
        applications=tuple(apps),
        placements=tuple(placements),
        search_started_on=draw(st.none() | st.just(past())),
        stopped_on=draw(st.none() | st.just(past())),
    )
    return facts, today


@given(_case_as_of_today())
def test_the_status_never_holds_since_a_day_after_today(case: tuple[CaseFacts, date]) -> None:
    facts, today = case
    status, since = derive_search_status(facts, today)
    assert status in ORDER
    assert since <= today


# --- Plausible changes -------------------------------------------------------------------

SEARCH_PHASE = {S.NOT_STARTED, S.SEARCHING, S.APPLYING}
PLACEMENT_RECORDED = {S.PLACED_AWAITING_POK, S.PLACED, S.IN_BPV}
EXPECTED_CHANGES = (
    {(S.NOT_STARTED, new) for new in {S.SEARCHING, S.APPLYING, *PLACEMENT_RECORDED}}
    | {(S.SEARCHING, new) for new in {S.APPLYING, *PLACEMENT_RECORDED}}
    | {(S.APPLYING, new) for new in {S.SEARCHING, *PLACEMENT_RECORDED}}
    | {(S.PLACED_AWAITING_POK, new) for new in {S.PLACED, S.IN_BPV, S.SEARCHING, S.APPLYING}}
    | {(S.PLACED, new) for new in {S.PLACED_AWAITING_POK, S.IN_BPV, S.SEARCHING, S.APPLYING}}
    | {(S.IN_BPV, new) for new in {S.COMPLETED, S.PLACED_AWAITING_POK, S.PLACED, S.SEARCHING}}
    | {(S.COMPLETED, new) for new in {S.SEARCHING, S.APPLYING, *PLACEMENT_RECORDED}}
    | {(old, S.STOPPED) for old in S if old != S.STOPPED}
    | {(S.STOPPED, S.SEARCHING)}
)
ALL_PAIRS = list(product(S, S))


def test_transitions_map_is_exactly_the_documented_changes() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == EXPECTED_CHANGES
    assert set(TRANSITIONS) == set(S)


def test_order_lists_every_status_once_in_progression() -> None:
    assert sorted(ORDER) == sorted(S)
    assert ORDER.index(S.SEARCHING) < ORDER.index(S.PLACED) < ORDER.index(S.COMPLETED)


@pytest.mark.parametrize(("old", "new"), [p for p in ALL_PAIRS if p in EXPECTED_CHANGES])
def test_plausible_change_is_accepted(old: SearchStatus, new: SearchStatus) -> None:
    check_transition(old, new)


@pytest.mark.parametrize(("old", "new"), [(s, s) for s in S])
def test_an_unchanged_status_is_always_accepted(old: SearchStatus, new: SearchStatus) -> None:
    check_transition(old, new)


@pytest.mark.parametrize(
    ("old", "new"), [p for p in ALL_PAIRS if p not in EXPECTED_CHANGES and p[0] != p[1]]
)
def test_implausible_change_is_refused(old: SearchStatus, new: SearchStatus) -> None:
    with pytest.raises(TransitionRefused) as caught:
        check_transition(old, new)
    assert caught.value.field == "search_status"


@pytest.mark.parametrize("old", sorted(set(S) - {S.NOT_STARTED}))
def test_nothing_goes_back_to_not_started(old: SearchStatus) -> None:
    with pytest.raises(TransitionRefused):
        check_transition(old, S.NOT_STARTED)


def test_completed_cannot_be_reached_without_being_in_bpv() -> None:
    for old in SEARCH_PHASE | {S.PLACED_AWAITING_POK, S.PLACED, S.STOPPED}:
        with pytest.raises(TransitionRefused):
            check_transition(old, S.COMPLETED)
