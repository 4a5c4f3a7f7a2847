"""Benchmark opening a student's case file on a 50,000-student demo store.

Opens the case of 200 random students (fixed seed) as a coordinator, through the service the
case screen calls (``services.cases.open_case``), and reports the median, p95 and maximum time
and the SQL statements per case. Goal (issue 3): a case opens in <= 50 ms.

The store is copied to a temporary folder first (opening it may bring its schema up to date,
and the benchmark must not change the original). Each case is opened twice: the first round
(reported as "first opening") reads from a cold cache, the measured round is what reopening
a case costs.

    .venv/bin/python bench/bench_case.py [--store PATH] [--cases 200] [--seed 1] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchstats import percentile
from sqlalchemy import event, select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from stagedesk.services.actor import default_actor  # noqa: E402
from stagedesk.services.cases import open_case  # noqa: E402
from stagedesk.store.opening import open_store  # noqa: E402
from stagedesk.store.students import Student  # noqa: E402

GOAL_MS = 50.0


def measure(store_path: Path, cases: int, seed: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-case-") as folder:
        copy = Path(folder) / store_path.name
        shutil.copyfile(store_path, copy)
        started = time.perf_counter()
        store = open_store(copy, daily_backup=False)
        opened_s = time.perf_counter() - started
        try:
            with store.sessions() as session:
                ids = list(session.execute(select(Student.id)).scalars())
            chosen = random.Random(seed).sample(ids, min(cases, len(ids)))
            actor = default_actor(store.sessions)
            statements = 0

            def count(*_: object) -> None:
                nonlocal statements
                statements += 1

            cold_ms = []
            for student_id in chosen:  # first opening: cold page cache for each student
                t0 = time.perf_counter()
                open_case(store.sessions, actor, student_id)
                cold_ms.append((time.perf_counter() - t0) * 1000)
            event.listen(store.engine, "before_cursor_execute", count)
            times_ms, entries = [], []
            for student_id in chosen:
                t0 = time.perf_counter()
                case = open_case(store.sessions, actor, student_id)
                times_ms.append((time.perf_counter() - t0) * 1000)
                entries.append(len(case.timeline))
            event.remove(store.engine, "before_cursor_execute", count)
        finally:
            store.close()
    times_ms.sort()
    cold_ms.sort()
    return {
        "store": str(store_path),
        "students": len(ids),
        "cases": len(chosen),
        "open_store_s": round(opened_s, 2),
        "median_ms": round(statistics.median(times_ms), 2),
        "p95_ms": round(percentile(times_ms, 0.95), 2),
        "max_ms": round(times_ms[-1], 2),
        "first_open_median_ms": round(statistics.median(cold_ms), 2),
        "first_open_p95_ms": round(percentile(cold_ms, 0.95), 2),
        "statements_per_case": round(statements / len(chosen), 1),
        "timeline_entries_median": statistics.median(entries),
        "timeline_entries_max": max(entries),
        "goal_ms": GOAL_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=HERE / "out" / "demo-50000.sqlite")
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not args.store.exists():
        parser.error(f"no store at {args.store}: build one with 'stagedesk demo --db PATH'")
    result = measure(args.store, args.cases, args.seed)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"open_case over {result['cases']} of {result['students']} students: "
            f"median {result['median_ms']} ms, p95 {result['p95_ms']} ms, "
            f"max {result['max_ms']} ms (goal <= {GOAL_MS:g} ms); first opening: median "
            f"{result['first_open_median_ms']} ms, p95 {result['first_open_p95_ms']} ms; "
            f"{result['statements_per_case']} SQL statements per case"
        )
    return 0 if result["p95_ms"] <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
