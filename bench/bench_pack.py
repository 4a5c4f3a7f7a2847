"""Benchmark a visit pack's export and import for a mentor of 40 students on the 50,000 store.

The demo's mentors have 100 to 400 students each, so on a copy of the store a new mentor is
given 40 students that have placements (fixed seed). Each run exports that mentor's pack
(``services.packs.export_pack``), logs work in it as the laptop would (a few planned visits
held, a few new visits, through the ORM), then previews and applies the import as a
coordinator. Reported: export, preview and apply times (median and max over the runs, and
the first run apart: it pays for importing Alembic and a cold page cache) and their total.
Goal (issue 4): export + import under 1 second.

    .venv/bin/python bench/bench_pack.py [--store PATH] [--runs 5] [--students 40] [--json]
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
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from stagedesk.domain.enums import StaffRole, VisitStatus, VisitType  # noqa: E402
from stagedesk.services.actor import Actor, default_actor  # noqa: E402
from stagedesk.services.packs import apply_import, export_pack, preview_import  # noqa: E402
from stagedesk.store.opening import open_store  # noqa: E402
from stagedesk.store.placements import Placement  # noqa: E402
from stagedesk.store.staff import StaffMember, StaffRoleGrant  # noqa: E402
from stagedesk.store.students import Student  # noqa: E402
from stagedesk.store.visits import Visit  # noqa: E402

GOAL_MS = 1000.0
CHANGED, ADDED = 5, 5


def _bench_mentor(sessions: Any, students: int, seed: int) -> uuid.UUID:
    """A new mentor given ``students`` students that have a placement."""
    with sessions.begin() as s:
        placed = sorted(set(s.execute(select(Placement.student_id)).scalars()))
        chosen = random.Random(seed).sample(placed, students)
        mentor = StaffMember(name="Bench Mentor", initials="BM")
        mentor.roles = [StaffRoleGrant(role=StaffRole.MENTOR)]
        s.add(mentor)
        s.flush()
        s.execute(update(Student).where(Student.id.in_(chosen)).values(mentor_id=mentor.id))
        return mentor.id


def _work_in_pack(pack: Path) -> None:
    """What a mentor does on the road: hold some planned visits, plan some new ones."""
    store = open_store(pack, create=False, daily_backup=False)
    try:
        with store.sessions.begin() as s:
            planned = s.execute(select(Visit).where(Visit.status == VisitStatus.PLANNED)).scalars()
            for visit in list(planned)[:CHANGED]:
                visit.status, visit.held_on = VisitStatus.HELD, date(2026, 12, 1)
                visit.notes = "Gesprek met student en praktijkopleider"
            placements = s.execute(select(Placement.id).limit(ADDED)).scalars().all()
            s.add_all(
                Visit(
                    placement_id=placement,
                    visit_type=VisitType.EXTRA,
                    status=VisitStatus.PLANNED,
                    planned_on=date(2027, 1, 15),
                )
                for placement in placements
            )
    finally:
        store.close()


def measure(store_path: Path, runs: int, students: int, seed: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as folder:
        copy = Path(folder) / store_path.name
        shutil.copyfile(store_path, copy)
        started = time.perf_counter()
        store = open_store(copy, daily_backup=False)
        opened_s = time.perf_counter() - started
        try:
            mentor_id = _bench_mentor(store.sessions, students, seed)
            coordinator: Actor = default_actor(store.sessions)
            export_ms, preview_ms, apply_ms, total_ms = [], [], [], []
            for run in range(runs + 1):  # run 0: the first, reported apart
                pack = Path(folder) / f"pack-{run}.sqlite"
                t0 = time.perf_counter()
                summary = export_pack(store.sessions, coordinator, mentor_id, pack)
                t1 = time.perf_counter()
                _work_in_pack(pack)
                t2 = time.perf_counter()
                plan = preview_import(store.sessions, coordinator, pack)
                t3 = time.perf_counter()
                result = apply_import(store.sessions, coordinator, plan, {})
                t4 = time.perf_counter()
                assert (result.added, result.updated) == (ADDED, CHANGED), result
                times = ((t1 - t0) * 1000, (t3 - t2) * 1000, (t4 - t3) * 1000)
                if run == 0:
                    first = times
                    continue
                export_ms.append(times[0])
                preview_ms.append(times[1])
                apply_ms.append(times[2])
                total_ms.append(sum(times))
        finally:
            store.close()

    def fig(values: list[float]) -> dict[str, float]:
        return {"median": round(statistics.median(values), 1), "max": round(max(values), 1)}

    return {
        "store": str(store_path),
        "open_store_s": round(opened_s, 2),
        "runs": runs,
        "pack": dict(summary.counts) | {"bytes": summary.size_bytes},
        "export_ms": fig(export_ms),
        "preview_ms": fig(preview_ms),
        "apply_ms": fig(apply_ms),
        "total_ms": fig(total_ms),
        "first_run_ms": {
            "export": round(first[0], 1),
            "preview": round(first[1], 1),
            "apply": round(first[2], 1),
            "total": round(sum(first), 1),
        },
        "goal_ms": GOAL_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=HERE / "out" / "demo-50000.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not args.store.exists():
        parser.error(f"no store at {args.store}: build one with 'stagedesk demo --db PATH'")
    result = measure(args.store, args.runs, args.students, args.seed)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        pack, first = result["pack"], result["first_run_ms"]
        print(
            f"visit pack of {pack['student']} students ({pack['placement']} placements, "
            f"{pack['visit']} visits, {pack['bytes'] // 1024} KB), median over {args.runs} "
            f"runs: export {result['export_ms']['median']} ms, preview "
            f"{result['preview_ms']['median']} ms, apply {result['apply_ms']['median']} ms, "
            f"together {result['total_ms']['median']} ms (max {result['total_ms']['max']} ms; "
            f"goal < {GOAL_MS:g} ms); first run {first['total']} ms"
        )
    return 0 if result["total_ms"]["median"] < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
