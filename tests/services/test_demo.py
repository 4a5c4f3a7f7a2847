"""The demo generator: realistic, reproducible, consistent with the domain rules, all-or-nothing."""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from stagedesk.domain import names, pok, validation
from stagedesk.domain.applications import ALLOWED, PIPELINE
from stagedesk.domain.dates import age_on, is_minor, school_year_start
from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationStatus,
    Leerweg,
    MeldingStatus,
    PokStatus,
    SearchStatus,
    StaffRole,
    VisitStatus,
)
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.search_status import (
    ApplicationFact,
    CaseFacts,
    PlacementFact,
    derive_search_status,
)
from stagedesk.services import demo
from stagedesk.services.demo import DemoSummary, ensure_demo_store, generate_demo
from stagedesk.store.models import Base
from stagedesk.store.opening import OpenedStore, open_store

TODAY = date(2026, 11, 25)
STUDENTS = 300

Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """One 300-student demo store, shared read-only by the tests that only inspect it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(path)
    summary = generate_demo(store, students=STUDENTS, seed=1, today=TODAY)
    store.close()
    return path, summary


@pytest.fixture(scope="module")
def tables(demo_store: tuple[Path, DemoSummary]) -> dict[str, Rows]:
    """Every table of the shared demo store as typed rows."""
    store = open_store(demo_store[0])
    try:
        with store.engine.connect() as conn:
            return {
                name: [dict(row) for row in conn.execute(select(table)).mappings()]
                for name, table in Base.metadata.tables.items()
            }
    finally:
        store.close()


def _new_store(tmp_path: Path, name: str = "store.sqlite") -> OpenedStore:
    return open_store(tmp_path / name)


def _dump(path: Path) -> list[str]:
    """The SQL text of the whole database: equal dumps mean byte-identical data."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _count(store: OpenedStore, table: str) -> int:
    with store.engine.connect() as conn:
        count: int = conn.execute(
            select(func.count()).select_from(Base.metadata.tables[table])
        ).scalar_one()
        return count


def _by(rows: Rows, key: str) -> dict[Any, Rows]:
    grouped: dict[Any, Rows] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


# --- size and mix ---------------------------------------------------------------------------


def test_counts_are_in_the_expected_ranges(demo_store: tuple[Path, DemoSummary]) -> None:
    summary = demo_store[1]
    assert summary.students == STUDENTS
    assert 70 <= summary.programmes <= 100
    assert summary.companies == 30  # students / 10, at least 20
    assert 30 <= summary.recognitions <= 4 * summary.companies
    assert summary.companies <= summary.contact_persons <= 3 * summary.companies
    assert 4 * STUDENTS <= summary.applications <= 6 * STUDENTS
    assert 0.4 * STUDENTS <= summary.placements <= STUDENTS
    assert 1.4 * STUDENTS <= summary.visits <= 2.6 * STUDENTS
    assert summary.meldingen == 5  # one per status (one per 500 students, at least 5)


def test_every_search_status_occurs(tables: dict[str, Rows]) -> None:
    counts = Counter(row["search_status"] for row in tables["student"])
    assert all(counts[status] > 0 for status in SearchStatus), counts
    # Most students are in a bpv or still looking.
    assert counts[SearchStatus.IN_BPV] == max(counts.values())
    assert counts[SearchStatus.SEARCHING] > counts[SearchStatus.STOPPED]


def test_staff_has_mentors_coordinators_one_meldpunt_officer_and_an_admin(
    tables: dict[str, Rows],
) -> None:
    roles = Counter(row["role"] for row in tables["staff_role"])
    assert roles[StaffRole.MENTOR] == 3  # one per 300 students, at least 3
    assert roles[StaffRole.COORDINATOR] >= 2
    assert roles[StaffRole.MELDPUNT] == 1
    assert roles[StaffRole.ADMIN] == 1
    mentors = {row["staff_id"] for row in tables["staff_role"] if row["role"] == StaffRole.MENTOR}
    assert {row["mentor_id"] for row in tables["student"]} <= mentors


