"""Check one imported row on its own: every mapped cell parsed, every problem collected.

``parse_student``, ``parse_company`` and ``parse_programme`` take the row as ``{field key:
cell text}`` (only the mapped fields) and return a ``ParsedRow``: the values that parsed
(field key → value; an empty optional cell gives None, which clears the stored value) and a
``ValidationError`` per field that did not. Checks that need the store (is the programme
known, is the number new, is the row a duplicate) are the import services'.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from stagedesk.domain import imports_cells as cells
from stagedesk.domain.companies import CompanyInput, ContactInput
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.validation import normalize_crebo, normalize_kvk, normalize_student_number

EARLIEST_BIRTH_YEAR = 1900
EARLIEST_COHORT = 1990
CAPACITY_MAX = 10_000
# Generous bounds for the free-text checks done before CompanyInput applies its own limits.
_TEXT_MAX = 1_000


@dataclass
class ParsedRow:
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[ValidationError] = field(default_factory=list)

    def take(self, raw: Mapping[str, str], key: str, parse: Callable[[str, str], Any]) -> None:
        """Parse ``raw[key]`` if the field is mapped; record the value or the error."""
        if key not in raw:
            return
        try:
            self.values[key] = parse(key, raw[key])
        except ValidationError as exc:
            self.errors.append(ValidationError(key, exc.message))

    def error(self, key: str, message: str) -> None:
        self.errors.append(ValidationError(key, message))

    def failed(self, key: str) -> bool:
        return any(e.field == key for e in self.errors)


def _rekeyed(check: Callable[[str], Any]) -> Callable[[str, str], Any]:
    """A domain.validation check called with the cell, its error keyed by our field."""

    def parse(key: str, value: str) -> Any:
        return check(value)

    return parse


def _text(max_chars: int) -> Callable[[str, str], str | None]:
    return lambda key, value: cells.text(key, value, max_chars)


def _required(max_chars: int) -> Callable[[str, str], str]:
    return lambda key, value: cells.required_text(key, value, max_chars)


def _required_date(key: str, value: str) -> date:
    found = cells.date_value(key, value)
    if found is None:
        raise ValidationError(key, "is empty")
    return found


def _phone(key: str, value: str) -> str | None:
    cleaned = cells.text(key, value, _TEXT_MAX) if not value.strip().startswith("+") else value
    if cleaned is None:
        return None
    return ContactInput(name="-", phone=cleaned).validated().phone


# --- students ----------------------------------------------------------------------------------


def parse_student(raw: Mapping[str, str], today: date) -> ParsedRow:
    row = ParsedRow()
    for key, parse in _STUDENT_PARSERS:
        row.take(raw, key, parse)
    row.take(raw, "cohort", _cohort(today))
    born = row.values.get("date_of_birth")
    if born is not None and not date(EARLIEST_BIRTH_YEAR, 1, 1) <= born <= today:
        row.error("date_of_birth", f"must lie between {EARLIEST_BIRTH_YEAR} and today")
    return row


_STUDENT_PARSERS: tuple[tuple[str, Callable[[str, str], Any]], ...] = (
    ("student_number", _rekeyed(normalize_student_number)),
    ("given_name", _required(100)),
    ("tussenvoegsel", _text(20)),
    ("surname", _required(100)),
    ("date_of_birth", _required_date),
    ("email", cells.email),
    ("phone", _phone),
    ("crebo", _rekeyed(normalize_crebo)),
    ("leerweg", cells.leerweg),
    ("niveau", cells.niveau),
    ("class_group", _text(20)),
    ("mentor", _text(200)),
    ("enrolled_on", cells.date_value),
    ("guardian_name", _text(200)),
    ("guardian_email", cells.email),
)


def _cohort(today: date) -> Callable[[str, str], int]:
    def parse(key: str, value: str) -> int:
        year = cells.whole_number(key, value, EARLIEST_COHORT, today.year + 1)
        if year is None:
            raise ValidationError(key, "is empty")
        return year

    return parse


# --- companies ---------------------------------------------------------------------------------

_COMPANY_TEXT = ("name", "sbb_id", "address", "house_number", "postcode", "city", "email")


def parse_company(raw: Mapping[str, str]) -> ParsedRow:
    """Cells parsed one by one; ``company_input`` then checks the whole company."""
    row = ParsedRow()
    row.take(raw, "kvk_number", _rekeyed(normalize_kvk))
    for key in _COMPANY_TEXT:
        row.take(raw, key, _text(_TEXT_MAX))
    row.take(raw, "phone", lambda key, value: " ".join(value.split()) or None)
    row.take(raw, "sector", cells.sector)
    row.take(raw, "capacity", lambda key, value: cells.whole_number(key, value, 0, CAPACITY_MAX))
    if "house_number" in row.values:
        number = row.values.pop("house_number")
        if "address" not in raw:
            row.error("house_number", "is read only together with an address (straat) column")
        elif number and row.values.get("address"):
            row.values["address"] = f"{row.values['address']} {number}"
    if row.values.get("email") and len(row.values["email"]) > 200:
        row.error("email", "must be at most 200 characters")
    if "capacity" in row.values and row.values["capacity"] is None:
        del row.values["capacity"]  # an empty cell keeps the capacity (it cannot be empty)
    return row


# Harmless stand-ins for fields already found wrong, so that the next check still runs.
_NEUTRAL: dict[str, Any] = {"name": "-", "kvk_number": "00000000", "capacity": 1}


def company_input(
    base: CompanyInput, values: Mapping[str, Any]
) -> tuple[CompanyInput | None, list[ValidationError]]:
    """The company with the row's values applied, validated as the register does
    (``CompanyInput.validated``); every field's problem, not just the first."""
    known = {f.name for f in fields(CompanyInput)}
    data = replace(base, **{k: v for k, v in values.items() if k in known})
    errors: list[ValidationError] = []
    for _attempt in range(len(known)):
        try:
            clean = data.validated()
        except ValidationError as exc:
            errors.append(exc)
            if exc.field not in known:
                break
            neutral: dict[str, Any] = {exc.field: _NEUTRAL.get(exc.field)}
            data = replace(data, **neutral)
            continue
        return (clean if not errors else None), errors
    return None, errors


# --- programmes --------------------------------------------------------------------------------


def parse_programme(raw: Mapping[str, str]) -> ParsedRow:
    row = ParsedRow()
    row.take(raw, "crebo", _rekeyed(normalize_crebo))
    row.take(raw, "name", _required(200))
    row.take(raw, "niveau", _required_value(cells.niveau))
    row.take(raw, "leerweg", cells.leerwegen)
    row.take(raw, "sector", _required_value(cells.sector))
    return row


def _required_value(parse: Callable[[str, str], Any]) -> Callable[[str, str], Any]:
    def checked(key: str, value: str) -> Any:
        found = parse(key, value)
        if found is None:
            raise ValidationError(key, "is empty")
        return found

    return checked
