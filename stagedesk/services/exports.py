"""Write a table (what a list view shows) to an Excel .xlsx or a CSV file.

``export_table(path, headers, rows)`` picks the format by the file's extension. CSV is
written as Dutch Excel reads it without asking: semicolons, UTF-8 with a byte-order mark,
CRLF line ends, dates as 24-11-2026. In .xlsx, numbers stay numbers and dates are real dates
shown as dd-mm-jjjj; the header row is bold and frozen.

Text that starts like a formula (``=``, ``+``, ``-``, ``@``, or a tab or carriage return) is
never written as one: in .xlsx it is stored as a text cell, in CSV it gets a leading
apostrophe, so a name typed as "=HYPERLINK(...)" cannot run in the reader's spreadsheet.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import ValidationError

Cell = str | int | float | Decimal | date | datetime | bool | Enum | None
Progress = Callable[[int, int], None]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_MAX = 31  # Excel's limit
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_XLSX_TEXT_MAX = 32_767


def export_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    title: str = "Export",
    total: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write ``headers`` and ``rows`` to ``path`` (.xlsx or .csv); the number of rows written.

    The file appears whole or not at all: it is written next to its place and moved there at
    the end. ``progress(done, total)`` is called every 1,000 rows.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("path", f"export to .xlsx or .csv, not {suffix or 'no extension'}")
    handle, temporary = tempfile.mkstemp(suffix=suffix, dir=target.parent, prefix=".export-")
    os.close(handle)
    counted = _Counted(rows, total, progress)
    try:
        if suffix == ".xlsx":
            _write_xlsx(Path(temporary), headers, counted, title)
        else:
            _write_csv(Path(temporary), headers, counted)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return counted.done


class _Counted:
    """The rows, counted as they are written, with a progress report every 1,000."""

    def __init__(self, rows: Iterable[Sequence[Cell]], total: int, progress: Progress | None):
        self.rows, self.total, self.progress, self.done = rows, total, progress, 0

    def __iter__(self) -> Iterator[Sequence[Cell]]:
        for row in self.rows:
            yield row
            self.done += 1
            if self.progress is not None and self.done % 1_000 == 0:
                self.progress(self.done, max(self.total, self.done))


def csv_text(value: Cell) -> str:
    """A cell as CSV text: dates as 24-11-2026, yes/no as ja/nee, formulas defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return str(value.value)
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in headers])
        writer.writerows([csv_text(value) for value in row] for row in rows)


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], title: str
) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    clean_title = " ".join(title.translate(_SHEET_TITLE_FORBIDDEN).split())
    sheet = book.create_sheet(clean_title[:_SHEET_TITLE_MAX] or "Export")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: Cell, *, header: bool = False) -> WriteOnlyCell:
        if isinstance(value, Enum):
            value = str(value.value)
        if isinstance(value, Decimal):
            value = float(value)
        if isinstance(value, str):
            # Characters XML cannot hold are dropped; the text cell never becomes a formula.
            text = ILLEGAL_CHARACTERS_RE.sub("", value)[:_XLSX_TEXT_MAX]
            result = WriteOnlyCell(sheet, value=text)
            result.data_type = "s"
        else:
            result = WriteOnlyCell(sheet, value=value)
            if isinstance(value, datetime):
                result.number_format = "dd-mm-yyyy hh:mm"
            elif isinstance(value, date):
                result.number_format = "dd-mm-yyyy"
        if header:
            result.font = bold
        return result

    try:
        sheet.append([cell(h, header=True) for h in headers])
        for row in rows:
            sheet.append([cell(value) for value in row])
    except BaseException:
        sheet.close()  # ends the sheet's writer and its temporary file (else left to the GC)
        raise
    book.save(path)
