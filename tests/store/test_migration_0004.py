"""Migration 0004 gives every student the rejections of their current search round."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, column, insert, select, table
from sqlalchemy.orm import Session

from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    PokStatus,
    Sector,
)
from stagedesk.domain.search_round import rejections_this_round
from stagedesk.services.case_status import case_facts
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import Application, Company, Placement, Programme, Student

# The back-fill counts by the rule as it stands on the day of the upgrade: the real today.
TODAY = date.today()
STAMP = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
_A = ApplicationStatus


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def _insert(conn: Connection, model: type, rows: list[Mapping[str, object]]) -> None:
    """Insert only the columns named, typed as the model types them: the models are at head,
    the store is at 0003, so the models' own column lists (and defaults) don't fit it."""
    names = list(rows[0]) + ["created_at", "updated_at", "version"]
    typed = table(model.__tablename__, *(column(n, model.__table__.c[n].type) for n in names))
    stamped = [{**row, "created_at": STAMP, "updated_at": STAMP, "version": 1} for row in rows]
    conn.execute(insert(typed), stamped)


def test_upgrading_from_0003_counts_each_students_rejections_in_the_current_round(
    store_location: str,
) -> None:
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0003")
    programme, company = uuid.uuid4(), uuid.uuid4()
    students = {
        name: uuid.uuid4()
        for name in ("searching", "after_bpv", "after_break_off", "in_bpv", "none")
    }
    # (student, status, changed on)
    apps = [
        ("searching", _A.REJECTED, day(-40)),
        ("searching", _A.REJECTED, day(-20)),
        ("searching", _A.REJECTED, day(-5)),
        ("searching", _A.WITHDRAWN, day(-3)),
        ("searching", _A.SENT, day(-2)),
        ("after_bpv", _A.REJECTED, day(-150)),  # before the bpv: an earlier round
        ("after_bpv", _A.REJECTED, day(-100)),  # on its last day: still that round
        ("after_bpv", _A.REJECTED, day(-50)),
        ("after_bpv", _A.REJECTED, day(-10)),
        ("after_break_off", _A.REJECTED, day(-40)),  # before the break-off
        ("after_break_off", _A.REJECTED, day(-30)),  # on the day itself: this round
        ("in_bpv", _A.REJECTED, day(-95)),
        ("in_bpv", _A.REJECTED, day(-92)),
    ]
    # (student, start, end, ended early on)
    placements = [
        ("after_bpv", day(-200), day(-100), None),
        ("after_break_off", day(-60), day(100), day(-30)),
        ("in_bpv", day(-90), day(90), None),
    ]
    with engine.begin() as conn:
        _insert(
            conn,
            Programme,
            [
                dict(
                    id=programme,
                    crebo="25655",
                    name="Verzorgende-IG",
                    niveau=3,
                    leerweg=Leerweg.BOL,
                    sector=Sector.ZORG,
                )
            ],
        )
        _insert(
            conn,
            Company,
            [dict(id=company, name="Zorggroep Óost", kvk_number="12345678", capacity=2)],
        )
        _insert(
            conn,
            Student,
            [
                dict(
                    id=sid,
                    student_number=str(100001 + n),
                    given_name="Zoë",
                    tussenvoegsel=None,
                    surname=name,
                    date_of_birth=date(2007, 5, 1),
                    programme_id=programme,
                    cohort=2025,
                    enrolled_on=day(-400),
                    extra_support=False,
                    search_status="searching",
                    search_status_since=day(-400),
                    sort_key=name,
                    search_text=name,
                )
                for n, (name, sid) in enumerate(students.items())
            ],
        )
        _insert(
            conn,
            Application,
            [
                dict(
                    id=uuid.uuid4(),
                    student_id=students[name],
                    company_id=company,
                    channel=ApplicationChannel.STAGEMARKT,
                    status=status,
                    created_on=on - timedelta(days=10),
                    sent_on=on - timedelta(days=10),
                    status_changed_on=on,
                )
                for name, status, on in apps
            ],
        )
        _insert(conn, Placement, [
            dict(id=uuid.uuid4(), student_id=students[name], company_id=company,
                 start_date=start, end_date=end, ended_early_on=early, hours_per_week=32,
                 total_hours=640, pok_status=PokStatus.COMPLETE,
                 allowance_kind=AllowanceKind.NONE)
            for name, start, end, early in placements
        ])  # fmt: skip

    migrate.upgrade(engine)

    with Session(engine) as session:
        rows = session.execute(
            select(Student.surname, Student.rejections_this_round, Student.last_rejected_on)
        ).all()
        stored = {name: (count, last) for name, count, last in rows}
        by_rule = {
            student.surname: rejections_this_round(case_facts(session, student), TODAY)
            for student in session.execute(select(Student)).scalars()
        }
    engine.dispose()
    assert stored == {
        "searching": (3, day(-5)),
        "after_bpv": (2, day(-10)),
        "after_break_off": (1, day(-30)),
        "in_bpv": (2, day(-92)),
        "none": (0, None),
    }
    assert stored == by_rule
