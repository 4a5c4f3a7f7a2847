"""Field-level checks for the register's forms, with the Dutch message shown next to the field.

They follow the rules of ``domain.validation`` and ``domain.companies`` so that bad input is
caught at the field, in words the office reads; the services check again. Each function
returns "" when the text is acceptable (an optional field may be empty), else the message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.validation import normalize_email, normalize_postcode
from stagedesk.ui.text import fill

_PHONE_CHARACTERS = frozenset("0123456789+-() ")
_PHONE_MIN_DIGITS = 6


def _digits_only(text: str) -> bool:
    return text.isascii() and text.isdigit()


def required(text: str) -> str:
    return "" if text.strip() else QCoreApplication.translate("field_checks", "Vul dit veld in.")


def kvk(text: str) -> str:
    cleaned = "".join(text.split()).replace(".", "")
    if not cleaned:
        return QCoreApplication.translate("field_checks", "KvK-nummer is verplicht.")
    if not _digits_only(cleaned):
        return QCoreApplication.translate("field_checks", "KvK-nummer mag alleen cijfers bevatten.")
    if len(cleaned) != 8:
        return fill(
            QCoreApplication.translate("field_checks", "KvK-nummer moet 8 cijfers hebben (nu %1)."),
            len(cleaned),
        )
    return ""


def sbb_id(text: str) -> str:
    cleaned = text.strip()
    if cleaned and not _digits_only(cleaned):
        return QCoreApplication.translate("field_checks", "SBB-id mag alleen cijfers bevatten.")
    if len(cleaned) > 20:
        return QCoreApplication.translate("field_checks", "SBB-id mag hoogstens 20 cijfers hebben.")
    return ""


def postcode(text: str) -> str:
    cleaned = text.strip().upper()
    if not cleaned:
        return ""
    compact = cleaned.replace(" ", "")
    shape_ok = len(compact) == 6 and _digits_only(compact[:4]) and compact[4:].isalpha()
    if not shape_ok or not compact[4:].isascii() or cleaned.count(" ") > 1:
        return QCoreApplication.translate(
            "field_checks", "Postcode moet 4 cijfers en 2 letters zijn, zoals 1234 AB."
        )
    if compact.startswith("0"):
        return QCoreApplication.translate("field_checks", "Een postcode begint niet met 0.")
    if compact[4:] in ("SA", "SD", "SS"):
        return fill(
            QCoreApplication.translate(
                "field_checks", "De letters %1 komen in postcodes niet voor."
            ),
            compact[4:],
        )
    try:
        normalize_postcode(cleaned)
    except ValidationError:
        return QCoreApplication.translate(
            "field_checks", "Postcode moet 4 cijfers en 2 letters zijn, zoals 1234 AB."
        )
    return ""


def email(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        return ""
    if any(char.isspace() for char in cleaned):
        return QCoreApplication.translate("field_checks", "Een e-mailadres bevat geen spaties.")
    if "@" not in cleaned:
        return QCoreApplication.translate("field_checks", "Het e-mailadres mist een @.")
    if cleaned.count("@") > 1:
        return QCoreApplication.translate("field_checks", "Een e-mailadres heeft maar één @.")
    local, domain = cleaned.split("@")
    if not local:
        return QCoreApplication.translate("field_checks", "Er staat niets vóór de @.")
    if not domain:
        return QCoreApplication.translate("field_checks", "Er staat niets na de @.")
    if "." not in domain:
        return QCoreApplication.translate(
            "field_checks", "Het domein na de @ mist een punt (zoals bedrijf.nl)."
        )
    try:
        normalize_email(cleaned)
    except ValidationError:
        return fill(
            QCoreApplication.translate("field_checks", "%1 is geen geldige domeinnaam."), domain
        )
    return ""


def phone(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        return ""
    if not set(cleaned) <= _PHONE_CHARACTERS:
        return QCoreApplication.translate(
            "field_checks", "Een telefoonnummer bevat alleen cijfers, spaties, +, - en haakjes."
        )
    if sum(char.isdigit() for char in cleaned) < _PHONE_MIN_DIGITS:
        return QCoreApplication.translate(
            "field_checks", "Een telefoonnummer heeft minstens 6 cijfers."
        )
    return ""


def crebo(text: str) -> str:
    cleaned = "".join(text.split())
    if not cleaned:
        return QCoreApplication.translate("field_checks", "Crebo is verplicht.")
    if not _digits_only(cleaned):
        return QCoreApplication.translate("field_checks", "Een crebo bestaat alleen uit cijfers.")
    if len(cleaned) != 5:
        return fill(
            QCoreApplication.translate("field_checks", "Crebo moet 5 cijfers hebben (nu %1)."),
            len(cleaned),
        )
    return ""
