"""Reading import files: CSV in every encoding and delimiter offices produce, and .xlsx."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from stagedesk.services.imports_read import (
    ImportFileError,
    cell_text,
    read_csv_bytes,
    read_table,
    sniff_delimiter,
)

HEADER = ["studentnummer", "roepnaam", "achternaam"]
ROWS = [["100001", "Zoë", "Berg"], ["100002", "Şükrü", "Yılmaz"]]


def _csv(delimiter: str, rows: list[list[str]] = ROWS) -> str:
    return "\r\n".join(delimiter.join(r) for r in [HEADER, *rows]) + "\r\n"


def _read(data: bytes, name: str = "leerlingen.csv") -> tuple[object, list[tuple[int, dict]]]:
    table = read_csv_bytes(data, name)
    return table, list(table.rows)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8")],
)
def test_csv_in_utf8_with_or_without_bom_and_any_delimiter(delimiter, encoding, bom, expected):
    table, rows = _read(bom + _csv(delimiter).encode(encoding))
    assert table.headers == tuple(HEADER)  # no BOM glued to the first header
    assert table.encoding == expected and table.delimiter == delimiter
    assert rows == [
        (2, {"studentnummer": "100001", "roepnaam": "Zoë", "achternaam": "Berg"}),
        (3, {"studentnummer": "100002", "roepnaam": "Şükrü", "achternaam": "Yılmaz"}),
    ]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_in_windows_1252_is_detected(delimiter):
    rows_1252 = [["100001", "Zoë", "Brontë"], ["100003", "Renée", "d’Hondt"]]
    table, rows = _read(_csv(delimiter, rows_1252).encode("cp1252"))
    assert table.encoding == "cp1252"
    assert rows[0][1]["roepnaam"] == "Zoë"
    assert rows[1][1]["achternaam"] == "d’Hondt"  # the curly apostrophe of cp1252 (0x92)


def test_text_neither_utf8_nor_1252_names_file_and_row():
    data = b"a;b\r\n1;2\r\n" + b"\x81;x\r\n"
    with pytest.raises(ImportFileError) as caught:
        read_csv_bytes(data, "raar.csv")
    assert caught.value.file == "raar.csv" and caught.value.row == 3
    assert "raar.csv, row 3" in str(caught.value)


def test_utf16_is_refused_with_advice():
    with pytest.raises(ImportFileError, match="UTF-16"):
        read_csv_bytes(_csv(";").encode("utf-16"), "x.csv")


def test_sniffing_ignores_delimiters_inside_quotes():
    assert sniff_delimiter('"naam, voluit";"klas";"cohort"') == ";"
    assert sniff_delimiter('"a;b",c,d') == ","
    assert sniff_delimiter("alleen") == ","


def test_quoted_cells_keep_delimiters_and_newlines_and_rows_count_records():
    data = 'studentnummer;opmerking\r\n100001;"regel 1\r\nregel 2; meer"\r\n100002;x\r\n'
    _table, rows = _read(data.encode())
    assert rows == [
        (2, {"studentnummer": "100001", "opmerking": "regel 1\r\nregel 2; meer"}),
        (3, {"studentnummer": "100002", "opmerking": "x"}),
    ]


def test_blank_rows_are_skipped_but_counted_and_cells_trimmed():
    data = "a;b\n\n ; \n 1 ; 2 \n"
    _table, rows = _read(data.encode())
    assert rows == [(4, {"a": "1", "b": "2"})]


def test_short_rows_are_padded_and_trailing_empty_cells_ignored():
    _table, rows = _read(b"a;b;c\n1\n1;2;3;;\n")
    assert rows == [(2, {"a": "1", "b": "", "c": ""}), (3, {"a": "1", "b": "2", "c": "3"})]


def test_a_value_under_no_header_is_recorded_for_that_row_and_reading_goes_on():
    table, rows = _read(b"a,b\n1,2\nBerg, van der,3\n4,5\n")
    assert [number for number, _cells in rows] == [2, 4]
    (problem,) = table.skipped
    assert problem.row == 3 and "column 3" in problem.message


def test_overlong_cell_is_recorded_with_row_and_column():
    table, rows = _read(b"a;b\n1;" + b"x" * 40_000 + b"\n2;3\n")
    assert [number for number, _cells in rows] == [3]
    assert (table.skipped[0].row, table.skipped[0].column) == (2, "b")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "is empty"), (b";;\n1;2;3\n", "no column names"), (b"a;a\n", "occurs twice")],
)
def test_header_problems(data, message):
    with pytest.raises(ImportFileError, match=message):
        read_csv_bytes(data, "x.csv")


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        read_table(tmp_path / "nergens.csv")


def test_old_xls_is_refused_with_advice(tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match=r"save as \.xlsx"):
        read_table(path)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_rows_numbered_as_in_the_sheet_with_typed_cells_as_text(tmp_path):
    path = _xlsx(
        tmp_path / "lijst.xlsx",
        [
            ["Studentnummer", "Geboortedatum", "Crebo", "Cijfer", None],
            [100001, datetime(2008, 5, 1), 25604, 7.5],
            [None, None, None, None],
            ["0100002", date(2009, 1, 31), "25655", True],
        ],
    )
    table = read_table(path)
    assert table.headers == ("Studentnummer", "Geboortedatum", "Crebo", "Cijfer")
    assert table.total_rows == 3
    assert list(table.rows) == [
        (2, {"Studentnummer": "100001", "Geboortedatum": "2008-05-01", "Crebo": "25604",
             "Cijfer": "7.5"}),
        (4, {"Studentnummer": "0100002", "Geboortedatum": "2009-01-31", "Crebo": "25655",
             "Cijfer": "ja"}),
    ]  # fmt: skip


def test_damaged_xlsx_is_a_file_error(tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match="kapot.xlsx: is not an Excel"):
        read_table(path)


def test_cell_text_of_excel_values():
    assert cell_text(None) == ""
    assert cell_text(12.0) == "12"
    assert cell_text(datetime(2026, 11, 24, 9, 30)) == "2026-11-24 09:30:00"
