"""Required bpv hours per programme and leerjaar: the leerjaar of a placement, the stored
table (old and new shape), its checks and which value a placement uses."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.hours import (
    ProgrammeHours,
    Requirement,
    RequirementSource,
    encode_required,
    largest_required,
    leerjaar,
    parse_required,
    requirement,
    school_year,
    with_required,
)


def test_school_years_start_on_the_first_of_august():
    assert school_year(date(2025, 7, 31)) == 2024
    assert school_year(date(2025, 8, 1)) == 2025
    assert school_year(date(2026, 1, 15)) == 2025


def test_leerjaar_counts_school_years_from_the_cohort():
    assert leerjaar(2024, date(2024, 9, 2)) == 1
    assert leerjaar(2024, date(2025, 7, 31)) == 1
    assert leerjaar(2024, date(2025, 8, 1)) == 2
    assert leerjaar(2024, date(2027, 2, 1)) == 3
    assert leerjaar(2025, date(2025, 6, 1)) == 0  # before the cohort began: no year of its own


def test_an_old_row_means_every_year_and_the_new_shape_round_trips():
    assert parse_required({"25180": 800}) == {"25180": ProgrammeHours(800)}
    table = parse_required({"25180": {"all": 800, "2": 640, "9": 5, "3": 0}, "x": "y"})
    assert table == {"25180": ProgrammeHours(800, {2: 640})}
    assert encode_required(table) == {"25180": {"2": 640, "all": 800}}
    assert parse_required(encode_required(table)) == table
    assert parse_required(None) == {} and parse_required({"25180": True}) == {}


def test_values_are_checked_with_clear_errors():
    with pytest.raises(ValidationError, match="1 to 10000 hours") as raised:
        with_required(None, 0, None)
    assert raised.value.field == "required"
    with pytest.raises(ValidationError, match="leerjaar must be 1 to 4") as raised:
        with_required(None, 100, 5)
    assert raised.value.field == "year"
    with pytest.raises(ValidationError, match="1 to 10000"):
        with_required(None, 10_001, 2)


def test_setting_and_removing_a_years_value_keeps_the_rest():
    programme = with_required(with_required(None, 800, None), 640, 2)
    assert programme == ProgrammeHours(800, {2: 640})
    assert with_required(programme, None, None) == ProgrammeHours(None, {2: 640})
    assert with_required(programme, None, 2) == ProgrammeHours(800, {})
    assert with_required(ProgrammeHours(None, {2: 640}), None, 2).is_empty()


def test_the_year_then_the_programme_then_the_placement_counts():
    table = {"25180": ProgrammeHours(800, {2: 640}), "25181": ProgrammeHours(None, {1: 300})}
    assert requirement(table, "25180", 2, 500) == Requirement(640, RequirementSource.YEAR, 2)
    assert requirement(table, "25180", 3, 500) == Requirement(800, RequirementSource.PROGRAMME)
    assert requirement(table, "25181", 2, 500) == Requirement(500, RequirementSource.PLACEMENT)
    assert requirement(table, "99999", 1, 500) == Requirement(500, RequirementSource.PLACEMENT)
    assert largest_required(table) == 800 and largest_required({}) == 0
    assert largest_required({"1": ProgrammeHours(100, {4: 900})}) == 900
