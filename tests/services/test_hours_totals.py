"""Every write of bpv hours keeps the placement's totals (weeks written, minutes worked) in its
transaction, without touching the placement's version or audit trail; the attention list's
'Uren achter', which reads only those totals, still follows the rule of domain.hours."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from random import Random

import pytest
from sqlalchemy import func, select

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.hours import AbsenceKind
from stagedesk.services import hours
from stagedesk.services.actor import SYSTEM
from stagedesk.services.attention import AttentionReason, attention_list
from stagedesk.services.demo_hours import add_demo_hours
from stagedesk.services.hours_import import import_hours
from stagedesk.store import hours_totals
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.office import AuditEntry
from stagedesk.store.placements import Placement
from stagedesk.store.students import Student
from tests.factories import BOL_CREBO, TODAY, placed

START, END = date(2026, 9, 7), date(2026, 11, 29)  # 12 weeks of 32 hours; 11 passed on TODAY


def _placement(world, student=None):
    return placed(world, student or world.student(), START, END, today=date(2026, 9, 1))


def _kept(world, placement_id: uuid.UUID) -> tuple[int, int]:
    with world.sessions() as s:
        row = s.execute(
            select(Placement.hours_weeks, Placement.hours_worked_minutes).where(
                Placement.id == placement_id
            )
        ).one()
        return row.hours_weeks, row.hours_worked_minutes


def _counted(world, placement_id: uuid.UUID) -> tuple[int, int]:
    with world.sessions() as s:
        row = s.execute(
            select(func.count(), func.coalesce(func.sum(BpvHours.worked_minutes), 0)).where(
                BpvHours.placement_id == placement_id
            )
        ).one()
        return row[0], row[1]


def _version(world, placement_id: uuid.UUID) -> tuple[int, datetime]:
    with world.sessions() as s:
        row = s.execute(
            select(Placement.version, Placement.updated_at).where(Placement.id == placement_id)
        ).one()
        return row.version, row.updated_at


def _placement_audit(world, placement_id: uuid.UUID) -> int:
    with world.sessions() as s:
        return s.execute(
            select(func.count()).where(AuditEntry.entity_id == placement_id)
        ).scalar_one()


def test_entering_changing_and_deleting_weeks_keeps_the_totals(any_world):
    world = any_world  # SQLite and PostgreSQL
    view = _placement(world)
    other = _placement(world, world.student(surname="Ander"))
    assert _kept(world, view.id) == (0, 0)
    version, trail = _version(world, view.id), _placement_audit(world, view.id)

    first = hours.record_week(world.sessions, world.mentor, view.id, START, 1920, today=TODAY)
    hours.record_week(
        world.sessions, world.mentor, view.id, START + timedelta(weeks=1), 960,
        absent_minutes=960, absence_kind=AbsenceKind.SICK, today=TODAY,
    )  # fmt: skip
    assert _kept(world, view.id) == (2, 2880)  # absence is not worked
    changed = hours.record_week(
        world.sessions, world.mentor, view.id, START, 1500, version=first.version, today=TODAY
    )
    assert _kept(world, view.id) == (2, 2460)
    hours.delete_week(world.sessions, world.mentor, changed.id, changed.version)
    assert _kept(world, view.id) == (1, 960) == _counted(world, view.id)
    assert _kept(world, other.id) == (0, 0)
    # Derived like an index: an open placement form does not go stale (version and time of
    # the last save as they were), nothing is audited.
    assert _version(world, view.id) == version
    assert _placement_audit(world, view.id) == trail


def test_a_refused_write_leaves_the_totals(world):
    view = _placement(world)
    hours.record_week(world.sessions, world.mentor, view.id, START, 1920, today=TODAY)
    with pytest.raises(ValidationError):
        hours.record_week(world.sessions, world.mentor, view.id, START, 60, today=TODAY)
    with pytest.raises(ValidationError):
        hours.record_week(world.sessions, world.mentor, view.id, END + timedelta(days=1), 60)
    assert _kept(world, view.id) == (1, 1920)


def test_undoing_an_entry_a_change_and_a_deletion_restores_the_totals(world):
    """The case file's undo (ui/widgets/case_progress_commands.entered_week) calls the same
    services: deleting what was entered, entering again what was deleted, the old minutes."""
    view = _placement(world)
    week = hours.record_week(world.sessions, world.mentor, view.id, START, 1920, today=TODAY)
    hours.delete_week(world.sessions, world.mentor, week.id, week.version)  # undo of entering
    assert _kept(world, view.id) == (0, 0)
    again = hours.record_week(world.sessions, world.mentor, view.id, START, 1920, today=TODAY)
    changed = hours.record_week(
        world.sessions, world.mentor, view.id, START, 600, version=again.version, today=TODAY
    )
    assert _kept(world, view.id) == (1, 600)
    back = hours.record_week(
        world.sessions, world.mentor, view.id, START, 1920, version=changed.version, today=TODAY
    )  # undo of the change
    assert _kept(world, view.id) == (1, 1920)
    hours.delete_week(world.sessions, world.mentor, back.id, back.version)
    hours.record_week(world.sessions, world.mentor, view.id, START, 1920, today=TODAY)
    assert _kept(world, view.id) == (1, 1920)  # undo of the deletion


def _number(world, student_id: uuid.UUID) -> str:
    with world.sessions() as s:
        return s.execute(
            select(Student.student_number).where(Student.id == student_id)
        ).scalar_one()


def test_an_import_adding_and_changing_weeks_keeps_every_placements_totals(world, tmp_path):
    a = _placement(world)
    b = _placement(world, world.student(surname="Bakker"))
    hours.record_week(world.sessions, world.mentor, a.id, START, 1920, today=TODAY)
    na, nb = _number(world, a.student_id), _number(world, b.student_id)
    path = tmp_path / "uren.csv"
    path.write_text(
        "studentnummer;week;uren\n"
        f"{na};2026-W37;30\n{na};2026-W38;32\n{nb};2026-W37;16\n{nb};2026-W39;8\n",
        encoding="utf-8",
    )
    dry = import_hours(world.sessions, world.coordinator, path, dry_run=True, today=TODAY)
    assert dry.problems == () and _kept(world, b.id) == (0, 0)
    done = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert (done.added, done.updated, done.committed) == (3, 1, True)
    assert _kept(world, a.id) == (2, 62 * 60) == _counted(world, a.id)
    assert _kept(world, b.id) == (2, 24 * 60) == _counted(world, b.id)

    path.write_text(f"studentnummer;week;uren\n{nb};2026-W37;onzin\n", encoding="utf-8")
    refused = import_hours(world.sessions, world.coordinator, path, today=TODAY)
    assert refused.problems and _kept(world, b.id) == (2, 24 * 60)


def test_the_demo_hours_keep_the_totals(world):
    for n in range(4):
        _placement(world, world.student(surname=f"Demo {n}"))
    assert add_demo_hours(world.sessions, SYSTEM, today=TODAY) > 0
    with world.sessions() as s:
        kept = dict(
            s.execute(
                select(Placement.id, Placement.hours_worked_minutes).where(
                    Placement.hours_weeks > 0
                )
            ).all()
        )
        counted = dict(
            s.execute(
                select(BpvHours.placement_id, func.sum(BpvHours.worked_minutes)).group_by(
                    BpvHours.placement_id
                )
            ).all()
        )
    assert kept == counted and len(kept) == 4


def test_recount_all_sets_totals_of_weeks_written_outside_the_services(world):
    a = _placement(world)
    b = _placement(world, world.student(surname="Bakker"))
    hours.record_week(world.sessions, world.mentor, a.id, START, 1920, today=TODAY)
    with world.sessions.begin() as s:
        s.execute(BpvHours.__table__.delete())
        s.add(BpvHours(placement_id=b.id, week_start=START, worked_minutes=90))
        s.flush()
        assert hours_totals.recount_all(s) == 1
    assert (_kept(world, a.id), _kept(world, b.id)) == ((0, 0), (1, 90))


def test_hours_behind_on_random_writes_follows_the_domain_rule(world):
    """Random entries, changes and deletions on a few placements, in random order: after each
    round the placements the attention list names are exactly those the case file's progress
    (domain.hours over the weeks themselves) finds behind schedule, with the same hours."""
    rng = Random(11)
    views = [_placement(world, world.student(surname=f"Willekeur {n}")) for n in range(4)]
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 300)
    written: dict[tuple[uuid.UUID, date], tuple[uuid.UUID, int]] = {}
    judged = {True: 0, False: 0}  # placements found behind and not, over all rounds
    for _round in range(12):
        for _ in range(rng.randrange(1, 8)):
            view = rng.choice(views)
            week = START + timedelta(weeks=rng.randrange(11))
            known = written.get((view.id, week))
            if known is not None and rng.random() < 0.3:
                hours.delete_week(world.sessions, world.mentor, *known)
                del written[(view.id, week)]
                continue
            made = hours.record_week(
                world.sessions, world.mentor, view.id, week, rng.randrange(0, 45 * 60),
                version=known[1] if known else None, today=TODAY,
            )  # fmt: skip
            written[(view.id, week)] = (made.id, made.version)
        today = START + timedelta(days=rng.randrange(0, (END - START).days + 1))  # running
        listed = {
            item.detail.placement_id: item.detail.behind_hours
            for item in attention_list(world.sessions, world.coordinator, today)
            if item.reason is AttentionReason.HOURS_BEHIND
        }
        expected = {}
        for view in views:
            assert _kept(world, view.id) == _counted(world, view.id)
            overview = hours.placement_hours(
                world.sessions, world.coordinator, view.id, today=today
            )
            if overview.weeks and overview.behind_schedule:
                expected[view.id] = round(overview.progress.behind_hours)
            judged[view.id in expected] += 1
        assert listed == expected, (today, listed, expected)
    assert judged[True] > 5 and judged[False] > 5, judged


def test_hours_written_in_a_visit_pack_are_reported_not_taken_for_tampering(tmp_path):
    """A pack carries placements with their totals but not the weeks: a week the mentor writes
    on the laptop changes the pack's totals, which the import reports as not merged."""
    from stagedesk.services.packs import apply_import, preview_import
    from stagedesk.store.opening import open_store
    from tests.services.packs_helpers import build_pack_office

    office = build_pack_office(tmp_path)
    try:
        office.export()
        pack = open_store(office.pack, create=False, daily_backup=False)
        try:
            with pack.sessions() as s:
                placement_id = s.execute(
                    select(Placement.id).where(Placement.student_id == office.mine)
                ).scalar_one()
            hours.record_week(pack.sessions, office.world.mentor, placement_id,
                              date(2026, 8, 31), 600, today=TODAY)  # fmt: skip
            with pack.sessions() as s:
                assert s.get_one(Placement, placement_id).hours_worked_minutes == 600
        finally:
            pack.close()
        plan = preview_import(office.sessions, office.world.coordinator, office.pack)
        assert "bpv_hours: 1 written in the pack (only visits are merged)" in plan.not_merged
        assert not any(line.startswith("placement") for line in plan.not_merged)
        apply_import(office.sessions, office.world.coordinator, plan, {})
        assert _kept(office.world, placement_id) == (0, 0)
    finally:
        office.world.office.close()
