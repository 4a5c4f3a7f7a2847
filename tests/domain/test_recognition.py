"""SBB recognitions: which dates they cover, and why a date is not covered."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.recognition import RecognitionFact, check_dates, covers, overlap, why_not

CREBO = "25655"
OTHER = "25604"


def fact(since: date, revoked: date | None = None, crebo: str = CREBO) -> RecognitionFact:
    return RecognitionFact(crebo, since, revoked)


def test_a_recognition_covers_its_crebo_from_the_day_it_is_granted():
    facts = [fact(date(2024, 3, 1))]
    assert covers(facts, CREBO, date(2024, 3, 1))
    assert covers(facts, CREBO, date(2030, 1, 1))
    assert not covers(facts, CREBO, date(2024, 2, 29))
    assert why_not(facts, CREBO, date(2026, 1, 1)) == ""


def test_a_recognition_for_another_crebo_does_not_cover():
    facts = [fact(date(2024, 3, 1), crebo=OTHER)]
    assert not covers(facts, CREBO, date(2026, 1, 1))
    assert why_not(facts, CREBO, date(2026, 1, 1)) == (
        "the company is not recognised for crebo 25655"
    )


def test_no_recognitions_at_all_cover_nothing():
    assert not covers([], CREBO, date(2026, 1, 1))
    assert "not recognised for crebo 25655" in why_not([], CREBO, date(2026, 1, 1))


def test_a_revoked_recognition_stops_covering_on_the_day_of_revocation():
    facts = [fact(date(2020, 1, 1), date(2026, 10, 1))]
    assert covers(facts, CREBO, date(2026, 9, 30))
    assert not covers(facts, CREBO, date(2026, 10, 1))
    assert why_not(facts, CREBO, date(2026, 11, 24)) == (
        "the recognition for crebo 25655 was revoked on 01-10-2026"
    )


def test_a_future_recognition_names_the_day_it_starts():
    facts = [fact(date(2027, 2, 1))]
    assert not covers(facts, CREBO, date(2026, 11, 24))
    assert why_not(facts, CREBO, date(2026, 11, 24)) == (
        "the company is recognised for crebo 25655 only from 01-02-2027"
    )


def test_recognised_again_after_a_revocation_covers_from_the_new_date():
    facts = [fact(date(2020, 1, 1), date(2025, 6, 1)), fact(date(2027, 1, 1))]
    assert not covers(facts, CREBO, date(2026, 1, 1))
    assert covers(facts, CREBO, date(2027, 1, 1))
    assert why_not(facts, CREBO, date(2026, 1, 1)) == (
        "the recognition for crebo 25655 was revoked on 01-06-2025; "
        "it is recognised again only from 01-01-2027"
    )


def test_one_covering_recognition_is_enough_beside_a_revoked_one():
    facts = [fact(date(2020, 1, 1), date(2022, 1, 1)), fact(date(2023, 1, 1))]
    assert covers(facts, CREBO, date(2026, 1, 1))
    assert why_not(facts, CREBO, date(2026, 1, 1)) == ""


def test_revoking_before_the_recognition_date_is_refused_on_the_same_day_allowed():
    check_dates(date(2024, 3, 1), None)
    check_dates(date(2024, 3, 1), date(2024, 3, 1))
    with pytest.raises(ValidationError) as caught:
        check_dates(date(2024, 3, 1), date(2024, 2, 29))
    assert caught.value.field == "revoked_on"
    assert caught.value.message == "29-02-2024 is before the recognition date 01-03-2024"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (fact(date(2020, 1, 1)), fact(date(2024, 1, 1)), True),
        (fact(date(2020, 1, 1), date(2023, 1, 1)), fact(date(2023, 1, 1)), False),
        (fact(date(2020, 1, 1), date(2023, 1, 2)), fact(date(2023, 1, 1)), True),
        (fact(date(2025, 1, 1)), fact(date(2020, 1, 1), date(2024, 1, 1)), False),
    ],
)
def test_periods_overlap_when_they_share_a_day(first, second, expected):
    assert overlap(first, second) is expected
    assert overlap(second, first) is expected
