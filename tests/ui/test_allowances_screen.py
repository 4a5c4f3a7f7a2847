"""The Stagevergoedingen tab through its real widgets: the norm, the groups, the flagged
placements with Dutch amounts, the grouping switch, and opening a student from a placement."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stagedesk.domain.enums import AllowanceKind, SearchStatus
from stagedesk.services.office import Office
from stagedesk.ui.i18n import Translations
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.models.allowance_tables import BELOW_TINT, NONE_TINT, GroupColumn, LineColumn
from stagedesk.ui.screens.allowances import AllowancesScreen
from stagedesk.ui.stores import ready_office
from tests.services.attention_store import TODAY, OfficeBuilder, days
from tests.ui.test_attention_screen import shows_student

NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def money_office(tmp_path: Path) -> Iterator[Office]:
    office = Office.open(tmp_path / "money.sqlite")
    with office.sessions.begin() as session:
        b = OfficeBuilder(session)
        zorg, kok = b.programme("Verzorgende-IG", 3), b.programme("Kok", 2)
        oost, bakker = b.company("Zorggroep Óost"), b.company("Bakkerij De Korenaar")
        for given, programme, company, kind, cents, paid in [
            ("Zoë", zorg, oost, AllowanceKind.ALLOWANCE, 25_000, True),
            ("Anna", zorg, oost, AllowanceKind.NONE, None, False),
            ("Jan", zorg, bakker, AllowanceKind.ALLOWANCE, 30_000, False),
            ("Bart", kok, bakker, AllowanceKind.ALLOWANCE, 12_550, False),
            ("Şükrü", kok, bakker, AllowanceKind.WAGE, None, False),
        ]:
            student = b.student(given, "Student", programme, SearchStatus.IN_BPV)
            b.placement(
                student, company, days(-10), days(100), allowance=kind, cents=cents, paid=paid
            )
    yield ready_office(office)
    office.close()


@pytest.fixture
def money_window(qtbot, money_office: Office) -> Iterator[MainWindow]:
    translations = Translations()
    translations.set_language("nl")
    main = MainWindow(money_office, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    translations.set_language("nl")


def allowances_tab(window: MainWindow) -> AllowancesScreen:
    screen = next(s for s in window.screens if isinstance(s, AllowancesScreen))
    window.tabs.setCurrentWidget(screen)
    return screen


def column(model, which: int) -> list[str]:
    return [str(model.index(row, which).data()) for row in range(model.rowCount())]


def test_the_tab_shows_the_norm_the_groups_and_the_flagged_placements(qtbot, money_window):
    screen = allowances_tab(money_window)
    assert money_window.tabs.tabText(money_window.tabs.currentIndex()) == "Stagevergoedingen"
    qtbot.waitUntil(lambda: screen.groups.rowCount() == 2)
    assert screen.norm_label.text() == f"norm: €{NBSP}300,00 per maand, instelbaar"
    assert column(screen.groups, GroupColumn.NAME) == [
        "Verzorgende-IG (niveau 3, BOL)",  # two flagged
        "Kok (niveau 2, BOL)",
    ]
    assert column(screen.groups, GroupColumn.PLACEMENTS) == ["3", "2"]
    assert column(screen.groups, GroupColumn.WAGE) == ["0", "1"]
    assert column(screen.groups, GroupColumn.AVERAGE) == [f"€{NBSP}275,00", f"€{NBSP}125,50"]
    assert column(screen.lines, LineColumn.NAME) == ["Anna Student", "Zoë Student", "Bart Student"]
    assert column(screen.lines, LineColumn.AMOUNT) == ["geen", f"€{NBSP}250,00", f"€{NBSP}125,50"]
    assert column(screen.lines, LineColumn.PAID) == ["nee", "ja", "nee"]
    assert "1 lopende of komende plaatsingen zonder stagevergoeding en 2 onder de norm" in (
        screen.summary.text()
    )


def test_below_norm_and_no_allowance_are_marked(qtbot, money_window):
    screen = allowances_tab(money_window)
    qtbot.waitUntil(lambda: screen.lines.rowCount() == 3)
    none = screen.lines.index(0, LineColumn.AMOUNT)
    below = screen.lines.index(1, LineColumn.AMOUNT)
    assert none.data(Qt.ItemDataRole.BackgroundRole) == NONE_TINT
    assert below.data(Qt.ItemDataRole.BackgroundRole) == BELOW_TINT
    assert below.data(Qt.ItemDataRole.ToolTipRole) == (f"onder de norm van €{NBSP}300,00 per maand")
    assert "onder de norm" in screen.legend.text() and "geen vergoeding" in screen.legend.text()


def test_choosing_a_group_narrows_the_placements(qtbot, money_window):
    screen = allowances_tab(money_window)
    qtbot.waitUntil(lambda: screen.groups.rowCount() == 2)
    screen.group_table.setCurrentIndex(screen.groups.index(1, GroupColumn.NAME))
    assert column(screen.lines, LineColumn.NAME) == ["Bart Student"]
    assert screen.lines_label.text() == "Plaatsingen bij Kok (1)"
    screen.show_all_lines()
    assert screen.lines.rowCount() == 3
    assert screen.lines_label.text() == "Alle gemarkeerde plaatsingen (3)"


def test_grouping_by_company(qtbot, money_window):
    screen = allowances_tab(money_window)
    qtbot.waitUntil(lambda: screen.groups.rowCount() == 2)
    qtbot.mouseClick(screen.by_company, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.groups.group_by.value == "company")
    header = screen.groups.headerData(GroupColumn.NAME, Qt.Orientation.Horizontal)
    assert header == "Bedrijf"
    assert column(screen.groups, GroupColumn.NAME) == ["Zorggroep Óost", "Bakkerij De Korenaar"]
    assert column(screen.groups, GroupColumn.PLACEMENTS) == ["2", "3"]


def test_a_header_click_sorts_the_placements(qtbot, money_window):
    screen = allowances_tab(money_window)
    qtbot.waitUntil(lambda: screen.lines.rowCount() == 3)
    screen.line_table.sortByColumn(LineColumn.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column(screen.lines, LineColumn.NAME) == ["Zoë Student", "Bart Student", "Anna Student"]


def test_double_click_on_a_placement_opens_the_student(qtbot, money_window):
    screen = allowances_tab(money_window)
    qtbot.waitUntil(lambda: screen.lines.rowCount() == 3)
    line = screen.lines.row(2)
    rect = screen.line_table.visualRect(screen.lines.index(2, LineColumn.NAME))
    viewport = screen.line_table.viewport()
    with qtbot.waitSignal(screen.open_case_requested) as signal:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [line.student_key]
    assert shows_student(money_window, line.student_key)


def test_english_amounts_and_headers(qtbot, money_window):
    screen = allowances_tab(money_window)
    qtbot.waitUntil(lambda: screen.lines.rowCount() == 3)
    money_window.language_actions["en"].trigger()
    assert screen.title() == "Allowances"
    # The screen retranslates on Qt's LanguageChange event, which is posted: wait for it.
    qtbot.waitUntil(lambda: screen.norm_label.text() == "norm: €300.00 per month, adjustable")
    assert column(screen.lines, LineColumn.AMOUNT) == ["none", "€250.00", "€125.50"]
    assert screen.by_company.text() == "by &company"
