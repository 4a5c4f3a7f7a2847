"""Migration 0006: the trail's head is seeded, entries become append-only, and existing
meldingen get their current status as their first step; downgrading removes it all again."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, insert, inspect, select
from sqlalchemy.exc import DBAPIError

from stagedesk.domain.audit_chain import GENESIS
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import AuditEntry, AuditHead, Company, Melding, MeldingStep

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _record_columns() -> dict[str, object]:
    return {"created_at": NOW, "updated_at": NOW, "version": 1}


def test_upgrading_from_0005_seeds_the_head_and_gives_meldingen_a_step(store_location):
    engine = make_engine(store_location)
    try:
        migrate.upgrade(engine, "0005")
        company, melding = uuid.uuid4(), uuid.uuid4()
        with engine.begin() as conn:
            conn.execute(
                insert(Company.__table__),
                [dict(id=company, name="Zorggroep Óost", kvk_number="12345678", capacity=2,
                      **_record_columns())],
            )  # fmt: skip
            conn.execute(
                insert(Melding.__table__),
                [dict(id=melding, anonymous=True, company_id=company,
                      received_on=date(2026, 10, 1), ground="origin", status="intake",
                      status_changed_on=date(2026, 10, 5), **_record_columns())],
            )  # fmt: skip
        migrate.upgrade(engine)
        with engine.connect() as conn:
            head = conn.execute(select(AuditHead.id, AuditHead.seq, AuditHead.hash)).all()
            steps = conn.execute(
                select(MeldingStep.melding_id, MeldingStep.number, MeldingStep.status,
                       MeldingStep.happened_on)
            ).all()  # fmt: skip
            follow_up = conn.execute(select(Melding.follow_up)).scalar_one()
        assert [tuple(row) for row in head] == [(1, 0, GENESIS)]
        assert [tuple(row) for row in steps] == [(melding, 1, "intake", date(2026, 10, 5))]
        assert follow_up is None

        with engine.begin() as conn:
            conn.execute(
                insert(AuditEntry.__table__),
                [dict(seq=1, at=NOW, actor_name="x", action="view", entity="melding",
                      prev_hash=GENESIS, hash="1" * 64)],
            )  # fmt: skip
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(delete(AuditEntry.__table__))

        _downgrade(engine, "0005")
        tables = inspect(engine).get_table_names()
        assert "audit_head" not in tables and "melding_step" not in tables
        columns = {c["name"] for c in inspect(engine).get_columns("audit_entry")}
        assert "actor_name" not in columns
        with engine.begin() as conn:
            conn.execute(delete(AuditEntry.__table__))  # the guard went with the downgrade
    finally:
        engine.dispose()


def _downgrade(engine, revision: str) -> None:
    from alembic import command

    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
