"""The demo college's matching proposals: profiles in the students' own words for a few
students without a place, proposals sent to companies the matching ranks first (half of them
anonymised), and the companies' answers — so the case's "Voorstellen" tab and the dashboard's
comparison of anonymised and named proposals have something to show.

Written through the services after the demo data, like the demo hours (the services stamp
audit entries with the clock and make random ids). A store with proposals is left alone.
The texts name nobody: they pass the profile guard (domain.profiles).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services import matching
from stagedesk.services import profile_proposals as pp
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.store.profiles import ProfileProposal
from stagedesk.store.students import Student

STUDENTS = 24
SKILLS = (
    "Ik werk nauwkeurig en houd van een vaste planning. Ik kan goed luisteren en vraag door "
    "als iets niet duidelijk is.",
    "Ik ben handig met computers en leer snel nieuwe programma's. In de klas help ik anderen "
    "graag.",
    "Ik kan goed samenwerken en blijf rustig als het druk wordt. Ik kom afspraken na.",
    "Ik ben creatief en denk mee over oplossingen. Ik werk graag met mijn handen.",
)
MOTIVATION = (
    "Ik wil in de praktijk leren wat ik op school zie, en ontdekken welk werk bij mij past.",
    "Ik wil een plek waar ik verantwoordelijkheid krijg en van ervaren collega's kan leren.",
    "Ik vind het fijn om mensen te helpen en wil laten zien dat ik dat goed kan.",
)
# Per student: (anonymised, outcome) of each proposal; None = still open.
PATTERNS = (
    ((True, ProposalOutcome.CHOSEN),),
    ((False, ProposalOutcome.CHOSEN), (True, ProposalOutcome.DECLINED)),
    ((False, ProposalOutcome.DECLINED), (True, None)),
    ((False, ProposalOutcome.NO_ANSWER), (True, ProposalOutcome.CHOSEN)),
    ((True, ProposalOutcome.DECLINED),),
    ((False, ProposalOutcome.DECLINED), (False, None)),
)


def add_demo_proposals(
    sessions: sessionmaker[Session], actor: Actor = SYSTEM, today: date | None = None
) -> int:
    """Profiles and proposals for up to STUDENTS students without a place; returns the
    number of proposals recorded (0 when the store has proposals already)."""
    today = today or date.today()
    with sessions() as s:
        if s.execute(select(func.count()).select_from(ProfileProposal)).scalar_one():
            return 0
        students = list(
            s.execute(
                select(Student.id)
                .where(Student.search_status.in_([SearchStatus.SEARCHING, SearchStatus.APPLYING]))
                .order_by(Student.student_number)
                .limit(STUDENTS)
            ).scalars()
        )
    made = 0
    for n, student in enumerate(students):
        pp.save_profile(
            sessions,
            actor,
            student,
            skills=SKILLS[n % len(SKILLS)],
            motivation=MOTIVATION[n % len(MOTIVATION)],
            period_from=today + timedelta(days=30 + 7 * (n % 4)),
            period_until=today + timedelta(days=170 + 7 * (n % 4)),
        )
        pattern = PATTERNS[n % len(PATTERNS)]
        ranked = matching.match_proposals(sessions, actor, student, limit=len(pattern), today=today)
        for k, ((anonymised, outcome), company) in enumerate(
            zip(pattern, ranked.proposals, strict=False)
        ):
            sent_on = today - timedelta(days=21 - 7 * k + n % 5)
            view = pp.send_proposal(sessions, actor, student, company.company_id,
                                    anonymised=anonymised, out=None, sent_on=sent_on,
                                    today=today)  # fmt: skip
            made += 1
            if outcome is not None:
                answered = min(sent_on + timedelta(days=6), today)
                view = pp.record_outcome(sessions, actor, view.id, view.version, outcome,
                                         answered, today=today)  # fmt: skip
            if outcome is ProposalOutcome.CHOSEN and anonymised:
                pp.reveal_identity(sessions, actor, view.id, None, today=today)
    return made
