"""Prerequisite rules: which apply, when an obtained one holds, why one does not."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.prerequisites import (
    Holding,
    PrerequisiteStatus,
    Requirement,
    add_months,
    check_holding,
    check_requirement,
    expiry,
    shortfall,
    shortfalls,
)

VOG = Requirement("VOG", sector=Sector.ZORG, validity_months=6)
TODAY = date(2026, 11, 25)
OK = PrerequisiteStatus.OBTAINED


def test_a_requirement_is_for_a_programme_or_a_sector_not_both_and_has_a_name():
    assert check_requirement(Requirement("  VOG   zorg ", sector=Sector.ZORG)).name == "VOG zorg"
    with pytest.raises(ValidationError, match="either a programme or a sector"):
        check_requirement(Requirement("VOG"))
    with pytest.raises(ValidationError, match="either a programme or a sector"):
        check_requirement(Requirement("VOG", programme_id=1, sector=Sector.ZORG))
    with pytest.raises(ValidationError):
        check_requirement(Requirement(" ", sector=Sector.ZORG))
    with pytest.raises(ValidationError):
        check_requirement(Requirement("VOG", sector=Sector.ZORG, validity_months=0))


def test_applies_to_its_programme_or_every_programme_of_its_sector():
    assert VOG.applies_to("any", Sector.ZORG)
    assert not VOG.applies_to("any", Sector.ICT)
    course = Requirement("BHV", programme_id="p1")
    assert course.applies_to("p1", Sector.ICT) and not course.applies_to("p2", Sector.ICT)


def test_an_obtained_prerequisite_needs_its_date_not_ahead_and_before_its_expiry():
    check_holding(Holding(OK, date(2026, 11, 1)), TODAY)
    with pytest.raises(ValidationError, match="needs the date"):
        check_holding(Holding(OK), TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        check_holding(Holding(OK, date(2026, 12, 1)), TODAY)
    with pytest.raises(ValidationError, match="not after"):
        check_holding(Holding(OK, date(2026, 11, 1), date(2026, 11, 1)), TODAY)


def test_the_expiry_is_recorded_or_follows_from_the_validity_period():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert expiry(VOG, Holding(OK, date(2026, 5, 1))) == date(2026, 11, 1)
    assert expiry(VOG, Holding(OK, date(2026, 5, 1), date(2027, 1, 1))) == date(2027, 1, 1)
    assert expiry(Requirement("BHV", programme_id=1), Holding(OK, date(2026, 5, 1))) is None


@pytest.mark.parametrize(
    ("holding", "reason"),
    [
        (None, "VOG is missing"),
        (Holding(PrerequisiteStatus.REQUESTED), "VOG is requested but not obtained yet"),
        (Holding(OK, date(2026, 5, 1)), "VOG expired on 01-11-2026"),
        (Holding(OK, date(2026, 12, 1)), "VOG is obtained only from 01-12-2026"),
    ],
)
def test_why_a_prerequisite_does_not_hold(holding, reason):
    assert shortfall(VOG, holding, TODAY).reason == reason


def test_obtained_in_time_or_exempt_holds():
    assert shortfall(VOG, Holding(OK, date(2026, 6, 1)), TODAY) is None
    assert shortfall(VOG, Holding(PrerequisiteStatus.EXEMPT), TODAY) is None


def test_shortfalls_lists_only_what_applies_and_fails_by_name():
    reqs = [
        ("vog", VOG),
        ("ehbo", Requirement("EHBO", sector=Sector.ZORG)),
        ("ict", Requirement("Screening", sector=Sector.ICT)),
    ]
    found = shortfalls(reqs, {"vog": Holding(OK, date(2026, 6, 1))}, "p", Sector.ZORG, TODAY)
    assert [gap.name for gap in found] == ["EHBO"]
