"""Schema versions: upgrade a store to the program's head, report its revision, refuse newer.

Alembic is imported only when a store must be upgraded: reading the revisions of db/versions
and a store's alembic_version needs none of it, and start-up is faster without (~0.1 s).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from stagedesk.domain.errors import StoreError
from stagedesk.store.engine import transactional_ddl_engine

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "db"


def _config() -> Config:
    from alembic.config import Config

    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise StoreError(
            f"migrations not found at {MIGRATIONS_DIR}; install StageDesk from its source tree "
            "(pip install -e .)"
        )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


@cache
def _revisions() -> tuple[frozenset[str], str]:
    """The revisions the migration files declare, and the head (the one nobody revises)."""
    declared: set[str] = set()
    revised: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        declared.add(found.group(1))
        down = _DOWN.search(source)
        if down is not None and down.group(1):
            revised.add(down.group(1))
    heads = declared - revised
    if len(heads) != 1:
        raise StoreError(f"migrations in {MIGRATIONS_DIR} have {len(heads)} heads, not one")
    return frozenset(declared), next(iter(heads))


def head_revision() -> str:
    return _revisions()[1]


def known_revisions() -> frozenset[str]:
    """Every schema revision this program has a migration for."""
    return _revisions()[0]


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, from alembic_version (None for an empty store)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(engine: Engine) -> None:
    """Refuse a store written by a newer StageDesk: its schema has revisions we do not know."""
    current = current_revision(engine)
    if current is None:
        return
    if current not in _revisions()[0]:
        raise StoreError(
            f"this store has schema version {current}, newer than this program knows "
            f"(its newest is {head_revision()}): a newer StageDesk wrote it. Update StageDesk "
            "to open this store; the store was not changed."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store to ``revision`` in one transaction: all migrations, or none of them.

    A SQLite store that already has a schema is backed up first (kind ``pre-migration``), and
    restored from that backup if the upgrade fails.
    """
    check_not_newer(engine)
    is_sqlite = engine.url.get_backend_name() == "sqlite"
    if not is_sqlite:
        # PostgreSQL runs DDL transactionally; its backups are the server's job.
        _run_upgrade(engine, revision)
        return
    saved = _backup_before_upgrade(engine, revision)
    try:
        _run_upgrade(engine, revision)
    except BaseException as exc:
        if saved is None:
            raise
        # The migrations ran in one transaction, so a failure inside it is already rolled
        # back and this restore changes nothing. The backup is for what that transaction
        # cannot cover: a migration whose statement commits on its own (SQLite's PRAGMAs,
        # VACUUM, an explicit COMMIT), or a failure after the commit. Restoring is cheap
        # next to a failed upgrade, so it is always done.
        from stagedesk.store import backup

        engine.dispose()
        try:
            backup.restore_into(backup.store_path(engine.url), saved)
        except StoreError as restore_failed:
            raise StoreError(
                f"upgrading the store failed ({exc}) and restoring its backup {saved} failed "
                f"too ({restore_failed}); copy that backup over the store by hand"
            ) from exc
        if not isinstance(exc, Exception):
            raise
        raise StoreError(
            f"upgrading the store failed ({exc}); it was restored from its backup {saved.name}"
        ) from exc


def _backup_before_upgrade(engine: Engine, revision: str) -> Path | None:
    """Back up a SQLite store with a schema that this upgrade would change; None otherwise."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current is None or current == target or engine.url.database in (None, "", ":memory:"):
        return None
    if engine.url.get_driver_name() == "pysqlcipher":
        if not engine.url.password:
            return None  # the key is not known here: no backup rather than a prompt
        from stagedesk.store import cipher

        cipher.remember(Path(str(engine.url.database)), engine.url.password)

    from stagedesk.store import backup

    return backup.take_backup(backup.store_path(engine.url), "pre-migration").path


def _run_upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = _config()
    is_sqlite = engine.url.get_backend_name() == "sqlite"
    migrating = transactional_ddl_engine(engine.url) if is_sqlite else engine
    try:
        with migrating.begin() as conn:
            config.attributes["connection"] = conn
            # "head" as this program read it: Alembic would read the files again.
            command.upgrade(config, head_revision() if revision == "head" else revision)
    finally:
        if migrating is not engine:
            migrating.dispose()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
