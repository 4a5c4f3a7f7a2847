"""The screens the main window shows as tabs after the student list, in this order.

Each entry builds one screen from the open office and the 'today' function; add a screen by
adding its factory here (the window needs no other change).
"""

from __future__ import annotations

from stagedesk.ui.screens.base import ScreenFactory


def screen_factories() -> list[ScreenFactory]:
    factories: list[ScreenFactory] = []
    return factories
