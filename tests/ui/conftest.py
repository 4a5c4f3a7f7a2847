"""Fixtures for the window's tests: settings in tmp_path, a small store, an open main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from stagedesk.services.office import Office  # noqa: E402
from stagedesk.ui.i18n import Translations  # noqa: E402
from stagedesk.ui.main_window import MainWindow  # noqa: E402
from stagedesk.ui.stores import open_office  # noqa: E402
from tests.ui.factories import TODAY, build_store  # noqa: E402


@pytest.fixture(autouse=True)
def settings_dir(qapp, tmp_path: Path) -> Iterator[Path]:
    """Every test gets its own QSettings file under tmp_path, never the user's real settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("StageDeskTests")
    QCoreApplication.setApplicationName("StageDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings().sync()


@pytest.fixture
def translations() -> Iterator[Translations]:
    """The language switcher; back to Dutch afterwards so no other test runs in English."""
    switcher = Translations()
    switcher.set_language("nl")
    yield switcher
    switcher.set_language("nl")


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    return build_store(tmp_path / "office.sqlite")


@pytest.fixture
def office(store_path: str) -> Iterator[Office]:
    opened = open_office(store_path, create=False)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, office: Office, translations: Translations) -> Iterator[MainWindow]:
    main = MainWindow(office, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.office.close()  # may be another store than ``office`` after "Store openen"


def shown_summary(qtbot, window) -> str:
    """The summary panel's text once it shows the selected student (it follows on a timer)."""

    def current() -> bool:
        shown = window.summary.summary
        return shown is not None and shown.row.id.hex == window.selected_student()

    qtbot.waitUntil(current, timeout=2000)
    return window.summary.text()