def test_programmes_come_from_the_table_with_bol_and_bbl_in_every_niveau(
    tables: dict[str, Rows],
) -> None:
    programmes = tables["programme"]
    assert {row["niveau"] for row in programmes} == {1, 2, 3, 4}
    assert {row["leerweg"] for row in programmes} == {Leerweg.BOL, Leerweg.BBL}
    assert len({row["sector"] for row in programmes}) == 8
    for row in programmes:
        assert validation.normalize_crebo(row["crebo"]) == row["crebo"]
        assert row["name"].startswith("Entree") == (row["niveau"] == 1)
    names_ = {row["name"] for row in programmes}
    assert {"Verzorgende-IG", "Kok", "Software developer", "Autotechnicus"} <= names_


# --- students -------------------------------------------------------------------------------


def test_the_three_named_students_exist_with_their_diacritics(tables: dict[str, Rows]) -> None:
    first = {(r["given_name"], r["tussenvoegsel"], r["surname"]) for r in tables["student"]}
    assert ("Zoë", "van der", "Berg") in first
    assert ("Şükrü", None, "Yılmaz") in first
    assert ("IJsbrand", "de", "Vries") in first


def test_the_named_students_are_the_same_for_every_seed(tmp_path: Path) -> None:
    store = _new_store(tmp_path)
    generate_demo(store, students=3, seed=99, today=TODAY)
    with store.engine.connect() as conn:
        student = Base.metadata.tables["student"]
        found = set(conn.execute(select(student.c.given_name, student.c.surname)))
    store.close()
    assert found == {("Zoë", "Berg"), ("Şükrü", "Yılmaz"), ("IJsbrand", "Vries")}


def test_sort_key_and_search_text_come_from_the_names_rules(tables: dict[str, Rows]) -> None:
    for row in tables["student"]:
        given, tv, surname = row["given_name"], row["tussenvoegsel"], row["surname"]
        assert row["sort_key"] == names.sort_key(surname, given, tv)
        assert row["search_text"].startswith(
            names.search_text(given, tv, surname, row["student_number"])
        )
    yilmaz = next(r for r in tables["student"] if r["surname"] == "Yılmaz")
    assert names.matches(yilmaz["search_text"], "sukru yilmaz")


def test_names_mix_tussenvoegsels_and_diacritics(tables: dict[str, Rows]) -> None:
    students = tables["student"]
    with_tussenvoegsel = sum(1 for r in students if r["tussenvoegsel"])
    not_ascii = sum(1 for r in students if not (r["given_name"] + r["surname"]).isascii())
    assert 0.2 * STUDENTS <= with_tussenvoegsel <= 0.4 * STUDENTS
    assert 0.05 * STUDENTS <= not_ascii <= 0.3 * STUDENTS


def test_students_are_15_to_25_many_minors_with_a_guardian(tables: dict[str, Rows]) -> None:
    students = tables["student"]
    numbers = [r["student_number"] for r in students]
    assert len(set(numbers)) == len(numbers)
    minors = 0
    for row in students:
        assert validation.normalize_student_number(row["student_number"]) == row["student_number"]
        assert 15 <= age_on(row["date_of_birth"], TODAY) <= 25
        # Cohorts of the last four school years (2023-2026 on 25 November 2026).
        first_year = school_year_start(TODAY).year
        assert first_year - 3 <= row["cohort"] <= first_year
        assert row["enrolled_on"] <= TODAY
        assert row["class_group"]
        if is_minor(row["date_of_birth"], TODAY):
            minors += 1
            assert row["guardian_name"] and row["guardian_email"]
    assert minors >= 0.3 * STUDENTS
    support = sum(1 for r in students if r["extra_support"])
    assert 0.02 * STUDENTS <= support <= 0.15 * STUDENTS


def test_stored_search_status_is_what_the_domain_derives_from_the_rows(
    tables: dict[str, Rows],
) -> None:
    applications = _by(tables["application"], "student_id")
    placements = _by(tables["placement"], "student_id")
    for student in tables["student"]:
        facts = CaseFacts(
            enrolled_on=student["enrolled_on"],
            applications=tuple(
                ApplicationFact(a["status"], a["created_on"], a["status_changed_on"])
                for a in applications[student["id"]]
            ),
            placements=tuple(
                PlacementFact(
                    start=p["start_date"],
                    end=p["end_date"],
                    pok_complete=p["pok_status"] == PokStatus.COMPLETE,
                    pok_completed_on=p["pok_completed_on"],
                    created_on=p["created_at"].date(),
                    ended_early_on=p["ended_early_on"],
                )
                for p in placements[student["id"]]
            ),
            search_started_on=student["search_started_on"],
            stopped_on=student["stopped_on"],
        )
        expected = derive_search_status(facts, TODAY)
        assert (student["search_status"], student["search_status_since"]) == expected


