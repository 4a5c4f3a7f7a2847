"""What a company and a contact person must look like before the register stores them.

``CompanyInput.validated()`` and ``ContactInput.validated()`` return the input in canonical
form (trimmed text, ``"1234 AB"`` postcodes, 8-digit KvK numbers, lower-case e-mail domains,
empty text as None) or raise ``ValidationError`` naming the first field that is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.validation import normalize_email, normalize_kvk, normalize_postcode

_LIMITS = {"name": 200, "address": 200, "city": 100, "function": 100}
_PHONE_CHARACTERS = frozenset("0123456789+-() ")
_PHONE_MIN_DIGITS = 6
_PHONE_MAX_LENGTH = 40
_SBB_ID_MAX = 20


@dataclass(frozen=True)
class CompanyInput:
    """A company as typed; ``validated()`` returns it in canonical form or raises."""

    name: str
    kvk_number: str
    sbb_id: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    sector: Sector | None = None
    capacity: int = 1
    email: str | None = None
    phone: str | None = None

    def validated(self) -> CompanyInput:
        """Checked in the order of the form: name, KvK, SBB id, address, postcode, city,
        capacity, e-mail, phone."""
        name = _required("name", self.name)
        kvk = normalize_kvk(self.kvk_number)
        sbb_id = _sbb_id(self.sbb_id)
        address = _text("address", self.address)
        postcode = _optional(self.postcode)
        postcode = normalize_postcode(postcode) if postcode else None
        city = _text("city", self.city)
        if isinstance(self.capacity, bool) or not isinstance(self.capacity, int):
            raise ValidationError("capacity", f"must be a whole number, got {self.capacity!r}")
        if self.capacity < 0:
            raise ValidationError("capacity", f"must be 0 or more, got {self.capacity}")
        email = _optional(self.email)
        return replace(
            self,
            name=name,
            kvk_number=kvk,
            sbb_id=sbb_id,
            address=address,
            postcode=postcode,
            city=city,
            email=normalize_email(email) if email else None,
            phone=_phone(self.phone),
        )


@dataclass(frozen=True)
class ContactInput:
    """A contact person as typed; the praktijkopleider supervises students on site."""

    name: str
    function: str | None = None
    email: str | None = None
    phone: str | None = None
    is_praktijkopleider: bool = False

    def validated(self) -> ContactInput:
        email = _optional(self.email)
        return replace(
            self,
            name=_required("name", self.name),
            function=_text("function", self.function),
            email=normalize_email(email) if email else None,
            phone=_phone(self.phone),
        )


def _optional(value: str | None) -> str | None:
    text = " ".join(value.split()) if value else ""
    return text or None


def _text(field: str, value: str | None) -> str | None:
    text = _optional(value)
    if text is not None and len(text) > _LIMITS[field]:
        raise ValidationError(field, f"must be at most {_LIMITS[field]} characters")
    return text


def _required(field: str, value: str) -> str:
    text = _text(field, value)
    if text is None:
        raise ValidationError(field, "must not be empty")
    return text


def _sbb_id(value: str | None) -> str | None:
    text = _optional(value)
    if text is None:
        return None
    if not (text.isascii() and text.isdigit()):
        raise ValidationError("sbb_id", f"must contain only digits, got {text!r}")
    if len(text) > _SBB_ID_MAX:
        raise ValidationError("sbb_id", f"must be at most {_SBB_ID_MAX} digits, got {len(text)}")
    return text


def _phone(value: str | None) -> str | None:
    text = _optional(value)
    if text is None:
        return None
    if not set(text) <= _PHONE_CHARACTERS:
        raise ValidationError("phone", "may contain only digits, spaces, +, - and parentheses")
    if sum(char.isdigit() for char in text) < _PHONE_MIN_DIGITS:
        raise ValidationError("phone", f"must have at least {_PHONE_MIN_DIGITS} digits")
    if len(text) > _PHONE_MAX_LENGTH:
        raise ValidationError("phone", f"must be at most {_PHONE_MAX_LENGTH} characters")
    return text
