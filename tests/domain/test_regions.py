"""The postcode-to-region table: lookups, and malformed rows named by source and row."""

from __future__ import annotations

import pytest

from stagedesk.domain.regions import Region, RegionTable, RegionTableError

ROWS = [
    ["# a comment, with a comma"],
    ["pc2_from", "pc2_to", "province", "region"],
    ["10", "11", "Noord-Holland", "Amsterdam"],
    [],
    ["35", "36", "Utrecht", "Utrecht"],
    [" 97 ", "98", "Groningen", "Groningen"],
]


@pytest.fixture
def table() -> RegionTable:
    return RegionTable.from_rows(ROWS, source="test.csv")


@pytest.mark.parametrize(
    ("postcode", "expected"),
    [
        ("1011 AB", Region("Noord-Holland", "Amsterdam")),
        ("1199zz", Region("Noord-Holland", "Amsterdam")),  # any spelling normalize accepts
        ("3511 AA", Region("Utrecht", "Utrecht")),
        ("3699 XX", Region("Utrecht", "Utrecht")),
        ("9712 CP", Region("Groningen", "Groningen")),
    ],
)
def test_a_postcode_lies_in_the_region_of_its_first_two_digits(table, postcode, expected):
    assert table.region_for(postcode) == expected


@pytest.mark.parametrize("postcode", ["1200 AB", "9900 AA", "", "35", "0123 AB", "3511 SS"])
def test_areas_left_out_and_text_that_is_no_postcode_have_no_region(table, postcode):
    assert table.region_for(postcode) is None


def test_the_table_lists_the_areas_it_does_not_cover(table):
    missing = table.missing_areas()
    assert 10 not in missing and 12 in missing and 99 in missing
    assert len(missing) == 90 - 6


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["10", "11", "Noord-Holland"], "expected 4 columns"),
        (["1x", "11", "Noord-Holland", "Amsterdam"], "pc2_from must be a number, got '1x'"),
        (["10", "100", "Noord-Holland", "Amsterdam"], "pc2_to must be 10 to 99, got 100"),
        (["09", "11", "Noord-Holland", "Amsterdam"], "pc2_from must be 10 to 99, got 9"),
        (["12", "11", "Noord-Holland", "Amsterdam"], "pc2_from 12 is after pc2_to 11"),
        (["10", "11", "", "Amsterdam"], "province is empty"),
        (["10", "11", "Noord-Holland", " "], "region is empty"),
    ],
)
def test_a_malformed_row_is_reported_with_the_source_and_row_number(row, message):
    rows = [["pc2_from", "pc2_to", "province", "region"], ["50", "51", "Noord-Brabant", "X"], row]
    with pytest.raises(RegionTableError) as caught:
        RegionTable.from_rows(rows, source="postcode_regions.csv")
    assert caught.value.source == "postcode_regions.csv"
    assert caught.value.row == 3
    assert message in str(caught.value)
    assert str(caught.value).startswith("postcode_regions.csv, row 3: ")


def test_overlapping_ranges_name_the_row_that_claimed_the_area_first():
    rows = [["10", "14", "Noord-Holland", "A"], ["#"], ["14", "15", "Noord-Holland", "B"]]
    with pytest.raises(
        RegionTableError, match=r"^t\.csv, row 3: postcode area 14 is already in row 1$"
    ):
        RegionTable.from_rows(rows, source="t.csv")