def test_current_company_is_the_placement_company_or_an_open_application(
    tables: dict[str, Rows],
) -> None:
    applications = _by(tables["application"], "student_id")
    placements = _by(tables["placement"], "student_id")
    for student in tables["student"]:
        status, company = student["search_status"], student["current_company_id"]
        if status in (SearchStatus.IN_BPV, SearchStatus.PLACED):
            assert company in {p["company_id"] for p in placements[student["id"]]}
        elif status == SearchStatus.APPLYING:
            open_ = {
                a["company_id"] for a in applications[student["id"]] if a["status"] in PIPELINE[1:]
            }
            assert company in open_
        elif status in (SearchStatus.NOT_STARTED, SearchStatus.STOPPED):
            assert company is None


def test_entree_and_niveau_2_students_get_more_rejections(tables: dict[str, Rows]) -> None:
    niveau = {p["id"]: p["niveau"] for p in tables["programme"]}
    student_niveau = {s["id"]: niveau[s["programme_id"]] for s in tables["student"]}
    rejections: dict[bool, int] = Counter()
    students: dict[bool, int] = Counter(n <= 2 for n in student_niveau.values())
    for app in tables["application"]:
        if app["status"] == ApplicationStatus.REJECTED:
            rejections[student_niveau[app["student_id"]] <= 2] += 1
    assert rejections[True] / students[True] > 1.3 * rejections[False] / students[False]


# --- applications, placements, visits -------------------------------------------------------


def test_applications_follow_the_state_machine_with_ordered_dates(
    tables: dict[str, Rows],
) -> None:
    channels = set()
    statuses = set()
    for app in tables["application"]:
        status = app["status"]
        channels.add(app["channel"])
        statuses.add(status)
        sent, changed = app["sent_on"], app["status_changed_on"]
        assert app["created_on"] <= (sent or app["created_on"]) <= changed <= TODAY
        if status == ApplicationStatus.DRAFT:
            assert sent is None and changed == app["created_on"]
        elif status != ApplicationStatus.WITHDRAWN:
            # Everything but a withdrawn draft reached the company through "sent".
            assert sent is not None
            assert status == ApplicationStatus.SENT or status in _reachable_from_sent()
        assert (app["rejection_reason"] is not None) == (status == ApplicationStatus.REJECTED)
    assert statuses == set(ApplicationStatus)
    assert len(channels) == 4


