"""Undo and redo of a week in the case file's Voortgang tab (case_progress_commands.entered_week)
keep the placement's hours totals, which the attention list reads."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from sqlalchemy import select

from stagedesk.services import hours
from stagedesk.store.placements import Placement
from stagedesk.ui.widgets.case_progress_commands import Records, entered_week
from tests.factories import TODAY, build_world, placed

START, END = date(2026, 9, 7), date(2026, 11, 29)


def test_undo_and_redo_of_entering_changing_and_deleting_a_week_keep_the_totals(tmp_path):
    world = build_world(tmp_path / "world.sqlite")
    try:
        view = placed(world, world.student(), START, END, today=date(2026, 9, 1))
        ctx = SimpleNamespace(sessions=world.sessions, actor=world.mentor, today=lambda: TODAY)
        records = Records()

        def kept() -> tuple[int, int]:
            with world.sessions() as s:
                row = s.execute(
                    select(Placement.hours_weeks, Placement.hours_worked_minutes).where(
                        Placement.id == view.id
                    )
                ).one()
                return row[0], row[1]

        entered = hours.record_week(world.sessions, world.mentor, view.id, START, 1920, today=TODAY)
        enter = entered_week(ctx, records, view.id, None, entered)
        changed = hours.record_week(
            world.sessions, world.mentor, view.id, START, 600, version=entered.version, today=TODAY
        )
        change = entered_week(ctx, records, view.id, entered, changed)
        assert kept() == (1, 600)
        change.backward()
        assert kept() == (1, 1920)
        enter.backward()
        assert kept() == (0, 0)
        enter.forward()
        change.forward()
        assert kept() == (1, 600)

        known = records.get((view.id, START))
        assert known is not None
        gone = hours.delete_week(world.sessions, world.mentor, *known)
        delete = entered_week(ctx, records, view.id, gone, None)
        assert kept() == (0, 0)
        delete.backward()
        assert kept() == (1, 600)
        delete.forward()
        assert kept() == (0, 0)
    finally:
        world.office.close()
