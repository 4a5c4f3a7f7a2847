"""The company register's reads and recognitions: search, the company view on a small built
store, recognitions that cover or were revoked, and contact persons."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import (
    ApplicationStatus,
    PokStatus,
    Sector,
    VisitStatus,
    VisitType,
)
from stagedesk.domain.errors import Conflict, NotFound
from stagedesk.services import companies as svc
from stagedesk.services.companies import ContactInput, PlacementPhase
from stagedesk.services.office import Office
from stagedesk.store.placements import Placement
from tests.services.company_store import (
    BYTES,
    COORDINATOR,
    MENTOR,
    TODAY,
    Built,
    build,
    fresh_office,
    refused,
)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    yield from fresh_office(tmp_path)


@pytest.fixture
def built(office: Office) -> Built:
    return build(office)


# --- search ---------------------------------------------------------------------------------------


def test_search_folds_case_and_accents_over_name_city_kvk_and_sbb_id(built: Built):
    sessions = built.office.sessions
    svc.create_company(sessions, COORDINATOR, BYTES)

    def found(text: str, sector: Sector | None = None) -> list[str]:
        return [r.name for r in svc.search_companies(sessions, MENTOR, text, sector, today=TODAY)]

    assert found("") == ["Bytes & Co", "Zorggroep Óost"]
    assert found("OOST") == ["Zorggroep Óost"]
    assert found("zorg amsterdam") == ["Zorggroep Óost"]
    assert found("utrecht") == ["Bytes & Co"]
    assert found("8765") == ["Bytes & Co"]
    assert found("1002003") == ["Bytes & Co"]
    assert found("", Sector.ZORG) == ["Zorggroep Óost"]
    assert found("bytes", Sector.ZORG) == []
    assert len(svc.search_companies(sessions, MENTOR, limit=1)) == 1


def test_a_company_row_counts_students_placed_now_open_applications_and_recognitions(built):
    [row] = svc.search_companies(built.office.sessions, COORDINATOR, "oost", today=TODAY)
    assert (row.placed_now, row.open_applications, row.recognitions) == (1, 1, 1)
    assert (row.kvk_number, row.city, row.region, row.capacity) == (
        "12345678",
        "Amsterdam",
        "Amsterdam",
        3,
    )
    [later] = svc.search_companies(
        built.office.sessions, COORDINATOR, "oost", today=date(2027, 6, 1)
    )
    assert later.placed_now == 0


# --- the company view ---------------------------------------------------------------------------


def test_the_company_view_shows_contacts_recognitions_applications_placements_and_visits(built):
    view = svc.company_view(built.office.sessions, MENTOR, built.company, TODAY)
    assert view.details.name == "Zorggroep Óost"
    assert [(c.name, c.is_praktijkopleider) for c in view.contacts] == [("Els de Graaf", True)]
    assert [(r.crebo, r.programme, r.in_force) for r in view.recognitions] == [
        ("25251", None, False),
        ("25655", "Verzorgende-IG", True),
    ]
    assert [(a.student_name, a.status, a.changed_on) for a in view.applications] == [
        ("Zoë van der Berg", ApplicationStatus.INVITED, date(2026, 11, 1)),
        ("Anna Bakker", ApplicationStatus.REJECTED, date(2026, 10, 1)),
    ]
    assert view.applications[0].student_key == built.zoe.hex
    assert [(p.student_name, p.phase, p.pok_status) for p in view.placements] == [
        ("IJsbrand de Vries", PlacementPhase.CURRENT, PokStatus.COMPLETE),
        ("Anna Bakker", PlacementPhase.ENDED, PokStatus.COMPLETE),
    ]
    assert view.placements[0].student_key == built.ijsbrand.hex
    assert view.placements[0].programme == "Verzorgende-IG"
    assert [(v.visit_type, v.status, v.on, v.mentor) for v in view.visits] == [
        (VisitType.MIDTERM, VisitStatus.PLANNED, date(2026, 12, 1), None),
        (VisitType.START, VisitStatus.HELD, date(2026, 9, 10), "Fatima el Amrani"),
    ]


def test_an_unknown_company_is_not_found(office: Office):
    with pytest.raises(NotFound):
        svc.company_view(office.sessions, COORDINATOR, uuid.uuid4(), TODAY)


# --- recognitions -------------------------------------------------------------------------------


def test_recognition_covers_its_crebo_until_revoked(built: Built):
    sessions = built.office.sessions
    with sessions() as s:
        assert svc.recognition_covers(s, built.company, "25655", TODAY)
        assert not svc.recognition_covers(s, built.company, "25251", TODAY)
        assert svc.recognition_covers(s, built.company, "25251", date(2024, 1, 1))
        assert not svc.recognition_covers(s, built.company, "25604", TODAY)
        assert svc.recognition_problem(s, built.company, "25655", TODAY) == ""
        assert svc.recognition_problem(s, built.company, "25251", TODAY) == (
            "the recognition for crebo 25251 was revoked on 01-06-2025"
        )
    [current] = [
        r
        for r in svc.company_view(sessions, COORDINATOR, built.company, TODAY).recognitions
        if r.crebo == "25655"
    ]
    revoked = svc.revoke_recognition(
        sessions, COORDINATOR, current.id, current.version, date(2026, 12, 1), today=TODAY
    )
    assert revoked.revoked_on == date(2026, 12, 1) and revoked.in_force
    with sessions() as s:
        assert svc.recognition_covers(s, built.company, "25655", date(2026, 11, 30))
        assert not svc.recognition_covers(s, built.company, "25655", date(2026, 12, 1))


def test_a_recognition_cannot_be_revoked_before_it_was_granted_or_twice(built: Built):
    sessions = built.office.sessions
    view = svc.company_view(sessions, COORDINATOR, built.company, TODAY)
    active = next(r for r in view.recognitions if r.in_force)
    message = refused(
        lambda: svc.revoke_recognition(
            sessions, COORDINATOR, active.id, active.version, date(2019, 12, 31)
        ),
        "revoked_on",
    )
    assert message == "31-12-2019 is before the recognition date 01-01-2020"
    old = next(r for r in view.recognitions if not r.in_force)
    message = refused(
        lambda: svc.revoke_recognition(sessions, COORDINATOR, old.id, old.version, TODAY),
        "revoked_on",
    )
    assert message == "was already revoked on 01-06-2025"


def test_adding_a_recognition_validates_the_crebo_dates_and_overlap(built: Built):
    sessions = built.office.sessions
    add = svc.add_recognition
    assert (
        refused(lambda: add(sessions, COORDINATOR, built.company, "2565", TODAY), "crebo")
        == "must be 5 digits, got 4"
    )
    assert (
        refused(
            lambda: add(sessions, COORDINATOR, built.company, "25655", date(2026, 1, 1)), "crebo"
        )
        == "is already recognised from 01-01-2020"
    )
    assert refused(
        lambda: add(sessions, COORDINATOR, built.company, "25604", TODAY, date(2026, 1, 1)),
        "revoked_on",
    ).startswith("01-01-2026 is before the recognition date")
    again = add(sessions, COORDINATOR, built.company, "25251", date(2027, 1, 1), today=TODAY)
    assert (again.crebo, again.in_force) == ("25251", False)


# --- contacts -----------------------------------------------------------------------------------


def test_contacts_are_added_changed_and_removed(built: Built):
    sessions = built.office.sessions
    added = svc.add_contact(
        sessions, COORDINATOR, built.company, ContactInput(" Piet  Jansen ", email="p@OOST.nl")
    )
    assert (added.name, added.email, added.is_praktijkopleider) == (
        "Piet Jansen",
        "p@oost.nl",
        False,
    )
    changed = svc.update_contact(
        sessions, COORDINATOR, added.id, added.version, ContactInput("Piet Jansen", "HR")
    )
    assert changed.function == "HR" and changed.email is None
    with pytest.raises(Conflict):
        svc.remove_contact(sessions, COORDINATOR, added.id, added.version)
    svc.remove_contact(sessions, COORDINATOR, changed.id, changed.version)
    view = svc.company_view(sessions, COORDINATOR, built.company, TODAY)
    assert [c.name for c in view.contacts] == ["Els de Graaf"]
    assert (
        refused(
            lambda: svc.add_contact(sessions, COORDINATOR, built.company, ContactInput("")), "name"
        )
        == "must not be empty"
    )


def test_a_praktijkopleider_of_a_placement_cannot_be_removed(built: Built):
    sessions = built.office.sessions
    contact = svc.company_view(sessions, COORDINATOR, built.company, TODAY).contacts[0]
    with sessions.begin() as s:
        placement = s.scalars(select(Placement).filter_by(student_id=built.ijsbrand)).one()
        placement.praktijkopleider_id = contact.id
    message = refused(
        lambda: svc.remove_contact(sessions, COORDINATOR, contact.id, contact.version), "contact"
    )
    assert message == "is the praktijkopleider of 1 placement(s)"
