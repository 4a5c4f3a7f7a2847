"""The audit trail's head: one row naming the last entry, the lock appends queue on.

The entries themselves are ``store.office.AuditEntry``. Every append updates this row first
(``UPDATE ... RETURNING``), which on PostgreSQL holds a row lock until the transaction ends,
so concurrent writers append one after the other and never fork the chain; on SQLite the
store's single write lock does the same. The row also lets verification notice entries cut
off the end of the trail.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.store.base import Base

HEAD_ID = 1


class AuditHead(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
