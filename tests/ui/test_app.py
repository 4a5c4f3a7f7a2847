"""Starting the program: which store it opens, errors at start, and the start-up benchmark hook."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from stagedesk import config
from stagedesk.services.auth import create_first_admin
from stagedesk.store.opening import open_store
from stagedesk.ui import app
from stagedesk.ui.stores import LAST_STORE_KEY
from tests.ui.factories import build_store
from tests.ui.login_helpers import (
    PASSWORD,
    cheap_hashes,  # noqa: F401 (a fixture)
    log_in_as,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def default_store(monkeypatch, tmp_path) -> Path:
    path = tmp_path / "data" / "stagedesk.sqlite"
    path.parent.mkdir()
    monkeypatch.setattr(config, "default_store_path", lambda: path)
    return path


def opened(location: str | None, *, demo: bool = False) -> str:
    office = app.open_chosen_store(location, demo=demo, settings=QSettings())
    try:
        return office.location
    finally:
        office.close()


def test_an_explicit_store_is_opened_and_remembered(tmp_path, default_store):
    store = build_store(tmp_path / "given.sqlite")
    assert opened(store) == str(Path(store).resolve())
    assert QSettings().value(LAST_STORE_KEY) == str(Path(store).resolve())
    assert opened(None) == str(Path(store).resolve())  # next start: the last store


def test_a_last_store_that_is_gone_falls_back_to_the_default_store(tmp_path, default_store):
    QSettings().setValue(LAST_STORE_KEY, str(tmp_path / "deleted.sqlite"))
    assert opened(None) == str(default_store)
    assert default_store.exists()
    assert not (tmp_path / "deleted.sqlite").exists()


def test_demo_fills_the_demo_store_once_and_opens_it(monkeypatch, tmp_path, default_store):
    demo_path = tmp_path / "data" / "demo.sqlite"
    monkeypatch.setattr(config, "demo_store_path", lambda: demo_path)
    calls: list[Path] = []

    def ensure_demo_store(location, students=2000, seed=1):
        calls.append(Path(location))
        if not Path(location).exists():
            build_store(Path(location))
        return open_store(location), None

    fake = types.ModuleType("stagedesk.services.demo")
    fake.ensure_demo_store = ensure_demo_store  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stagedesk.services.demo", fake)
    assert opened(None, demo=True) == str(demo_path)
    assert calls == [demo_path]
    assert QSettings().value(LAST_STORE_KEY) is None  # the demo is not "the last store"


def test_a_store_that_cannot_be_opened_at_start_is_reported_and_exits_1(monkeypatch, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 200)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    assert app.run_gui(str(bad)) == 1
    assert len(shown) == 1
    assert shown[0].startswith("De store kan niet worden geopend:\n")


def with_admin(location: str) -> str:
    """The store with an admin "ada" (password PASSWORD), so the program can log in."""
    store = open_store(location)
    try:
        create_first_admin(store.sessions, "Ada Beheer", "ada", PASSWORD)
    finally:
        store.close()
    return location


LOGIN = {app.LOGIN_ENV: "ada", app.PASSWORD_ENV: PASSWORD}


@pytest.mark.slow
def test_bench_mode_prints_the_time_to_interactive_and_quits(tmp_path):
    store = with_admin(build_store(tmp_path / "bench.sqlite", filler=300))
    env = dict(
        os.environ,
        **LOGIN,
        QT_QPA_PLATFORM="offscreen",
        STAGEDESK_BENCH_EXIT="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        STAGEDESK_T0=repr(time.time()),
    )
    code = f"from stagedesk.ui.app import run_gui; raise SystemExit(run_gui({store!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("interactive ")]
    assert len(lines) == 1
    seconds = float(lines[0].split()[1])
    assert 0 < seconds < 60


def test_the_window_opens_an_encrypted_store_with_the_passphrase_from_the_environment(tmp_path):
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.encryption import encrypt_store

    store = with_admin(build_store(tmp_path / "secret.sqlite", filler=20))
    encrypt_store(store, "correct horse battery", SYSTEM)
    env = dict(
        os.environ,
        **LOGIN,
        QT_QPA_PLATFORM="offscreen",
        STAGEDESK_BENCH_EXIT="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    code = f"from stagedesk.ui.app import run_gui; raise SystemExit(run_gui({str(store)!r}))"

    def run(passphrase: str) -> subprocess.CompletedProcess[str]:
        # Only the right passphrase: a refusal shows a modal message box, which nobody closes here.
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env={**env, "STAGEDESK_PASSPHRASE": passphrase},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    opened = run("correct horse battery")
    assert opened.returncode == 0, opened.stderr
    assert any(line.startswith("interactive ") for line in opened.stdout.splitlines())


def test_process_start_comes_from_the_bench_or_from_proc(monkeypatch):
    monkeypatch.setenv(app.BENCH_T0_ENV, "1234.5")
    assert app._process_start() == 1234.5
    monkeypatch.delenv(app.BENCH_T0_ENV)
    started = app._process_start()
    assert time.time() - 3600 < started <= time.time()


def test_a_wrong_login_from_the_environment_is_reported_and_exits_1(tmp_path):
    store = with_admin(build_store(tmp_path / "office.sqlite"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        **{app.LOGIN_ENV: "ada", app.PASSWORD_ENV: "not the password"},
    )
    code = f"from stagedesk.ui.app import run_gui; raise SystemExit(run_gui({store!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "STAGEDESK_LOGIN: the login name or the password is wrong" in result.stderr


def test_the_program_logs_in_before_the_window_shows_and_stops_when_nobody_does(
    monkeypatch, tmp_path
):
    store = with_admin(build_store(tmp_path / "office.sqlite"))
    asked: list[str] = []

    def give_up(office):
        asked.append(office.location)
        return False

    monkeypatch.setattr(app, "sign_in", give_up)
    monkeypatch.delenv(app.LOGIN_ENV, raising=False)
    assert app.run_gui(store) == 0
    assert asked == [str(Path(store).resolve())]


@pytest.mark.usefixtures("cheap_hashes")
def test_the_login_dialog_comes_first_then_the_window_works_as_that_account(
    qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QApplication

    from stagedesk.ui.main_window import MainWindow

    store = with_admin(build_store(tmp_path / "office.sqlite"))
    monkeypatch.delenv(app.LOGIN_ENV, raising=False)
    answered = log_in_as("ada")
    shown: list[str] = []

    class EventLoop:
        """Stands in for the application's exec(): looks at the window run_gui showed (a real
        exec() ended with QApplication.exit would upset the workers of later tests)."""

        def exec(self) -> int:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow) and widget.isVisible():
                    qtbot.addWidget(widget)
                    shown.append(widget.actor_label.text())
                    assert widget.login_required  # another store opened there asks a login too
                    widget.close()
            return 0

    monkeypatch.setattr(app, "_application", EventLoop)
    assert app.run_gui(store) == 0
    assert answered, "the login dialog was shown"
    assert shown == ["Werkt als: Ada Beheer (beheerder)"]
