"""One opened store: engine, session factory and schema check, for services and commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import StoreError
from stagedesk.store import backup, cipher, migrate
from stagedesk.store.engine import make_engine, session_factory, store_url, use_wal


@dataclass
class OpenedStore:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # The first-open-of-the-day backup, while it runs (SQLite stores only).
    daily_backup: backup.DailyBackup | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """The location for a title bar or message, without any password."""
        if self.is_sqlite:
            return self.url.database or ":memory:"
        return self.url.render_as_string(hide_password=True)

    def backup_problem(self) -> str | None:
        """Why today's automatic backup failed, if it did (waits for it to finish)."""
        return self.daily_backup.wait() if self.daily_backup is not None else None

    def close(self) -> None:
        self.backup_problem()
        self.engine.dispose()


def open_store(
    location: str | Path | URL,
    *,
    create: bool = True,
    upgrade: bool = True,
    daily_backup: bool = True,
    now: datetime | None = None,
) -> OpenedStore:
    """Open the store at ``location``; create it when missing, bring its schema to head.

    With ``create=False`` a missing SQLite file is an error rather than a new empty store.
    With ``upgrade=False`` an out-of-date schema is an error (``stagedesk db upgrade`` fixes it).
    An existing SQLite store is backed up on its first open of the day (``now``'s day), on a
    thread; ``daily_backup=False`` skips that.
    """
    url = location if isinstance(location, URL) else store_url(location)
    is_file = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
    if is_file and not create and not Path(str(url.database)).exists():
        raise StoreError(f"no store at {url.database}")
    engine = make_engine(url)
    try:
        migrate.check_not_newer(engine)
        current = migrate.current_revision(engine)
        if current is None and inspect(engine).get_table_names():
            raise StoreError(f"{url.database or url}: not a StageDesk store (no schema version)")
        if current != migrate.head_revision():
            if not upgrade:
                raise StoreError(
                    f"store schema is at {current or 'nothing'}, this program needs "
                    f"{migrate.head_revision()}: run 'stagedesk db upgrade'"
                )
            migrate.upgrade(engine)
        use_wal(engine)
        running = None
        if daily_backup and is_file and current is not None:
            if cipher.is_cipher_url(url) and url.password:
                # The backup thread reads the key from here: it must never have to ask for it.
                cipher.remember(Path(str(url.database)), url.password)
                running = _start_daily_backup(engine, now or datetime.now())
            elif not cipher.is_cipher_url(url):
                running = _start_daily_backup(engine, now or datetime.now())
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:  # driver errors: unreachable server, not a database file, ...
        engine.dispose()
        if is_file and cipher.is_encrypted(Path(str(url.database))):
            raise cipher.wrong_passphrase(Path(str(url.database)), url.password) from exc
        raise StoreError(
            f"cannot open store {url.render_as_string(hide_password=True)}: {exc}"
        ) from exc
    return OpenedStore(
        url=url, engine=engine, sessions=session_factory(engine), daily_backup=running
    )


def _start_daily_backup(engine: Engine, now: datetime) -> backup.DailyBackup | None:
    """Start today's backup unless one exists (checked by a directory glob: cheap)."""
    path = backup.store_path(engine.url)
    try:
        if backup.has_backup_on(path, now.date()):
            return None
        # A pack's data belongs to the office's store; backing it up would only put a second
        # copy of students' (often minors') data on the mentor's laptop.
        if backup.is_visit_pack(engine):
            return None
        policy = backup.read_policy(engine)
    except Exception as exc:  # a backup problem never keeps the store from opening
        backup.log.warning("daily backup of %s skipped: %s", path, exc)
        return None
    return backup.DailyBackup(path, policy, now)
