"""The rows the company register hands to its callers: frozen, plain, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stagedesk.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    PokStatus,
    Sector,
    VisitStatus,
    VisitType,
)
from stagedesk.domain.recognition import RecognitionFact
from stagedesk.services.regions import region_for_postcode
from stagedesk.store.companies import Company, ContactPerson, Recognition


@dataclass(frozen=True, slots=True)
class CompanyRow:
    """One line of the company list."""

    id: uuid.UUID
    name: str
    kvk_number: str
    sbb_id: str | None
    city: str | None
    province: str | None
    region: str | None
    sector: Sector | None
    capacity: int
    placed_now: int
    open_applications: int
    recognitions: int  # in force today


@dataclass(frozen=True, slots=True)
class CompanyDetails:
    id: uuid.UUID
    version: int
    name: str
    kvk_number: str
    sbb_id: str | None
    address: str | None
    postcode: str | None
    city: str | None
    province: str | None
    region: str | None
    sector: Sector | None
    capacity: int
    email: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: uuid.UUID
    version: int
    name: str
    function: str | None
    email: str | None
    phone: str | None
    is_praktijkopleider: bool


@dataclass(frozen=True, slots=True)
class RecognitionRow:
    id: uuid.UUID
    version: int
    crebo: str
    programme: str | None  # the programme's name when the school teaches this crebo
    recognised_on: date
    revoked_on: date | None
    in_force: bool  # on the view's day

    def fact(self) -> RecognitionFact:
        return RecognitionFact(self.crebo, self.recognised_on, self.revoked_on)


@dataclass(frozen=True, slots=True)
class CompanyApplicationRow:
    id: uuid.UUID
    student_key: str  # the directory key (id as hex) of the student
    student_name: str
    student_number: str
    status: ApplicationStatus
    channel: ApplicationChannel
    changed_on: date


class PlacementPhase(StrEnum):
    UPCOMING = "upcoming"
    CURRENT = "current"
    ENDED = "ended"


@dataclass(frozen=True, slots=True)
class PlacedStudentRow:
    placement_id: uuid.UUID
    student_key: str
    student_name: str
    student_number: str
    programme: str
    start_date: date
    end_date: date
    ended_early_on: date | None
    pok_status: PokStatus
    phase: PlacementPhase


@dataclass(frozen=True, slots=True)
class CompanyVisitRow:
    id: uuid.UUID
    student_key: str
    student_name: str
    visit_type: VisitType
    status: VisitStatus
    on: date | None  # held, else planned
    mentor: str | None


@dataclass(frozen=True, slots=True)
class CompanyView:
    details: CompanyDetails
    contacts: list[ContactRow]
    recognitions: list[RecognitionRow]
    applications: list[CompanyApplicationRow]
    placements: list[PlacedStudentRow]
    visits: list[CompanyVisitRow]


def details_of(company: Company) -> CompanyDetails:
    region = region_for_postcode(company.postcode)
    return CompanyDetails(
        id=company.id,
        version=company.version,
        name=company.name,
        kvk_number=company.kvk_number,
        sbb_id=company.sbb_id,
        address=company.address,
        postcode=company.postcode,
        city=company.city,
        province=region.province if region else None,
        region=region.region if region else company.region,
        sector=company.sector,
        capacity=company.capacity,
        email=company.email,
        phone=company.phone,
    )


def contact_row(c: ContactPerson) -> ContactRow:
    return ContactRow(c.id, c.version, c.name, c.function, c.email, c.phone, c.is_praktijkopleider)


def recognition_row(r: Recognition, programme: str | None, today: date) -> RecognitionRow:
    fact = RecognitionFact(r.crebo, r.recognised_on, r.revoked_on)
    return RecognitionRow(
        r.id, r.version, r.crebo, programme, r.recognised_on, r.revoked_on, fact.in_force(today)
    )
