"""The screens the main window shows as tabs after the student list, in this order.

Each entry builds one screen from the open office and the 'today' function; add a screen by
adding its factory here (the window needs no other change).
"""

from __future__ import annotations

from stagedesk.ui.screens.agenda import AgendaScreen
from stagedesk.ui.screens.allowances import AllowancesScreen
from stagedesk.ui.screens.attention import AttentionScreen
from stagedesk.ui.screens.base import ScreenFactory
from stagedesk.ui.screens.companies import CompaniesScreen
from stagedesk.ui.screens.dashboard import DashboardScreen
from stagedesk.ui.screens.meldpunt import MeldpuntScreen


def screen_factories() -> list[ScreenFactory]:
    factories: list[ScreenFactory] = []
    factories.append(AttentionScreen)  # the coordinator's start of the day: first
    factories.append(CompaniesScreen)
    factories.append(AllowancesScreen)
    factories.append(AgendaScreen)
    factories.append(DashboardScreen)
    factories.append(MeldpuntScreen)  # hides its tab unless the meldpunt role is working
    return factories
