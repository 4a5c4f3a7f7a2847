"""Column types shared by the models: enums stored by value as short strings, JSON."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import JSON, Enum


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """Store a StrEnum by its value in a VARCHAR (no native enum: simpler migrations)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


JsonType = JSON
