"""Which company a student's list line shows."""

from __future__ import annotations

from datetime import date

from stagedesk.domain.enums import ApplicationStatus as A
from stagedesk.domain.search_status import (
    ApplicationFact,
    CaseFacts,
    PlacementFact,
    current_company,
)

TODAY = date(2026, 11, 25)


def app(
    status: A, company: str, changed: date = date(2026, 10, 1), id: str = ""
) -> ApplicationFact:
    return ApplicationFact(status, date(2026, 9, 1), changed, id=id or company, company_id=company)


def placement(company: str, start: date, end: date, **kw) -> PlacementFact:
    return PlacementFact(start, end, True, start, date(2026, 9, 1), company_id=company, **kw)


def test_the_running_placement_wins_over_a_future_one_and_over_applications():
    facts = CaseFacts(
        date(2025, 8, 1),
        applications=(app(A.OFFERED, "offer"),),
        placements=(
            placement("future", date(2027, 2, 1), date(2027, 6, 1)),
            placement("running", date(2026, 9, 1), date(2027, 1, 31)),
        ),
    )
    assert current_company(facts, TODAY) == "running"


def test_a_placement_broken_off_or_over_no_longer_counts():
    facts = CaseFacts(
        date(2025, 8, 1),
        applications=(app(A.SENT, "sent"),),
        placements=(
            placement("broken", date(2026, 9, 1), date(2027, 1, 31), ended_early_on=TODAY),
            placement("over", date(2026, 2, 1), date(2026, 6, 30)),
        ),
    )
    assert current_company(facts, TODAY) == "sent"


def test_the_most_advanced_open_application_is_shown_and_closed_ones_never():
    facts = CaseFacts(
        date(2025, 8, 1),
        applications=(
            app(A.SENT, "sent", date(2026, 11, 20)),
            app(A.INTERVIEWED, "interviewed", date(2026, 10, 1)),
            app(A.REJECTED, "rejected", date(2026, 11, 24)),
            app(A.DRAFT, "draft", date(2026, 11, 24)),
        ),
    )
    assert current_company(facts, TODAY) == "interviewed"
    only_closed = CaseFacts(date(2025, 8, 1), applications=(app(A.REJECTED, "r"),))
    assert current_company(only_closed, TODAY) is None


def test_an_acceptance_counts_until_its_placement_is_recorded():
    accepted = app(A.ACCEPTED, "accepted", id="a1")
    assert current_company(CaseFacts(date(2025, 8, 1), applications=(accepted,)), TODAY) == (
        "accepted"
    )
    over = placement("accepted", date(2026, 2, 1), date(2026, 6, 30), application_id="a1")
    facts = CaseFacts(date(2025, 8, 1), applications=(accepted,), placements=(over,))
    assert current_company(facts, TODAY) is None
