"""Tests for stagedesk.domain.search_round: which rejections belong to the current search."""

from __future__ import annotations

from datetime import date

from stagedesk.domain.enums import ApplicationStatus
from stagedesk.domain.search_round import rejections_this_round, round_started_on
from stagedesk.domain.search_status import ApplicationFact, CaseFacts, PlacementFact

A = ApplicationStatus
TODAY = date(2026, 11, 24)


def rejected(on: date) -> ApplicationFact:
    return ApplicationFact(A.REJECTED, on, on)


def placement(start: date, end: date, ended_early_on: date | None = None) -> PlacementFact:
    return PlacementFact(start, end, True, start, start, ended_early_on=ended_early_on)


def facts(*apps: ApplicationFact, placements: tuple[PlacementFact, ...] = ()) -> CaseFacts:
    return CaseFacts(date(2025, 8, 25), applications=apps, placements=placements)


def test_without_a_placement_over_every_rejection_since_enrolment_counts() -> None:
    case = facts(rejected(date(2025, 9, 1)), rejected(date(2026, 10, 3)))
    assert rejections_this_round(case, TODAY) == (2, date(2026, 10, 3))


def test_only_rejections_count_not_other_closed_applications() -> None:
    withdrawn = ApplicationFact(A.WITHDRAWN, date(2026, 10, 1), date(2026, 10, 9))
    assert rejections_this_round(facts(withdrawn), TODAY) == (0, None)


def test_a_rejection_on_a_placements_last_day_belongs_to_the_earlier_round() -> None:
    case = facts(
        rejected(date(2026, 6, 30)),
        rejected(date(2026, 7, 1)),
        placements=(placement(date(2026, 2, 1), date(2026, 6, 30)),),
    )
    assert round_started_on(case.placements, TODAY) == date(2026, 7, 1)
    assert rejections_this_round(case, TODAY) == (1, date(2026, 7, 1))


def test_a_break_off_starts_the_round_on_the_day_itself() -> None:
    case = facts(
        rejected(date(2026, 9, 30)),
        rejected(date(2026, 10, 1)),
        placements=(placement(date(2026, 9, 1), date(2027, 1, 31), date(2026, 10, 1)),),
    )
    assert rejections_this_round(case, TODAY) == (1, date(2026, 10, 1))


def test_the_latest_ending_placement_starts_the_round() -> None:
    ends = (
        placement(date(2025, 9, 1), date(2026, 1, 31)),
        placement(date(2026, 3, 1), date(2026, 9, 30), date(2026, 5, 10)),
    )
    assert round_started_on(ends, TODAY) == date(2026, 5, 10)


def test_placements_not_over_today_start_no_round() -> None:
    running = placement(date(2026, 9, 1), date(2027, 1, 31))
    breaking_off_later = placement(date(2026, 9, 1), date(2027, 1, 31), date(2026, 12, 1))
    assert round_started_on((running, breaking_off_later), TODAY) is None
    case = facts(rejected(date(2026, 8, 1)), placements=(running,))
    assert rejections_this_round(case, TODAY) == (1, date(2026, 8, 1))
