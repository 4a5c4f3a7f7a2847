"""What the main window expects of a screen it shows as a tab beside the student list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtGui import QShowEvent
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


class LazyScreen(QWidget):
    """A tab that reads the store only when it is looked at (reading may take a while at
    50,000 students): another store or ``refresh`` reads at once while the tab is shown and
    otherwise only marks it stale; showing a stale tab reads it. Subclasses implement
    ``read``; ``load`` is what reads now, whatever the tab's state."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self._stale = True

    @property
    def stale(self) -> bool:
        """Whether the tab must read the store when it is next shown."""
        return self._stale

    def set_office(self, office: Office) -> None:
        self.office = office
        self.refresh()

    def refresh(self) -> None:
        """Read again now if the tab is shown, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    def load(self) -> None:
        self._stale = False
        self.read()

    def read(self) -> None:
        """Read the store and show what it holds."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.load()
