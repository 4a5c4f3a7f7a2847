"""The Aandachtslijst tab through its real widgets: rows and Dutch texts, the reason filter,
sorting, opening a student's case from a row, and building off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from stagedesk.domain.enums import Leerweg, PokStatus, SearchStatus, StaffRole
from stagedesk.services.actor import Actor
from stagedesk.services.attention import AttentionReason
from stagedesk.services.office import Office
from stagedesk.ui.models.attention_table import AttentionColumn
from stagedesk.ui.screens import attention as attention_screen
from stagedesk.ui.screens.attention import AttentionScreen
from tests.services.attention_store import MINOR, OfficeBuilder, days
from tests.services.attention_store import TODAY as STORE_TODAY

R = AttentionReason


def shows_student(window, key: str) -> bool:
    """The window shows that student: their case file in front (the window opens a case tab),
    or, in a window without case tabs, the student selected in the list."""
    cases = getattr(window, "cases", None)
    if cases is not None:
        return cases.cases.get(key) is not None and window.tabs.currentWidget() is cases.cases[key]
    return window.tabs.currentIndex() == 0 and window.selected_student() == key


def attention_tab(qtbot, window) -> AttentionScreen:
    """The tab in front, its list built (showing it starts the build)."""
    screen = next(s for s in window.screens if isinstance(s, AttentionScreen))
    window.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: not screen.building)
    return screen


def cells(screen: AttentionScreen, column: AttentionColumn) -> list[str]:
    model = screen.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def row_of(screen: AttentionScreen, name: str, reason: R) -> int:
    model = screen.model
    for row in range(model.rowCount()):
        item = model.item(row)
        if item is not None and item.name == name and item.reason is reason:
            return row
    raise AssertionError(f"{name} / {reason} not shown")


def test_the_tab_shows_the_list_when_opened(qtbot, window):
    screen = attention_tab(qtbot, window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Aandachtslijst"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    assert cells(screen, AttentionColumn.REASON) == [
        "BBL-peildatum 31 december",
        "BBL-peildatum 31 december",
        "Zoekt lang",
        "Entree/niveau 2 zonder plek",
    ]
    zoe = row_of(screen, "Zoë van der Berg", R.SEARCHING_LONG)
    assert screen.model.index(zoe, AttentionColumn.DETAIL).data() == "zoekt al 10 weken"
    assert screen.model.index(zoe, AttentionColumn.NUMBER).data() == "100001"
    bbl = row_of(screen, "Anna Bakker", R.BBL_DEADLINE)
    assert screen.model.index(bbl, AttentionColumn.DETAIL).data() == (
        "BBL: nog geen POK, peildatum 31-12-2026"
    )
    bart = row_of(screen, "Bart van Aalst", R.ENTREE_OR_N2_SEARCHING)
    assert screen.model.index(bart, AttentionColumn.DETAIL).data() == (
        "entree, nog niet begonnen met zoeken"
    )
    assert screen.summary.text() == "4 signalen bij 4 studenten, stand van 24-11-2026"
    assert "zoekt 8 weken of langer" in screen.thresholds.text()


def test_the_reason_filter_shows_counts_and_narrows_the_rows(qtbot, window):
    screen = attention_tab(qtbot, window)
    combo = screen.reason_filter
    texts = [combo.itemText(n) for n in range(combo.count())]
    assert texts[0] == "Alle redenen (4)"
    assert "BBL-peildatum 31 december (2)" in texts and "Veel afwijzingen (0)" in texts
    combo.setCurrentIndex(combo.findData(R.BBL_DEADLINE.value))
    assert cells(screen, AttentionColumn.NAME) == ["Anna Bakker", "Şükrü Yılmaz"]
    combo.setCurrentIndex(0)
    assert screen.model.rowCount() == 4


def test_a_header_click_sorts_by_that_column(qtbot, window):
    screen = attention_tab(qtbot, window)
    header = screen.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(AttentionColumn.NUMBER) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert cells(screen, AttentionColumn.NUMBER) == ["100001", "100002", "100004", "100006"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert cells(screen, AttentionColumn.NUMBER) == ["100006", "100004", "100002", "100001"]


def test_double_click_opens_the_students_case_in_the_window(qtbot, window):
    screen = attention_tab(qtbot, window)
    row = row_of(screen, "Zoë van der Berg", R.SEARCHING_LONG)
    key = screen.model.item(row).student_key
    rect = screen.table.visualRect(screen.model.index(row, AttentionColumn.NAME))
    with qtbot.waitSignal(screen.open_case_requested) as signal:
        # A user's double-click: a click, then the second press that Qt reports as double.
        qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [key]
    assert shows_student(window, key)


def test_enter_on_a_row_opens_the_case_too(qtbot, window):
    screen = attention_tab(qtbot, window)
    row = row_of(screen, "Bart van Aalst", R.ENTREE_OR_N2_SEARCHING)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(row, AttentionColumn.NAME))
    with qtbot.waitSignal(screen.open_case_requested) as signal:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert signal.args == [screen.model.item(row).student_key]
    assert shows_student(window, signal.args[0])


def test_english_texts_after_switching_language(qtbot, window):
    screen = attention_tab(qtbot, window)
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Attention list")
    zoe = row_of(screen, "Zoë van der Berg", R.SEARCHING_LONG)
    assert screen.model.index(zoe, AttentionColumn.DETAIL).data() == "searching for 10 weeks"
    assert screen.reason_filter.itemText(0) == "All reasons (4)"


# --- a store with every reason, on a screen of its own ----------------------------------------


@pytest.fixture
def full_office(tmp_path: Path) -> Iterator[Office]:
    office = Office.open(tmp_path / "full.sqlite")
    with office.sessions.begin() as session:
        b = OfficeBuilder(session)
        n3 = b.programme("Verzorgende-IG")
        firm = b.company("Bakkerij De Korenaar")
        zoekt = b.student("Sanne", "Jansen", n3, SearchStatus.SEARCHING, days(-30))
        b.applications(zoekt, firm, days(-5), 6)
        pok = b.student("Daan", "Visser", n3, SearchStatus.PLACED_AWAITING_POK, born=MINOR)
        b.placement(pok, firm, days(7), days(90), PokStatus.SENT, signed=("student", "school"))
        b.student("Bram", "Smit", b.programme("Monteur", 3, Leerweg.BBL))
        b.staff("Mila Meldpunt", StaffRole.MELDPUNT)
    yield office
    office.close()


def test_rejections_offer_support_and_pok_names_who_must_sign(qtbot, full_office):
    screen = AttentionScreen(full_office, today=lambda: STORE_TODAY)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.built):
        screen.show()
    details = cells(screen, AttentionColumn.DETAIL)
    assert "6 afwijzingen — bied steun aan en vraag of discriminatie een rol speelde" in details
    assert "POK nog niet getekend door: ouder/verzorger, bedrijf — start 01-12-2026" in details
    assert "geen begeleidingsbezoek gepland — start 01-12-2026 bij Bakkerij De Korenaar" in details
    rejected = row_of(screen, "Sanne Jansen", R.MANY_REJECTIONS)
    tooltip = screen.model.index(rejected, AttentionColumn.DETAIL).data(Qt.ItemDataRole.ToolTipRole)
    assert "geen bewijs" in tooltip and "meldpunt" in tooltip


def test_the_meldpunt_gets_a_message_instead_of_the_list(qtbot, full_office):
    from stagedesk.services.actor import staff_choices

    officer = next(c for c in staff_choices(full_office.sessions) if c.name == "Mila Meldpunt")
    full_office.actor = Actor(officer.id, officer.name, officer.roles)
    screen = AttentionScreen(full_office, today=lambda: STORE_TODAY)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.built):
        screen.show()
    assert screen.model.rowCount() == 0
    assert "Alleen bpv-coördinatoren en stagebegeleiders" in screen.summary.text()


def test_refresh_while_hidden_waits_until_the_tab_is_shown(qtbot, window):
    screen = next(s for s in window.screens if isinstance(s, AttentionScreen))
    assert not screen.isVisible()
    window.refresh_action.trigger()
    assert screen.model.rowCount() == 0  # not built for a hidden tab
    window.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)


# --- building off the GUI thread --------------------------------------------------------------


class HeldBuilds:
    """Stands in for the attention service: each build waits until the test lets it finish,
    then gives the list of the office it was asked for."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gates: list[threading.Event] = []
        self.real = attention_screen.attention_list
        monkeypatch.setattr(attention_screen, "attention_list", self)

    def __call__(self, sessions, actor, today):
        gate = threading.Event()
        self.gates.append(gate)
        assert gate.wait(10), "build never let go"
        return self.real(sessions, actor, today)


