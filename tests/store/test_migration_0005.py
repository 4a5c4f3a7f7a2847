"""Migration 0005 gives visits their log columns and keeps every visit as it was."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, time

from sqlalchemy import Connection, column, insert, select, table, update

from stagedesk.domain.enums import Leerweg, Sector, VisitStatus, VisitType
from stagedesk.domain.visits import VisitMode
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import Company, Placement, Programme, Student
from stagedesk.store.visits import Visit

STAMP = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _insert(conn: Connection, model: type, rows: list[Mapping[str, object]]) -> None:
    """Insert only the columns named (the models are at head, the store at 0004)."""
    names = list(rows[0]) + ["created_at", "updated_at", "version"]
    typed = table(model.__tablename__, *(column(n, model.__table__.c[n].type) for n in names))
    conn.execute(
        insert(typed), [{**r, "created_at": STAMP, "updated_at": STAMP, "version": 1} for r in rows]
    )


def test_upgrading_from_0004_keeps_visits_on_site_without_concerns(store_location: str) -> None:
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0004")
    programme, company, student, placement = (uuid.uuid4() for _ in range(4))
    held, planned = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:
        _insert(conn, Programme, [dict(id=programme, crebo="25655", name="Verzorgende-IG",
                niveau=3, leerweg=Leerweg.BOL, sector=Sector.ZORG)])  # fmt: skip
        _insert(conn, Company, [dict(id=company, name="Zorggroep Óost", kvk_number="12345678",
                capacity=2)])  # fmt: skip
        _insert(conn, Student, [dict(id=student, student_number="100001", given_name="Zoë",
                surname="Berg", date_of_birth=date(2008, 5, 1), programme_id=programme,
                cohort=2025, enrolled_on=date(2025, 8, 1), extra_support=False,
                search_status="in_bpv", search_status_since=date(2026, 9, 1),
                sort_key="berg zoe", search_text="zoe berg")])  # fmt: skip
        _insert(conn, Placement, [dict(id=placement, student_id=student, company_id=company,
                start_date=date(2026, 9, 1), end_date=date(2027, 1, 31), hours_per_week=32,
                total_hours=600, pok_status="complete", allowance_kind="none")])  # fmt: skip
        _insert(conn, Visit, [
            dict(id=held, placement_id=placement, visit_type=VisitType.START,
                 status=VisitStatus.HELD, planned_on=date(2026, 9, 15),
                 held_on=date(2026, 9, 16), notes="Goed gestart.",
                 answers={"digest": "ab", "items": {"werktijden": ["yes", None]}}),
            dict(id=planned, placement_id=placement, visit_type=VisitType.MIDTERM,
                 status=VisitStatus.PLANNED, planned_on=date(2026, 11, 20), held_on=None,
                 notes=None, answers=None),
        ])  # fmt: skip

    migrate.upgrade(engine)

    visits = Visit.__table__
    with engine.begin() as conn:
        rows = {
            row.id: row
            for row in conn.execute(
                select(
                    visits.c.id,
                    visits.c.notes,
                    visits.c.answers,
                    visits.c.mode,
                    visits.c.planned_time,
                    visits.c.contact_id,
                    visits.c.concerns,
                    visits.c.concerns_handled_on,
                )
            )
        }
        assert set(rows) == {held, planned}
        assert rows[held].notes == "Goed gestart."
        assert rows[held].answers == {"digest": "ab", "items": {"werktijden": ["yes", None]}}
        for row in rows.values():
            assert row.mode is VisitMode.ON_SITE
            assert (row.planned_time, row.contact_id) == (None, None)
            assert (row.concerns, row.concerns_handled_on) == (None, None)

        # The new columns take what the services write, and concerns are found by value.
        conn.execute(
            update(visits)
            .where(visits.c.id == held)
            .values(concerns="no_supervision,unsafe_situation", mode=VisitMode.CALL)
        )
        conn.execute(update(visits).where(visits.c.id == planned).values(planned_time=time(9, 30)))
        unsafe = conn.execute(
            select(visits.c.id).where(
                visits.c.concerns.contains("unsafe_situation"),
                visits.c.concerns_handled_on.is_(None),
            )
        ).scalars()
        assert list(unsafe) == [held]
        assert conn.execute(
            select(visits.c.planned_time).where(visits.c.id == planned)
        ).scalar() == time(9, 30)
    engine.dispose()


def test_downgrading_to_0004_drops_the_columns_and_keeps_the_visits(store_location: str) -> None:
    from alembic import command

    engine = make_engine(store_location)
    migrate.upgrade(engine)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    with engine.connect() as conn:
        from sqlalchemy import inspect

        names = {c["name"] for c in inspect(conn).get_columns("visit")}
        indexes = {i["name"] for i in inspect(conn).get_indexes("visit")}
    assert not names & {"planned_time", "mode", "contact_id", "concerns", "concerns_handled_on"}
    assert {"planned_on", "answers", "agreed_actions"} <= names
    assert "ix_visit_concerns" not in indexes
    engine.dispose()
