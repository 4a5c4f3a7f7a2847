"""Benchmark computing the dashboard on a 50,000-student demo store.

Reports the first computation and the median and p95 (wall clock and CPU time) of the next
ones — the service as the window calls it: settings, the grouped queries, the cuts, the
weeks, the indicators and the meldingen's counts — and, for comparison, how long the student
lists behind a few figures take. Goal (issue 7): the dashboard computes in <= 200 ms.

The store is opened read-only in effect (no schema upgrade, no daily backup); a store with
an old schema is refused: run `stagedesk db upgrade --db PATH` first.

    .venv/bin/python bench/bench_dashboard.py [--store PATH] [--runs 20] [--today D] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from benchstats import figures

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
GOAL_MS = 200


def timed(run: Callable[[], T]) -> tuple[float, float, T]:
    """Wall-clock and CPU milliseconds ``run`` took, and what it returned."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, default=HERE / "out" / "demo-50000.sqlite")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--today", type=date.fromisoformat, help="default: the real today")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.store.exists():
        print(
            f"no store at {args.store}: run bench/bench_window.py once to build it", file=sys.stderr
        )
        return 1

    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.dashboard import Cut, dashboard
    from stagedesk.services.dashboard_drill import dashboard_students
    from stagedesk.store.opening import open_store

    today = args.today or date.today()
    store = open_store(args.store, create=False, upgrade=False, daily_backup=False)
    try:
        first, _, board = timed(lambda: dashboard(store.sessions, SYSTEM, today))
        runs = [timed(lambda: dashboard(store.sessions, SYSTEM, today)) for _ in range(args.runs)]
        drills = {
            "status searching": board.per_status[1].drill,
            "without a place, largest programme": board.cuts[Cut.PROGRAMME][0].drill,
            "without a place, largest region": board.cuts[Cut.REGION][0].drill,
            "supervision: visits missed": board.visits.rest_drill,
            "allowance: below the norm": board.allowance.rest_drill,
        }
        drill_ms = {}
        for name, drill in drills.items():
            wall, _, students = timed(
                lambda drill=drill: dashboard_students(store.sessions, SYSTEM, drill, today)
            )
            drill_ms[name] = {"students": len(students), "ms": round(wall, 1)}
    finally:
        store.close()

    walls = [wall for wall, _, _ in runs]
    cpus = [cpu for _, cpu, _ in runs]
    result = {
        "students": board.students,
        "today": today.isoformat(),
        "first_ms": round(first, 1),
        "dashboard_ms": figures(walls, 1),
        "dashboard_cpu_ms": figures(cpus, 1),
        "goal_ms": GOAL_MS,
        "met": figures(walls, 1)["median"] <= GOAL_MS,
        "without_place": board.without_place.count,
        "allowance": [board.allowance.part, board.allowance.whole],
        "visits": [board.visits.part, board.visits.whole],
        "pok_by_start": [board.pok_on_time.part, board.pok_on_time.whole],
        "drill_downs": drill_ms,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    wall, cpu = result["dashboard_ms"], result["dashboard_cpu_ms"]
    print(f"dashboard on {board.students:,} students ({today}), {args.runs} runs")
    print(f"  first             {first:7.1f} ms")
    print(f"  median / p95      {wall['median']:7.1f} / {wall['p95']:.1f} ms  (goal {GOAL_MS})")
    print(f"  CPU median / p95  {cpu['median']:7.1f} / {cpu['p95']:.1f} ms")
    for name, figure in drill_ms.items():
        print(f"  drill-down {name}: {figure['students']:,} students in {figure['ms']} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
