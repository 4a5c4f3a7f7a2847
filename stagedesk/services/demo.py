"""Fill an empty store with a realistic, reproducible demo college (``stagedesk --demo``).

The same seed and the same ``today`` give byte-identical data: every id, date and name comes
from one seeded ``random.Random`` (and a Faker seeded the same way for the name pools), and
timestamps derive from the generated dates, never from the clock. All rows go in with Core
bulk inserts in one transaction, so a failure leaves the store as it was.

Helpers, in the order the work runs: ``demo_data`` (reference tables and name pools),
``demo_org`` (programmes, staff, companies), ``demo_students`` (who the students are, and
meldingen), ``demo_cases`` (the student rows and their derived status) and ``demo_history``
(each student's applications, placements with a POK, and visits).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from faker import Faker
from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.engine import URL

from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import ValidationError
from stagedesk.services import demo_org
from stagedesk.services.demo_accounts import add_demo_accounts
from stagedesk.services.demo_cases import CaseGenerator, CaseRows
from stagedesk.services.demo_data import build_pools, load_programmes
from stagedesk.services.demo_hours import add_demo_hours
from stagedesk.services.demo_meldingen import make_meldingen, per_students
from stagedesk.services.demo_org import Context, Organisation, Row
from stagedesk.services.demo_proposals import add_demo_proposals
from stagedesk.services.demo_students import plan_students, programme_weight
from stagedesk.store.models import Base
from stagedesk.store.opening import OpenedStore, open_store

Progress = Callable[[str, int, int], None]
"""Called as ``progress(phase, done, total)``; phases in order: ``"prepare"``,
``"organisation"``, ``"students"``, ``"meldingen"`` (stable keys for the UI to translate)."""

BATCH_ROWS = 5_000
# Students whose rows are generated before they are written: bounds memory at 50,000.
STUDENT_CHUNK = 2_000


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo added."""

    programmes: int
    staff: int
    companies: int
    recognitions: int
    contact_persons: int
    students: int
    applications: int
    placements: int
    visits: int
    meldingen: int


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


class _Writer:
    """Bulk inserts in batches, counting rows per table."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.counts: dict[str, int] = {}

    def write(self, table: str, rows: Sequence[Row]) -> None:
        target = _table(table)
        for offset in range(0, len(rows), BATCH_ROWS):
            self.conn.execute(insert(target), list(rows[offset : offset + BATCH_ROWS]))
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def flush(self, rows: CaseRows) -> None:
        # Foreign-key order: a placement points at its application, a visit at its placement.
        self.write("student", rows.students)
        self.write("application", rows.applications)
        self.write("application_event", rows.events)
        self.write("placement", rows.placements)
        self.write("visit", rows.visits)
        rows.clear()


def generate_demo(
    store: OpenedStore,
    *,
    students: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add a demo college with ``students`` students to a store that has none.

    Raises ``ValidationError`` for fewer than one student or a store that already holds
    students; the store is then unchanged, as it is after any failure.
    """
    if students < 1:
        raise ValidationError("students", f"must be at least 1, got {students}")
    today = today or date.today()

    def report(phase: str, done: int, total: int) -> None:
        if progress is not None:
            progress(phase, done, total)

    report("prepare", 0, 1)
    with store.engine.begin() as conn, _large_sqlite_cache(conn):
        if conn.execute(select(func.count()).select_from(_table("student"))).scalar_one():
            raise ValidationError(
                "students", "the store already holds students; demo data needs an empty store"
            )
        ctx = _context(seed, today)
        report("prepare", 1, 1)

        report("organisation", 0, 1)
        org = _organisation(conn, ctx, students)
        writer = _Writer(conn)
        writer.write("programme", org.programme_rows)
        writer.write("staff_member", org.staff_rows)
        writer.write("staff_role", org.role_rows)
        writer.write("company", org.company_rows)
        writer.write("contact_person", org.contact_rows)
        writer.write("recognition", org.recognition_rows)
        report("organisation", 1, 1)

        report("students", 0, students)
        generator = CaseGenerator(ctx, org)
        for done, plan in enumerate(plan_students(ctx, org, students), start=1):
            generator.add(plan)
            if done % STUDENT_CHUNK == 0 or done == students:
                writer.flush(generator.rows)
                report("students", done, students)

        count = per_students(students)
        report("meldingen", 0, count)
        made = make_meldingen(conn, ctx, org, generator.melding_candidates, count)
        report("meldingen", count, count)

    counts = writer.counts
    return DemoSummary(
        programmes=counts["programme"],
        staff=counts["staff_member"],
        companies=counts["company"],
        recognitions=counts["recognition"],
        contact_persons=counts["contact_person"],
        students=counts["student"],
        applications=counts["application"],
        placements=counts["placement"],
        visits=counts["visit"],
        meldingen=made,
    )


@contextmanager
def _large_sqlite_cache(conn: Connection) -> Iterator[None]:
    """A 256 MB page cache while generating: the random-UUID indexes then stay in memory.

    Saves about a tenth of the time at 50,000 students; the connection goes back to the
    pool with its own setting.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql("PRAGMA cache_size=-262144")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(previous)}")


def _context(seed: int, today: date) -> Context:
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    pools = build_pools(fake)
    return Context(rng=random.Random(seed), today=today, pools=pools)


def _company_count(students: int) -> int:
    return max(20, round(students / 10))


def _organisation(conn: Connection, ctx: Context, students: int) -> Organisation:
    """Programmes (reusing any the store has), staff and companies (avoiding its KvK numbers)."""
    programme = _table("programme")
    existing: dict[tuple[str, str], uuid.UUID] = {
        (crebo, str(leerweg)): programme_id
        for crebo, leerweg, programme_id in conn.execute(
            select(programme.c.crebo, programme.c.leerweg, programme.c.id)
        )
    }
    taken_kvk = set(conn.execute(select(_table("company").c.kvk_number)).scalars())
    org = Organisation()
    demo_org.add_programmes(ctx, org, load_programmes(), existing)
    demo_org.add_staff(ctx, org, students)
    # Companies per sector follow where the students are.
    demand: dict[Sector, float] = {}
    for info in org.programmes:
        demand[info.sector] = demand.get(info.sector, 0.0) + programme_weight(info)
    demo_org.add_companies(ctx, org, _company_count(students), demand, taken_kvk)
    return org


def ensure_demo_store(
    location: str | Path | URL,
    students: int = 2000,
    seed: int = 1,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> tuple[OpenedStore, DemoSummary | None]:
    """Open (or create) the store at ``location`` and fill it if it has no students yet.

    Returns the opened store and the summary, or None when the store already had students.
    A store without accounts gets the demo accounts (services.demo_accounts); a store just
    filled gets a few placements' hours (services.demo_hours) and matching proposals
    (services.demo_proposals). The caller owns the store and
    closes it.
    """
    store = open_store(location)
    try:
        with store.engine.connect() as conn:
            has_students = conn.execute(
                select(func.count()).select_from(_table("student"))
            ).scalar_one()
        summary = None
        if not has_students:
            summary = generate_demo(
                store, students=students, seed=seed, today=today, progress=progress
            )
        # Also for a demo store made before there were accounts: nobody could log in.
        add_demo_accounts(store.sessions)
        if summary is not None:
            add_demo_hours(store.sessions, today=today)
            add_demo_proposals(store.sessions, today=today)
        return store, summary
    except BaseException:
        store.close()
        raise
