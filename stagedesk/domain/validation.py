"""Check and normalise the identifiers and small values the office types in (KvK, postcode, ...).

Every function either returns the value in its one canonical spelling or raises
``ValidationError(field, message)`` whose message says exactly what is wrong, so the UI can
show it next to the field. Only ASCII digits and letters count: a full-width "１" pasted from
a web page is refused rather than silently accepted.
"""

from __future__ import annotations

import re

from stagedesk.domain.errors import ValidationError

_DIGITS = re.compile(r"[0-9]+")
_POSTCODE = re.compile(r"([0-9]{4}) ?([A-Z]{2})")
# PostNL never issues these letter pairs (historical associations).
_POSTCODE_FORBIDDEN_LETTERS = frozenset({"SA", "SD", "SS"})
_EMAIL_LOCAL = re.compile(r"[^\s@]+")
_EMAIL_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
_EMAIL_MAX_LENGTH = 254

NIVEAU_MIN = 1
NIVEAU_MAX = 4
STUDENT_NUMBER_MIN_DIGITS = 5
STUDENT_NUMBER_MAX_DIGITS = 10


def _require_str(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, got {type(value).__name__}")
    return value


def _fixed_digits(field: str, value: str, length: int, *, strip: str = "") -> str:
    """Digits-only value of exactly ``length`` digits after removing whitespace and ``strip``."""
    cleaned = "".join(value.split())
    for char in strip:
        cleaned = cleaned.replace(char, "")
    if not cleaned:
        raise ValidationError(field, "is empty")
    if not _DIGITS.fullmatch(cleaned):
        raise ValidationError(field, f"must contain only digits, got {value.strip()!r}")
    if len(cleaned) != length:
        raise ValidationError(field, f"must be {length} digits, got {len(cleaned)}")
    return cleaned


def normalize_kvk(value: str) -> str:
    """A KvK (Chamber of Commerce) number: 8 digits; spaces and dots are ignored."""
    return _fixed_digits("kvk_number", _require_str("kvk_number", value), 8, strip=".")


def normalize_vestigingsnummer(value: str) -> str:
    """A KvK vestigingsnummer (one establishment of a company): 12 digits."""
    field = "vestigingsnummer"
    return _fixed_digits(field, _require_str(field, value), 12, strip=".")


def normalize_crebo(value: str | int) -> str:
    """A crebo code (qualification in the kwalificatiestructuur): 5 digits.

    An int is accepted because spreadsheets deliver crebo columns as numbers.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return _fixed_digits("crebo", _require_str("crebo", value), 5)


def normalize_postcode(value: str) -> str:
    """A Dutch postcode as ``"1234 AB"``; accepts lower case and a missing space."""
    field = "postcode"
    text = _require_str(field, value).strip().upper()
    if not text:
        raise ValidationError(field, "is empty")
    match = _POSTCODE.fullmatch(text)
    if match is None:
        raise ValidationError(
            field, f"must be 4 digits and 2 letters, like 1234 AB, got {value.strip()!r}"
        )
    digits, letters = match.groups()
    if digits.startswith("0"):
        raise ValidationError(field, f"cannot start with 0, got {digits}")
    if letters in _POSTCODE_FORBIDDEN_LETTERS:
        raise ValidationError(field, f"letters {letters} are never used in a postcode")
    return f"{digits} {letters}"


def normalize_email(value: str) -> str:
    """An e-mail address, trimmed, with the domain in lower case (the local part is kept).

    A sanity check against typing mistakes, not RFC 5322: one ``@``, no whitespace, a domain
    of at least two dot-separated labels of ASCII letters, digits and inner hyphens.
    """
    field = "email"
    text = _require_str(field, value).strip()
    if not text:
        raise ValidationError(field, "is empty")
    if any(char.isspace() for char in text):
        raise ValidationError(field, "cannot contain spaces")
    if text.count("@") != 1:
        raise ValidationError(field, f"must contain exactly one @, got {text.count('@')}")
    local, domain = text.split("@")
    domain = domain.lower()
    if not _EMAIL_LOCAL.fullmatch(local):
        raise ValidationError(field, "has nothing before the @")
    if not domain:
        raise ValidationError(field, "has nothing after the @")
    labels = domain.split(".")
    if len(labels) < 2:
        raise ValidationError(field, f"domain {domain!r} has no dot")
    if not all(_EMAIL_LABEL.fullmatch(label) for label in labels):
        raise ValidationError(field, f"domain {domain!r} is not a valid domain name")
    address = f"{local}@{domain}"
    if len(address) > _EMAIL_MAX_LENGTH:
        raise ValidationError(field, f"is longer than {_EMAIL_MAX_LENGTH} characters")
    return address


def normalize_student_number(value: str | int) -> str:
    """The school's student number: 5 to 10 digits, leading zeros kept."""
    field = "student_number"
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = _require_str(field, value).strip()
    if not text:
        raise ValidationError(field, "is empty")
    if not _DIGITS.fullmatch(text):
        raise ValidationError(field, f"must contain only digits, got {text!r}")
    if not STUDENT_NUMBER_MIN_DIGITS <= len(text) <= STUDENT_NUMBER_MAX_DIGITS:
        raise ValidationError(
            field,
            f"must be {STUDENT_NUMBER_MIN_DIGITS} to {STUDENT_NUMBER_MAX_DIGITS} digits, "
            f"got {len(text)}",
        )
    return text


def check_niveau(value: int) -> int:
    """An mbo niveau: 1 (entree) to 4 (middenkader/specialist)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("niveau", f"must be a whole number, got {value!r}")
    if not NIVEAU_MIN <= value <= NIVEAU_MAX:
        raise ValidationError("niveau", f"must be {NIVEAU_MIN} to {NIVEAU_MAX}, got {value}")
    return value
