"""Staff members of the office and the roles they hold."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.domain.enums import StaffRole
from stagedesk.store.base import Base, Record
from stagedesk.store.types import enum_type


class StaffMember(Record):
    """A coordinator, mentor (stagebegeleider), meldpunt officer or admin; may hold several."""

    __tablename__ = "staff_member"

    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10), default="")
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    roles: Mapped[list[StaffRoleGrant]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )


class StaffRoleGrant(Base):
    """One role held by one staff member."""

    __tablename__ = "staff_role"

    staff_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("staff_member.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[StaffRole] = mapped_column(enum_type(StaffRole), primary_key=True)

    staff: Mapped[StaffMember] = relationship(back_populates="roles")
