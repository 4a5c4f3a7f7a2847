"""Migration 0002 gives existing applications their status history and keeps every row."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert, select

from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, Leerweg, Sector
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import Application, ApplicationEvent, Company, Programme, Student


def test_upgrading_from_0001_backfills_sent_and_current_status(store_location):
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0001")
    programme, company, student = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    apps = {
        "draft": (ApplicationStatus.DRAFT, None, date(2026, 9, 1)),
        "sent": (ApplicationStatus.SENT, date(2026, 9, 2), date(2026, 9, 2)),
        "rejected": (ApplicationStatus.REJECTED, date(2026, 9, 3), date(2026, 10, 1)),
    }
    ids = {name: uuid.uuid4() for name in apps}
    with engine.begin() as conn:
        conn.execute(
            insert(Programme.__table__),
            [dict(id=programme, crebo="25655", name="Verzorgende-IG", niveau=3,
                  leerweg=Leerweg.BOL, sector=Sector.ZORG, created_at=_now(), updated_at=_now(),
                  version=1)],
        )  # fmt: skip
        conn.execute(
            insert(Company.__table__),
            [dict(id=company, name="Zorggroep Óost", kvk_number="12345678", capacity=2,
                  created_at=_now(), updated_at=_now(), version=1)],
        )  # fmt: skip
        conn.execute(
            insert(Student.__table__),
            [dict(id=student, student_number="100001", given_name="Zoë", tussenvoegsel="van der",
                  surname="Berg", date_of_birth=date(2009, 5, 1), programme_id=programme,
                  cohort=2025, enrolled_on=date(2025, 8, 1), extra_support=False,
                  search_status="applying", search_status_since=date(2026, 9, 2),
                  sort_key="berg  zoe  van der", search_text="zoe van der berg",
                  created_at=_now(), updated_at=_now(), version=1)],
        )  # fmt: skip
        conn.execute(
            insert(Application.__table__),
            [dict(id=ids[name], student_id=student, company_id=company,
                  channel=ApplicationChannel.STAGEMARKT, status=status, created_on=date(2026, 9, 1),
                  sent_on=sent, status_changed_on=changed,
                  rejection_reason="no_capacity" if name == "rejected" else None,
                  created_at=_now(), updated_at=_now(), version=1)
             for name, (status, sent, changed) in apps.items()],
        )  # fmt: skip
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                ApplicationEvent.application_id,
                ApplicationEvent.status,
                ApplicationEvent.happened_on,
            )
        ).all()
        assert conn.execute(select(Application.id)).all().__len__() == 3
    history = {(app_id, status, on) for app_id, status, on in rows}
    assert history == {
        (ids["draft"], ApplicationStatus.DRAFT, date(2026, 9, 1)),
        (ids["sent"], ApplicationStatus.SENT, date(2026, 9, 2)),
        (ids["rejected"], ApplicationStatus.SENT, date(2026, 9, 3)),
        (ids["rejected"], ApplicationStatus.REJECTED, date(2026, 10, 1)),
    }
    engine.dispose()


def _now():
    from datetime import UTC, datetime

    return datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
