"""Schema versions: upgrade a store to the program's head, report its revision, refuse newer."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from stagedesk.domain.errors import StoreError
from stagedesk.store.engine import transactional_ddl_engine

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
    """Bring the store to ``revision`` in one transaction: all migrations, or none of them."""
    check_not_newer(engine)
    config = _config()
    is_sqlite = engine.url.get_backend_name() == "sqlite"
    migrating = transactional_ddl_engine(engine.url) if is_sqlite else engine
    try:
        with migrating.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        if migrating is not engine:
            migrating.dispose()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
