"""Every school setting at once, read in one transaction: what the Instellingen dialog shows.

The settings live in their own setting rows, each read and written by the service of the
capability it steers (services.settings, prerequisites, hours, breakoff, dashboard_settings,
backups); this module only gathers them, with the programmes the per-programme tables list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.breakoff import BreakoffThreshold
from stagedesk.domain.hours import ProgrammeHours
from stagedesk.domain.prerequisites import PrerequisiteMode
from stagedesk.services import breakoff, hours, prerequisites
from stagedesk.services.actor import Actor, require
from stagedesk.services.casework import CASE_READERS
from stagedesk.services.dashboard_settings import DashboardSettings, read_dashboard_settings
from stagedesk.services.setting_rows import read_value
from stagedesk.services.settings import SETTINGS_WRITERS, SchoolSettings, read_settings
from stagedesk.store import backup as backup_files
from stagedesk.store import queries
from stagedesk.store.backup import BackupPolicy
from stagedesk.store.queries import ProgrammeChoice


@dataclass(frozen=True)
class SettingsOverview:
    school: SchoolSettings
    prerequisite_mode: PrerequisiteMode
    required_hours: dict[str, int]  # crebo -> hours for every year (programme-wide values)
    requirements: dict[str, ProgrammeHours]  # crebo -> every year and per leerjaar (1..4)
    breakoff: BreakoffThreshold
    dashboard: DashboardSettings
    backups: BackupPolicy
    programmes: tuple[ProgrammeChoice, ...]  # by name, niveau, leerweg
    may_change: bool  # whether the actor may save them (services.settings.SETTINGS_WRITERS)


def read_settings_overview(sessions: sessionmaker[Session], actor: Actor) -> SettingsOverview:
    """The settings as they are stored now (defaults where a row is missing)."""
    require(actor, CASE_READERS, "read the school settings")
    with sessions() as s:
        return SettingsOverview(
            school=read_settings(s),
            prerequisite_mode=prerequisites.read_mode(s),
            required_hours=hours.read_required(s),
            requirements=hours.read_requirements(s),
            breakoff=breakoff.read_threshold(s),
            dashboard=read_dashboard_settings(s),
            backups=backup_files.policy_from(read_value(s, backup_files.POLICY_KEY)),
            programmes=tuple(queries.programme_choices(s)),
            may_change=actor.has(*SETTINGS_WRITERS),
        )
