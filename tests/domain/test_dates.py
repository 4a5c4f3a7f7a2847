"""Tests for stagedesk.domain.dates: Dutch formats, school year, BBL deadline and age."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stagedesk.domain.dates import (
    MONTHS_NL,
    age_on,
    bbl_deadline,
    format_date,
    format_date_long,
    is_minor,
    majority_date,
    parse_date,
    school_year_end,
    school_year_label,
    school_year_start,
)
from stagedesk.domain.errors import ValidationError

# --- Formats -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 11, 24), "24-11-2026"),
        (date(2026, 8, 1), "01-08-2026"),
        (date(999, 1, 9), "09-01-0999"),
    ],
)
def test_format_date_is_day_month_year_with_dashes_and_leading_zeros(
    d: date, expected: str
) -> None:
    assert format_date(d) == expected


@pytest.mark.parametrize(("month", "name"), list(enumerate(MONTHS_NL, start=1)))
def test_format_date_long_uses_the_lowercase_dutch_month_name(month: int, name: str) -> None:
    assert format_date_long(date(2026, month, 3)) == f"3 {name} 2026"


def test_format_date_long_example_from_the_letters() -> None:
    assert format_date_long(date(2026, 11, 24)) == "24 november 2026"
    assert format_date_long(date(2027, 3, 1)) == "1 maart 2027"


@given(st.dates())
def test_parse_date_reads_back_what_format_date_writes(d: date) -> None:
    assert parse_date(format_date(d)) == d


def test_parse_date_accepts_single_digit_day_and_month() -> None:
    assert parse_date(" 1-8-2026 ") == date(2026, 8, 1)


@pytest.mark.parametrize("text", ["2026-11-24", "24/11/2026", "24-11-26", "", "morgen"])
def test_parse_date_refuses_other_shapes(text: str) -> None:
    with pytest.raises(ValidationError, match="like 24-11-2026"):
        parse_date(text, "start")


@pytest.mark.parametrize("text", ["31-02-2026", "29-02-2027", "00-01-2026", "01-13-2026"])
def test_parse_date_refuses_days_not_in_the_calendar(text: str) -> None:
    with pytest.raises(ValidationError, match="not a date in the calendar") as caught:
        parse_date(text, "start")
    assert caught.value.field == "start"


# --- School year -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "start"),
    [
        (date(2026, 7, 31), date(2025, 8, 1)),
        (date(2026, 8, 1), date(2026, 8, 1)),
        (date(2026, 12, 31), date(2026, 8, 1)),
        (date(2027, 1, 1), date(2026, 8, 1)),
        (date(2027, 7, 31), date(2026, 8, 1)),
    ],
)
def test_school_year_starts_on_1_august(d: date, start: date) -> None:
    assert school_year_start(d) == start
    assert school_year_end(d) == date(start.year + 1, 7, 31)
    assert school_year_label(d) == f"{start.year}-{start.year + 1}"


@given(st.dates(min_value=date(1901, 1, 1)))
def test_every_date_lies_inside_its_school_year(d: date) -> None:
    assert school_year_start(d) <= d <= school_year_end(d)
    assert school_year_end(d) - school_year_start(d) in (timedelta(364), timedelta(365))


@pytest.mark.parametrize(
    ("d", "deadline"),
    [
        (date(2026, 7, 31), date(2025, 12, 31)),
        (date(2026, 8, 1), date(2026, 12, 31)),
        (date(2026, 12, 31), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2026, 12, 31)),
        (date(2027, 7, 31), date(2026, 12, 31)),
    ],
)
def test_bbl_deadline_is_31_december_of_the_school_year(d: date, deadline: date) -> None:
    assert bbl_deadline(d) == deadline


# --- Age ---------------------------------------------------------------------------------


def test_the_18th_birthday_itself_counts_as_of_age() -> None:
    dob = date(2008, 11, 24)
    assert age_on(dob, date(2026, 11, 23)) == 17
    assert is_minor(dob, date(2026, 11, 23))
    assert age_on(dob, date(2026, 11, 24)) == 18
    assert not is_minor(dob, date(2026, 11, 24))


def test_born_on_29_february_is_of_age_on_1_march_in_a_common_year() -> None:
    dob = date(2008, 2, 29)
    assert is_minor(dob, date(2026, 2, 28))
    assert not is_minor(dob, date(2026, 3, 1))
    assert majority_date(dob) == date(2026, 3, 1)


def test_born_on_29_february_has_the_birthday_on_29_february_in_a_leap_year() -> None:
    dob = date(2012, 2, 29)
    assert age_on(dob, date(2028, 2, 28)) == 15
    assert age_on(dob, date(2028, 2, 29)) == 16


def test_age_on_the_day_of_birth_is_zero() -> None:
    assert age_on(date(2010, 5, 5), date(2010, 5, 5)) == 0


def test_age_on_a_day_before_birth_is_refused() -> None:
    with pytest.raises(ValidationError, match="05-05-2010 is after 04-05-2010") as caught:
        age_on(date(2010, 5, 5), date(2010, 5, 4))
    assert caught.value.field == "date_of_birth"


_DOB = st.dates(min_value=date(1950, 1, 1), max_value=date(2020, 12, 31))


@given(_DOB, st.integers(0, 40 * 366))
def test_minor_exactly_before_the_majority_date(dob: date, days: int) -> None:
    on = dob + timedelta(days=days)
    assert is_minor(dob, on) == (on < majority_date(dob))


@given(_DOB, st.integers(0, 80))
def test_age_grows_by_one_on_each_birthday(dob: date, years: int) -> None:
    try:
        birthday = dob.replace(year=dob.year + years)
    except ValueError:
        birthday = date(dob.year + years, 3, 1)
    assert age_on(dob, birthday) == years
    if years:
        assert age_on(dob, birthday - timedelta(days=1)) == years - 1
