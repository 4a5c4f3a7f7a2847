"""What the main window expects of a screen it shows as a tab beside the student list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QWidget

from stagedesk.services.office import Office


class Screen(Protocol):
    """A tab of the main window. It may also have a Qt signal ``open_case_requested(str)``
    carrying a student key; the window then shows that student when it is emitted."""

    def title(self) -> str:
        """The tab's title, translated (asked again after a language change)."""
        ...

    def set_office(self, office: Office) -> None:
        """Another store was opened: show its data."""
        ...

    def refresh(self) -> None:
        """Read the store again (F5, or after a change elsewhere in the window)."""
        ...


ScreenFactory = Callable[[Office, Callable[[], date]], QWidget]
