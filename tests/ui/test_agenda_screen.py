"""The visit agenda: by week, overdue visits marked in colour and in words, filtered by
mentor (the one working, if a mentor), a double-click opens the case, .ics export."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from stagedesk.domain.enums import VisitType
from stagedesk.services import visits
from stagedesk.services.actor import actor_for, staff_choices
from stagedesk.services.directory import ListFilter
from stagedesk.ui.screens.agenda import AgendaScreen
from stagedesk.ui.screens.case_file import CaseFileScreen
from stagedesk.ui.widgets.visit_labels import OVERDUE_COLOUR
from tests.ui.case_helpers import make_case_window
from tests.ui.factories import TODAY

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def staff_id(window, name: str):
    return next(c.id for c in staff_choices(window.office.sessions) if c.name == name)


@pytest.fixture
def planned(case_window):
    """An overdue start visit (Fatima el Amrani) and a mid-term visit next week (Joost de Wit)
    at IJsbrand de Vries's placement."""
    office = case_window.office
    key = office.directory.filter(ListFilter(text="ijsbrand"))[0]
    screen = case_window.cases.open_case(key)
    placement = screen.current_placement()
    sessions, actor = office.sessions, office.actor
    visits.plan_visit(sessions, actor, placement.id, VisitType.START, TODAY - timedelta(days=8),
                      today=TODAY)  # fmt: skip
    visits.plan_visit(sessions, actor, placement.id, VisitType.MIDTERM, TODAY + timedelta(days=7),
                      mentor_id=staff_id(case_window, "Joost de Wit"), today=TODAY)  # fmt: skip
    case_window.cases.close_case(key)
    return case_window


def agenda_of(window) -> AgendaScreen:
    screen = next(s for s in window.screens if isinstance(s, AgendaScreen))
    window.tabs.setCurrentWidget(screen)
    return screen


def lines(screen: AgendaScreen) -> list[str]:
    tree, found = screen.tree, []
    for i in range(tree.topLevelItemCount()):
        week = tree.topLevelItem(i)
        found.append(week.text(0))
        for j in range(week.childCount()):
            child = week.child(j)
            found.append(" | ".join(child.text(c) for c in range(tree.columnCount())))
    return found


def test_the_office_sees_every_mentors_visits_by_week_overdue_ones_marked(qtbot, planned):
    screen = agenda_of(planned)
    assert screen.mentor.currentText() == "Alle begeleiders"
    assert planned.tabs.tabText(planned.tabs.indexOf(screen)) == "Bezoekagenda"
    shown = lines(screen)
    assert shown[0] == "Week 47 (16-11-2026 t/m 22-11-2026) — 1 te laat"
    assert shown[1].startswith("ma 16-11-2026 | IJsbrand de Vries | Zorggroep Óost")
    assert shown[1].endswith("startbezoek | op locatie | Fatima el Amrani | te laat")
    assert shown[2] == "Week 49 (30-11-2026 t/m 06-12-2026)"
    assert shown[3].startswith("di 01-12-2026 | IJsbrand de Vries")
    assert shown[3].endswith("tussenbezoek | op locatie | Joost de Wit | gepland")
    overdue = screen.tree.topLevelItem(0).child(0)
    assert overdue.foreground(0).color().name() == OVERDUE_COLOUR
    assert "waarvan 1 te laat" in screen.summary.text()
    assert not screen.export_button.isEnabled()  # .ics is per mentor


def test_filtering_by_mentor_and_opening_the_case_by_double_click(qtbot, planned):
    screen = agenda_of(planned)
    screen.choose_mentor("Joost de Wit")
    shown = lines(screen)
    assert len(shown) == 2 and "Joost de Wit" in shown[1]
    item = screen.tree.topLevelItem(0).child(0)
    rect = screen.tree.visualItemRect(item)
    # A double-click is a press, a release and a double-click event.
    qtbot.mouseClick(screen.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    case = planned.tabs.currentWidget()
    assert isinstance(case, CaseFileScreen) and case.title() == "IJsbrand de Vries"


def test_a_mentor_sees_their_own_agenda_first(qtbot, planned):
    office = planned.office
    office.actor = actor_for(office.sessions, staff_id(planned, "Fatima el Amrani"))
    screen = agenda_of(planned)
    screen.set_office(office)  # as after choosing who works
    assert [screen.mentor.itemText(i) for i in range(screen.mentor.count())] == ["Fatima el Amrani"]
    shown = lines(screen)
    assert len(shown) == 2 and "te laat" in shown[1]


def test_exporting_a_mentors_visits_to_ics(qtbot, planned, tmp_path, monkeypatch):
    out = tmp_path / "joost"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    screen = agenda_of(planned)
    screen.choose_mentor("Joost de Wit")
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical((tmp_path / "joost.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    assert "IJsbrand de Vries" in str(events[0]["SUMMARY"])
    assert events[0]["DTSTART"].dt == TODAY + timedelta(days=7)
    assert "Geëxporteerd naar" in screen.summary.text()
