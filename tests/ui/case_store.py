"""A small store for the case-file tests: the window's test store plus what cases need.

On top of ``factories.build_store``: a coordinator (the window's default actor), SBB
recognitions for Zorggroep Óost and Bytes & Co (none for Bakkerij De Korenaar, so the school's
default setting refuses placements there), contact persons, a note by the mentor in Zoë's case,
and Noor Jansen, a minor with an offer from Zorggroep Óost and one from Bakkerij De Korenaar.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from stagedesk.domain import names
from stagedesk.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    SearchStatus,
    StaffRole,
)
from stagedesk.services import applications, case_status, cases
from stagedesk.services.actor import Actor
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.opening import open_store
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student
from tests.ui.factories import TODAY, build_store

COORDINATOR = "Carla Coördinator"
MENTOR = "Fatima el Amrani"
NOOR = "100007"  # a minor (born 10-01-2010), BOL Verzorgende-IG
MENTOR_NOTE = "Gesprek met Zoë over haar cv gehad; ze stuurt deze week drie brieven."


def build_case_store(path: Path, *, filler: int = 0) -> str:
    location = build_store(path, filler=filler)
    store = open_store(location, create=False)
    try:
        with store.sessions.begin() as s:
            coordinator = StaffMember(name=COORDINATOR, initials="CC")
            coordinator.roles = [StaffRoleGrant(role=StaffRole.COORDINATOR)]
            s.add(coordinator)
            companies = {c.name: c for c in s.scalars(select(Company))}
            programmes = list(s.scalars(select(Programme)))
            for name in ("Zorggroep Óost", "Bytes & Co"):
                for programme in programmes:
                    s.add(
                        Recognition(
                            company_id=companies[name].id,
                            crebo=programme.crebo,
                            recognised_on=date(2020, 1, 1),
                        )
                    )
            s.add_all(
                [
                    ContactPerson(
                        company_id=companies["Bytes & Co"].id,
                        name="Henk Opleider",
                        function="teamleider",
                        is_praktijkopleider=True,
                    ),
                    ContactPerson(company_id=companies["Bytes & Co"].id, name="Sanne de HR"),
                    ContactPerson(
                        company_id=companies["Zorggroep Óost"].id,
                        name="Ria Praktijk",
                        is_praktijkopleider=True,
                    ),
                ]
            )
            bol = next(p for p in programmes if p.crebo == "25655")
            mentor = s.scalars(select(StaffMember).where(StaffMember.name == MENTOR)).one()
            noor = Student(
                student_number=NOOR,
                given_name="Noor",
                surname="Jansen",
                date_of_birth=date(2010, 1, 10),
                programme_id=bol.id,
                cohort=2025,
                class_group="1A",
                enrolled_on=date(2025, 8, 1),
                mentor_id=mentor.id,
                guardian_name="M. Jansen",
                search_status=SearchStatus.NOT_STARTED,
                search_status_since=date(2025, 8, 1),
                sort_key=names.sort_key("Jansen", "Noor", None),
                search_text=names.search_text("Noor", None, "Jansen", NOOR, bol.name, bol.crebo),
            )
            s.add(noor)
            s.flush()
            case_status.recompute(s, noor.id, TODAY)
            ids = {
                "coordinator": coordinator.id,
                "mentor": mentor.id,
                "noor": noor.id,
                "zoe": s.scalars(
                    select(Student.id).where(Student.student_number == "100001")
                ).one(),
                "zorggroep": companies["Zorggroep Óost"].id,
                "bakkerij": companies["Bakkerij De Korenaar"].id,
            }
        coordinator_actor = Actor(
            ids["coordinator"], COORDINATOR, frozenset({StaffRole.COORDINATOR})
        )
        mentor_actor = Actor(ids["mentor"], MENTOR, frozenset({StaffRole.MENTOR}))
        for company in ("zorggroep", "bakkerij"):
            offered(store.sessions, coordinator_actor, ids["noor"], ids[company])
        cases.add_note(
            store.sessions,
            mentor_actor,
            ids["zoe"],
            MENTOR_NOTE,
            written_on=date(2026, 11, 20),
            today=TODAY,
        )
    finally:
        store.close()
    return location


def offered(sessions, actor: Actor, student: uuid.UUID, company: uuid.UUID) -> uuid.UUID:
    """An application sent on 2 November and offered on 16 November."""
    view = applications.add_application(
        sessions,
        actor,
        student,
        company,
        ApplicationChannel.SCHOOL,
        status=ApplicationStatus.SENT,
        sent_on=date(2026, 11, 2),
        today=TODAY,
    )
    applications.change_status(
        sessions, actor, view.id, view.version, ApplicationStatus.OFFERED, date(2026, 11, 16),
        today=TODAY,
    )  # fmt: skip
    return view.id
