"""Benchmark building the attention list on a 50,000-student demo store.

Reports the first build and the median and p95 of the next builds (the service as the window
calls it: settings, queries, items, order) on the clock and in CPU time, the number of items
per reason, and for comparison the allowance overview. Goal (issue 3): the attention list
builds in <= 300 ms.

The store is copied to a temporary folder first: opening it may bring its schema up to date,
and the benchmark never writes to the store it was given.

    .venv/bin/python bench/bench_attention.py [--store PATH] [--runs 10] [--today D] [--json]
                                              [--hours none|demo|every]

``--hours`` first writes bpv hours into the copy (a store made before the demo had hours has
none, and 'Uren achter' then has nothing to judge): ``demo`` as a new demo store has them
(services.demo_hours, through the hours service), ``every`` a week for every week passed of
every running placement, every fourth at 60 % (the worst case: an office that registers all
hours; written directly, in one statement, then the placements' totals are recounted as the
services keep them).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from benchstats import percentile

if TYPE_CHECKING:
    from stagedesk.services.office import Office

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
GOAL_MS = 300


def timed(run: Callable[[], T]) -> tuple[float, T]:
    """Milliseconds ``run`` took, and what it returned."""
    started = time.perf_counter()
    result = run()
    return (time.perf_counter() - started) * 1000, result


def cpu_timed(run: Callable[[], T]) -> tuple[float, float]:
    """Milliseconds ``run`` took on the clock and in this process's CPU time: on a shared,
    busy machine the wall clock also counts waiting for a core, the CPU time does not."""
    started, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, default=HERE / "out" / "demo-50000.sqlite")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--today", type=date.fromisoformat, help="default: the real today")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--hours", choices=("none", "demo", "every"), default="none")
    args = parser.parse_args()
    if not args.store.exists():
        print(
            f"no store at {args.store}: run bench/bench_window.py once to build it", file=sys.stderr
        )
        return 1

    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.allowances import allowance_overview
    from stagedesk.services.attention import attention_list, count_by_reason
    from stagedesk.services.office import Office

    today = args.today or date.today()
    with tempfile.TemporaryDirectory(prefix="stagedesk-bench-") as folder:
        copy = Path(folder) / args.store.name
        shutil.copyfile(args.store, copy)
        office = Office.open(copy, create=False, daily_backup=False)
        try:
            weeks = _write_hours(office, args.hours, today)
            first, items = timed(lambda: attention_list(office.sessions, SYSTEM, today))
            timings = [
                cpu_timed(lambda: attention_list(office.sessions, SYSTEM, today))
                for _ in range(args.runs)
            ]
            builds = [wall for wall, _ in timings]
            cpu = [spent for _, spent in timings]
            overview_ms, overview = timed(
                lambda: allowance_overview(office.sessions, SYSTEM, today)
            )
            students = office.stats().entities["student"]
        finally:
            office.close()

    result = {
        "students": students,
        "today": today.isoformat(),
        "attention_first_build_ms": round(first, 1),
        "attention_build_ms": {
            "median": round(statistics.median(builds), 1),
            "p95": round(percentile(builds, 0.95), 1),
            "min": round(min(builds), 1),
            "runs": len(builds),
        },
        "attention_build_cpu_ms": {
            "median": round(statistics.median(cpu), 1),
            "min": round(min(cpu), 1),
        },
        "hours_written": {"mode": args.hours, "weeks": weeks},
        "items": len(items),
        "items_per_reason": {r.value: n for r, n in count_by_reason(items).items()},
        "allowance_overview_ms": round(overview_ms, 1),
        "allowance_flagged_placements": overview.flagged,
        "goal_ms": GOAL_MS,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


def _write_hours(office: Office, mode: str, today: date) -> int:
    """Weeks of hours written into the copy for ``--hours`` (see the module docstring)."""
    sessions = office.sessions
    if mode == "demo":
        from stagedesk.services.demo_hours import add_demo_hours

        return add_demo_hours(sessions, today=today)
    if mode != "every":
        return 0
    import uuid
    from datetime import timedelta

    from sqlalchemy import insert, select

    from stagedesk.domain.hours import monday
    from stagedesk.store import hours_totals
    from stagedesk.store.lifecycle import BpvHours
    from stagedesk.store.placements import Placement

    rows = []
    with sessions.begin() as s:
        running = s.execute(
            select(Placement.id, Placement.start_date, Placement.end_date, Placement.total_hours)
            .where(
                Placement.start_date <= today,
                Placement.end_date >= today,
                Placement.ended_early_on.is_(None),
            )
            .order_by(Placement.id)
        ).all()
        for n, (placement_id, start, end, total) in enumerate(running):
            first = monday(start)
            weekly = total * 60 // ((monday(end) - first).days // 7 + 1)
            weekly = int(weekly * 0.6) if n % 4 == 3 else weekly
            week = first
            while week + timedelta(days=7) <= today:
                rows.append(
                    {"id": uuid.uuid4(), "placement_id": placement_id, "week_start": week,
                     "worked_minutes": weekly, "absent_minutes": 0, "version": 1}
                )  # fmt: skip
                week += timedelta(weeks=1)
        s.execute(insert(BpvHours), rows)
        hours_totals.recount_all(s)
    return len(rows)


if __name__ == "__main__":
    raise SystemExit(main())
