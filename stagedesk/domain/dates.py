"""Calendar rules of the office: Dutch date formats, the school year, BBL deadline and age.

The school year runs from 1 August to 31 July. Age follows the birthday: on the day of the
18th birthday the student is of age. Someone born on 29 February has the birthday on
1 March in other years, so on 28 February of such a year the student is still a minor (the
safe side for guardian signatures).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from stagedesk.domain.errors import ValidationError

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

SCHOOL_YEAR_START_MONTH = 8
AGE_OF_MAJORITY = 18

_SHORT_DATE = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")


def format_date(d: date) -> str:
    """The short Dutch date: ``"24-11-2026"``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_date_long(d: date) -> str:
    """The written-out Dutch date for letters: ``"24 november 2026"``."""
    return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"


def parse_date(text: str, field: str = "date") -> date:
    """The inverse of ``format_date``; also accepts ``"1-8-2026"`` and surrounding spaces."""
    match = _SHORT_DATE.fullmatch(text.strip())
    if match is None:
        raise ValidationError(field, f"must be a date like 24-11-2026, got {text.strip()!r}")
    day, month, year = (int(group) for group in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"{text.strip()} is not a date in the calendar") from None


def school_year_start(d: date) -> date:
    """1 August of the school year that contains ``d``."""
    year = d.year if d.month >= SCHOOL_YEAR_START_MONTH else d.year - 1
    return date(year, SCHOOL_YEAR_START_MONTH, 1)


def school_year_end(d: date) -> date:
    """31 July of the school year that contains ``d``."""
    start = school_year_start(d)
    return date(start.year + 1, SCHOOL_YEAR_START_MONTH, 1) - timedelta(days=1)


def school_year_label(d: date) -> str:
    """The school year that contains ``d`` as the office writes it: ``"2026-2027"``."""
    start = school_year_start(d).year
    return f"{start}-{start + 1}"


def bbl_deadline(d: date) -> date:
    """31 December of the school year that contains ``d``: the BBL leerbaan deadline."""
    return date(school_year_start(d).year, 12, 31)


def age_on(dob: date, on: date) -> int:
    """Age in whole years on the date ``on``; the birthday itself counts as reached."""
    if on < dob:
        raise ValidationError("date_of_birth", f"{format_date(dob)} is after {format_date(on)}")
    before_birthday = (on.month, on.day) < (dob.month, dob.day)
    return on.year - dob.year - int(before_birthday)


def is_minor(dob: date, on: date) -> bool:
    """True if the person is under 18 on the date ``on``."""
    return age_on(dob, on) < AGE_OF_MAJORITY


def majority_date(dob: date) -> date:
    """The first day on which the person is 18 (1 March for a 29 February birthday)."""
    year = dob.year + AGE_OF_MAJORITY
    try:
        return dob.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return date(year, 3, 1)
