"""Read a table file for an import: CSV (comma or semicolon) or Excel .xlsx, row by row.

``read_table`` gives the header and an iterator of ``(row number, {header: cell text})``,
where the row number is the one the user sees when opening the file in a spreadsheet (the
header is row 1). Cells come out as text, trimmed; Excel numbers and dates are turned into
the text a person would type ("25604", "2008-05-01"). Whatever is wrong with the file itself
raises ``ImportFileError`` naming the file, and the row and column where that makes sense.

CSV text is UTF-8 (with or without a byte-order mark) or, failing that, Windows-1252, the
encoding Excel on Windows writes "CSV" in. The delimiter is the one of comma, semicolon and
tab that occurs most in the header line (outside quotes); Dutch Excel writes semicolons.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from stagedesk.domain.errors import StageDeskError

# Bigger than any sensible cell, small enough that a runaway quote cannot eat the machine.
MAX_CELL_CHARS = 32_767  # Excel's own limit per cell
MAX_FILE_BYTES = 200 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")

Cells = dict[str, str]


class ImportFileError(StageDeskError):
    """The file cannot be read as a table: names the file, and the row and column if known."""

    def __init__(
        self, file: str, message: str, row: int | None = None, column: str | None = None
    ) -> None:
        where = file
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.row = row
        self.column = column
        self.message = message


@dataclass
class Table:
    """An opened table: its header and its rows (read lazily, once)."""

    file: str
    headers: tuple[str, ...]
    rows: Iterator[tuple[int, Cells]]
    total_rows: int | None  # data rows expected, when the format says (for a progress bar)
    encoding: str | None = None  # CSV only: "utf-8" or "cp1252"
    delimiter: str | None = None  # CSV only
    # Rows the reader could not turn into cells (a value under no column, an overlong cell):
    # not yielded, but recorded here as they are met, so the import can report each one.
    skipped: list[ImportFileError] = field(default_factory=list)


def read_table(path: str | Path) -> Table:
    """Open ``path`` by its extension: ``.xlsx`` with openpyxl, anything else as CSV."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(path.name, "no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError(path.name, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise ImportFileError(path.name, "old Excel .xls files cannot be read: save as .xlsx")
    return read_csv_bytes(path.read_bytes(), path.name)


# --- CSV ---------------------------------------------------------------------------------------


def decode(data: bytes, file: str) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (a BOM is dropped), else Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            file,
            f"is neither UTF-8 nor Windows-1252 text (byte 0x{data[exc.start]:02x})",
            row=row,
        ) from None


def sniff_delimiter(first_line: str) -> str:
    """The delimiter of comma, semicolon and tab that the header line uses most."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties: the order above (semicolon)
    return best if counts[best] else ","


def read_csv_bytes(data: bytes, file: str) -> Table:
    """A CSV file's table from its bytes (see the module doc for encodings and delimiters)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ImportFileError(file, "is UTF-16 text: save it as CSV UTF-8")
    text, encoding = decode(data, file)
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = _csv_records(reader, file)
    try:
        first = next(records)
    except StopIteration:
        raise ImportFileError(file, "is empty") from None
    total = text.count("\n") + (0 if text.endswith("\n") else 1) - 1
    table = Table(file, _headers(first[1], file), iter(()), total, encoding, delimiter)
    table.rows = _rows(records, table)
    return table


def _csv_records(reader: Iterator[list[str]], file: str) -> Iterator[tuple[int, list[str]]]:
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFileError(file, f"is not valid CSV here ({exc})", row=number) from None
        yield number, record


# --- Excel -------------------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError(path.name, f"is not an Excel .xlsx workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
    except IndexError:
        book.close()
        raise ImportFileError(path.name, "has no worksheet") from None
    rows = _xlsx_records(book, sheet, path.name)
    try:
        first = next(rows)
    except StopIteration:
        book.close()
        raise ImportFileError(path.name, "is empty") from None
    max_row = sheet.max_row if isinstance(sheet.max_row, int) else None
    table = Table(path.name, _headers(first[1], path.name), iter(()), max_row and max_row - 1)
    table.rows = _rows(rows, table)
    return table


def _xlsx_records(book: object, sheet: object, file: str) -> Iterator[tuple[int, list[str]]]:
    try:
        # Read-only sheets fill the gaps between stored rows with empty ones, so the count is
        # the sheet's row number.
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):  # type: ignore[attr-defined]
            yield number, [cell_text(value) for value in values]
    except Exception as exc:  # openpyxl raises many kinds on a damaged sheet
        raise ImportFileError(file, f"cannot be read past here ({exc})") from None
    finally:
        book.close()  # type: ignore[attr-defined]


def cell_text(value: object) -> str:
    """An Excel cell's value as the text a person would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- shared ------------------------------------------------------------------------------------


def _headers(cells: list[str], file: str) -> tuple[str, ...]:
    headers = tuple(" ".join(cell.split()) for cell in cells)
    while headers and not headers[-1]:
        headers = headers[:-1]
    if not any(headers):
        raise ImportFileError(file, "has no column names in its first row", row=1)
    seen: set[str] = set()
    for header in headers:
        if header and header in seen:
            raise ImportFileError(file, "column name occurs twice", row=1, column=header)
        seen.add(header)
    return headers


def _rows(records: Iterator[tuple[int, list[str]]], table: Table) -> Iterator[tuple[int, Cells]]:
    """Non-blank rows as ``{header: trimmed text}``; cells under no header must be empty."""
    headers, width = table.headers, len(table.headers)
    for number, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        stray = next((i for i in range(width, len(cells)) if cells[i].strip()), None)
        if stray is not None:
            table.skipped.append(
                ImportFileError(
                    table.file,
                    f"has a value in column {stray + 1}, which has no name in the first row "
                    "(a delimiter inside a value that is not quoted?)",
                    row=number,
                )
            )
            continue
        row: Cells = {}
        for index, header in enumerate(headers):
            if not header:
                continue
            text = cells[index].strip() if index < len(cells) else ""
            if len(text) > MAX_CELL_CHARS:
                table.skipped.append(
                    ImportFileError(
                        table.file,
                        f"cell is longer than {MAX_CELL_CHARS} characters",
                        number,
                        header,
                    )
                )
                break
            row[header] = text
        else:
            yield number, row
