"""Turn one imported cell's text into a value, or say what is wrong with it.

Each function takes the field's key and the cell text and returns the canonical value, or
raises ``ValidationError(field, message)``. Text is trimmed and its inner whitespace
collapsed. A cell that starts like a spreadsheet formula (``=``, ``+``, ``-``, ``@``) is
refused rather than stored: exported again, it would run in the reader's Excel
("=cmd|' /C calc'!A0"), and no name, class or address starts that way. Control characters
(a NUL, an escape) are refused too: PostgreSQL cannot store a NUL, and none belongs in a name.
"""

from __future__ import annotations

import re
from datetime import date

from stagedesk.domain.dates import parse_date
from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.names import fold
from stagedesk.domain.validation import check_niveau, normalize_email

FORMULA_STARTS = ("=", "+", "-", "@")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DUTCH_DATE = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_WHOLE = re.compile(r"[0-9]+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly

# SBB's sector chambers as written out (domain.md), folded, with the words that start them.
_SECTOR_WORDS = {
    "techniek": Sector.TECHNIEK,
    "mobiliteit": Sector.MOBILITEIT,
    "zorg": Sector.ZORG,
    "handel": Sector.HANDEL,
    "specialistisch": Sector.SPECIALISTISCH,
    "ict": Sector.ICT,
    "voedsel": Sector.VOEDSEL,
    "zakelijk": Sector.ZAKELIJK,
    "zakelijke": Sector.ZAKELIJK,
}
_LEERWEGEN = {
    "bol": Leerweg.BOL,
    "beroepsopleidende leerweg": Leerweg.BOL,
    "bbl": Leerweg.BBL,
    "beroepsbegeleidende leerweg": Leerweg.BBL,
}
_NIVEAU_WORDS = {"entree": 1, "entreeopleiding": 1}


def text(field: str, value: str, max_chars: int, *, required: bool = False) -> str | None:
    """Trimmed text with whitespace collapsed; None when empty (refused if ``required``)."""
    cleaned = " ".join(value.split())
    if not cleaned:
        if required:
            raise ValidationError(field, "is empty")
        return None
    bad = _CONTROL.search(cleaned)
    if bad is not None:
        raise ValidationError(field, f"contains a control character (U+{ord(bad[0]):04X})")
    if cleaned.startswith(FORMULA_STARTS):
        raise ValidationError(
            field, f"starts with {cleaned[0]!r} like a spreadsheet formula; not imported"
        )
    if len(cleaned) > max_chars:
        raise ValidationError(field, f"must be at most {max_chars} characters, got {len(cleaned)}")
    return cleaned


def required_text(field: str, value: str, max_chars: int) -> str:
    result = text(field, value, max_chars, required=True)
    assert result is not None
    return result


def email(field: str, value: str, max_chars: int = 200) -> str | None:
    """An e-mail address (domain.validation's check), None when the cell is empty."""
    cleaned = text(field, value, max_chars + 1)
    if cleaned is None:
        return None
    try:
        address = normalize_email(cleaned)
    except ValidationError as exc:
        raise ValidationError(field, exc.message) from None
    if len(address) > max_chars:
        raise ValidationError(field, f"must be at most {max_chars} characters")
    return address


def date_value(field: str, value: str) -> date | None:
    """A date as 24-11-2026 (also 24/11/2026, 24.11.2026) or ISO 2026-11-24; None if empty."""
    cleaned = value.strip()
    if not cleaned:
        return None
    iso = _ISO_DATE.fullmatch(cleaned)
    if iso is not None:
        year, month, day = (int(group) for group in iso.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise ValidationError(field, f"{cleaned} is not a date in the calendar") from None
    dutch = _DUTCH_DATE.fullmatch(cleaned)
    if dutch is None:
        raise ValidationError(
            field, f"must be a date like 24-11-2026 or 2026-11-24, got {cleaned[:40]!r}"
        )
    return parse_date("-".join(dutch.groups()), field)


def whole_number(field: str, value: str, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high``; None if empty. "12.0" from a spreadsheet is 12."""
    cleaned = value.strip()
    if not cleaned:
        return None
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    if not _WHOLE.fullmatch(cleaned) or len(cleaned) > 9:
        raise ValidationError(field, f"must be a whole number, got {value.strip()[:40]!r}")
    number = int(cleaned)
    if not low <= number <= high:
        raise ValidationError(field, f"must be {low} to {high}, got {number}")
    return number


def niveau(field: str, value: str) -> int | None:
    """An mbo niveau: 1 to 4, also written "niveau 2" or "entree"; None if empty."""
    folded = fold(value)
    if not folded:
        return None
    if folded in _NIVEAU_WORDS:
        return _NIVEAU_WORDS[folded]
    folded = folded.removeprefix("niveau").strip()
    if not _WHOLE.fullmatch(folded):
        raise ValidationError(field, f"must be 1 to 4 (or entree), got {value.strip()[:40]!r}")
    try:
        return check_niveau(int(folded))
    except ValidationError as exc:
        raise ValidationError(field, exc.message) from None


def leerwegen(field: str, value: str) -> tuple[Leerweg, ...]:
    """BOL, BBL, or both ("BOL/BBL", "beide"); () if empty."""
    folded = fold(value)
    if not folded:
        return ()
    if folded in _LEERWEGEN:
        return (_LEERWEGEN[folded],)
    parts = {p.strip() for p in re.split(r"[/,+&]| en ", folded)}
    if folded == "beide" or parts == {"bol", "bbl"}:
        return (Leerweg.BOL, Leerweg.BBL)
    raise ValidationError(field, f"must be BOL or BBL, got {value.strip()[:40]!r}")


def leerweg(field: str, value: str) -> Leerweg | None:
    """BOL or BBL; None if empty."""
    found = leerwegen(field, value)
    if len(found) > 1:
        raise ValidationError(field, "must be one leerweg, BOL or BBL")
    return found[0] if found else None


def sector(field: str, value: str) -> Sector | None:
    """One of SBB's eight sectors, by its short name ("zorg") or written out ("Zorg, welzijn
    en sport"); None if empty."""
    folded = fold(value)
    if not folded:
        return None
    first = re.split(r"[^0-9a-z]+", folded, maxsplit=1)[0]
    if first in _SECTOR_WORDS:
        return _SECTOR_WORDS[first]
    names = ", ".join(s.value for s in Sector)
    raise ValidationError(field, f"must be one of SBB's sectors ({names}), got {value[:40]!r}")
