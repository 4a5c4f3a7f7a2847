"""The office's postcode-to-region table, read from resources/regions once per process."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.regions import Region, RegionTable

REGIONS_FILE = RESOURCES_DIR / "regions" / "postcode_regions.csv"


def read_region_table(path: Path) -> RegionTable:
    """Parse a region CSV; a malformed row raises RegionTableError naming the file and row."""
    with path.open(encoding="utf-8", newline="") as handle:
        return RegionTable.from_rows(csv.reader(handle), source=path.name)


@lru_cache(maxsize=1)
def region_table() -> RegionTable:
    """The shipped table (read on first use, then kept)."""
    return read_region_table(REGIONS_FILE)


def region_for_postcode(postcode: str | None) -> Region | None:
    """The region a postcode lies in; None when there is no (valid) postcode or no such area."""
    if not postcode:
        return None
    return region_table().region_for(postcode)
