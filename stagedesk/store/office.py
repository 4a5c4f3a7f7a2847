"""Office-wide records: the letter register, the audit trail and school settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.store.base import Base, Record, utcnow
from stagedesk.store.types import JsonType


class LetterRecord(Record):
    """One letter produced: template, recipient, who made it and the file's checksum."""

    __tablename__ = "letter_record"
    __table_args__ = (Index("ix_letter_record_student_id", "student_id"),)

    student_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="SET NULL")
    )
    company_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("company.id"))
    template: Mapped[str] = mapped_column(String(100))
    recipient: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(40))
    produced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    produced_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    sha256: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    """Append-only, hash-chained trail entry. Local to one store, so ordered by ``seq``.

    Written only through services.audit.record; the chain logic is domain.audit_chain.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity_id", "entity_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # The name at the time: staff records may be renamed or purged, the trail must still say.
    actor_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    before: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    after: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """A school setting (name, address, norms, deadlines) as a JSON value under a key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonType)
