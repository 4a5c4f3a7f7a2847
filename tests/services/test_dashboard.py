"""The dashboard: each figure counts what its definition says, on SQLite and PostgreSQL, and
each drill-down lists exactly the students behind its figure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from stagedesk.domain.enums import (
    AllowanceKind,
    Leerweg,
    SearchStatus,
    Sector,
    StaffRole,
    VisitStatus,
)
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.services.allowances import allowance_overview
from stagedesk.services.dashboard import (
    Cut,
    Dashboard,
    Drill,
    DrillKind,
    dashboard,
)
from stagedesk.services.dashboard_drill import dashboard_students
from stagedesk.services.dashboard_settings import (
    DashboardSettings,
    load_dashboard_settings,
    save_dashboard_settings,
)
from stagedesk.services.office import Office
from stagedesk.services.settings import load_settings, save_settings
from tests.services.attention_store import TODAY, OfficeBuilder, days

S = SearchStatus


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def office(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Office]:
    if request.param == "sqlite":
        location = str(tmp_path_factory.mktemp("dashboard") / "office.sqlite")
    else:
        location = request.getfixturevalue("pg_module_url")
    office = Office.open(location)
    with office.sessions.begin() as session:
        _fill(OfficeBuilder(session))
    yield office
    office.close()


def _at(day) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def _fill(b: OfficeBuilder) -> None:
    zorg = b.programme("Helpende Zorg en Welzijn", 2)  # sector zorg (the builder's)
    ict = b.programme("Software developer", 4, Leerweg.BBL)
    ict.sector = Sector.ICT
    amsterdam, nowhere = b.company("Bytes & Co"), b.company("Zonder Postcode BV")
    amsterdam.region = "Amsterdam"

    # Without a place: one applying at a company in Amsterdam, one applying at a company
    # without a region, one searching, one not started (the last three: the school's region).
    applying = b.student("Ans", "Aanvrager", zorg, S.APPLYING)
    applying.current_company_id = amsterdam.id
    b.student("Bob", "Zonderregio", zorg, S.APPLYING).current_company_id = nowhere.id
    b.student("Cor", "Zoeker", zorg, S.SEARCHING)
    b.student("Dirk", "Nietbegonnen", ict, S.NOT_STARTED)
    b.student("Eva", "Gestopt", ict, S.STOPPED)
    b.student("Fenna", "Wachtopok", ict, S.PLACED_AWAITING_POK)

    # Placements: allowance, POK by the start, visits, and when they were recorded.
    def placed(name, start, end, **kw):
        created = kw.pop("created", start - timedelta(days=30))
        completed = kw.pop("completed", start - timedelta(days=3))
        student = b.student(name, "Geplaatst", zorg, S.IN_BPV)
        placement = b.placement(student, amsterdam, start, end, **kw)
        placement.created_at = _at(created)
        placement.pok_completed_on = completed
        b.session.flush()
        return placement

    # Live today with an allowance at the norm, below it, none, a wage.
    placed("Op", days(-20), days(100), cents=30_000, created=days(-1))  # recorded this week
    placed("Onder", days(-20), days(100), cents=29_999, created=days(-1))
    placed("Geen", days(-20), days(100), allowance=AllowanceKind.NONE, completed=days(-19))
    placed("Loon", days(-20), days(100), allowance=AllowanceKind.WAGE, completed=None)

    # Supervision (10 weeks per visit): begun 11 weeks ago, one visit due.
    held = placed("Bezocht", days(-77), days(100), created=days(-120))
    b.visit(held, VisitStatus.HELD, days(-70))
    placed("Onbezocht", days(-77), days(100), created=days(-120))  # due one, none held
    # Ended a week ago after 12 weeks: two due; one held.
    short = placed("Kort", days(-91), days(-7), created=days(-150))
    b.visit(short, VisitStatus.HELD, days(-80))
    b.visit(short, VisitStatus.PLANNED, days(-10))  # planned is not held
    # Ended before this school year began (1 August 2026): not counted anywhere here.
    placed("Vorigjaar", days(-300), days(-200), created=days(-330))


@pytest.fixture(scope="module")
def pg_module_url(pg_server) -> Iterator[str]:
    import uuid

    import psycopg
    from psycopg import sql

    name = f"test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield pg_server.url(name)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def board(office: Office) -> Dashboard:
    return dashboard(office.sessions, SYSTEM, TODAY)


def _names(office: Office, drill: Drill) -> set[str]:
    return {s.name for s in dashboard_students(office.sessions, SYSTEM, drill, TODAY)}


def _cut(board: Dashboard, cut: Cut) -> dict[str, int]:
    return {count.key: count.count for count in board.cuts[cut]}


def test_students_per_status_lists_every_status_zeros_included(board):
    per_status = {count.key: count.count for count in board.per_status}
    assert list(per_status) == [status.value for status in SearchStatus]
    assert per_status[S.APPLYING] == 2 and per_status[S.COMPLETED] == 0
    assert board.students == sum(per_status.values()) == 14


def test_without_a_place_is_not_started_searching_or_applying(office, board):
    assert board.without_place.count == 4
    assert _names(office, board.without_place.drill) == {
        "Ans Aanvrager",
        "Bob Zonderregio",
        "Cor Zoeker",
        "Dirk Nietbegonnen",
    }


def test_cuts_by_programme_sector_niveau_and_leerweg(office, board):
    programmes = {count.label: count for count in board.cuts[Cut.PROGRAMME]}
    assert programmes["Helpende Zorg en Welzijn"].count == 3
    assert programmes["Helpende Zorg en Welzijn"].niveau == 2
    assert programmes["Software developer"].leerweg is Leerweg.BBL
    assert _cut(board, Cut.SECTOR) == {"zorg": 3, "ict": 1}
    assert _cut(board, Cut.NIVEAU) == {"2": 3, "4": 1}
    assert _cut(board, Cut.LEERWEG) == {"BOL": 3, "BBL": 1}
    assert [count.label for count in board.cuts[Cut.PROGRAMME]][0] == "Helpende Zorg en Welzijn"
    ict = next(c for c in board.cuts[Cut.SECTOR] if c.key == "ict")
    assert _names(office, ict.drill) == {"Dirk Nietbegonnen"}
    niveau = next(c for c in board.cuts[Cut.NIVEAU] if c.key == "2")
    assert len(_names(office, niveau.drill)) == 3


def test_region_is_the_open_applications_company_else_the_schools(office, board):
    # The default school address is in 3500 AA: region Utrecht.
    assert board.school_region == "Utrecht"
    assert _cut(board, Cut.REGION) == {"Amsterdam": 1, "Utrecht": 3}
    assert board.region_from_school == 3
    utrecht = next(c for c in board.cuts[Cut.REGION] if c.key == "Utrecht")
    assert _names(office, utrecht.drill) == {"Bob Zonderregio", "Cor Zoeker", "Dirk Nietbegonnen"}
    amsterdam = next(c for c in board.cuts[Cut.REGION] if c.key == "Amsterdam")
    assert _names(office, amsterdam.drill) == {"Ans Aanvrager"}


def test_without_a_school_postcode_the_region_is_unknown(tmp_path):
    office = Office.open(tmp_path / "office.sqlite")
    try:
        with office.sessions.begin() as session:
            b = OfficeBuilder(session)
            b.student("Cor", "Zoeker", b.programme("Kok", 2), S.SEARCHING)
        settings = load_settings(office.sessions)
        save_settings(office.sessions, SYSTEM, replace(settings, school_address="Postbus 1"))
        board = dashboard(office.sessions, SYSTEM, TODAY)
        assert board.school_region is None
        assert _cut(board, Cut.REGION) == {"": 1}
        unknown = board.cuts[Cut.REGION][0]
        assert _names(office, unknown.drill) == {"Cor Zoeker"}
    finally:
        office.close()


def test_placements_recorded_per_iso_week_of_this_school_year(office, board):
    first = board.weeks[0].week
    assert (first.year, first.week) == (2026, 31)  # holds 1 August 2026 (a Saturday)
    last = board.weeks[-1]
    assert last.week.label == "2026-W48"  # TODAY, 24 November 2026
    assert last.placements == 2
    # Two this week, two on 5 October; those recorded on 27 July (in week 31, but before the
    # school year began) and earlier are not counted.
    assert sum(week.placements for week in board.weeks) == 4
    assert _names(office, last.drill) == {"Op Geplaatst", "Onder Geplaatst"}


def test_allowance_share_counts_live_placements_without_a_wage(office, board):
    # Live: Op (at the norm), Onder (below), Geen (none), Bezocht, Onbezocht (35,000: above).
    assert (board.allowance.part, board.allowance.whole, board.wage) == (3, 5, 1)
    flagged = allowance_overview(office.sessions, SYSTEM, TODAY).flagged
    assert board.allowance.rest == flagged
    assert _names(office, board.allowance.rest_drill) == {"Onder Geplaatst", "Geen Geplaatst"}
    assert "Op Geplaatst" in _names(office, board.allowance.part_drill)


def test_supervision_share_counts_placements_with_every_due_visit_held(office, board):
    assert board.weeks_per_visit == 10
    assert (board.visits.part, board.visits.whole) == (1, 3)
    assert _names(office, board.visits.part_drill) == {"Bezocht Geplaatst"}
    assert _names(office, board.visits.rest_drill) == {"Onbezocht Geplaatst", "Kort Geplaatst"}


def test_pok_by_the_start_counts_placements_begun_this_school_year(office, board):
    # Begun since 1 August: Op, Onder, Geen (completed a day late), Loon (never complete),
    # Bezocht, Onbezocht, Kort.
    assert (board.pok_on_time.part, board.pok_on_time.whole) == (5, 7)
    assert _names(office, board.pok_on_time.rest_drill) == {"Geen Geplaatst", "Loon Geplaatst"}


def test_meldingen_are_counts_only(board):
    assert board.meldingen.total == 0 and board.meldingen.open == 0


def test_frequency_is_a_setting(office):
    before = load_dashboard_settings(office.sessions)
    try:
        save_dashboard_settings(office.sessions, SYSTEM, DashboardSettings(weeks_per_visit=20))
        board = dashboard(office.sessions, SYSTEM, TODAY)
        # 20 weeks: the 11-week-old placements have nothing due; Kort (12 weeks) needs one.
        assert (board.visits.part, board.visits.whole) == (1, 1)
    finally:
        save_dashboard_settings(office.sessions, SYSTEM, before)


def test_frequency_setting_is_checked_and_kept_by_coordinators_only(office):
    with pytest.raises(ValidationError) as raised:
        save_dashboard_settings(office.sessions, SYSTEM, DashboardSettings(weeks_per_visit=0))
    assert raised.value.field == "weeks_per_visit"
    mentor = Actor(None, "Mentor", frozenset({StaffRole.MENTOR}))
    with pytest.raises(PermissionDenied):
        save_dashboard_settings(office.sessions, mentor, DashboardSettings())


@pytest.mark.parametrize("role", [StaffRole.MENTOR, StaffRole.MELDPUNT])
def test_only_coordinators_and_admins_see_the_dashboard(office, role):
    actor = Actor(None, "Iemand", frozenset({role}))
    with pytest.raises(PermissionDenied):
        dashboard(office.sessions, actor, TODAY)
    with pytest.raises(PermissionDenied):
        dashboard_students(office.sessions, actor, Drill(DrillKind.STATUS, key="searching"))


def test_a_drill_with_a_wrong_key_is_refused(office):
    with pytest.raises(ValidationError):
        dashboard_students(office.sessions, SYSTEM, Drill(DrillKind.STATUS, key="nope"))
    with pytest.raises(ValidationError):
        dashboard_students(office.sessions, SYSTEM, Drill(DrillKind.WEEK, key="week 3"))


def test_every_student_figure_drills_down_to_as_many_students(office, board):
    for count in board.per_status:
        assert len(_names(office, count.drill)) == count.count
    for counts in board.cuts.values():
        for count in counts:
            assert len(_names(office, count.drill)) == count.count
