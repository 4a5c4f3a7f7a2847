"""Benchmark building the case-file tab on a 50,000-student demo store (issue 3: <= 50 ms).

For 200 random students (fixed seed) it times, as a coordinator, the service the screen calls
(``services.cases.open_case``) and the whole tab as the window builds it (``CaseFileScreen``:
widgets, the case read, header, timeline model and overview), each a second time after a
first, cold round; and ``StudentDirectory.refresh_student``, what the window does after an
edit in a case. The store is copied to a temporary folder first. Runs offscreen.

    .venv/bin/python bench/bench_case_screen.py [--store PATH] [--cases 200] [--seed 1] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchstats import figures

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from stagedesk.services.cases import open_case  # noqa: E402
from stagedesk.services.directory import ListFilter  # noqa: E402
from stagedesk.services.office import Office  # noqa: E402
from stagedesk.ui.screens.case_file import CaseFileScreen  # noqa: E402

GOAL_MS = 50.0


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _figures(times: list[float]) -> dict[str, float]:
    return {f"{name}_ms": value for name, value in figures(times).items()}


def measure(store_path: Path, cases: int, seed: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-case-screen-") as folder:
        copy = Path(folder) / store_path.name
        shutil.copyfile(store_path, copy)
        office = Office.open(copy, create=False, daily_backup=False)
        try:
            office.directory.reload()
            keys = list(office.directory.filter(ListFilter()))
            chosen = random.Random(seed).sample(keys, min(cases, len(keys)))
            actor = office.actor
            ids = [uuid.UUID(hex=key) for key in chosen]
            for student_id in ids:  # the cold round
                open_case(office.sessions, actor, student_id)
            service = [_timed(lambda s=s: open_case(office.sessions, actor, s)) for s in ids]
            screens: list[float] = []
            for student_id in ids:
                started = time.perf_counter()
                screen = CaseFileScreen(office, student_id)
                screens.append((time.perf_counter() - started) * 1000)
                screen.deleteLater()
                app.processEvents()
            refresh = [_timed(lambda k=k: office.directory.refresh_student(k)) for k in chosen]
        finally:
            office.close()
    return {
        "store": str(store_path),
        "cases": len(chosen),
        "open_case": _figures(service),
        "case_screen": _figures(screens),
        "refresh_student": _figures(refresh),
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
        for name in ("open_case", "case_screen", "refresh_student"):
            f = result[name]
            print(f"{name}: median {f['median_ms']} ms, p95 {f['p95_ms']} ms, max {f['max_ms']} ms")
        print(f"over {result['cases']} students; goal for a case: <= {GOAL_MS:g} ms")
    return 0 if result["case_screen"]["p95_ms"] <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
