"""The company register (leerbedrijven): search, the company view, and every edit to it.

Reads are open to coordinators, admins and mentors; edits to coordinators and admins. Each
public function is one transaction. Input is checked field by field (``ValidationError``
naming the field); a company's region always follows from its postcode through the region
table, it is never typed. Edits take the ``version`` the caller read and raise ``Conflict``
when someone changed the record since. The recognition rule itself lives in
``domain.recognition``; ``recognition_covers`` and ``recognition_problem`` apply it inside a
transaction another service holds (the placement service).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from stagedesk.domain import recognition
from stagedesk.domain.companies import CompanyInput, ContactInput
from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import Conflict, NotFound, ValidationError
from stagedesk.domain.recognition import RecognitionFact
from stagedesk.domain.validation import (
    normalize_crebo,
    normalize_kvk,
)
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.company_register import (
    READERS,
    CompanyRegister,
    company_view,
    count_companies,
    programme_names,
    search_companies,
)
from stagedesk.services.company_rows import (
    CompanyApplicationRow,
    CompanyDetails,
    CompanyRow,
    CompanyView,
    CompanyVisitRow,
    ContactRow,
    PlacedStudentRow,
    PlacementPhase,
    RecognitionRow,
    contact_row,
    details_of,
    recognition_row,
)
from stagedesk.services.regions import region_for_postcode
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.placements import Placement

__all__ = [
    "CompanyApplicationRow",
    "CompanyRegister",
    "CompanyDetails",
    "CompanyInput",
    "CompanyRow",
    "CompanyView",
    "CompanyVisitRow",
    "ContactInput",
    "ContactRow",
    "PlacedStudentRow",
    "PlacementPhase",
    "RecognitionRow",
    "add_contact",
    "add_recognition",
    "can_edit",
    "company_view",
    "count_companies",
    "create_company",
    "crebo_names",
    "kvk_registered_for",
    "recognition_covers",
    "recognition_problem",
    "remove_contact",
    "revoke_recognition",
    "search_companies",
    "update_company",
    "update_contact",
]

_R = TypeVar("_R", Company, ContactPerson, Recognition)


def can_edit(actor: Actor) -> bool:
    """Whether ``actor`` may change the register (the UI greys out what it may not)."""
    return actor.has(*CASE_WORKERS)


# --- companies --------------------------------------------------------------------------------


def create_company(
    sessions: sessionmaker[Session], actor: Actor, data: CompanyInput
) -> CompanyDetails:
    require(actor, CASE_WORKERS, "add a company")
    clean = data.validated()
    with sessions.begin() as session:
        _check_unique(session, clean, None)
        company = Company(capacity=clean.capacity)
        _apply(company, clean)
        session.add(company)
        _flush(session)
        return details_of(company)


def update_company(
    sessions: sessionmaker[Session],
    actor: Actor,
    company_id: uuid.UUID,
    version: int,
    data: CompanyInput,
) -> CompanyDetails:
    require(actor, CASE_WORKERS, "change a company")
    clean = data.validated()
    with sessions.begin() as session:
        company = _current(session, Company, company_id, version, "company")
        _check_unique(session, clean, company_id)
        _apply(company, clean)
        _flush(session)
        return details_of(company)


def kvk_registered_for(
    sessions: sessionmaker[Session],
    actor: Actor,
    kvk_number: str,
    except_id: uuid.UUID | None = None,
) -> str | None:
    """The name of the company holding ``kvk_number`` (other than ``except_id``), if any."""
    require(actor, READERS, "read the company register")
    stmt = select(Company.name).where(Company.kvk_number == normalize_kvk(kvk_number))
    if except_id is not None:
        stmt = stmt.where(Company.id != except_id)
    with sessions() as session:
        return session.execute(stmt).scalar()


def crebo_names(sessions: sessionmaker[Session], actor: Actor) -> dict[str, str]:
    """The name of every programme the school teaches, by crebo."""
    require(actor, READERS, "read the company register")
    with sessions() as session:
        return programme_names(session)


def _apply(company: Company, data: CompanyInput) -> None:
    region = region_for_postcode(data.postcode)
    company.name = data.name
    company.kvk_number = data.kvk_number
    company.sbb_id = data.sbb_id
    company.address = data.address
    company.postcode = data.postcode
    company.city = data.city
    company.region = region.region if region else None
    company.sector = data.sector
    company.capacity = data.capacity
    company.email = data.email
    company.phone = data.phone


def _check_unique(session: Session, data: CompanyInput, company_id: uuid.UUID | None) -> None:
    for field, column, value in (
        ("kvk_number", Company.kvk_number, data.kvk_number),
        ("sbb_id", Company.sbb_id, data.sbb_id),
    ):
        if value is None:
            continue
        stmt = select(Company.name).where(column == value)
        if company_id is not None:
            stmt = stmt.where(Company.id != company_id)
        holder = session.execute(stmt.limit(1)).scalar()
        if holder is not None:
            raise ValidationError(field, f"already registered for {holder}")


def _flush(session: Session) -> None:
    """Write now, turning a lost race into the error a careful check would have given."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise ValidationError("kvk_number", "already registered for another company") from exc
    except StaleDataError as exc:
        raise Conflict("someone else changed this record; read it again") from exc


