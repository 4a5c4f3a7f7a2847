"""The dashboard's settings (how often a placement must be visited), kept in the store.

domain.md makes the supervision frequency a school setting ("often tied to the length of the
bpv"). StageDesk's rule: a placement needs one visit (or call) for every ``weeks_per_visit``
weeks it lasts, the last, shorter stretch included; each visit is due by the end of its
stretch. So with 10 weeks a 20-week placement needs two visits, by week 10 and by its end, and
a 6-week placement one visit by its end. Stored as the setting row ``dashboard``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import ValidationError
from stagedesk.services.actor import Actor, require
from stagedesk.services.settings import SETTINGS_WRITERS
from stagedesk.store.office import Setting

_KEY = "dashboard"
MAX_WEEKS_PER_VISIT = 52


@dataclass(frozen=True)
class DashboardSettings:
    weeks_per_visit: int = 10

    def validated(self) -> DashboardSettings:
        if not 1 <= self.weeks_per_visit <= MAX_WEEKS_PER_VISIT:
            raise ValidationError(
                "weeks_per_visit", f"must be between 1 and {MAX_WEEKS_PER_VISIT} weeks"
            )
        return self


def read_dashboard_settings(session: Session) -> DashboardSettings:
    """The settings inside a transaction another service already holds."""
    stored = session.execute(select(Setting.value).where(Setting.key == _KEY)).scalar()
    if not isinstance(stored, dict):
        return DashboardSettings()
    known = {f.name for f in fields(DashboardSettings)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    return replace(DashboardSettings(), **values)


def load_dashboard_settings(sessions: sessionmaker[Session]) -> DashboardSettings:
    with sessions() as session:
        return read_dashboard_settings(session)


def save_dashboard_settings(
    sessions: sessionmaker[Session], actor: Actor, settings: DashboardSettings
) -> None:
    """Store the settings (admin only), in one transaction."""
    require(actor, SETTINGS_WRITERS, "change school settings")
    value = asdict(settings.validated())
    with sessions.begin() as session:
        row = session.get(Setting, _KEY)
        if row is None:
            session.add(Setting(key=_KEY, value=value))
        else:
            row.value = value
