"""The meldpunt's services: only the meldpunt role (admins included) sees meldingen, every
read and change is in the trail without the melding's content, and the flow holds."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import DiscriminationGround, MeldingStatus, StaffRole
from stagedesk.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.services import audit, meldpunt
from stagedesk.services.actor import Actor
from stagedesk.store.office import AuditEntry
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from tests.factories import TODAY, World

DESCRIPTION = "De eigenaar zei dat hij geen hoofddoek op de werkvloer wil."
WISHES = "Dat het bedrijf hierop wordt aangesproken."


def _staff(world: World, name: str, *roles: StaffRole) -> Actor:
    with world.sessions.begin() as s:
        member = StaffMember(name=name, initials=name[:2])
        member.roles = [StaffRoleGrant(role=role) for role in roles]
        s.add(member)
        s.flush()
        return Actor(member.id, name, frozenset(roles))


def _new(world: World, **changes: Any) -> meldpunt.MeldingView:
    values: dict[str, Any] = {
        "received_on": date(2026, 11, 2),
        "ground": DiscriminationGround.RELIGION,
        "student_id": world.student(),
        "company_id": world.company,
        "incident_on": date(2026, 10, 28),
        "incident_place": "Utrecht, sollicitatiegesprek",
        "description": DESCRIPTION,
        "student_wishes": WISHES,
        "today": TODAY,
    }
    values.update(changes)
    return meldpunt.create_melding(world.sessions, world.meldpunt, **values)


def _intake(world: World, m: meldpunt.MeldingView, follow_up: FollowUp, shared=()):
    changes = {"follow_up": follow_up, "shared_with_sbb": list(shared)}
    return meldpunt.intake(
        world.sessions, world.meldpunt, m.id, m.version, date(2026, 11, 4), changes, today=TODAY
    )


def _seqs(world: World) -> list[int]:
    return [e.seq for e in _trail(world)]


def _trail(world: World) -> list[AuditEntry]:
    with world.sessions() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


# -- who may -------------------------------------------------------------------------------------

CALLS: dict[str, Callable[[World, Actor, meldpunt.MeldingView], object]] = {
    "create": lambda w, a, m: meldpunt.create_melding(
        w.sessions, a, received_on=TODAY, ground=DiscriminationGround.AGE, anonymous=True
    ),
    "update": lambda w, a, m: meldpunt.update_melding(
        w.sessions, a, m.id, m.version, {"description": "x"}, today=TODAY
    ),
    "intake": lambda w, a, m: meldpunt.intake(w.sessions, a, m.id, m.version, TODAY, today=TODAY),
    "advance": lambda w, a, m: meldpunt.advance(
        w.sessions, a, m.id, m.version, MeldingStatus.INTAKE, TODAY, today=TODAY
    ),
    "forward": lambda w, a, m: meldpunt.forward_to_sbb(
        w.sessions, a, m.id, m.version, TODAY, today=TODAY
    ),
    "close": lambda w, a, m: meldpunt.close_melding(
        w.sessions, a, m.id, m.version, TODAY, "ingetrokken", today=TODAY
    ),
    "get": lambda w, a, m: meldpunt.get_melding(w.sessions, a, m.id),
    "list": lambda w, a, m: meldpunt.list_meldingen(w.sessions, a),
    "signals": lambda w, a, m: meldpunt.companies_with_signals(w.sessions, a),
    "find_student": lambda w, a, m: meldpunt.find_student(w.sessions, a, "100001"),
    "find_companies": lambda w, a, m: meldpunt.find_companies(w.sessions, a, "Zorg"),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_only_the_meldpunt_role_may_touch_meldingen_admins_included(world: World, call: str):
    melding = _new(world)
    admin = _staff(world, "Bea Beheer", StaffRole.ADMIN)
    before = _seqs(world)
    for actor in (world.coordinator, world.mentor, admin):
        with pytest.raises(PermissionDenied, match="meldpunt"):
            CALLS[call](world, actor, melding)
    assert _seqs(world) == before  # a refusal leaves no trace and changes nothing

    both = _staff(world, "Mo Beheer-Meldpunt", StaffRole.ADMIN, StaffRole.MELDPUNT)
    if call == "forward":  # the flow needs an intake where the student chose SBB first
        melding = _intake(world, melding, FollowUp.FORMAL_SBB)
    CALLS[call](world, both, melding)


def test_counts_are_for_every_role_and_hold_numbers_only(world: World) -> None:
    first = _new(world)
    _new(world, anonymous=True, student_id=None)
    meldpunt.close_melding(
        world.sessions, world.meldpunt, first.id, first.version, TODAY, "ingetrokken", today=TODAY
    )
    admin = _staff(world, "Bea Beheer", StaffRole.ADMIN)
    for actor in (world.coordinator, world.mentor, admin, world.meldpunt):
        counts = meldpunt.melding_counts(world.sessions, actor)
        assert (counts.total, counts.open) == (2, 1)
        assert counts.by_status[MeldingStatus.CLOSED] == 1
    with pytest.raises(PermissionDenied):
        meldpunt.melding_counts(world.sessions, Actor(None, "Niemand", frozenset()))


# -- the flow ------------------------------------------------------------------------------------


def test_a_formal_melding_goes_from_received_to_closed_with_its_dates(world: World) -> None:
    m = _new(world)
    assert m.status is MeldingStatus.RECEIVED and m.handled_by is None
    m = _intake(world, m, FollowUp.FORMAL_SBB, [SbbShare.COMPANY, SbbShare.GROUND])
    assert m.handled_by == "Mila Meldpunt" and m.follow_up is FollowUp.FORMAL_SBB
    m = meldpunt.advance(
        world.sessions,
        world.meldpunt,
        m.id,
        m.version,
        MeldingStatus.IN_PROGRESS,
        date(2026, 11, 6),
        note="Formulier SBB ingevuld met de student",
        today=TODAY,
    )
    m = meldpunt.forward_to_sbb(
        world.sessions, world.meldpunt, m.id, m.version, date(2026, 11, 9), today=TODAY
    )
    m = meldpunt.close_melding(
        world.sessions,
        world.meldpunt,
        m.id,
        m.version,
        date(2026, 11, 20),
        "SBB sprak het bedrijf aan",
        today=TODAY,
    )
    assert [(s.status, s.happened_on) for s in m.steps] == [
        (MeldingStatus.RECEIVED, date(2026, 11, 2)),
        (MeldingStatus.INTAKE, date(2026, 11, 4)),
        (MeldingStatus.IN_PROGRESS, date(2026, 11, 6)),
        (MeldingStatus.FORWARDED_SBB, date(2026, 11, 9)),
        (MeldingStatus.CLOSED, date(2026, 11, 20)),
    ]
    assert m.steps[2].note == "Formulier SBB ingevuld met de student"
    assert m.outcome == "SBB sprak het bedrijf aan" and m.status_changed_on == date(2026, 11, 20)
    actions = [(e.action, e.entity) for e in _trail(world)]
    assert actions == [
        ("create", "melding"),
        ("change", "melding"),
        ("change", "melding"),
        ("forward", "melding"),
        ("close", "melding"),
    ]
    assert audit.verify(world.sessions).ok


def test_a_refused_move_changes_nothing_and_records_nothing(world: World) -> None:
    m = _new(world)
    before = _trail(world)
    with pytest.raises(TransitionRefused):
        meldpunt.forward_to_sbb(world.sessions, world.meldpunt, m.id, m.version, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="use close_melding"):
        meldpunt.advance(
            world.sessions, world.meldpunt, m.id, m.version, MeldingStatus.CLOSED, TODAY
        )
    m2 = _intake(world, m, FollowUp.NONE)
    with pytest.raises(TransitionRefused, match="no further step"):
        meldpunt.advance(
            world.sessions,
            world.meldpunt,
            m2.id,
            m2.version,
            MeldingStatus.IN_PROGRESS,
            TODAY,
            today=TODAY,
        )
    assert len(_trail(world)) == len(before) + 1  # only the intake
    closed = meldpunt.close_melding(
        world.sessions, world.meldpunt, m2.id, m2.version, TODAY, "geen stap", today=TODAY
    )
    with pytest.raises(ValidationError, match="closed"):
        meldpunt.update_melding(
            world.sessions, world.meldpunt, closed.id, closed.version, {"description": "x"}
        )


def test_an_outdated_version_is_a_conflict(world: World) -> None:
    m = _new(world)
    meldpunt.update_melding(world.sessions, world.meldpunt, m.id, m.version, {"description": "a"})
    with pytest.raises(Conflict):
        meldpunt.update_melding(
            world.sessions, world.meldpunt, m.id, m.version, {"description": "b"}
        )


def test_who_reported_and_what_may_go_to_sbb_are_checked(world: World) -> None:
    with pytest.raises(ValidationError, match="anonymous melding names no student"):
        _new(world, anonymous=True)
    with pytest.raises(ValidationError, match="who reported"):
        _new(world, student_id=None)
    with pytest.raises(NotFound):
        _new(world, company_id=uuid.uuid4())
    with pytest.raises(ValidationError) as refused:
        _new(world, incident_on=date(2026, 11, 3))
    assert refused.value.field == "incident_on"
    m = _new(world)
    with pytest.raises(ValidationError, match="anonymous signal"):
        _intake(world, m, FollowUp.SIGNAL_SBB, [SbbShare.STUDENT])
    with pytest.raises(ValidationError, match="not a field"):
        meldpunt.update_melding(world.sessions, world.meldpunt, m.id, m.version, {"status": "x"})
    m = _intake(world, m, FollowUp.FORMAL_SBB, [SbbShare.STUDENT])
    m = meldpunt.forward_to_sbb(world.sessions, world.meldpunt, m.id, m.version, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="forwarded to SBB"):
        meldpunt.update_melding(
            world.sessions, world.meldpunt, m.id, m.version, {"shared_with_sbb": []}
        )


# -- reads are recorded; the trail keeps no content ----------------------------------------------


def test_every_read_of_a_melding_is_recorded(world: World) -> None:
    m = _new(world)
    view = meldpunt.get_melding(world.sessions, world.meldpunt, m.id)
    assert view.description == DESCRIPTION and view.company_name == "Zorggroep Óost"
    rows = meldpunt.list_meldingen(world.sessions, world.meldpunt)
    assert [r.id for r in rows] == [m.id] and rows[0].student_name == "Zoë van der Berg"
    assert meldpunt.list_meldingen(world.sessions, world.meldpunt, MeldingStatus.CLOSED) == []
    meldpunt.companies_with_signals(world.sessions, world.meldpunt)
    trail = _trail(world)
    assert [(e.action, e.entity, e.entity_id) for e in trail[1:]] == [
        ("view", "melding", m.id),
        ("list", "melding", None),
        ("list", "melding", None),
        ("list", "company_signals", None),
    ]
    assert trail[3].after == {"status": "closed"}
    assert all(e.actor_name == "Mila Meldpunt" for e in trail)


def test_the_trail_holds_the_workflow_but_not_who_what_or_where(world: World) -> None:
    m = _new(world)
    student = m.student_id
    m = meldpunt.update_melding(
        world.sessions,
        world.meldpunt,
        m.id,
        m.version,
        {"ground": DiscriminationGround.ORIGIN, "student_wishes": "Alleen een gesprek"},
        today=TODAY,
    )
    m = _intake(world, m, FollowUp.TALK_WITH_COMPANY, [SbbShare.GROUND])
    trail = _trail(world)
    text = repr([(e.before, e.after) for e in trail])
    for secret in (DESCRIPTION, WISHES, "Alleen een gesprek", "Utrecht", "religion", "origin"):
        assert secret not in text
    for secret in (str(student), str(world.company), "2026-10-28"):
        assert secret not in text
    change = trail[1]
    assert change.before == {"ground": "<withheld>", "student_wishes": audit.digest(WISHES)}
    assert change.after["student_wishes"] == audit.digest("Alleen een gesprek")
    intake = trail[2]
    assert intake.after["status"] == "intake"
    assert intake.after["follow_up"] == "talk_with_company"
    assert intake.after["shared_with_sbb"] == ["ground"]
    assert intake.after["step"] == 2


def test_companies_with_signals_count_and_date_them(world: World) -> None:
    _new(world, received_on=date(2026, 9, 1), incident_on=None)
    _new(world, received_on=date(2026, 11, 2))
    _new(world, company_id=world.other_company, anonymous=True, student_id=None)
    _new(world, company_id=None)
    signals = meldpunt.companies_with_signals(world.sessions, world.meldpunt)
    assert [(s.company_name, s.count, s.received) for s in signals] == [
        ("Zorggroep Óost", 2, (date(2026, 9, 1), date(2026, 11, 2))),
        ("Bytes & Co", 1, (date(2026, 11, 2),)),
    ]


def test_meldingen_work_on_postgresql_too(any_world: World) -> None:
    m = _new(any_world)
    m = _intake(any_world, m, FollowUp.SIGNAL_SBB, [SbbShare.COMPANY])
    m = meldpunt.forward_to_sbb(
        any_world.sessions, any_world.meldpunt, m.id, m.version, TODAY, today=TODAY
    )
    assert m.status is MeldingStatus.FORWARDED_SBB
    assert m.shared_with_sbb == {SbbShare.COMPANY}
    assert audit.verify(any_world.sessions).ok


def test_the_meldpunt_finds_students_by_number_and_companies_by_name(world: World) -> None:
    student = world.student()
    with world.sessions() as s:
        from stagedesk.store.students import Student

        number = s.get_one(Student, student).student_number
    found = meldpunt.find_student(world.sessions, world.meldpunt, f" {number} ")
    assert found == meldpunt.Choice(student, f"Zoë van der Berg ({number})")
    assert meldpunt.find_student(world.sessions, world.meldpunt, "999") is None
    companies = meldpunt.find_companies(world.sessions, world.meldpunt, "zorggroep")
    assert [c.label for c in companies] == ["Zorggroep Óost, Utrecht"]
    assert meldpunt.find_companies(world.sessions, world.meldpunt, " ") == []
