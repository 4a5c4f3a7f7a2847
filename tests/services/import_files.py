"""Write import files for tests: CSV in a chosen encoding and delimiter, or .xlsx."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

STUDENT_HEADER = (
    "Studentnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "E-mail",
    "Crebo", "Leerweg", "Niveau", "Cohort", "Klas", "Mentor",
)  # fmt: skip


def student_row(
    number: str = "200001",
    given: str = "Zoë",
    tussenvoegsel: str = "van der",
    surname: str = "Berg",
    born: str = "01-05-2008",
    email: str = "zoe@student.example.nl",
    crebo: str = "25655",
    leerweg: str = "BOL",
    niveau: str = "3",
    cohort: str = "2025",
    klas: str = "VIG3-25A",
    mentor: str = "Fatima el Amrani",
) -> tuple[str, ...]:
    return (number, given, tussenvoegsel, surname, born, email, crebo, leerweg, niveau, cohort,
            klas, mentor)  # fmt: skip


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    def cell(text: str) -> str:
        if any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    lines = [delimiter.join(cell(c) for c in row) for row in [header, *rows]]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
