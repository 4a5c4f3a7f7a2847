"""The AVG inzage as a PDF for reading: a fact sheet on the letterhead with a heading per
section, Dutch labels and Dutch dates. The data comes from services.subject_access."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stagedesk.domain.dates import format_date
from stagedesk.pdf.document import Letterhead, write_documents
from stagedesk.pdf.factsheet import Block, Facts, FactSheet, Grid, Prose, factsheet_part

if TYPE_CHECKING:
    from stagedesk.services.subject_access import SubjectAccess

# Dutch labels for the columns that occur most; others show their stored name.
LABELS = {
    "id": "Kenmerk",
    "student_number": "Studentnummer",
    "given_name": "Voornaam",
    "tussenvoegsel": "Tussenvoegsel",
    "surname": "Achternaam",
    "date_of_birth": "Geboortedatum",
    "email": "E-mail",
    "phone": "Telefoon",
    "address": "Adres",
    "postcode": "Postcode",
    "city": "Plaats",
    "guardian_name": "Ouder/verzorger",
    "guardian_email": "E-mail ouder/verzorger",
    "guardian_phone": "Telefoon ouder/verzorger",
    "extra_support": "Extra ondersteuning",
    "cohort": "Cohort",
    "class_group": "Klas",
    "enrolled_on": "Ingeschreven op",
    "search_status": "Zoekstatus",
    "search_status_since": "Zoekstatus sinds",
    "name": "Naam",
    "company_name": "Leerbedrijf",
    "mentor_name": "Mentor",
    "crebo": "Crebo",
    "niveau": "Niveau",
    "leerweg": "Leerweg",
    "sector": "Sector",
    "status": "Status",
    "channel": "Kanaal",
    "sent_on": "Verstuurd op",
    "start_on": "Begindatum",
    "end_on": "Einddatum",
    "hours_per_week": "Uren per week",
    "allowance_kind": "Soort vergoeding",
    "allowance_cents_per_month": "Vergoeding (cent per maand)",
    "visit_type": "Soort bezoek",
    "planned_on": "Gepland op",
    "planned_time": "Geplande tijd",
    "held_on": "Gehouden op",
    "answers": "Antwoorden",
    "notes": "Aantekeningen",
    "agreed_actions": "Afspraken",
    "concerns": "Zorgen",
    "mode": "Vorm",
    "written_on": "Geschreven op",
    "template_id": "Brief",
    "reference": "Referentie",
    "produced_at": "Gemaakt op",
    "reason": "Reden",
    "ended_on": "Beëindigd op",
    "week_start": "Week vanaf",
    "worked_minutes": "Gewerkt (minuten)",
    "absent_minutes": "Afwezig (minuten)",
    "valid_until": "Geldig tot",
    "prerequisite_name": "Voorwaarde",
    "created_at": "Aangemaakt op",
    "updated_at": "Gewijzigd op",
    "version": "Versie",
    "mentor_id": "Kenmerk mentor",
    "programme_id": "Kenmerk opleiding",
    "student_id": "Kenmerk student",
    "company_id": "Kenmerk leerbedrijf",
    "placement_id": "Kenmerk plaatsing",
    "application_id": "Kenmerk sollicitatie",
    "current_company_id": "Kenmerk huidig leerbedrijf",
    "search_started_on": "Zoeken begonnen op",
    "stopped_on": "Gestopt op",
    "last_rejected_on": "Laatst afgewezen op",
    "rejections_this_round": "Afwijzingen deze ronde",
    "search_text": "Zoektekst (intern)",
    "sort_key": "Sorteersleutel (intern)",
    "body": "Tekst",
    "author_id": "Kenmerk auteur",
}

ACTIONS_NL = {
    "create": "aangemaakt",
    "change": "gewijzigd",
    "view": "ingezien",
    "delete": "verwijderd",
    "export": "geëxporteerd",
}


def label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " "))


def shown(value: Any) -> str | None:
    """A stored value as Dutch text; None stays None (the sheet shows a dash)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_text)
    return str(value)


def _json_text(value: Any) -> str:
    return shown(value) or ""


def _facts(title: str, row: dict[str, Any]) -> Facts:
    return Facts(title, tuple((label(k), shown(v)) for k, v in row.items()))


def _audit_grid(rows: tuple[dict[str, Any], ...], title: str) -> Grid:
    return Grid(
        title,
        ("Wanneer", "Wie", "Handeling", "Gegevens"),
        tuple(
            (
                shown(r["at"]) or "",
                r["actor_name"] or "",
                ACTIONS_NL.get(r["action"], r["action"]),
                r["entity"],
            )
            for r in rows
        ),
        (0.22, 0.3, 0.2, 0.28),
    )


def subject_access_sheet(access: SubjectAccess) -> FactSheet:
    blocks: list[Block] = [
        _facts("Persoonsgegevens", access.student),
    ]
    if access.programme is not None:
        blocks.append(_facts("Opleiding", access.programme))
    for section in access.sections:
        if section.key == "audit":
            blocks.append(_audit_grid(section.rows, section.title))
        elif not section.rows:
            blocks.append(Prose(section.title, "Geen gegevens."))
        else:
            for n, row in enumerate(section.rows, start=1):
                blocks.append(_facts(f"{section.title} ({n})", row))
    if access.meldingen is not None:
        for n, melding in enumerate(access.meldingen, start=1):
            blocks.append(_facts(f"Melding ({n})", melding))
    blocks.append(Prose("Meldingen", access.meldingen_note))
    return FactSheet(
        reference=f"AVG-{access.student_number}",
        title=f"Inzage persoonsgegevens: {access.student_name}",
        subtitle=(
            f"Studentnummer {access.student_number}. Gemaakt op {shown(access.made_at)} "
            f"(UTC) door {access.made_by}."
        ),
        blocks=tuple(blocks),
        closing="Dit overzicht bevat alle gegevens die StageDesk over de student bewaart.",
    )


def write_subject_access_pdf(access: SubjectAccess, letterhead: Letterhead, out: Path) -> None:
    sheet = subject_access_sheet(access)
    write_documents(out, [factsheet_part(sheet)], letterhead, title=sheet.title)
