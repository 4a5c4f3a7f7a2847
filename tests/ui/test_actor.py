"""Choosing who works in the window: the services' role checks follow, and it is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from stagedesk.domain.enums import StaffRole
from stagedesk.services.actor import staff_choices
from stagedesk.ui.main_window import MainWindow


def pick(monkeypatch, wanted_name: str) -> None:
    def fake_get_item(parent, title, label, items, current, editable):
        return next(item for item in items if item.startswith(wanted_name)), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(fake_get_item))


def test_choosing_a_mentor_changes_the_actor_label_and_is_remembered(
    qtbot, window, monkeypatch, translations
):
    office = window.office
    mentor = next(c for c in staff_choices(office.sessions) if StaffRole.MENTOR in c.roles)
    assert office.actor.staff_id != mentor.id
    pick(monkeypatch, mentor.name)
    window.actor_action.trigger()
    assert office.actor.staff_id == mentor.id
    assert StaffRole.MENTOR in office.actor.roles
    assert mentor.name in window.actor_label.text()
    assert "stagebegeleider" in window.actor_label.text()

    office.actor = office.actor.__class__(None, "nobody", frozenset())  # forget in memory
    again = MainWindow(office, translations=translations)  # a new window on the same store
    qtbot.addWidget(again)
    assert office.actor.staff_id == mentor.id


def test_cancelling_the_choice_changes_nothing(qtbot, window, monkeypatch):
    before = window.office.actor
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    window.actor_action.trigger()
    assert window.office.actor == before
