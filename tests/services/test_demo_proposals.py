"""The demo college's proposals: profiles that name nobody, proposals of both kinds with
answers, identities revealed only for chosen anonymised profiles; a second run adds none."""

from __future__ import annotations

from datetime import date

from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services.actor import SYSTEM
from stagedesk.services.demo import generate_demo
from stagedesk.services.demo_proposals import add_demo_proposals
from stagedesk.services.profile_rates import proposal_rates
from stagedesk.store.opening import open_store
from stagedesk.store.profiles import ProfileProposal, StudentProfile

TODAY = date(2026, 11, 25)


def test_demo_proposals(tmp_path):
    from sqlalchemy import select

    from stagedesk.services import profile_proposals as pp

    store = open_store(tmp_path / "demo.sqlite", daily_backup=False)
    try:
        generate_demo(store, students=150, seed=3, today=TODAY)
        made = add_demo_proposals(store.sessions, today=TODAY)
        assert made >= 8
        assert add_demo_proposals(store.sessions, today=TODAY) == 0
        rates = proposal_rates(store.sessions, SYSTEM)
        for kind in (rates.anonymised, rates.named):
            assert kind.proposals and kind.chosen and kind.declined
        with store.sessions() as s:
            students = s.execute(select(StudentProfile.student_id)).scalars().all()
            rows = s.execute(select(ProfileProposal)).scalars().all()
            for row in rows:
                revealed = not row.anonymised or row.outcome is ProposalOutcome.CHOSEN
                assert (row.revealed_on is not None) == revealed
        for student in students:
            assert pp.read_profile(store.sessions, SYSTEM, student).hints == ()
    finally:
        store.close()
