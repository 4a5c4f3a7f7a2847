"""Tests for stagedesk.domain.visits: dates, answers against a checklist, actions, concerns."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.checklists import Answer, VisitConcern, parse_checklist
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.visits import (
    ActionOwner,
    AgreedAction,
    ItemAnswer,
    check_actions,
    check_answers,
    check_held,
    check_notes,
    check_planned,
    decode_actions,
    decode_answers,
    decode_concerns,
    encode_actions,
    encode_answers,
    encode_concerns,
    is_overdue,
    iso_week,
    unanswered,
)

CHECKLIST = parse_checklist(
    "start.toml",
    """
id = "startbezoek"
visit_type = "start"
version = 1
title = "Startbezoek"
[[sections]]
id = "afspraken"
title = "Afspraken"
[[sections.items]]
id = "pok"
text = "De POK is getekend."
[[sections.items]]
id = "uren"
text = "Werktijden zijn afgesproken."
[[sections.items]]
id = "opleider"
text = "Er is een vaste praktijkopleider."
""",
)
START, END = date(2026, 9, 1), date(2027, 1, 31)


@pytest.mark.parametrize(
    ("planned", "ok"),
    [(date(2026, 7, 3), True), (date(2026, 7, 2), False), (date(2027, 4, 1), True),
     (date(2027, 4, 2), False)],
)  # fmt: skip
def test_a_planned_date_stays_near_the_placement(planned: date, ok: bool) -> None:
    if ok:
        check_planned(planned, START, END)
    else:
        with pytest.raises(ValidationError, match="^planned_on: .* long (before|after)"):
            check_planned(planned, START, END)


def test_a_visit_is_not_held_in_the_future() -> None:
    check_held(date(2026, 11, 25), START, date(2026, 11, 25))
    with pytest.raises(ValidationError, match="^held_on: .*future"):
        check_held(date(2026, 11, 26), START, date(2026, 11, 25))


@pytest.mark.parametrize(
    ("planned", "held", "cancelled", "overdue"),
    [
        (date(2026, 11, 24), False, False, True),
        (date(2026, 11, 25), False, False, False),  # today is not overdue yet
        (date(2026, 11, 24), True, False, False),
        (date(2026, 11, 24), False, True, False),
        (None, False, False, False),
    ],
)
def test_overdue_is_planned_in_the_past_and_not_done(planned, held, cancelled, overdue) -> None:
    assert is_overdue(planned, held, cancelled, date(2026, 11, 25)) is overdue


def test_iso_weeks_cross_the_year() -> None:
    assert iso_week(date(2026, 12, 31)) == (2026, 53)
    assert iso_week(date(2027, 1, 4)) == (2027, 1)


def test_answers_are_checked_ordered_and_trimmed() -> None:
    checked = check_answers(
        CHECKLIST,
        {
            "opleider": ItemAnswer(Answer.NO, "  Niemand aangewezen.  "),
            "pok": ItemAnswer(Answer.YES),
            "uren": ItemAnswer(None, "   "),  # nothing given: dropped
        },
    )
    assert list(checked) == ["pok", "opleider"]
    assert checked["opleider"] == ItemAnswer(Answer.NO, "Niemand aangewezen.")
    assert unanswered(CHECKLIST, checked) == ("uren",)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"ziek": ItemAnswer(Answer.YES)},
         "^answers.ziek: is not an item of checklist 'startbezoek' version 1$"),
        ({"pok": ItemAnswer("ja")}, "^answers.pok: must be one of yes, no, na$"),  # type: ignore[arg-type]
        ({"pok": ItemAnswer(Answer.YES, "x" * 1001)}, "^answers.pok: the remark is longer"),
    ],
)  # fmt: skip
def test_answers_outside_the_checklist_are_refused(answers, message) -> None:
    with pytest.raises(ValidationError, match=message):
        check_answers(CHECKLIST, answers)


def test_answers_round_trip_through_their_stored_form() -> None:
    answers = {"pok": ItemAnswer(Answer.YES), "opleider": ItemAnswer(Answer.NO, "Geen.")}
    stored = encode_answers("abc", answers)
    assert stored == {"digest": "abc", "items": {"pok": ["yes", None], "opleider": ["no", "Geen."]}}
    assert decode_answers(stored) == ("abc", answers)
    assert decode_answers(None) == (None, {})
    assert decode_answers({}) == (None, {})


def test_actions_are_checked_and_round_trip() -> None:
    actions = check_actions(
        [
            AgreedAction("  Urenbriefje   inleveren ", ActionOwner.STUDENT, date(2026, 12, 1)),
            AgreedAction("Vervanger regelen", ActionOwner.PRAKTIJKOPLEIDER, None, True),
        ]
    )
    assert actions[0].text == "Urenbriefje inleveren"
    assert decode_actions(encode_actions(actions)) == actions
    assert encode_actions(()) is None and decode_actions(None) == ()


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (AgreedAction("  ", ActionOwner.STUDENT), "^agreed_actions.1: says nothing"),
        (AgreedAction("x" * 501, ActionOwner.STUDENT), "^agreed_actions.1: is longer than 500"),
        (AgreedAction("Bellen", "de student"), "^agreed_actions.1: owner must be one of"),  # type: ignore[arg-type]
    ],
)
def test_bad_actions_are_refused(action, message) -> None:
    with pytest.raises(ValidationError, match=message):
        check_actions([action])


def test_concerns_are_stored_sorted_and_read_back() -> None:
    concerns = {VisitConcern.UNSAFE_SITUATION, VisitConcern.DISCRIMINATION_SIGNALS}
    stored = encode_concerns(concerns)
    assert stored == "discrimination_signals,unsafe_situation"
    assert decode_concerns(stored) == concerns
    assert encode_concerns([]) is None and decode_concerns(None) == frozenset()


def test_notes_are_trimmed_and_limited() -> None:
    assert check_notes("  Goed gesprek.  ") == "Goed gesprek."
    assert check_notes("   ") is None
    with pytest.raises(ValidationError, match="^notes: is longer"):
        check_notes("x" * 10_001)
