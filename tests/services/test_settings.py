"""School settings and the other setting rows: only an admin changes them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stagedesk.domain.breakoff import BreakoffThreshold
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.domain.prerequisites import PrerequisiteMode
from stagedesk.services import backups, breakoff, hours, prerequisites
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.services.dashboard_settings import DashboardSettings, save_dashboard_settings
from stagedesk.services.settings import (
    SchoolSettings,
    load_settings,
    save_settings,
)
from stagedesk.services.settings_overview import read_settings_overview
from stagedesk.store.backup import BackupPolicy
from tests.factories import BBL_CREBO, BOL_CREBO


def _writes(world, actor):
    """Every setting write the Instellingen dialog makes, as ``actor``."""
    s = world.sessions
    return [
        lambda: save_settings(s, actor, SchoolSettings(school_name="ROC Elders")),
        lambda: prerequisites.save_prerequisite_mode(s, actor, PrerequisiteMode.WARN),
        lambda: hours.save_required_hours(s, actor, BOL_CREBO, 300),
        lambda: breakoff.save_breakoff_threshold(s, actor, BreakoffThreshold(3, 2)),
        lambda: save_dashboard_settings(s, actor, DashboardSettings(weeks_per_visit=8)),
        lambda: backups.save_backup_policy(s, actor, BackupPolicy(5, 2)),
    ]


@pytest.mark.parametrize("who", ["coordinator", "mentor", "meldpunt"])
def test_only_an_admin_changes_settings(world, who):
    actor = getattr(world, who)
    for write in _writes(world, actor):
        with pytest.raises(PermissionDenied, match="needs the role: admin"):
            write()
    assert load_settings(world.sessions) == SchoolSettings()
    assert prerequisites.prerequisite_mode(world.sessions) is PrerequisiteMode.REFUSE
    assert breakoff.breakoff_threshold(world.sessions) == BreakoffThreshold()
    assert backups.backup_policy(world.sessions) == BackupPolicy()


def test_an_admin_changes_every_setting(world):
    admin = Actor(None, "Beheer", frozenset({StaffRole.ADMIN}))
    for write in _writes(world, admin):
        write()
    assert load_settings(world.sessions).school_name == "ROC Elders"
    assert prerequisites.prerequisite_mode(world.sessions) is PrerequisiteMode.WARN
    with world.sessions() as s:
        assert hours.read_required(s) == {BOL_CREBO: 300}
    assert breakoff.breakoff_threshold(world.sessions) == BreakoffThreshold(3, 2)
    assert backups.backup_policy(world.sessions) == BackupPolicy(5, 2)


def test_the_letterhead_fields_must_not_be_empty(world):
    for field in ("school_name", "school_address", "signatory_name", "letter_place"):
        with pytest.raises(ValidationError) as caught:
            save_settings(world.sessions, SYSTEM, replace(SchoolSettings(), **{field: "  "}))
        assert caught.value.field == field


def test_the_overview_reads_every_setting_and_who_may_change_them(world):
    hours.save_required_hours(world.sessions, SYSTEM, BOL_CREBO, 300)
    backups.save_backup_policy(world.sessions, SYSTEM, BackupPolicy(3, 1))
    seen = read_settings_overview(world.sessions, world.coordinator)
    assert seen.school == SchoolSettings()
    assert seen.required_hours == {BOL_CREBO: 300}
    assert seen.backups == BackupPolicy(3, 1)
    assert seen.prerequisite_mode is PrerequisiteMode.REFUSE
    assert [(p.name, p.crebo) for p in seen.programmes] == [
        ("Software developer", BBL_CREBO),
        ("Verzorgende-IG", BOL_CREBO),
    ]
    assert not seen.may_change
    assert read_settings_overview(world.sessions, SYSTEM).may_change
    with pytest.raises(PermissionDenied):
        read_settings_overview(world.sessions, world.meldpunt)