def _current(
    session: Session, model: type[_R], record_id: uuid.UUID, version: int, what: str
) -> _R:
    found = session.get(model, record_id)
    if found is None:
        raise NotFound(f"no {what} {record_id}")
    if found.version != version:
        raise Conflict(
            f"the {what} was changed by someone else (version {found.version}, "
            f"you read {version}); read it again"
        )
    return found


# --- contact persons --------------------------------------------------------------------------


def add_contact(
    sessions: sessionmaker[Session], actor: Actor, company_id: uuid.UUID, data: ContactInput
) -> ContactRow:
    require(actor, CASE_WORKERS, "add a contact person")
    clean = data.validated()
    with sessions.begin() as session:
        if session.get(Company, company_id) is None:
            raise NotFound(f"no company {company_id}")
        contact = ContactPerson(company_id=company_id)
        _apply_contact(contact, clean)
        session.add(contact)
        _flush(session)
        return contact_row(contact)


def update_contact(
    sessions: sessionmaker[Session],
    actor: Actor,
    contact_id: uuid.UUID,
    version: int,
    data: ContactInput,
) -> ContactRow:
    require(actor, CASE_WORKERS, "change a contact person")
    clean = data.validated()
    with sessions.begin() as session:
        contact = _current(session, ContactPerson, contact_id, version, "contact person")
        _apply_contact(contact, clean)
        _flush(session)
        return contact_row(contact)


def remove_contact(
    sessions: sessionmaker[Session], actor: Actor, contact_id: uuid.UUID, version: int
) -> None:
    """Remove a contact person; refused while they are the praktijkopleider of a placement."""
    require(actor, CASE_WORKERS, "remove a contact person")
    with sessions.begin() as session:
        contact = _current(session, ContactPerson, contact_id, version, "contact person")
        supervising = session.execute(
            select(func.count()).where(Placement.praktijkopleider_id == contact_id)
        ).scalar_one()
        if supervising:
            raise ValidationError(
                "contact", f"is the praktijkopleider of {supervising} placement(s)"
            )
        session.delete(contact)
        _flush(session)


def _apply_contact(contact: ContactPerson, data: ContactInput) -> None:
    contact.name = data.name
    contact.function = data.function
    contact.email = data.email
    contact.phone = data.phone
    contact.is_praktijkopleider = data.is_praktijkopleider


# --- recognitions -----------------------------------------------------------------------------


def add_recognition(
    sessions: sessionmaker[Session],
    actor: Actor,
    company_id: uuid.UUID,
    crebo: str,
    recognised_on: date,
    revoked_on: date | None = None,
    *,
    today: date | None = None,
) -> RecognitionRow:
    """Record SBB's recognition for ``crebo``; refused when it overlaps one already recorded."""
    require(actor, CASE_WORKERS, "add a recognition")
    code = normalize_crebo(crebo)
    recognition.check_dates(recognised_on, revoked_on)
    with sessions.begin() as session:
        if session.get(Company, company_id) is None:
            raise NotFound(f"no company {company_id}")
        new = RecognitionFact(code, recognised_on, revoked_on)
        for known in _facts(session, company_id):
            if known.crebo == code and recognition.overlap(known, new):
                raise ValidationError("crebo", f"is already recognised {_period(known)}")
        row = Recognition(
            company_id=company_id, crebo=code, recognised_on=recognised_on, revoked_on=revoked_on
        )
        session.add(row)
        _flush(session)
        name = programme_names(session, [code]).get(code)
        return recognition_row(row, name, today or date.today())


def revoke_recognition(
    sessions: sessionmaker[Session],
    actor: Actor,
    recognition_id: uuid.UUID,
    version: int,
    revoked_on: date,
    *,
    today: date | None = None,
) -> RecognitionRow:
    """Record that SBB revoked a recognition on ``revoked_on`` (not before it was granted)."""
    require(actor, CASE_WORKERS, "revoke a recognition")
    with sessions.begin() as session:
        row = _current(session, Recognition, recognition_id, version, "recognition")
        if row.revoked_on is not None:
            raise ValidationError(
                "revoked_on", f"was already revoked on {format_date(row.revoked_on)}"
            )
        recognition.check_dates(row.recognised_on, revoked_on)
        row.revoked_on = revoked_on
        _flush(session)
        name = programme_names(session, [row.crebo]).get(row.crebo)
        return recognition_row(row, name, today or date.today())


def recognition_covers(session: Session, company_id: uuid.UUID, crebo: str, on_date: date) -> bool:
    """Whether the company is recognised for ``crebo`` on ``on_date`` (inside a transaction)."""
    return recognition.covers(_facts(session, company_id), normalize_crebo(crebo), on_date)


def recognition_problem(session: Session, company_id: uuid.UUID, crebo: str, on_date: date) -> str:
    """Why the company is not recognised for ``crebo`` on ``on_date``; "" when it is."""
    return recognition.why_not(_facts(session, company_id), normalize_crebo(crebo), on_date)


def _facts(session: Session, company_id: uuid.UUID) -> list[RecognitionFact]:
    rows = session.execute(
        select(Recognition.crebo, Recognition.recognised_on, Recognition.revoked_on).where(
            Recognition.company_id == company_id
        )
    )
    return [RecognitionFact(crebo, since, revoked) for crebo, since, revoked in rows]


def _period(fact: RecognitionFact) -> str:
    since = f"from {format_date(fact.recognised_on)}"
    return f"{since} until {format_date(fact.revoked_on)}" if fact.revoked_on else since
