"""Bestand → Store openen: switch stores, remember the last one, refuse bad files politely."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from stagedesk.ui.stores import LAST_STORE_KEY
from tests.ui.conftest import shown_summary
from tests.ui.factories import add_student, build_store


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The texts of the error boxes the window showed (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    return shown


def choose_file(monkeypatch, path: str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, "*.sqlite"))


def test_opening_another_store_shows_its_students_and_is_remembered(
    qtbot, window, monkeypatch, tmp_path, errors
):
    other = build_store(tmp_path / "other.sqlite")
    add_student(other, "Noor", None, "Aadam", "300001")
    choose_file(monkeypatch, other)
    window.open_action.trigger()
    assert errors == []
    assert window.office.location == str(Path(other).resolve())
    assert window.windowTitle() == f"StageDesk — {Path(other).resolve()}"
    assert window.model.rowCount() == 7
    assert shown_summary(qtbot, window).startswith("Noor Aadam")
    assert window.filter_bar.count_label.text() == "7 van 7 studenten"
    assert QSettings().value(LAST_STORE_KEY) == str(Path(other).resolve())


def test_a_file_that_is_no_store_shows_an_error_and_keeps_the_current_store(
    window, monkeypatch, tmp_path, errors
):
    before = window.office.location
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are not the students you are looking for\n" * 100)
    choose_file(monkeypatch, str(bad))
    window.open_action.trigger()
    assert len(errors) == 1
    assert errors[0].startswith("De store kan niet worden geopend:\n")
    assert window.office.location == before
    assert window.model.rowCount() == 6
    window.filter_bar.search.setText("zoe")  # the old store still answers
    assert window.model.rowCount() == 1
    assert QSettings().value(LAST_STORE_KEY) is None


def test_a_missing_file_is_not_created_but_reported(window, monkeypatch, tmp_path, errors):
    missing = tmp_path / "gone.sqlite"
    choose_file(monkeypatch, str(missing))
    window.open_action.trigger()
    assert len(errors) == 1
    assert "gone.sqlite" in errors[0]
    assert not missing.exists()


def test_cancelling_the_dialog_changes_nothing(window, monkeypatch, errors):
    before = window.office.location
    choose_file(monkeypatch, "")
    window.open_action.trigger()
    assert errors == []
    assert window.office.location == before
