"""Day names and numbers follow the window's language: the agenda's weekdays ("ma", "Mon")
and the backups' sizes ("3,4 MB", "3.4 MB") come from the language's QLocale."""

from __future__ import annotations

import pytest

from stagedesk.ui.dialogs.backup_dialog import _size
from tests.ui.case_helpers import make_case_window
from tests.ui.test_agenda_screen import agenda_of, lines, planned  # noqa: F401 (a fixture)

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def test_the_agenda_names_the_weekdays_in_the_chosen_language(qtbot, planned):  # noqa: F811
    screen = agenda_of(planned)
    assert lines(screen)[1].startswith("ma 16-11-2026 | ")
    planned.set_language("en")
    qtbot.waitUntil(lambda: lines(screen)[1].startswith("Mon 16-11-2026 | "))
    assert lines(screen)[3].startswith("Tue 01-12-2026 | ")


def test_backup_sizes_use_the_languages_decimal_sign(translations):
    assert _size(3_400_000) == "3,4 MB"
    translations.set_language("en")
    assert _size(3_400_000) == "3.4 MB"
    assert _size(1_234_500_000) == "1,234.5 MB"
