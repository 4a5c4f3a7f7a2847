"""Schema versions: upgrade a store to the program's head, report its revision, refuse newer."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from stagedesk.domain.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "db"


def _config() -> Config:
    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise StoreError(
            f"migrations not found at {MIGRATIONS_DIR}; install StageDesk from its source tree "
            "(pip install -e .)"
        )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    """Refuse a store written by a newer StageDesk: its schema has revisions we do not know."""
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise StoreError(
            f"this store has schema version {current}, newer than this program knows "
            f"(newest known: {head_revision()}). Install the newer StageDesk that wrote it; "
            "the store was not changed."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store to ``revision`` in one transaction (PostgreSQL; SQLite per migration)."""
    check_not_newer(engine)
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
