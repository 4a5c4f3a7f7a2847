"""The case file through its widgets: open from the list, add and move applications, accept an
offer into a placement, sign the POK, refusals, the kind filter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from stagedesk.domain.enums import AllowanceKind, ApplicationStatus
from stagedesk.services.timeline import TimelineKind
from stagedesk.ui.dialogs.application_dialogs import AddApplicationDialog, StatusDialog
from stagedesk.ui.dialogs.placement_dialogs import PlacementDialog
from stagedesk.ui.dialogs.pok_dialog import PokDialog
from stagedesk.ui.screens.case_file import CaseFileScreen
from tests.ui.case_helpers import (
    click,
    dialog_of,
    key_of,
    kinds,
    list_status,
    make_case_window,
    open_from_list,
    save,
    select_entry,
)

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def test_enter_on_a_student_row_opens_the_case_as_a_tab_with_header_and_timeline(
    qtbot, case_window
):
    screen = open_from_list(qtbot, case_window, "noor")
    tabs = case_window.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Noor Jansen"
    header = screen.header.text()
    for part in (
        "studentnummer 100007",
        "minderjarig",
        "solliciteert",
        "sinds 02-11-2026 (22 dagen)",
        "Verzorgende-IG (crebo 25655) · niveau 3 · BOL · cohort 2025, klas 1A",
        "mentor Fatima el Amrani",
    ):
        assert part in header
    texts = screen.timeline.model.texts()  # newest first; the same day in either order
    assert sorted(texts[:2]) == ["Aanbod van Bakkerij De Korenaar", "Aanbod van Zorggroep Óost"]
    assert sorted(texts[2:]) == [
        "Sollicitatie verstuurd naar Bakkerij De Korenaar (via school)",
        "Sollicitatie verstuurd naar Zorggroep Óost (via school)",
    ]
    count = tabs.count()
    case_window.tabs.setCurrentIndex(0)
    qtbot.keyClick(case_window.table, Qt.Key.Key_Return)  # open again: the same tab
    assert tabs.count() == count and tabs.currentWidget() is screen


def test_an_application_added_with_the_completer_shows_in_the_timeline_and_the_list(
    qtbot, case_window
):
    zoe = key_of(case_window, "zoe")
    screen = open_from_list(qtbot, case_window, "zoe")
    assert list_status(case_window, zoe) == "zoekt"
    click(qtbot, screen.case_actions.add_application)
    dialog = dialog_of(qtbot, screen, AddApplicationDialog)
    qtbot.keyClicks(dialog.company, "byt")
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)  # picks the best match
    assert dialog.chosen is not None and dialog.company.text() == "Bytes & Co"
    assert dialog.isVisible()
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)  # saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (
        screen.timeline.model.texts()[0]
        == "Sollicitatie verstuurd naar Bytes & Co (via Stagemarkt)"
    )
    assert screen.header.status.text() == "solliciteert"
    assert list_status(case_window, zoe) == "solliciteert"


def test_enter_without_a_match_says_so_and_saving_needs_a_company(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "zoe")
    click(qtbot, screen.case_actions.add_application)
    dialog = dialog_of(qtbot, screen, AddApplicationDialog)
    qtbot.keyClicks(dialog.company, "xyzzy")
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)
    assert dialog.company_message.text() == "Geen bedrijf gevonden met deze tekst."
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Kies een bedrijf" in dialog.company_message.text()


def test_a_rejection_needs_a_reason(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "noor")
    select_entry(screen, "Aanbod van Bakkerij De Korenaar")
    click(qtbot, screen.case_actions.change_status)
    dialog = dialog_of(qtbot, screen, StatusDialog)
    offered = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert offered == ["accepted", "rejected", "withdrawn"]  # what the state machine allows
    assert dialog.select_target(ApplicationStatus.REJECTED)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.reason_message.text() == "Kies de reden van de afwijzing."
    dialog.reason.setCurrentIndex(1)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (
        screen.timeline.model.texts()[0] == "Afgewezen door Bakkerij De Korenaar (reden: geen plek)"
    )


def test_accepting_an_offer_proposes_the_placement_and_signing_the_pok_starts_the_bpv(
    qtbot, case_window
):
    noor = key_of(case_window, "noor")
    screen = open_from_list(qtbot, case_window, "noor")
    select_entry(screen, "Aanbod van Zorggroep Óost")
    click(qtbot, screen.case_actions.change_status)
    status = dialog_of(qtbot, screen, StatusDialog)
    status.select_target(ApplicationStatus.ACCEPTED)
    save(qtbot, status)

    dialog = dialog_of(qtbot, screen, PlacementDialog)  # opens at once, filled in
    assert dialog.start.value() == date(2026, 12, 14)  # first Monday two weeks on
    assert dialog.end.value() == date(2027, 5, 2)  # 20 weeks
    assert dialog.hours.value() == 32
    assert dialog.total.text() == "640 uur in totaal (20 weken)"
    assert dialog.praktijkopleider.currentText() == "Ria Praktijk"
    assert dialog.allowance.chosen_kind() is AllowanceKind.ALLOWANCE
    assert dialog.allowance.amount.value() == 300.0
    dialog.start.set_value(date(2026, 11, 16))  # she started last week already
    assert dialog.total.text() == "768 uur in totaal (24 weken)"
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.header.status.text() == "geplaatst – POK open"
    assert list_status(case_window, noor) == "geplaatst – POK open"
    assert any("de POK is nog niet rond" in line for line in screen.warning_lines())

    click(qtbot, screen.case_actions.pok)
    pok_dialog = dialog_of(qtbot, screen, PokDialog)
    assert pok_dialog.form.isRowVisible(pok_dialog.parties["guardian"])  # she is a minor
    pok_dialog.sent.box.setChecked(True)
    pok_dialog.sent.day.set_value(date(2026, 11, 17))
    for row in pok_dialog.parties.values():
        row.box.setChecked(True)
    save(qtbot, pok_dialog)
    qtbot.waitUntil(lambda: not pok_dialog.isVisible())
    assert screen.header.status.text() == "in bpv"
    assert list_status(case_window, noor) == "in bpv"
    texts = screen.timeline.model.texts()
    assert texts[0] == "Einde bpv bij Zorggroep Óost"  # planned: the top of the timeline
    assert texts[1] == "POK voor Zorggroep Óost volledig ondertekend"
    assert case_window.cases.undo_action.text() == "Ongedaan maken: POK bijwerken"

    table = screen.timeline.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.header.status.text() == "geplaatst – POK open")
    assert "POK voor Zorggroep Óost volledig ondertekend" not in screen.timeline.model.texts()
    assert list_status(case_window, noor) == "geplaatst – POK open"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, shift_ctrl)
    qtbot.waitUntil(lambda: screen.header.status.text() == "in bpv")
    assert "POK voor Zorggroep Óost volledig ondertekend" in screen.timeline.model.texts()


def test_an_adult_signs_without_a_guardian_and_is_placed_before_the_start(qtbot, case_window):
    from tests.ui.case_store import offered

    office = case_window.office
    zoe = key_of(case_window, "zoe")
    screen = open_from_list(qtbot, case_window, "zoe")
    ctx = screen.context
    bytes_co = next(
        c.id for c in placements_company_choices(screen, "bytes") if c.name == "Bytes & Co"
    )
    app = offered(office.sessions, office.actor, ctx.student_id, bytes_co)
    screen.reload()
    select_entry(screen, "Aanbod van Bytes & Co")
    click(qtbot, screen.case_actions.change_status)
    status = dialog_of(qtbot, screen, StatusDialog)
    status.select_target(ApplicationStatus.ACCEPTED)
    save(qtbot, status)
    dialog = dialog_of(qtbot, screen, PlacementDialog)
    assert dialog.praktijkopleider.currentText() == "Henk Opleider, teamleider"
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: screen.case is not None and len(screen.case.placements) == 1)
    assert screen.case.placements[0].application_id == app

    click(qtbot, screen.case_actions.pok)
    pok_dialog = dialog_of(qtbot, screen, PokDialog)
    assert not pok_dialog.form.isRowVisible(pok_dialog.parties["guardian"])
    pok_dialog.sent.box.setChecked(True)
    for party in ("student", "school", "company"):
        pok_dialog.parties[party].box.setChecked(True)
    save(qtbot, pok_dialog)
    qtbot.waitUntil(lambda: screen.header.status.text() == "geplaatst")
    assert list_status(case_window, zoe) == "geplaatst"


def placements_company_choices(screen: CaseFileScreen, text: str):
    from stagedesk.services.applications import company_choices

    ctx = screen.context
    return company_choices(ctx.sessions, ctx.actor, text)


def test_a_placement_at_an_unrecognised_company_is_refused_with_the_reason(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "noor")
    select_entry(screen, "Aanbod van Bakkerij De Korenaar")
    click(qtbot, screen.case_actions.change_status)
    status = dialog_of(qtbot, screen, StatusDialog)
    status.select_target(ApplicationStatus.ACCEPTED)
    save(qtbot, status)
    dialog = dialog_of(qtbot, screen, PlacementDialog)
    assert dialog.recognition.text() == (
        "Let op: dit bedrijf is niet door SBB erkend voor crebo 25655."
    )
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem.text().startswith(
        "Plaatsing geweigerd: Bakkerij De Korenaar is op 14-12-2026 niet door SBB erkend"
    )
    dialog.reject()
    screen.reload()  # nothing was written: the store holds no placement
    assert screen.case is not None and screen.case.placements == ()
    assert not any(e.kind is TimelineKind.PLACEMENT for e in screen.case.timeline)
    # The acceptance stands (the domain counts it as placed, awaiting the POK); the office
    # can record the placement later ("Plaatsing vastleggen") or withdraw.
    assert screen.case_actions.make_placement.isVisible()


def test_the_kind_filter_hides_and_shows_entries(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "zoe")
    assert kinds(screen) == {TimelineKind.NOTE}
    screen.timeline.kind_boxes[TimelineKind.NOTE].setChecked(False)
    assert screen.timeline.model.rowCount() == 0
    screen.timeline.kind_boxes[TimelineKind.NOTE].setChecked(True)
    screen = open_from_list(qtbot, case_window, "noor")
    assert kinds(screen) == {TimelineKind.APPLICATION}
    qtbot.mouseClick(
        screen.timeline.kind_boxes[TimelineKind.APPLICATION], Qt.MouseButton.LeftButton
    )
    assert screen.timeline.model.rowCount() == 0
