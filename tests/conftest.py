"""Fixtures every test shares: Qt offscreen, and fresh stores on SQLite and a real PostgreSQL."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Nothing above imports Qt; setting this before any test module does keeps every test off the
# real display (there may be none) whatever the caller's environment says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

PG_SUPERUSER = "postgres"


# --- PostgreSQL ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PgServer:
    """A throwaway PostgreSQL server that trusts local connections (no password)."""

    host: str
    port: int
    socket_dir: Path

    def url(self, database: str) -> str:
        """A SQLAlchemy URL for ``database`` on this server."""
        return f"postgresql+psycopg://{PG_SUPERUSER}@{self.host}:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        """A libpq connection string for ``database``, for psycopg directly."""
        return f"host={self.host} port={self.port} user={PG_SUPERUSER} dbname={database}"


def _version_key(bin_dir: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin: "15" or, for old servers, "9.6".
    try:
        return tuple(int(part) for part in bin_dir.parent.name.split("."))
    except ValueError:
        return (-1,)


def _pg_bin_dir() -> Path | None:
    """Where initdb and pg_ctl live: on PATH, else Debian's newest /usr/lib/postgresql/*/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = [
        path.parent
        for path in Path("/usr/lib/postgresql").glob("*/bin/initdb")
        if (path.parent / "pg_ctl").exists()
    ]
    return max(candidates, key=_version_key, default=None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run_as_server_user(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # initdb and postgres refuse to run as root; the Debian package provides the postgres user.
    prefix = ["runuser", "-u", PG_SUPERUSER, "--"] if os.geteuid() == 0 else []
    return subprocess.run(
        prefix + args, cwd=cwd, capture_output=True, text=True, check=False, timeout=120
    )


def _check(result: subprocess.CompletedProcess[str], what: str, log: Path | None = None) -> None:
    if result.returncode == 0:
        return
    details = result.stdout + result.stderr
    if log is not None and log.exists():
        details += f"\n--- {log}:\n{log.read_text(errors='replace')}"
    raise RuntimeError(f"{what} failed (exit {result.returncode}):\n{details}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server of our own for the whole session, on 127.0.0.1 and a free port.

    Skips the tests that need it when PostgreSQL is not installed (scripts/setup installs it).
    """
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin: run scripts/setup or apt-get install postgresql"
        )
    as_root = os.geteuid() == 0
    if as_root:
        try:
            server_user = pwd.getpwnam(PG_SUPERUSER)
        except KeyError:
            pytest.skip(f"running as root and there is no '{PG_SUPERUSER}' user to run initdb as")

    # Not under pytest's tmp_path: as root that lies in a 0700 folder the postgres user cannot
    # enter. A short path also keeps the Unix socket's path under its 107-byte limit.
    base = Path(tempfile.mkdtemp(prefix="stagedesk-pg-"))
    data = base / "data"
    log = base / "server.log"
    if as_root:
        os.chown(base, server_user.pw_uid, server_user.pw_gid)
    pg_ctl = str(bin_dir / "pg_ctl")
    try:
        initdb = [str(bin_dir / "initdb"), f"--pgdata={data}", f"--username={PG_SUPERUSER}"]
        initdb += ["--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]
        _check(_run_as_server_user(initdb, cwd=base), "initdb")
        conf = data / "postgresql.conf"
        initial_conf = conf.read_text()
        # Throwaway data: durability off, for speed.
        settings = (
            "listen_addresses = '127.0.0.1'\n"
            f"unix_socket_directories = '{base}'\n"
            "fsync = off\n"
            "full_page_writes = off\n"
            "synchronous_commit = off\n"
        )
        # The free port can be taken between finding and binding it: retry with another one.
        for attempt in range(3):
            port = _free_port()
            conf.write_text(f"{initial_conf}\n{settings}port = {port}\n")
            start = [pg_ctl, f"--pgdata={data}", f"--log={log}", "--wait", "--timeout=60", "start"]
            result = _run_as_server_user(start, cwd=base)
            if result.returncode == 0:
                break
            if attempt == 2:
                _check(result, "pg_ctl start", log)
        yield PgServer(host="127.0.0.1", port=port, socket_dir=base)
    finally:
        if (data / "postmaster.pid").exists():
            stop = [pg_ctl, f"--pgdata={data}", "--mode=immediate", "--wait", "stop"]
            _run_as_server_user(stop, cwd=base)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A SQLAlchemy URL to a new, empty database on the session's server; dropped afterwards."""
    import psycopg
    from psycopg import sql

    name = f"test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield pg_server.url(name)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        # A test that forgot to dispose its engine must not keep the database from being dropped.
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the server ``postgres``, so ``-m "not postgres"`` skips them."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


# --- stores -------------------------------------------------------------------------------------


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    """Where a test's SQLite store goes (the file does not exist yet)."""
    return tmp_path / "store.sqlite"


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
    ids=["sqlite", "postgres"],
)
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store location, once per backend: a SQLite file path, or a PostgreSQL URL.

    Either can be passed to ``open_store``; ``"://" in store_location`` tells them apart.
    """
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    url: str = request.getfixturevalue("pg_url")
    return url