def test_while_building_the_tab_says_it_is_busy_and_the_window_responds(
    qtbot, full_office, monkeypatch
):
    builds = HeldBuilds(monkeypatch)
    screen = AttentionScreen(full_office, today=lambda: STORE_TODAY)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: len(builds.gates) == 1)
    assert screen.building
    assert screen.summary.text() == "Bezig met opbouwen van de aandachtslijst…"
    assert screen.cursor().shape() == Qt.CursorShape.BusyCursor
    screen.choose_reason(R.POK_PENDING)  # the GUI thread is free meanwhile
    with qtbot.waitSignal(screen.built):
        builds.gates[0].set()
    assert not screen.building
    assert screen.summary.text().startswith("4 signalen bij 3 studenten")
    assert cells(screen, AttentionColumn.NAME) == ["Daan Visser"]


def test_a_result_of_an_earlier_request_is_dropped(qtbot, full_office, tmp_path, monkeypatch):
    other = Office.open(tmp_path / "other.sqlite")  # an empty office: nobody needs attention
    try:
        builds = HeldBuilds(monkeypatch)
        screen = AttentionScreen(full_office, today=lambda: STORE_TODAY)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: len(builds.gates) == 1)
        first = screen._job
        screen.set_office(other)  # a new request while the first still runs
        qtbot.waitUntil(lambda: len(builds.gates) == 2)
        with qtbot.waitSignal(screen.built):
            builds.gates[1].set()
        assert screen.model.rowCount() == 0
        assert first is not None
        with qtbot.waitSignal(first.finished):  # delivered after its result
            builds.gates[0].set()  # the first, full office's list comes in late
        assert screen.model.rowCount() == 0
        assert screen.summary.text().startswith("0 signalen")
    finally:
        other.close()
