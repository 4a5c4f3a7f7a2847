"""A student's profile for a company, on the letterhead: anonymised (objectief werven en
selecteren) or, once the company chose it, by name.

The sheet is built from ``ProfileSheet`` only, which carries no identifying field but
``name`` (None on an anonymised profile): programme, niveau, leerweg, the period looked for,
skills and motivation in the student's own words, and the reference code the company answers
with. The file's metadata (title, subject, author) names the school and the reference only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from stagedesk.domain.dates import format_date_long
from stagedesk.pdf.document import Letterhead, write_documents
from stagedesk.pdf.factsheet import Facts, FactSheet, Prose, factsheet_part

NIVEAU_NL = {
    1: "1 (entree)",
    2: "2 (basisberoepsopleiding)",
    3: "3 (vakopleiding)",
    4: "4 (middenkader- of specialistenopleiding)",
}
LEERWEG_NL = {
    "BOL": "BOL (beroepsopleidende leerweg: stage)",
    "BBL": "BBL (beroepsbegeleidende leerweg: leerbaan)",
}


@dataclass(frozen=True)
class ProfileSheet:
    reference: str
    programme: str
    crebo: str
    niveau: int
    leerweg: str
    period_from: date | None
    period_until: date | None
    skills: str | None
    motivation: str | None
    made_on: date
    name: str | None = None  # only on the named profile


def period_text(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "in overleg"
    if end is None:
        return f"vanaf {format_date_long(start)}" if start else "in overleg"
    if start is None:
        return f"tot {format_date_long(end)}"
    return f"{format_date_long(start)} tot {format_date_long(end)}"


def _title(sheet: ProfileSheet) -> str:
    return "Profiel van een student" if sheet.name else "Anoniem profiel van een student"


def profile_sheet(sheet: ProfileSheet) -> FactSheet:
    rows: list[tuple[str, str | None]] = [("Profielcode", sheet.reference)]
    if sheet.name:
        rows.append(("Naam", sheet.name))
    rows += [
        ("Opleiding", f"{sheet.programme} (crebo {sheet.crebo})"),
        ("Niveau", NIVEAU_NL.get(sheet.niveau, str(sheet.niveau))),
        ("Leerweg", LEERWEG_NL.get(sheet.leerweg, sheet.leerweg)),
        ("Periode", period_text(sheet.period_from, sheet.period_until)),
    ]
    if sheet.name:
        closing = (
            f"Dit is de student bij profielcode {sheet.reference}. Neem voor een kennismaking "
            "contact op met het stagebureau."
        )
    else:
        closing = (
            "Dit profiel is anoniem (objectief werven en selecteren): het noemt geen naam, "
            "leeftijd, adres of herkomst. Kiest u dit profiel, laat het stagebureau dan de "
            f"profielcode {sheet.reference} weten; daarna maken wij kennis met u en de student."
        )
    return FactSheet(
        reference=sheet.reference,
        title=_title(sheet),
        subtitle=f"Opgesteld op {format_date_long(sheet.made_on)}",
        blocks=(
            Facts("Profiel", tuple(rows)),
            Prose("Vaardigheden, in eigen woorden", sheet.skills),
            Prose("Motivatie, in eigen woorden", sheet.motivation),
        ),
        closing=closing,
    )


def write_profile(
    target: str | Path | IO[bytes], sheet: ProfileSheet, letterhead: Letterhead
) -> None:
    part = factsheet_part(profile_sheet(sheet))
    write_documents(target, [part], letterhead, title=f"{_title(sheet)} {sheet.reference}")
