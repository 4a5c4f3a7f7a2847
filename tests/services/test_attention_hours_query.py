"""The attention list's hours query leaves out in SQL, on day numbers, exactly the placements
domain.hours finds on schedule (SQLite and PostgreSQL), reading the placement's hours totals."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from stagedesk.domain import hours as rules
from stagedesk.domain.enums import PokStatus, SearchStatus
from stagedesk.store.attention_hours import placements_maybe_behind
from stagedesk.store.attention_queries import HEAD, as_key
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student

STATUSES = (PokStatus.COMPLETE, PokStatus.COMPLETE, PokStatus.SENT, PokStatus.CANCELLED)


def _behind(placement: Placement, today: date, at_least: int, need: int | None = None) -> bool:
    """The rule as the case file applies it, for a running placement with weeks written."""
    end = placement.ended_early_on or placement.end_date
    running = placement.start_date <= today <= placement.end_date and (
        placement.ended_early_on is None or placement.ended_early_on > today
    )
    if not running or not placement.hours_weeks or placement.pok_status is PokStatus.CANCELLED:
        return False
    worked = (rules.WeekHours(placement.start_date, placement.hours_worked_minutes),)
    need = max(placement.total_hours, at_least) if need is None else need
    return rules.progress(worked, need, placement.start_date, end, today).behind_schedule()


def _random_placements(world, rng, students, count):
    placements = []
    with world.sessions.begin() as s:
        for _ in range(count):
            start = date(2025, 8, 1) + timedelta(days=rng.randrange(500))
            end = start + timedelta(days=rng.randrange(1, 400))
            early = start + timedelta(days=rng.randrange(0, 400)) if rng.random() < 0.2 else None
            total = rng.randrange(1, 1200)
            placement = Placement(
                student_id=rng.choice(students), company_id=world.company, start_date=start,
                end_date=end, ended_early_on=early, hours_per_week=32, total_hours=total,
                pok_status=rng.choice(STATUSES), hours_weeks=rng.choice((0, 1, 1, 7)),
                hours_worked_minutes=rng.randrange(0, total * 60 + 1),
            )  # fmt: skip
            s.add(placement)
            placements.append(placement)
        s.flush()
        s.expunge_all()
    return placements


def test_the_sql_check_finds_exactly_the_placements_the_rule_finds(any_world):
    world, rng = any_world, Random(5)
    student = world.student()
    placements = _random_placements(world, rng, [student], 300)
    found_any = 0
    for _ in range(40):
        today = date(2025, 8, 1) + timedelta(days=rng.randrange(900))
        at_least = rng.choice((0, 0, rng.randrange(1, 1500)))
        with world.sessions() as s:
            rows = placements_maybe_behind(s, today, at_least)
        found = {as_key(row[HEAD + 2]) for row in rows}
        expected = {p.id.hex for p in placements if _behind(p, today, at_least)}
        assert found == expected, (today, at_least)
        found_any += len(found)
    assert found_any > 50


def test_with_requirements_per_leerjaar_the_largest_misses_no_placement_behind(any_world):
    """Students of several cohorts, a random table per programme and leerjaar: the query at
    the largest requirement holds every placement behind by its own requirement (leerjaar,
    programme, placement), and the rule on its rows finds exactly those."""
    world, rng = any_world, Random(9)
    cohorts = {world.student(enrolled_on=date(year, 8, 25)): year for year in range(2022, 2027)}
    with world.sessions() as s:
        crebo = s.get(Programme, s.get(Student, next(iter(cohorts))).programme_id).crebo
    placements = _random_placements(world, rng, list(cohorts), 300)
    found_any = 0
    for _ in range(30):
        today = date(2025, 8, 1) + timedelta(days=rng.randrange(900))
        years = {y: rng.randrange(1, 1500) for y in rules.YEARS if rng.random() < 0.5}
        every = rng.choice((None, rng.randrange(1, 1500)))
        table = {crebo: rules.ProgrammeHours(every, years)}

        def need(p: Placement, table: dict = table) -> int:
            year = rules.leerjaar(cohorts[p.student_id], p.start_date)
            return rules.requirement(table, crebo, year, p.total_hours).hours

        with world.sessions() as s:
            rows = placements_maybe_behind(s, today, rules.largest_required(table))
        listed = {as_key(row[HEAD + 2]): row for row in rows}
        expected = {p.id.hex for p in placements if _behind(p, today, 0, need(p))}
        assert expected <= set(listed), today
        decided = set()
        for key, row in listed.items():
            _company, row_crebo, _key, start, end, total, minutes, cohort = row[HEAD:]
            year = rules.leerjaar(cohort, start)
            required = rules.requirement(table, row_crebo, year, total).hours
            worked = (rules.WeekHours(start, minutes),)
            if rules.progress(worked, required, start, end, today).behind_schedule():
                decided.add(key)
        assert decided == expected, today
        found_any += len(expected)
    assert found_any > 20


def test_one_mentors_placements_only_and_none_of_a_stopped_student(world):
    from tests.factories import placed

    start, end = date(2026, 9, 7), date(2026, 11, 29)
    mine = placed(world, world.student(), start, end, today=date(2026, 9, 1))
    theirs = placed(
        world, world.student(mentor=world.other_mentor), start, end, today=date(2026, 9, 1)
    )
    stopped = placed(world, world.student(), start, end, today=date(2026, 9, 1))
    with world.sessions.begin() as s:
        for view in (mine, theirs, stopped):
            s.get(Placement, view.id).hours_weeks = 1  # one week written, of nothing worked
        s.get(Student, stopped.student_id).search_status = SearchStatus.STOPPED
    today = date(2026, 11, 25)
    with world.sessions() as s:
        every = placements_maybe_behind(s, today, 0)
        own = placements_maybe_behind(s, today, 0, mentor_id=world.mentor.staff_id)
    assert {as_key(r[HEAD + 2]) for r in every} == {mine.id.hex, theirs.id.hex}
    assert [as_key(r[HEAD + 2]) for r in own] == [mine.id.hex]
