"""A student's profile saved at another desk meanwhile: the profile dialog's fields, the
user's text beside the stored one (for ``conflict_dialog``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import Conflict
from stagedesk.ui.dialogs.conflict_dialog import ConflictField
from stagedesk.ui.dialogs.profile_dialog import ProfileText

# The profile's fields a conflict shows (services.profile_proposals passes the same names).
FIELDS = ("skills", "motivation", "period_from", "period_until")


def _text(value: object) -> str:
    if isinstance(value, date):
        return format_date(value)
    return str(value) if value else QCoreApplication.translate("profile_conflict", "—")


def profile_fields(mine: ProfileText, conflict: Conflict) -> list[ConflictField]:
    theirs: dict[str, Any] = conflict.current or {}
    labels = {  # as the profile dialog names its fields
        "skills": QCoreApplication.translate("profile_conflict", "Vaardigheden"),
        "motivation": QCoreApplication.translate("profile_conflict", "Motivatie"),
        "period_from": QCoreApplication.translate("profile_conflict", "Vanaf"),
        "period_until": QCoreApplication.translate("profile_conflict", "Tot"),
    }
    return [
        ConflictField(labels[name], _text(getattr(mine, name)), _text(theirs.get(name)))
        for name in FIELDS
    ]
