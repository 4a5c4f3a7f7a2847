"""Benchmark the main window on a 50,000-student demo store.

Reports: demo generation time (when the store has to be built), process start to interactive
window (median of several cold starts), filter latency per keystroke (median and p95, typing
and deleting realistic queries through the real widget: once to the list model refiltered, once
to the visible table repainted), and peak memory of the window process.
Goals (issue 2): window <= 1.5 s, keystroke p95 <= 16 ms, memory <= 300 MB.
The cold starts log in as the demo's "coordinator" (STAGEDESK_LOGIN/STAGEDESK_PASSWORD, which
you may set to another account); a demo store made before accounts existed gets the demo
accounts first.

    .venv/bin/python bench/bench_window.py [--students 50000] [--store PATH] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchstats import figures

HERE = Path(__file__).resolve().parent
QUERIES = ["van der berg", "zoë", "1000", "yılmaz", "software", "ijsbrand de vries", "kok"]


def ensure_store(path: Path, students: int) -> float | None:
    """Build the demo store if missing; return the seconds it took (None when it existed)."""
    if path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "stagedesk", "demo", "--db", str(path), "--students", str(students)],
        check=True,
    )
    return time.perf_counter() - started


def login_env(path: Path) -> dict[str, str]:
    """How the cold starts log in: the caller's STAGEDESK_LOGIN/PASSWORD, else the demo's
    coordinator (the demo accounts are made first on a store that has no accounts)."""
    if os.environ.get("STAGEDESK_LOGIN") and os.environ.get("STAGEDESK_PASSWORD"):
        return {}
    from stagedesk.services.demo_accounts import DEMO_PASSWORD, add_demo_accounts
    from stagedesk.store.opening import open_store

    store = open_store(path, daily_backup=False)
    try:
        add_demo_accounts(store.sessions)
    finally:
        store.close()
    return {"STAGEDESK_LOGIN": "coordinator", "STAGEDESK_PASSWORD": DEMO_PASSWORD}


def startup(path: Path, runs: int) -> tuple[list[float], float]:
    """Cold starts of the real program; seconds to interactive, and peak RSS in MB."""
    times = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STAGEDESK_BENCH_EXIT="1", **login_env(path))
    # An installed program starts from compiled bytecode (pip writes the .pyc files): let the
    # first, untimed start write them where the environment forbids it (PYTHONDONTWRITEBYTECODE),
    # so the timed starts do not compile ~270 modules (~0.4 s) each time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(runs + 1):
        env["STAGEDESK_T0"] = repr(time.time())
        out = subprocess.run(
            [sys.executable, "-m", "stagedesk", "--db", str(path)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
        line = next(ln for ln in out.splitlines() if ln.startswith("interactive "))
        if run:  # run 0 is the warm-up
            times.append(float(line.split()[1]))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return times, peak_mb


def keystrokes(path: Path) -> tuple[list[float], list[float]]:
    """Per keystroke, in ms: key event to the model refiltered, and to the table repainted."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from stagedesk.services.office import Office
    from stagedesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(HERE / "out" / "settings")
    )
    office = Office.open(path, create=False)
    window = MainWindow(office)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    edit = window.filter_edit

    def type_char(widget: object, char: str) -> None:
        # QTest.keyClicks asserts on non-ASCII characters (ë, ı): send the key events directly.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)

    filtered: list[float] = []
    painted: list[float] = []

    def measure(press: Callable[[], None]) -> None:
        started = time.perf_counter()
        press()
        filtered.append((time.perf_counter() - started) * 1000)
        window.table.viewport().repaint()
        app.processEvents()
        painted.append((time.perf_counter() - started) * 1000)

    for query in QUERIES:
        for char in query:
            measure(lambda char=char: type_char(edit, char))
        for _ in query:
            measure(lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace))
    window.close()
    office.close()
    return filtered, painted


def summary(values: list[float]) -> dict[str, float]:
    return {**figures(values), "keystrokes": len(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    store = args.store or HERE / "out" / f"demo-{args.students}.sqlite"
    built = ensure_store(store, args.students)
    starts, peak_mb = startup(store, args.runs)
    filtered, painted = keystrokes(store)
    result = {
        "students": args.students,
        "demo_build_s": None if built is None else round(built, 1),
        "start_to_interactive_s": {
            "median": round(statistics.median(starts), 3),
            "max": round(max(starts), 3),
            "runs": len(starts),
        },
        "keystroke_to_list_updated_ms": summary(filtered),
        "keystroke_to_list_repainted_ms": summary(painted),
        "peak_rss_mb": round(peak_mb, 1),
        "goals": {"start_s": 1.5, "keystroke_p95_ms": 16, "peak_rss_mb": 300},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