def _reachable_from_sent() -> set[ApplicationStatus]:
    seen, todo = set(), [ApplicationStatus.SENT]
    while todo:
        for target in ALLOWED[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_placements_have_consistent_periods_hours_and_allowance(tables: dict[str, Rows]) -> None:
    leerweg = {p["id"]: p["leerweg"] for p in tables["programme"]}
    student_leerweg = {s["id"]: leerweg[s["programme_id"]] for s in tables["student"]}
    applications = {a["id"]: a for a in tables["application"]}
    kinds = Counter()
    for placement in tables["placement"]:
        days = (placement["end_date"] - placement["start_date"]).days + 1
        assert days % 7 == 0 and 10 <= days // 7 <= 40
        assert 16 <= placement["hours_per_week"] <= 40
        assert placement["total_hours"] == days // 7 * placement["hours_per_week"]
        app = applications[placement["application_id"]]
        assert app["status"] == ApplicationStatus.ACCEPTED
        assert app["student_id"] == placement["student_id"]
        assert app["company_id"] == placement["company_id"]
        assert app["status_changed_on"] <= placement["created_at"].date()
        kind, cents = placement["allowance_kind"], placement["allowance_cents_per_month"]
        kinds[kind] += 1
        if student_leerweg[placement["student_id"]] == Leerweg.BBL:
            assert kind == AllowanceKind.WAGE and cents is None
        elif kind == AllowanceKind.ALLOWANCE:
            assert 10_000 <= cents <= 60_000
        else:
            assert kind == AllowanceKind.NONE and cents is None
    assert all(kinds[kind] > 0 for kind in AllowanceKind)
    assert any(p["ended_early_on"] for p in tables["placement"])


def test_placements_are_at_companies_recognised_for_the_programme(
    tables: dict[str, Rows],
) -> None:
    crebo = {p["id"]: p["crebo"] for p in tables["programme"]}
    student_crebo = {s["id"]: crebo[s["programme_id"]] for s in tables["student"]}
    recognised = {
        (r["company_id"], r["crebo"]) for r in tables["recognition"] if not r["revoked_on"]
    }
    praktijkopleiders = {c["id"] for c in tables["contact_person"] if c["is_praktijkopleider"]}
    for placement in tables["placement"]:
        assert (placement["company_id"], student_crebo[placement["student_id"]]) in recognised
        assert placement["praktijkopleider_id"] in praktijkopleiders


def test_pok_status_and_guardian_signature_follow_the_pok_rules(
    tables: dict[str, Rows],
) -> None:
    dob = {s["id"]: s["date_of_birth"] for s in tables["student"]}
    statuses = Counter()
    for placement in tables["placement"]:
        birth = dob[placement["student_id"]]
        sigs = pok.PokSignatures(
            student=placement["pok_signed_student"],
            guardian=placement["pok_signed_guardian"],
            school=placement["pok_signed_school"],
            company=placement["pok_signed_company"],
        )
        cancelled = placement["pok_status"] == PokStatus.CANCELLED
        sent = placement["pok_sent_on"]
        assert placement["pok_status"] == pok.pok_status(
            sent is not None, cancelled, sigs, birth, TODAY
        )
        statuses[placement["pok_status"]] += 1
        for party in pok.PARTIES:
            signed = sigs.signed_on(party)
            if signed is not None:
                assert sent is not None and sent <= signed <= TODAY
        if sigs.guardian is not None:
            # The guardian signs only for a student who is a minor on the student's signing day.
            assert sigs.student is not None and is_minor(birth, sigs.student)
        if placement["pok_completed_on"] is not None:
            assert sigs.student is not None
            assert (sigs.guardian is not None) == is_minor(birth, sigs.student)
            assert placement["pok_completed_on"] == max(
                day for day in (sigs.student, sigs.guardian, sigs.school, sigs.company) if day
            )
    assert {PokStatus.COMPLETE, PokStatus.CANCELLED} <= set(statuses)
    assert (
        statuses[PokStatus.DRAFT] + statuses[PokStatus.SENT] + statuses[PokStatus.PARTIALLY_SIGNED]
        > 0
    )


def test_visits_are_held_in_the_past_and_planned_ahead_with_a_few_overdue(
    tables: dict[str, Rows],
) -> None:
    placements = {p["id"]: p for p in tables["placement"]}
    overdue = 0
    for visit in tables["visit"]:
        placement = placements[visit["placement_id"]]
        assert visit["mentor_id"] is not None
        if visit["status"] == VisitStatus.HELD:
            assert visit["held_on"] is not None
            assert placement["start_date"] <= visit["held_on"] <= TODAY
        else:
            assert visit["held_on"] is None
        if visit["status"] == VisitStatus.PLANNED and visit["planned_on"] < TODAY:
            overdue += 1
    types = Counter(v["visit_type"] for v in tables["visit"])
    assert len(types) == 4
    assert overdue > 0
    assert any(
        v["status"] == VisitStatus.PLANNED and v["planned_on"] > TODAY for v in tables["visit"]
    )


def test_visits_fall_on_weekdays(tables: dict[str, Rows]) -> None:
    placements = {p["id"]: p for p in tables["placement"]}
    for visit in tables["visit"]:
        assert visit["planned_on"].weekday() < 5, visit["planned_on"]
        held = visit["held_on"]
        # A visit is held on a weekday, unless the placement itself started on a weekend day.
        if held is not None and held != placements[visit["placement_id"]]["start_date"]:
            assert held.weekday() < 5, held


def test_recent_held_visits_answer_the_shipped_checklists_some_with_concerns(
    tables: dict[str, Rows],
) -> None:
    from stagedesk.domain.checklists import Answer
    from stagedesk.domain.visits import decode_actions, decode_answers, decode_concerns
    from stagedesk.services.demo_visit_log import ANSWERED_SINCE, demo_checklists

    checklists = demo_checklists()
    answered = concerned = open_concerns = with_actions = 0
    for visit in tables["visit"]:
        held = visit["status"] == VisitStatus.HELD
        if not held or visit["held_on"] < TODAY - ANSWERED_SINCE:
            assert visit["answers"] is None and visit["checklist_id"] is None
            assert visit["concerns"] is None
            continue
        answered += 1
        checklist = checklists.for_type(visit["visit_type"])
        assert (visit["checklist_id"], visit["checklist_version"]) == (
            checklist.id,
            checklist.version,
        )
        digest, answers = decode_answers(visit["answers"])
        assert digest == checklist.digest
        assert set(answers) <= {item.id for item in checklist.items}
        assert len(answers) >= len(checklist.items) - 2
        concerns = decode_concerns(visit["concerns"])
        with_actions += bool(decode_actions(visit["agreed_actions"]))
        if concerns:
            concerned += 1
            open_concerns += visit["concerns_handled_on"] is None
            # Each concern shows as a "no" with a remark on an item that points at it.
            for concern in concerns:
                assert any(
                    answers[item.id].answer is Answer.NO and answers[item.id].remark
                    for item in checklist.items
                    if item.concern is concern and item.id in answers
                )
        else:
            assert visit["concerns_handled_on"] is None
    assert answered > 100
    assert 0.01 * answered < concerned < 0.15 * answered
    assert 0 < open_concerns < concerned
    assert 0.3 * answered < with_actions < 0.7 * answered
    planned = [v for v in tables["visit"] if v["status"] == VisitStatus.PLANNED]
    assert 0.4 < sum(v["planned_time"] is not None for v in planned) / len(planned) < 0.7


def test_companies_have_valid_kvk_postcode_and_one_praktijkopleider(
    tables: dict[str, Rows],
) -> None:
    companies = tables["company"]
    assert len({c["kvk_number"] for c in companies}) == len(companies)
    for company in companies:
        assert validation.normalize_kvk(company["kvk_number"]) == company["kvk_number"]
        assert validation.normalize_postcode(company["postcode"]) == company["postcode"]
        assert validation.normalize_email(company["email"]) == company["email"]
        assert company["region"] and company["city"] and company["sbb_id"]
        assert 1 <= company["capacity"] <= 6
    contacts = _by(tables["contact_person"], "company_id")
    recognitions = _by(tables["recognition"], "company_id")
    for company in companies:
        assert 1 <= len(contacts[company["id"]]) <= 3
        assert sum(c["is_praktijkopleider"] for c in contacts[company["id"]]) == 1
        assert 1 <= len(recognitions[company["id"]]) <= 4
    assert any(r["revoked_on"] for r in tables["recognition"])


def test_meldingen_cover_several_statuses(tables: dict[str, Rows]) -> None:
    meldingen = tables["melding"]
    assert len({m["status"] for m in meldingen}) == len(meldingen) == 5
    for melding in meldingen:
        assert melding["received_on"] <= melding["status_changed_on"] <= TODAY
        assert (melding["student_id"] is None) == melding["anonymous"]
        assert (melding["handled_by_id"] is None) == (melding["status"] == MeldingStatus.RECEIVED)


def test_timestamps_come_from_the_data_not_the_clock(tables: dict[str, Rows]) -> None:
    for name in ("student", "application", "placement", "visit", "company"):
        for row in tables[name]:
            assert row["created_at"] <= row["updated_at"]
            assert row["updated_at"].date() <= TODAY


# --- reproducibility and safety -------------------------------------------------------------


def test_same_seed_and_day_give_byte_identical_stores(tmp_path: Path) -> None:
    for name in ("a.sqlite", "b.sqlite"):
        store = _new_store(tmp_path, name)
        generate_demo(store, students=120, seed=7, today=TODAY)
        store.close()
    assert _dump(tmp_path / "a.sqlite") == _dump(tmp_path / "b.sqlite")


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    for name, seed in (("a.sqlite", 1), ("b.sqlite", 2)):
        store = _new_store(tmp_path, name)
        generate_demo(store, students=50, seed=seed, today=TODAY)
        store.close()
    first, second = _dump(tmp_path / "a.sqlite"), _dump(tmp_path / "b.sqlite")
    student_lines = [line for line in first if line.startswith('INSERT INTO "student"')]
    assert student_lines and not set(student_lines) & set(second)


def test_refuses_fewer_than_one_student(tmp_path: Path) -> None:
    store = _new_store(tmp_path)
    with pytest.raises(ValidationError) as raised:
        generate_demo(store, students=0, today=TODAY)
    assert raised.value.field == "students"
    assert _count(store, "programme") == 0
    store.close()


def test_refuses_a_store_with_students_and_leaves_it_unchanged(tmp_path: Path) -> None:
    store = _new_store(tmp_path)
    generate_demo(store, students=5, seed=1, today=TODAY)
    store.close()
    before = _dump(tmp_path / "store.sqlite")
    store = _new_store(tmp_path)
    with pytest.raises(ValidationError, match="already holds students"):
        generate_demo(store, students=5, seed=2, today=TODAY)
    store.close()
    assert _dump(tmp_path / "store.sqlite") == before


def test_a_failure_late_in_generation_leaves_the_store_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> list[dict[str, Any]]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo, "make_meldingen", fail)
    store = _new_store(tmp_path)
    with pytest.raises(RuntimeError, match="disk on fire"):
        generate_demo(store, students=50, today=TODAY)
    for table in ("student", "application", "placement", "visit", "company", "programme"):
        assert _count(store, table) == 0, table
    store.close()


