"""Rules of one placement: total hours, the suggested period and the warnings' edges."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.enums import AllowanceKind, Leerweg
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.placements import (
    OtherPlacement,
    PlacementCheck,
    PlacementWarning,
    WarningRules,
    check_allowance,
    placement_warnings,
    suggested_period,
    total_hours,
)

RULES = WarningRules(pok_days_before_start=7, bbl_warning_weeks=8, allowance_norm_cents=30_000)


@pytest.mark.parametrize(
    ("start", "end", "hours", "total"),
    [
        (date(2027, 2, 1), date(2027, 2, 7), 32, 32),  # one week
        (date(2027, 2, 1), date(2027, 2, 1), 40, 6),  # one day: 40 / 7 = 5.7
        (date(2027, 2, 1), date(2027, 2, 3), 24, 10),  # 72 / 7 = 10.3
        (date(2026, 9, 1), date(2027, 7, 31), 24, 1145),  # 334 days / 7 × 24 = 1145.1
    ],
)
def test_total_hours_count_part_weeks_pro_rata_to_the_nearest_hour(start, end, hours, total):
    assert total_hours(start, end, hours) == total


def test_a_bbl_suggestion_runs_into_the_next_school_year_when_little_is_left():
    start, end, hours = suggested_period(Leerweg.BBL, date(2027, 5, 1))
    assert (start, end, hours) == (date(2027, 5, 17), date(2028, 7, 31), 24)
    assert suggested_period(Leerweg.BOL, date(2026, 11, 2))[0] == date(2026, 11, 16)  # Monday


def test_an_allowance_of_zero_is_none():
    with pytest.raises(ValidationError) as raised:
        check_allowance(AllowanceKind.ALLOWANCE, 0, False)
    assert raised.value.field == "allowance_cents_per_month"


def _check(**changes: object) -> PlacementCheck:
    values: dict[str, object] = {
        "start": date(2027, 2, 1),
        "end": date(2027, 6, 20),
        "leerweg": Leerweg.BOL,
        "pok_complete": True,
        "allowance_kind": AllowanceKind.WAGE,
        "allowance_cents": None,
        "crebo": "25655",
    }
    return PlacementCheck(**(values | changes))  # type: ignore[arg-type]


def test_a_placement_broken_off_before_it_started_overlaps_nothing():
    other = OtherPlacement("x", date(2027, 1, 4), date(2027, 5, 1), ended_early_on=date(2027, 1, 4))
    assert placement_warnings(_check(others=(other,)), RULES, date(2026, 11, 25)) == ()
    ran = OtherPlacement("y", date(2027, 1, 4), date(2027, 5, 1), ended_early_on=date(2027, 2, 3))
    (item,) = placement_warnings(_check(others=(ran,)), RULES, date(2026, 11, 25))
    assert (item.warning, item.on, item.days) == (PlacementWarning.OVERLAP, date(2027, 2, 1), 2)


def test_a_finished_or_broken_off_placement_has_no_pok_warnings():
    incomplete = {"pok_complete": False, "leerweg": Leerweg.BBL}
    assert placement_warnings(_check(**incomplete), RULES, date(2027, 6, 21)) == ()
    broken = _check(**incomplete, ended_early_on=date(2027, 3, 1))
    assert placement_warnings(broken, RULES, date(2027, 3, 1)) == ()
