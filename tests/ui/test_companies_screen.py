"""The Bedrijven tab through real widgets: search, a new company through the dialog, a
recognition, and opening a placed student's case from the company view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from stagedesk.domain.companies import CompanyInput
from stagedesk.domain.enums import StaffRole
from stagedesk.services import companies
from stagedesk.services.actor import Actor
from stagedesk.ui.dialogs.company_dialog import CompanyDialog
from stagedesk.ui.dialogs.recognition_dialog import RecognitionDialog
from stagedesk.ui.models.company_table import CompanyColumn
from stagedesk.ui.screens.companies import CompaniesScreen
from tests.ui.factories import COMPANIES


def _screen(window) -> CompaniesScreen:
    [screen] = [s for s in window.screens if isinstance(s, CompaniesScreen)]
    window.tabs.setCurrentWidget(screen)
    return screen


def _names(screen: CompaniesScreen) -> list[str]:
    model = screen.model
    return [model.index(r, CompanyColumn.NAME).data() for r in range(model.rowCount())]


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_companies_tab_lists_every_company_by_name(window):
    [hidden] = [s for s in window.screens if isinstance(s, CompaniesScreen)]
    assert hidden.register.total == 0  # not read at start-up: only when first shown
    screen = _screen(window)
    assert window.tabs.tabText(window.tabs.indexOf(screen)) == "Bedrijven"
    assert _names(screen) == sorted(COMPANIES, key=str.casefold)
    assert screen.count_label.text() == "3 bedrijven"


def test_typing_in_the_search_field_narrows_the_list(qtbot, window):
    screen = _screen(window)
    qtbot.keyClicks(screen.search, "oost")  # folded: finds "Zorggroep Óost"
    qtbot.waitUntil(lambda: _names(screen) == ["Zorggroep Óost"], timeout=2000)
    assert screen.count_label.text() == "1 van 3 bedrijven"
    assert screen.detail.view is not None and screen.detail.view.details.name == "Zorggroep Óost"
    screen.search.clear()
    qtbot.waitUntil(lambda: len(_names(screen)) == 3, timeout=2000)


def test_a_new_company_with_a_bad_kvk_is_held_at_the_field_then_saved_with_its_region(
    qtbot, window
):
    screen = _screen(window)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CompanyDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name.edit, "Garage Ünal")
    qtbot.keyClicks(dialog.kvk.edit, "1234567")
    assert dialog.region.text() == "geen postcode"
    qtbot.keyClicks(dialog.postcode.edit, "3511")
    assert dialog.region.text() == "volgt uit een geldige postcode"
    qtbot.keyClicks(dialog.postcode.edit, "ab")  # the region follows the postcode as it is typed
    assert dialog.region.text() == "Utrecht (provincie Utrecht)"
    qtbot.keyClicks(dialog.email.edit, "info@garage")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.kvk.message.text() == "KvK-nummer moet 8 cijfers hebben (nu 7)."
    assert dialog.kvk.message.isVisible()
    assert dialog.email.message.text() == "Het domein na de @ mist een punt (zoals bedrijf.nl)."
    assert not dialog.name.message.isVisible()
    assert companies.count_companies(window.office.sessions, window.office.actor) == 3

    qtbot.keyClicks(dialog.kvk.edit, "9")
    assert not dialog.kvk.message.isVisible()  # the message goes as the user corrects
    qtbot.keyClicks(dialog.email.edit, "-unal.nl")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _save(dialog)
    assert companies.count_companies(window.office.sessions, window.office.actor) == 4
    row = screen.model.row_of(dialog.saved.id)
    assert row is not None
    listed = screen.model.row_at(row)
    assert (listed.name, listed.kvk_number, listed.region) == ("Garage Ünal", "12345679", "Utrecht")
    assert screen.table.currentIndex().row() == row  # the new company is selected
    assert screen.detail.view.details.postcode == "3511 AB"


def test_a_kvk_number_already_registered_is_reported_at_the_field(qtbot, window):
    screen = _screen(window)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.name.edit, "Dubbel BV")
    qtbot.keyClicks(dialog.kvk.edit, "12345671")  # Bytes & Co's number in the test store
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.kvk.message.text() == "Dit KvK-nummer is al geregistreerd voor Bytes & Co."


def test_a_recognition_added_through_the_dialog_shows_in_the_company_view(qtbot, window):
    screen = _screen(window)
    screen.select_row(_names(screen).index("Zorggroep Óost"))
    qtbot.mouseClick(screen.detail.add_recognition, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, RecognitionDialog)
    qtbot.keyClicks(dialog.crebo.edit, "2565")
    _save(dialog)
    assert dialog.crebo.message.text() == "Crebo moet 5 cijfers hebben (nu 4)."
    qtbot.keyClicks(dialog.crebo.edit, "5")
    assert dialog.programme.text() == "Verzorgende-IG"
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _save(dialog)
    view = screen.detail.view
    assert [(r.crebo, r.programme, r.in_force) for r in view.recognitions] == [
        ("25655", "Verzorgende-IG", True)
    ]
    assert screen.detail.recognitions.item(0, 1).text() == "Verzorgende-IG"
    assert screen.detail.tabs.tabText(2) == "Erkenningen (1)"
    assert screen.model.row_at(screen.table.currentIndex().row()).recognitions == 1


def test_double_clicking_a_placed_student_opens_their_case(qtbot, window):
    screen = _screen(window)
    screen.select_row(_names(screen).index("Zorggroep Óost"))
    detail = screen.detail
    detail.tabs.setCurrentIndex(4)
    table = detail.placements
    assert table.rowCount() == 1 and table.item(0, 0).text() == "IJsbrand de Vries"
    key = detail.view.placements[0].student_key
    cell = table.visualItemRect(table.item(0, 0)).center()
    with qtbot.waitSignal(screen.open_case_requested, timeout=2000) as caught:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert caught.args == [key]
    assert getattr(window.tabs.currentWidget(), "key", None) == key  # the case file's tab
    assert window.selected_student() == key
    assert window.model.student_id(window.table.currentIndex().row()) == key


def test_enter_on_an_applicant_opens_their_case(qtbot, window):
    screen = _screen(window)
    screen.select_row(_names(screen).index("Bytes & Co"))
    detail = screen.detail
    detail.tabs.setCurrentIndex(3)
    table = detail.applications
    assert table.item(0, 0).text() == "Şükrü Yılmaz"
    table.setFocus()
    table.setCurrentCell(0, 0)
    with qtbot.waitSignal(screen.open_case_requested, timeout=2000) as caught:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert caught.args == [detail.view.applications[0].student_key]
    assert window.selected_student() == caught.args[0]


def test_a_mentor_reads_the_register_without_the_edit_buttons(window):
    screen = _screen(window)
    window.office.actor = Actor(None, "Mo Mentor", frozenset({StaffRole.MENTOR}))
    screen.refresh()
    assert len(_names(screen)) == 3
    assert not screen.new_button.isVisible()
    assert not screen.detail.edit_button.isVisible()
    assert not screen.detail.add_recognition.isEnabled()


def test_the_meldpunt_role_alone_is_told_it_has_no_access(window):
    screen = _screen(window)
    window.office.actor = Actor(None, "Mira Meldpunt", frozenset({StaffRole.MELDPUNT}))
    screen.refresh()
    assert _names(screen) == []
    assert screen.message.isVisible()
    assert screen.message.text() == "Uw rol geeft geen toegang tot het bedrijvenregister."


def test_the_tab_and_its_headers_follow_the_language(qtbot, window):
    screen = _screen(window)
    window.language_actions["en"].trigger()  # Qt posts the LanguageChange events
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(screen)) == "Companies")
    assert screen.model.headerData(CompanyColumn.CITY, Qt.Orientation.Horizontal) == "Town"
    assert screen.count_label.text() == "3 companies"
    assert screen.detail.tabs.tabText(0) == "Details"


def test_a_company_added_elsewhere_shows_after_f5(qtbot, window):
    screen = _screen(window)
    window.tabs.setCurrentIndex(0)
    office = window.office
    companies.create_company(
        office.sessions, office.actor, CompanyInput(name="Nieuw BV", kvk_number="55554444")
    )
    window.refresh_action.trigger()  # F5 while the tab is hidden: read when shown again
    assert "Nieuw BV" not in _names(screen)
    window.tabs.setCurrentWidget(screen)
    assert "Nieuw BV" in _names(screen)
    assert screen.count_label.text() == "4 bedrijven"
