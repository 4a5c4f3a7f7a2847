"""The command line: exit codes, messages on bad input, and the store commands end to end."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from stagedesk.cli import main
from stagedesk.store import migrate


def run(*argv: str) -> int:
    return main(list(argv))


def test_db_current_on_a_missing_file_is_an_error_naming_the_path(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite"
    assert run("db", "current", "--db", str(missing)) == 1
    err = capsys.readouterr().err
    assert "no store" in err and str(missing) in err
    assert not missing.exists()


def test_db_upgrade_creates_the_schema_and_current_reports_head(tmp_path, capsys):
    store = tmp_path / "s.sqlite"
    assert run("db", "upgrade", "--db", str(store)) == 0
    assert "upgraded from empty to" in capsys.readouterr().out
    assert run("db", "current", "--db", str(store)) == 0
    assert capsys.readouterr().out.startswith(f"{migrate.head_revision()} (newest)")
    assert run("db", "upgrade", "--db", str(store)) == 0
    assert "already at schema version" in capsys.readouterr().out


def test_db_upgrade_refuses_a_store_from_a_newer_program(tmp_path, capsys):
    store = tmp_path / "s.sqlite"
    assert run("db", "upgrade", "--db", str(store)) == 0
    with sqlite3.connect(store) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    capsys.readouterr()
    assert run("db", "upgrade", "--db", str(store)) == 1
    err = capsys.readouterr().err
    assert "9999_future" in err and "newer" in err


def test_demo_then_stats_json_counts_every_entity(tmp_path, capsys):
    store = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(store), "--students", "120", "--seed", "3") == 0
    capsys.readouterr()
    assert run("stats", "--db", str(store), "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["entities"]["student"] == 120
    assert stats["entities"]["application"] > 120
    assert sum(stats["students_per_status"].values()) == 120
    assert set(stats["students_per_status"]) >= {"searching", "in_bpv", "not_started"}


def test_demo_refuses_a_store_that_already_has_students(tmp_path, capsys):
    store = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(store), "--students", "30") == 0
    capsys.readouterr()
    assert run("demo", "--db", str(store), "--students", "30") == 1
    assert "stagedesk: error:" in capsys.readouterr().err
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM student").fetchone()[0] == 30


def test_stats_on_a_missing_store_is_an_error_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    assert run("stats", "--db", str(missing), "--json") == 1
    assert "no store" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--db", "x.sqlite"],  # --students missing
        ["demo", "--db", "x.sqlite", "--students", "zero"],
        ["demo", "--db", "x.sqlite", "--students", "-5"],
        ["db"],
        ["stats"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2_with_a_message(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(*argv)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_a_postgres_url_without_a_server_is_a_clear_error(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/nothing"
    assert run("stats", "--db", url, "--json") == 1
    err = capsys.readouterr().err
    assert "cannot open store" in err and "127.0.0.1" in err


def test_python_dash_m_runs_the_same_program(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "stagedesk", "db", "current", "--db", str(tmp_path / "x.sqlite")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no store" in result.stderr


def test_stats_works_on_postgres_too(pg_url, capsys):
    assert run("db", "upgrade", "--db", pg_url) == 0
    capsys.readouterr()
    assert run("stats", "--db", pg_url, "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["entities"]["student"] == 0
