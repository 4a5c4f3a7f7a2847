"""Companies (leerbedrijven), their SBB recognitions and contact persons."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.domain.enums import Sector
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class Company(Record):
    """A leerbedrijf: identified by KvK number and SBB leerbedrijf id."""

    __tablename__ = "company"
    __table_args__ = (Index("ix_company_name", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    kvk_number: Mapped[str] = mapped_column(String(8), unique=True)
    sbb_id: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    sector: Mapped[Sector | None] = mapped_column(enum_type(Sector))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))

    recognitions: Mapped[list[Recognition]] = relationship(
        back_populates="company", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="company", cascade="all, delete-orphan"
    )


class Recognition(Record):
    """SBB's recognition (erkenning) of a company for one qualification (crebo)."""

    __tablename__ = "recognition"
    __table_args__ = (Index("ix_recognition_company_id", "company_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("company.id", ondelete="CASCADE")
    )
    crebo: Mapped[str] = mapped_column(String(5))
    recognised_on: Mapped[date] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)

    company: Mapped[Company] = relationship(back_populates="recognitions")


class ContactPerson(Record):
    """Someone at a company; the praktijkopleider supervises students on site."""

    __tablename__ = "contact_person"
    __table_args__ = (Index("ix_contact_person_company_id", "company_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("company.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_praktijkopleider: Mapped[bool] = mapped_column(Boolean, default=False)

    company: Mapped[Company] = relationship(back_populates="contacts")
