"""Exporting a list to .xlsx and CSV: read back with openpyxl and LibreOffice, formulas defused."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

import openpyxl
import pytest

from stagedesk.domain.errors import ValidationError
from stagedesk.services.exports import export_table
from stagedesk.services.imports_read import read_table


class Colour(StrEnum):
    RED = "rood"


HEADERS = ["Studentnummer", "Naam", "Geboortedatum", "Aantal", "Minderjarig", "Kleur"]
ROWS = [
    ["0100001", "Zoë van der Berg", date(2008, 5, 1), 3, True, Colour.RED],
    ["100002", '=HYPERLINK("http://x","klik")', None, 0, False, None],
    ["100003", 'Şükrü Yılmaz; "de" eerste\nregel 2', date(2009, 1, 31), 12, False, "-3"],
]


def test_xlsx_reads_back_with_types_and_no_formula(tmp_path):
    path = tmp_path / "lijst.xlsx"
    assert export_table(path, HEADERS, ROWS, title="Studenten: zoeken") == 3
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Studenten  zoeken".replace("  ", " ")
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[1] == ["0100001", "Zoë van der Berg", datetime(2008, 5, 1), 3, True, "rood"]
    assert values[2][1] == '=HYPERLINK("http://x","klik")'
    assert sheet["B3"].data_type == "s"  # text, not a formula
    assert sheet["C2"].number_format == "dd-mm-yyyy"
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"


def test_csv_is_semicolons_utf8_with_bom_and_dutch_dates(tmp_path):
    path = tmp_path / "lijst.csv"
    export_table(path, HEADERS, ROWS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1] == ["0100001", "Zoë van der Berg", "01-05-2008", "3", "ja", "rood"]
    assert rows[2][1] == '\'=HYPERLINK("http://x","klik")'
    assert rows[3][1] == 'Şükrü Yılmaz; "de" eerste\nregel 2' and rows[3][5] == "'-3"


def test_exports_read_back_by_the_importer(tmp_path):
    for name in ("lijst.xlsx", "lijst.csv"):
        export_table(tmp_path / name, HEADERS, ROWS)
        table = read_table(tmp_path / name)
        assert table.headers == tuple(HEADERS)
        rows = list(table.rows)
        assert rows[0][1]["Studentnummer"] == "0100001"


def test_only_xlsx_and_csv_and_a_failed_export_leaves_no_file(tmp_path):
    with pytest.raises(ValidationError):
        export_table(tmp_path / "lijst.pdf", HEADERS, ROWS)

    def broken():
        yield ROWS[0]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export_table(tmp_path / "half.xlsx", HEADERS, broken())
    assert list(tmp_path.iterdir()) == []


def test_progress_every_thousand_rows(tmp_path):
    seen = []
    rows = ([str(n), "x"] for n in range(2_500))
    export_table(tmp_path / "veel.csv", ["a", "b"], rows, total=2_500,
                 progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen == [(1_000, 2_500), (2_000, 2_500)]


def _libreoffice_calc() -> bool:
    """soffice with its spreadsheet part (Debian: libreoffice-calc-nogui)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    program = Path(soffice).resolve().parent
    return any(program.glob("libsclo.so")) or any(program.glob("libsc*lo.dylib"))


@pytest.mark.slow
@pytest.mark.skipif(not _libreoffice_calc(), reason="LibreOffice Calc is not installed")
def test_libreoffice_opens_the_xlsx(tmp_path):
    export_table(tmp_path / "lijst.xlsx", HEADERS, ROWS)
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", str(out),
         str(tmp_path / "lijst.xlsx")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    text = (out / "lijst.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].split(";") == HEADERS
    assert "Zoë van der Berg" in lines[1] and "01-05-2008" in lines[1]
    assert "=HYPERLINK" in text and "klik;" not in text  # shown as text, never evaluated
