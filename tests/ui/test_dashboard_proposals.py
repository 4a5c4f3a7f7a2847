"""The dashboard's table of anonymised against named proposals: counts per outcome and the
rejection rate, as recorded through the proposal services."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services import profile_proposals as pp
from stagedesk.store.companies import Company
from stagedesk.store.students import Student
from stagedesk.ui.screens.dashboard import DashboardScreen
from stagedesk.ui.widgets.dashboard_tiles import percent
from tests.ui.factories import TODAY


def test_the_dashboard_compares_anonymised_and_named_proposals(qtbot, office):
    sessions, actor = office.sessions, office.actor
    with sessions() as s:
        student = s.scalars(select(Student.id).where(Student.student_number == "100004")).one()
        company = s.scalars(select(Company.id).where(Company.name == "Bytes & Co")).one()
    pp.save_profile(sessions, actor, student, skills="Nauwkeurig.", motivation="Leergierig.")
    for anonymised, outcome in ((True, ProposalOutcome.CHOSEN), (True, ProposalOutcome.DECLINED),
                                (False, ProposalOutcome.DECLINED), (False, None)):  # fmt: skip
        view = pp.send_proposal(sessions, actor, student, company, anonymised=anonymised,
                                out=None, sent_on=date(2026, 11, 2), today=TODAY)  # fmt: skip
        if outcome is not None:
            pp.record_outcome(sessions, actor, view.id, view.version, outcome, today=TODAY)

    screen = DashboardScreen(office, lambda: TODAY)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.built, timeout=10_000):
        screen.show()
    table = screen.proposal_rates.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(2)]
    assert rows[0] == ["2", "1", "1", "0", "0", percent(0.5)]
    assert rows[1] == ["2", "0", "1", "0", "1", percent(1.0)]
    assert table.verticalHeaderItem(0).text() == "Anoniem"
