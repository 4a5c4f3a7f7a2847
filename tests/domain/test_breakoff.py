"""Break-off rules: dates within the placement, the conversation, the company threshold."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.breakoff import (
    BreakoffFacts,
    BreakoffParty,
    BreakoffReason,
    BreakoffThreshold,
    check_breakoff,
    check_replacement,
    flagged,
    window_start,
)
from stagedesk.domain.errors import ValidationError

START, END, TODAY = date(2026, 9, 1), date(2027, 1, 31), date(2026, 11, 25)


def _facts(**changes):
    values = dict(
        ended_on=date(2026, 11, 20),
        reason=BreakoffReason.COMPANY,
        decided_by=BreakoffParty.JOINTLY,
        conversation_on=date(2026, 11, 19),
        conversation_summary="  Gesprek met praktijkopleider en student.  ",
    )
    values.update(changes)
    return BreakoffFacts(**values)


def test_a_breakoff_with_its_conversation_is_accepted_with_the_summary_stripped():
    facts = check_breakoff(_facts(), START, END, TODAY)
    assert facts.conversation_summary == "Gesprek met praktijkopleider en student."


@pytest.mark.parametrize(
    ("ended_on", "words"),
    [
        (date(2026, 11, 26), "in the future"),
        (date(2026, 8, 31), "before the placement's start"),
        (END, "ran its course"),
    ],
)
def test_the_breakoff_date_lies_within_the_placement_and_not_ahead(ended_on, words):
    with pytest.raises(ValidationError, match=words) as caught:
        check_breakoff(_facts(ended_on=ended_on), START, END, TODAY)
    assert caught.value.field == "ended_on"


def test_a_conversation_needs_both_date_and_summary():
    with pytest.raises(ValidationError) as caught:
        check_breakoff(_facts(conversation_summary="   "), START, END, TODAY)
    assert caught.value.field == "conversation_summary"
    with pytest.raises(ValidationError) as caught:
        check_breakoff(_facts(conversation_on=None), START, END, TODAY)
    assert caught.value.field == "conversation_on"


def test_without_a_conversation_only_unsafe_or_discrimination_is_accepted():
    bare = dict(conversation_on=None, conversation_summary=None)
    with pytest.raises(ValidationError, match="record the conversation"):
        check_breakoff(_facts(reason=BreakoffReason.STUDENT, **bare), START, END, TODAY)
    for reason in (BreakoffReason.UNSAFE, BreakoffReason.DISCRIMINATION):
        assert check_breakoff(_facts(reason=reason, **bare), START, END, TODAY).reason is reason


def test_a_conversation_in_the_future_is_refused():
    with pytest.raises(ValidationError, match="in the future"):
        check_breakoff(_facts(conversation_on=date(2026, 12, 1)), START, END, TODAY)


def test_a_replacement_starts_after_the_breakoff():
    check_replacement(date(2026, 11, 20), date(2026, 11, 21))
    with pytest.raises(ValidationError, match="not after the break-off"):
        check_replacement(date(2026, 11, 20), date(2026, 11, 20))


def test_the_window_covers_whole_school_years_from_august():
    assert window_start(BreakoffThreshold(2, 2), date(2026, 11, 25)) == date(2025, 8, 1)
    assert window_start(BreakoffThreshold(2, 1), date(2026, 7, 31)) == date(2025, 8, 1)
    assert window_start(BreakoffThreshold(2, 1), date(2026, 8, 1)) == date(2026, 8, 1)


def test_a_company_is_flagged_at_the_threshold_within_the_window():
    rule = BreakoffThreshold(count=2, school_years=2)
    assert flagged([date(2025, 8, 1), date(2026, 11, 1)], rule, TODAY)
    assert not flagged([date(2025, 7, 31), date(2026, 11, 1)], rule, TODAY)
    assert not flagged([date(2026, 11, 1), date(2026, 12, 1)], rule, TODAY)  # one still ahead


def test_a_threshold_below_one_is_refused():
    with pytest.raises(ValidationError):
        BreakoffThreshold(0, 2).validated()
    with pytest.raises(ValidationError):
        BreakoffThreshold(2, 0).validated()
