"""The main window, driven as a user would: type, choose, click headers, select rows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QTextBrowser

from stagedesk.domain.enums import SearchStatus
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.models.student_table import Column
from stagedesk.ui.stores import LAST_STORE_KEY
from tests.ui.conftest import shown_summary
from tests.ui.factories import KNOWN, add_student


def numbers(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, Column.NUMBER)) for row in range(model.rowCount())]


def names_shown(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, Column.NAME)) for row in range(model.rowCount())]


def type_filter(qtbot, window: MainWindow, text: str) -> None:
    window.filter_bar.search.clear()
    qtbot.keyClicks(window.filter_bar.search, text)


def click_header(qtbot, window: MainWindow, column: Column) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_window_shows_the_store_in_its_title_and_counts_the_students(window):
    assert window.windowTitle() == f"StageDesk — {window.office.location}"
    assert window.model.rowCount() == len(KNOWN)
    assert window.filter_bar.count_label.text() == f"{len(KNOWN)} van {len(KNOWN)} studenten"


def test_count_uses_the_dutch_thousands_separator(qtbot, tmp_path, translations):
    from stagedesk.ui.main_window import open_office
    from tests.ui.factories import build_store

    office = open_office(build_store(tmp_path / "big.sqlite", filler=1_500), create=False)
    window = MainWindow(office, translations=translations)
    qtbot.addWidget(window)
    try:
        assert window.filter_bar.count_label.text() == "1.506 van 1.506 studenten"
        type_filter(qtbot, window, "zoe")
        assert window.filter_bar.count_label.text() == "1 van 1.506 studenten"
    finally:
        office.close()


def test_typing_a_name_finds_the_student_whatever_the_diacritics_or_tussenvoegsel(qtbot, window):
    for text in ["zoe berg", "van der berg", "ZOË"]:
        type_filter(qtbot, window, text)
        assert names_shown(window) == ["Berg, Zoë van der"], text
    type_filter(qtbot, window, "sukru yilmaz")
    assert names_shown(window) == ["Yılmaz, Şükrü"]
    type_filter(qtbot, window, "ijsbrand")
    assert names_shown(window) == ["Vries, IJsbrand de"]


def test_typing_a_student_number_or_company_finds_their_students(qtbot, window):
    type_filter(qtbot, window, "100004")
    assert numbers(window) == ["100004"]
    type_filter(qtbot, window, "zorggroep oost")
    assert numbers(window) == ["100003"]
    type_filter(qtbot, window, "korenaar")
    assert numbers(window) == ["100005"]
    type_filter(qtbot, window, "nobody like this")
    assert numbers(window) == []
    assert window.summary.is_empty()
    assert window.summary.text() == "Geen studenten gevonden."


def test_clearing_the_search_shows_everyone_again(qtbot, window):
    type_filter(qtbot, window, "berg")
    window.filter_bar.search.clear()
    assert window.model.rowCount() == len(KNOWN)


def test_status_and_programme_choices_filter_the_list(qtbot, window):
    bar = window.filter_bar
    assert bar.status.itemText(0) == "Alle statussen"
    assert bar.status.itemText(1) == "niet gestart"
    bar.status.setCurrentIndex(bar.status.findData(SearchStatus.SEARCHING.value))
    assert sorted(numbers(window)) == ["100001", "100004"]
    software = bar.programme.findText("Software developer (niveau 4, BBL)")
    assert software > 0
    bar.programme.setCurrentIndex(software)
    assert numbers(window) == ["100004"]
    bar.status.setCurrentIndex(0)
    assert sorted(numbers(window)) == ["100002", "100004"]
    assert bar.count_label.text() == f"2 van {len(KNOWN)} studenten"


def test_clicking_the_name_header_sorts_by_surname_without_tussenvoegsel(qtbot, window):
    surnames_in_order = ["Aalst", "Bakker", "Berg", "Hart", "Vries", "Yılmaz"]
    assert [n.split(",")[0] for n in names_shown(window)] == surnames_in_order
    click_header(qtbot, window, Column.NAME)  # already ascending: now descending
    assert [n.split(",")[0] for n in names_shown(window)] == surnames_in_order[::-1]
    click_header(qtbot, window, Column.NUMBER)
    assert numbers(window) == sorted(numbers(window))


def test_a_column_the_directory_cannot_sort_keeps_the_order_and_indicator(qtbot, window):
    before = numbers(window)
    click_header(qtbot, window, Column.CLASS_GROUP)
    assert numbers(window) == before
    assert window.table.horizontalHeader().sortIndicatorSection() == Column.NAME


def test_the_first_student_is_selected_at_start(qtbot, window):
    assert window.table.currentIndex().row() == 0
    assert shown_summary(qtbot, window).startswith("Bart van Aalst\nStudentnummer 100006")


def test_selecting_a_row_shows_programme_status_and_placement(qtbot, window):
    row = numbers(window).index("100003")
    rect = window.table.visualRect(window.model.index(row, Column.NAME))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = shown_summary(qtbot, window)
    assert text.startswith("IJsbrand de Vries\nStudentnummer 100003")
    assert "Verzorgende-IG (niveau 3, BOL)" in text
    assert "Cohort 2025, klas 2A" in text
    assert "05-12-2009 (16 jaar, minderjarig)" in text
    assert "in bpv\nsinds 01-09-2026 (84 dagen)" in text
    assert "Zorggroep Óost\n01-09-2026 t/m 29-01-2027\n32 uur per week" in text
    assert "POK: volledig ondertekend" in text
    assert "voortijdig beëindigd op 13-11-2026" in text
    shown = window.summary.findChild(QTextBrowser).toPlainText()  # what is really on screen
    assert "Verzorgende-IG (niveau 3, BOL)" in shown
    assert "voortijdig beëindigd op 13-11-2026" in shown


def test_summary_shows_applications_rejections_and_the_latest_one(qtbot, window):
    type_filter(qtbot, window, "yilmaz")
    text = shown_summary(qtbot, window)
    assert "Sollicitaties 2, waarvan 1 afgewezen" in text
    assert "Laatste sollicitatie Bytes & Co\nuitgenodigd op 20-10-2026" in text
    assert "Plaatsing nog geen plaatsing" in text


def test_the_selection_survives_a_filter_that_still_contains_the_student(qtbot, window):
    window.select_row(numbers(window).index("100001"))
    type_filter(qtbot, window, "b")
    assert shown_summary(qtbot, window).startswith("Zoë van der Berg")
    assert window.model.student_id(window.table.currentIndex().row()) == window.selected_student()


def test_ctrl_f_focuses_the_search_field_and_selects_its_text(qtbot, window):
    window.filter_bar.search.setText("berg")
    window.table.setFocus()
    window.find_action.trigger()
    assert window.filter_bar.search.hasFocus()
    assert window.filter_bar.search.selectedText() == "berg"


def test_refresh_shows_students_added_to_the_store_since(qtbot, window, store_path):
    add_student(store_path, "Aaliyah", None, "Aafjes", "100099")
    assert window.model.rowCount() == len(KNOWN)
    window.refresh_action.trigger()
    assert window.model.rowCount() == len(KNOWN) + 1
    assert names_shown(window)[0] == "Aafjes, Aaliyah"
    assert shown_summary(qtbot, window).startswith("Bart van Aalst")  # the selection stays


def test_geometry_and_splitter_are_saved_on_close_and_restored(qtbot, window, office):
    window.resize(780, 500)  # within the offscreen screen (800 x 600)
    window.splitter.setSizes([400, 380])
    sizes = window.splitter.sizes()
    size = window.size()
    window.close()
    settings = QSettings()
    assert settings.value("main_window/geometry") is not None
    assert settings.value("main_window/state") is not None
    assert settings.value("main_window/splitter") is not None
    again = MainWindow(office)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == size
    assert again.height() == 500
    assert again.splitter.sizes() == sizes


def test_column_widths_and_sort_order_are_restored(qtbot, window, office):
    click_header(qtbot, window, Column.NUMBER)
    click_header(qtbot, window, Column.NUMBER)  # descending
    header = window.table.horizontalHeader()
    header.resizeSection(Column.MENTOR, 123)
    window.close()
    again = MainWindow(office)
    qtbot.addWidget(again)
    again.show()
    assert again.table.horizontalHeader().sectionSize(Column.MENTOR) == 123
    assert numbers(again) == sorted(numbers(again), reverse=True)
    assert again.model.sorted_column == Column.NUMBER


def test_the_menus_hold_only_working_items(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Bestand", "Be&werken", "Bee&ld", "&Instellingen", "&Help"]
    assert [a.text() for a in window.file_menu.actions() if not a.isSeparator()] == [
        "Store &openen…",
        "&Brieven afdrukken…",
        "Bezoekpakket &maken…",
        "Bezoekpakket &inlezen…",
        "&Importeren…",
        "Uren impor&teren…",
        "&Exporteren (studentenlijst)…",
        "Back-&ups…",
        "&Afsluiten",
    ]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert [a.text() for a in window.language_menu.actions()] == ["Nederlands", "English"]
    assert QSettings().value(LAST_STORE_KEY) is None  # nothing remembered until a store is opened


def test_an_empty_store_shows_no_students_and_an_empty_summary(qtbot, tmp_path, translations):
    from stagedesk.ui.main_window import open_office

    office = open_office(str(tmp_path / "empty.sqlite"), create=True)
    window = MainWindow(office, translations=translations)
    qtbot.addWidget(window)
    try:
        assert window.model.rowCount() == 0
        assert window.filter_bar.count_label.text() == "0 van 0 studenten"
        assert window.summary.is_empty()
        assert window.filter_bar.programme.count() == 1  # only "Alle opleidingen"
    finally:
        office.close()
