"""The office as the program sees it once a store is open: counts, and the student list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import SearchStatus
from stagedesk.services.actor import Actor, default_actor
from stagedesk.services.directory import StudentDirectory
from stagedesk.store import queries
from stagedesk.store.opening import OpenedStore, open_store


@dataclass(frozen=True)
class OfficeStats:
    entities: dict[str, int]
    students_per_status: dict[SearchStatus, int]

    def as_json(self) -> dict[str, object]:
        return {
            "entities": self.entities,
            "students_per_status": {s.value: n for s, n in self.students_per_status.items()},
        }


class Office:
    """An opened store and the services the main window uses on it."""

    def __init__(self, store: OpenedStore) -> None:
        self.store = store
        self.directory = StudentDirectory(store.sessions)
        self._actor: Actor | None = None

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.store.sessions

    @property
    def actor(self) -> Actor:
        """Who works in this window: chosen in the settings, else the first coordinator."""
        if self._actor is None:
            self._actor = default_actor(self.store.sessions)
        return self._actor

    @actor.setter
    def actor(self, actor: Actor) -> None:
        self._actor = actor

    @classmethod
    def open(
        cls, location: str | Path | URL, *, create: bool = True, daily_backup: bool = True
    ) -> Office:
        return cls(open_store(location, create=create, daily_backup=daily_backup))

    @property
    def location(self) -> str:
        return self.store.describe()

    def stats(self) -> OfficeStats:
        with self.store.sessions() as session:
            return OfficeStats(
                entities=queries.entity_counts(session),
                students_per_status=queries.students_per_status(session),
            )

    def close(self) -> None:
        self.store.close()
