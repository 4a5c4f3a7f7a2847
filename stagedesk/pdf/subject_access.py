"""The AVG inzage as a PDF for reading: a fact sheet on the letterhead with a heading per
section, Dutch labels for every column and enum value (pdf.subject_access_labels), Dutch dates
and amounts, names instead of ids; record ids only in an appendix. The JSON beside it holds
every stored value as is. The data comes from services.subject_access."""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stagedesk.domain.checklists import Answer
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import ApplicationStatus, RejectionReason
from stagedesk.domain.visits import ActionOwner
from stagedesk.pdf.document import Letterhead, write_documents
from stagedesk.pdf.factsheet import Block, Facts, FactSheet, Grid, Prose, factsheet_part
from stagedesk.pdf.subject_access_labels import (
    ACTION_LABELS,
    COLUMN_ENUMS,
    ENTITY_LABELS,
    column_label,
    enum_label,
    is_internal,
)

if TYPE_CHECKING:
    from stagedesk.services.subject_access import Section, SubjectAccess

Row = Mapping[str, Any]

# Record kinds by JSON key, for the appendix of ids.
_KIND = {
    "applications": "Sollicitatie",
    "application_events": "Statuswijziging sollicitatie",
    "placements": "Plaatsing",
    "visits": "Bezoek",
    "notes": "Notitie",
    "letters": "Brief",
    "breakoffs": "Afgebroken bpv",
    "prerequisites": "Voorwaarde",
    "match_areas": "Zoekgebied",
    "hours": "Bpv-uren",
    "profiles": "Profiel",
    "proposals": "Voorstel aan bedrijf",
}


def label(key: str) -> str:
    return column_label(key)


