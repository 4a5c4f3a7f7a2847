"""`stagedesk backup list|create|restore` end to end, and the refusal for server stores."""

from __future__ import annotations

from stagedesk.cli import main
from tests.store.backup_store import make_store, marker, set_marker


def run(*argv: str) -> int:
    return main(list(argv))


def test_create_list_restore_round_trip(tmp_path, capsys):
    store = make_store(tmp_path / "office.sqlite", "before")
    assert run("backup", "list", "--db", str(store)) == 0
    assert "no backups yet" in capsys.readouterr().out

    assert run("backup", "create", "--db", str(store)) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"backed up to {tmp_path / 'backups' / 'office-'}")
    assert "verified" in out

    assert run("backup", "list", "--db", str(store), "--check") == 0
    (line,) = capsys.readouterr().out.splitlines()
    name = line.split()[0]
    assert name.endswith("-manual.sqlite") and "verified now" in line

    set_marker(store, "after")
    assert run("backup", "restore", "--db", str(store), name) == 0
    out = capsys.readouterr().out
    assert f"restored {name} into {store}" in out
    assert "the store as it was is kept in" in out
    assert marker(store) == "before"


def test_restoring_a_damaged_backup_exits_1_and_changes_nothing(tmp_path, capsys):
    store = make_store(tmp_path / "office.sqlite", "current")
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert run("backup", "restore", "--db", str(store), str(bogus)) == 1
    err = capsys.readouterr().err
    assert err.startswith("stagedesk: error: not restoring: bogus.sqlite")
    assert "the store was not changed" in err
    assert marker(store) == "current"


def test_backups_of_a_postgresql_store_are_refused_with_a_reason(capsys):
    url = "postgresql+psycopg://office@localhost/stagedesk"
    for action in (["list"], ["create"], ["restore", "x.sqlite"]):
        assert run("backup", action[0], "--db", url, *action[1:]) == 1
        assert "backups of a PostgreSQL store are the server's job" in capsys.readouterr().err


def test_backing_up_a_missing_store_is_an_error_naming_it(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite"
    assert run("backup", "create", "--db", str(missing)) == 1
    assert f"no store at {missing}" in capsys.readouterr().err
    assert not missing.exists()
