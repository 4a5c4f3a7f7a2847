"""Which province and region a Dutch postcode lies in, from a table of postcode ranges.

The table maps ranges of the postcode's first two digits (PC2, 10 to 99) to a province and a
region name; ``resources/regions/postcode_regions.csv`` is the office's copy, read by
``services.regions``. Rows come in as lists of text cells (what ``csv.reader`` yields), so a
mistake in the file is reported with the file's name and the row it is on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.domain.validation import normalize_postcode

PC2_MIN = 10
PC2_MAX = 99
HEADER = ("pc2_from", "pc2_to", "province", "region")


class RegionTableError(StageDeskError):
    """The region table's data is malformed: names the source and the row."""

    def __init__(self, source: str, row: int, message: str) -> None:
        super().__init__(f"{source}, row {row}: {message}")
        self.source = source
        self.row = row
        self.message = message


@dataclass(frozen=True, slots=True)
class Region:
    province: str
    region: str


@dataclass(frozen=True, slots=True)
class RegionRange:
    first: int
    last: int
    region: Region


class RegionTable:
    """Postcode areas (PC2) to regions; areas the table leaves out have no region."""

    def __init__(self, ranges: Sequence[RegionRange]) -> None:
        self.ranges = tuple(sorted(ranges, key=lambda r: r.first))
        self._by_pc2: dict[int, Region] = {}
        for entry in self.ranges:
            for pc2 in range(entry.first, entry.last + 1):
                self._by_pc2[pc2] = entry.region

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]], source: str = "region table") -> RegionTable:
        """A table from rows ``pc2_from, pc2_to, province, region``.

        Row numbers count every row given, so with ``csv.reader`` over a file they are the
        file's line numbers. Blank rows, rows whose first cell starts with ``#`` and the header
        row are skipped. Ranges are inclusive, lie within 10-99 and must not overlap.
        """
        ranges: list[RegionRange] = []
        owner: dict[int, int] = {}  # PC2 → the row that claimed it
        for number, raw in enumerate(rows, start=1):
            cells = [cell.strip() for cell in raw]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if tuple(cell.lower() for cell in cells) == HEADER:
                continue
            entry = _parse_row(source, number, cells)
            for pc2 in range(entry.first, entry.last + 1):
                if pc2 in owner:
                    raise RegionTableError(
                        source, number, f"postcode area {pc2} is already in row {owner[pc2]}"
                    )
                owner[pc2] = number
            ranges.append(entry)
        return cls(ranges)

    def region_for(self, postcode: str) -> Region | None:
        """The region of a postcode (``"1234 AB"``, any spelling ``normalize_postcode``
        accepts); None for text that is not a postcode or an area the table leaves out."""
        try:
            canonical = normalize_postcode(postcode)
        except ValidationError:
            return None
        return self._by_pc2.get(int(canonical[:2]))

    def missing_areas(self) -> list[int]:
        """The postcode areas 10-99 the table does not cover."""
        return [pc2 for pc2 in range(PC2_MIN, PC2_MAX + 1) if pc2 not in self._by_pc2]


def _parse_row(source: str, number: int, cells: list[str]) -> RegionRange:
    if len(cells) != len(HEADER):
        raise RegionTableError(
            source,
            number,
            f"expected {len(HEADER)} columns ({', '.join(HEADER)}), got {len(cells)}",
        )
    first = _pc2(source, number, HEADER[0], cells[0])
    last = _pc2(source, number, HEADER[1], cells[1])
    if first > last:
        raise RegionTableError(source, number, f"pc2_from {first} is after pc2_to {last}")
    province, region = cells[2], cells[3]
    if not province:
        raise RegionTableError(source, number, "province is empty")
    if not region:
        raise RegionTableError(source, number, "region is empty")
    return RegionRange(first, last, Region(province, region))


def _pc2(source: str, number: int, column: str, text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise RegionTableError(source, number, f"{column} must be a number, got {text!r}")
    value = int(text)
    if not PC2_MIN <= value <= PC2_MAX:
        raise RegionTableError(
            source, number, f"{column} must be {PC2_MIN} to {PC2_MAX}, got {value}"
        )
    return value