def _text(value: Any) -> str | None:
    """A plain value as Dutch text; None stays None (the sheet shows a dash)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, enum.Enum):
        return enum_label(type(value), str(value.value))
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _date_text(value: Any) -> str:
    if isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return _text(value) or ""


def _answers(value: Any) -> str | None:
    items = value.get("items") if isinstance(value, dict) else None
    if not items:
        return None
    lines = []
    for item_id, pair in sorted(items.items()):
        answer, remark = (list(pair) + [None, None])[:2] if isinstance(pair, list) else (pair, None)
        shown = enum_label(Answer, answer) if answer else "niet beantwoord"
        lines.append(f"Vraag {item_id}: {shown}" + (f" – {remark}" if remark else ""))
    return "\n".join(lines)


def _checklist_answers(value: Any) -> str | None:
    if not value:
        return None
    lines = []
    for given in value:
        answer = enum_label(Answer, given["answer"]) if given.get("answer") else "geen antwoord"
        remark = f"; opmerking: {given['remark']}" if given.get("remark") else ""
        lines.append(f"{given.get('question', '')} — {answer}{remark}")
    return "\n".join(lines)


def _actions(value: Any) -> str | None:
    if not value:
        return None
    lines = []
    for action in value:
        owner = enum_label(ActionOwner, action.get("owner") or "")
        due = f", uiterlijk {_date_text(action['due_on'])}" if action.get("due_on") else ""
        done = "gedaan" if action.get("done") else "open"
        lines.append(f"{action.get('text', '')} ({owner}{due}; {done})")
    return "\n".join(lines)


def _steps(value: Any) -> str | None:
    if not value:
        return None
    lines = []
    for step in value:
        status = _text(step.get("status")) or ""
        note = f": {step['note']}" if step.get("note") else ""
        by = f" ({step['recorded_by_name']})" if step.get("recorded_by_name") else ""
        lines.append(f"{_date_text(step.get('happened_on'))} {status}{by}{note}")
    return "\n".join(lines)


def shown(key: str, value: Any) -> str | None:
    """A stored value of column ``key`` as the reader should see it."""
    if value is None:
        return None
    if key == "answers":
        return _answers(value)
    if key == "checklist_answers":
        return _checklist_answers(value)
    if key == "agreed_actions":
        return _actions(value)
    if key == "steps":
        return _steps(value)
    if key == "template" and isinstance(value, str):
        return value.replace("-", " ").capitalize()
    if key == "allowance_cents_per_month" and isinstance(value, int):
        euros = f"{value / 100:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return f"€ {euros}"
    kind = COLUMN_ENUMS.get(key)
    if kind is not None and isinstance(value, str):
        return ", ".join(enum_label(kind, part) for part in value.split(",") if part)
    if kind is not None and isinstance(value, list):
        return ", ".join(enum_label(kind, str(part)) for part in value)
    return _text(value)


_LAST = ("created_at", "updated_at")  # bookkeeping after the facts and the linked names


def _facts(title: str, row: Row) -> Facts:
    keys = [k for k in row if not is_internal(k) and k not in _LAST]
    if "checklist_answers" in row:  # the questions in words replace the stored form
        keys = [k for k in keys if k != "answers"]
    keys.extend(k for k in _LAST if k in row)
    return Facts(title, tuple((label(k), shown(k, row[k])) for k in keys))


def _changed(entry: Row) -> str:
    """What an audit entry is about: the kind of record and the fields it touched."""
    entity = str(ENTITY_LABELS.get(entry["entity"], entry["entity"]))
    fields = {*(entry.get("before") or {}), *(entry.get("after") or {})}
    shown_fields = sorted(label(f) for f in fields if not is_internal(f))
    if entry["action"] in ("create", "delete") or not shown_fields:
        return entity
    return f"{entity}: {', '.join(shown_fields)}"


def _audit_grid(section: Section) -> Grid:
    return Grid(
        section.title,
        ("Wanneer (UTC)", "Wie", "Handeling", "Wat"),
        tuple(
            (
                _text(r["at"]) or "",
                r["actor_name"] or "",
                str(ACTION_LABELS.get(r["action"], r["action"])),
                _changed(r),
            )
            for r in section.rows
        ),
        (0.2, 0.22, 0.2, 0.38),
    )


def _events_grid(section: Section, companies: dict[Any, str]) -> Grid:
    return Grid(
        section.title,
        ("Datum", "Sollicitatie bij", "Status", "Reden afwijzing", "Vastgelegd door"),
        tuple(
            (
                _text(r.get("happened_on")) or "",
                companies.get(r.get("application_id"), ""),
                enum_label(ApplicationStatus, str(r["status"])) if r.get("status") else "",
                enum_label(RejectionReason, str(r["rejection_reason"]))
                if r.get("rejection_reason")
                else "",
                r.get("recorded_by_name") or "",
            )
            for r in section.rows
        ),
        (0.15, 0.25, 0.17, 0.2, 0.23),
    )


def _hours_grid(section: Section) -> Grid:
    return Grid(
        section.title,
        ("Week van", "Gewerkt (uren)", "Afwezig (uren)", "Soort afwezigheid", "Opmerking"),
        tuple(
            (
                _text(r.get("week_start")) or "",
                _hours(r.get("worked_minutes")),
                _hours(r.get("absent_minutes")),
                shown("absence_kind", r.get("absence_kind")) or "",
                r.get("note") or "",
            )
            for r in section.rows
        ),
        (0.16, 0.16, 0.16, 0.2, 0.32),
    )


def _hours(minutes: Any) -> str:
    if not isinstance(minutes, int):
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"


def _section_blocks(section: Section, companies: dict[Any, str]) -> list[Block]:
    if section.key == "audit":
        return [_audit_grid(section)]
    if not section.rows:
        return [Prose(section.title, "Geen gegevens.")]
    if section.key == "application_events":
        return [_events_grid(section, companies)]
    if section.key == "hours":
        return [_hours_grid(section)]
    many = len(section.rows) > 1
    return [
        _facts(f"{section.title} ({n})" if many else section.title, row)
        for n, row in enumerate(section.rows, start=1)
    ]


def _appendix(access: SubjectAccess) -> Grid:
    rows: list[tuple[str, str]] = [("Student", str(access.student_id))]
    for section in access.sections:
        kind = _KIND.get(section.key)
        if kind is None:
            continue
        rows.extend((f"{kind} ({n})", str(r.get("id"))) for n, r in enumerate(section.rows, 1))
    for n, melding in enumerate(access.meldingen or (), start=1):
        rows.append((f"Melding ({n})", str(melding.get("id"))))
    return Grid(
        "Bijlage: kenmerken van de records",
        ("Gegevens", "Kenmerk in StageDesk"),
        tuple(rows),
        (0.4, 0.6),
    )


INTRO = (
    "Dit overzicht bevat alle gegevens die StageDesk over de student bewaart, per onderdeel, "
    "en wie die gegevens heeft ingezien of gewijzigd. Een streepje betekent: niet ingevuld. "
    "Het bijgevoegde JSON-bestand bevat dezelfde gegevens in machineleesbare vorm."
)


def subject_access_sheet(access: SubjectAccess) -> FactSheet:
    companies = {
        r.get("id"): r.get("company_name") or "" for r in access.section("applications").rows
    }
    blocks: list[Block] = [
        Prose("Over dit overzicht", INTRO),
        _facts("Persoonsgegevens", access.student),
    ]
    if access.programme is not None:
        blocks.append(_facts("Opleiding", access.programme))
    for section in access.sections:
        blocks.extend(_section_blocks(section, companies))
    if access.meldingen is not None:
        many = len(access.meldingen) > 1
        for n, melding in enumerate(access.meldingen, start=1):
            blocks.append(_facts(f"Melding ({n})" if many else "Melding", melding))
    blocks.append(Prose("Meldingen stagediscriminatie", access.meldingen_note))
    blocks.append(_appendix(access))
    return FactSheet(
        reference=f"AVG-{access.student_number}",
        title=f"Inzage persoonsgegevens: {access.student_name}",
        subtitle=(
            f"Studentnummer {access.student_number}. Gemaakt op {_text(access.made_at)} "
            f"(UTC) door {access.made_by}."
        ),
        blocks=tuple(blocks),
        closing="Vragen over dit overzicht? Neem contact op met het stagebureau.",
    )


def write_subject_access_pdf(access: SubjectAccess, letterhead: Letterhead, out: Path) -> None:
    sheet = subject_access_sheet(access)
    write_documents(out, [factsheet_part(sheet)], letterhead, title=sheet.title)
