"""Programmes (opleidingen): crebo, niveau, leerweg and sector."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class Programme(Record):
    """One opleiding: a crebo qualification taught at a niveau in a leerweg."""

    __tablename__ = "programme"
    __table_args__ = (
        UniqueConstraint("crebo", "leerweg"),
        CheckConstraint("niveau BETWEEN 1 AND 4", name="niveau_range"),
    )

    crebo: Mapped[str] = mapped_column(String(5))
    name: Mapped[str] = mapped_column(String(200))
    niveau: Mapped[int] = mapped_column(Integer)
    leerweg: Mapped[Leerweg] = mapped_column(enum_type(Leerweg))
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
