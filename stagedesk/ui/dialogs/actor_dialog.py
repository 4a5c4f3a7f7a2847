"""Choose who is working in this window, until StageDesk has accounts with passwords.

The choice decides what the services allow (a mentor sees their own students, only a
coordinator edits cases); it is remembered per store.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from stagedesk.domain.errors import NotFound
from stagedesk.services.actor import Actor, StaffChoice, actor_for, staff_choices
from stagedesk.services.office import Office
from stagedesk.ui import labels
from stagedesk.ui.text import fill


def _key(office: Office) -> str:
    # A digest, not the location itself: a server URL may hold a password.
    digest = hashlib.sha256(office.location.encode()).hexdigest()[:16]
    return f"actor/{digest}"


def restore_actor(office: Office) -> None:
    """Act as the staff member chosen last time in this store, if still active."""
    import uuid

    stored = QSettings().value(_key(office))
    if not stored:
        return
    try:
        office.actor = actor_for(office.sessions, uuid.UUID(str(stored)))
    except (ValueError, NotFound):
        QSettings().remove(_key(office))


def describe(choice: StaffChoice | Actor) -> str:
    roles = ", ".join(labels.staff_role(role) for role in sorted(choice.roles))
    return fill(QCoreApplication.translate("ActorDialog", "%1 (%2)"), choice.name, roles)


def choose_actor(parent: QWidget, office: Office) -> bool:
    """Ask who is working; True when the choice changed."""
    choices = staff_choices(office.sessions)
    if not choices:
        return False
    items = [describe(choice) for choice in choices]
    current = next((n for n, c in enumerate(choices) if c.id == office.actor.staff_id), 0)
    picked, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ActorDialog", "Wie werkt er?"),
        QCoreApplication.translate(
            "ActorDialog", "Medewerker (bepaalt wat u mag zien en wijzigen):"
        ),
        items,
        current,
        False,
    )
    if not ok or picked not in items:
        return False
    choice = choices[items.index(picked)]
    if choice.id == office.actor.staff_id:
        return False
    office.actor = Actor(choice.id, choice.name, choice.roles)
    QSettings().setValue(_key(office), str(choice.id))
    return True