def test_progress_reports_every_phase_up_to_its_total(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    store = _new_store(tmp_path)
    generate_demo(store, students=10, today=TODAY, progress=lambda *a: calls.append(a))
    store.close()
    phases = list(dict.fromkeys(phase for phase, _, _ in calls))
    assert phases == ["prepare", "organisation", "students", "meldingen"]
    assert ("students", 10, 10) in calls


def test_ensure_demo_store_fills_a_new_store_once(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    store, summary = ensure_demo_store(path, students=20, today=TODAY)
    store.close()
    assert summary is not None and summary.students == 20
    store, again = ensure_demo_store(path, students=20, today=TODAY)
    try:
        assert again is None
        assert _count(store, "student") == 20
    finally:
        store.close()


def test_student_ids_are_uuid4(tables: dict[str, Rows]) -> None:
    assert all(isinstance(r["id"], uuid.UUID) and r["id"].version == 4 for r in tables["student"])


def test_generates_the_same_demo_on_every_backend(store_location: str) -> None:
    store = open_store(store_location)
    try:
        summary = generate_demo(store, students=40, seed=3, today=TODAY)
        assert _count(store, "student") == 40
        assert _count(store, "visit") == summary.visits > 0
        with store.engine.connect() as conn:
            student = Base.metadata.tables["student"]
            zoe = conn.execute(
                select(student.c.sort_key).where(student.c.given_name == "Zoë")
            ).scalar_one()
        assert zoe == names.sort_key("Berg", "Zoë", "van der")
    finally:
        store.close()


def test_applications_have_their_status_history_as_migration_0002_back_fills_it(
    tables: dict[str, Rows],
) -> None:
    events = _by(tables["application_event"], "application_id")
    ids = [event["id"] for event in tables["application_event"]]
    assert len(set(ids)) == len(ids) and all(i.version == 4 for i in ids)
    for app in tables["application"]:
        status, sent, changed = app["status"], app["sent_on"], app["status_changed_on"]
        expected = []
        if sent is not None and status != ApplicationStatus.DRAFT:
            expected.append((ApplicationStatus.SENT, sent))
        if status != ApplicationStatus.SENT or sent is None:
            expected.append((status, changed))
        got = [(e["status"], e["happened_on"]) for e in events[app["id"]]]
        assert sorted(got) == sorted(expected)
