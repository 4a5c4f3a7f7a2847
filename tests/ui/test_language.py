"""Switching the language retranslates the open window at once and is remembered."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QSettings

from stagedesk.config import RESOURCES_DIR
from stagedesk.ui.models.student_table import Column
from tests.ui.conftest import shown_summary

TS_FILE = RESOURCES_DIR / "i18n" / "stagedesk_en.ts"


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def choose(qtbot, window, language: str, file_menu: str) -> None:
    """Pick a language in the menu; Qt posts the LanguageChange events, so wait for them."""
    window.language_actions[language].trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == file_menu)


def test_choosing_english_retranslates_menus_filter_table_and_summary(qtbot, window):
    choose(qtbot, window, "en", "&File")
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Settings", "&Help"]
    assert window.open_action.text() == "&Open store…"
    bar = window.filter_bar
    assert bar.search.placeholderText() == "Search by name, student number, programme or company"
    assert bar.status.itemText(0) == "All statuses"
    assert bar.programme.itemText(0) == "All programmes"
    assert bar.count_label.text() == "6 of 6 students"
    model = window.model
    assert model.headerData(Column.NAME, Qt_horizontal()) == "Name"
    assert "Student number 100006" in shown_summary(qtbot, window)
    assert "not started\nsince 01-08-2026 (115 days)" in shown_summary(qtbot, window)
    assert window.language_actions["en"].isChecked()
    assert not window.language_actions["nl"].isChecked()
    assert QSettings().value("language") == "en"


def test_choosing_dutch_again_restores_the_dutch_texts(qtbot, window):
    choose(qtbot, window, "en", "&File")
    choose(qtbot, window, "nl", "&Bestand")
    assert menu_titles(window) == ["&Bestand", "Be&werken", "Bee&ld", "&Instellingen", "&Help"]
    assert window.filter_bar.search.placeholderText() == (
        "Zoek op naam, studentnummer, opleiding of bedrijf"
    )
    assert QSettings().value("language") == "nl"


def test_a_status_chosen_before_switching_stays_chosen(qtbot, window):
    bar = window.filter_bar
    bar.status.setCurrentIndex(2)  # zoekt
    choose(qtbot, window, "en", "&File")
    qtbot.waitUntil(lambda: bar.status.itemText(0) == "All statuses")
    assert bar.status.currentText() == "searching"
    assert window.model.rowCount() == 2


def test_every_message_has_a_finished_english_translation():
    tree = ET.parse(TS_FILE)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if not all(text.strip() for text in _translated(m))
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []
    assert Path(TS_FILE.with_suffix(".qm")).is_file()


def _translated(message: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms (a %n message keeps them in
    <numerusform> children and none directly in <translation>)."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def test_placeholders_survive_translation():
    tree = ET.parse(TS_FILE)
    for message in tree.iter("message"):
        source = message.findtext("source")
        for translation in _translated(message):
            for n in range(1, 4):
                assert (f"%{n}" in source) == (f"%{n}" in translation), source
            assert ("%n" in source) == ("%n" in translation) or message.get("numerus") != "yes"


def test_a_plural_message_counts_as_translated_by_its_forms():
    message = ET.fromstring(
        '<message numerus="yes"><source>%n brieven</source><translation>'
        "<numerusform>%n letter</numerusform><numerusform>%n letters</numerusform>"
        "</translation></message>"
    )
    assert _translated(message) == ["%n letter", "%n letters"]
    empty = ET.fromstring(
        '<message numerus="yes"><source>%n brieven</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
    )
    assert not all(text.strip() for text in _translated(empty))


def Qt_horizontal():  # noqa: N802 - reads like the Qt constant it returns
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
