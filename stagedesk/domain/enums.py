"""The office's vocabulary as enums: the values the store keeps and the rules speak about."""

from __future__ import annotations

from enum import StrEnum


class Leerweg(StrEnum):
    """BOL: school-based with internships; BBL: work-based (leerbaan)."""

    BOL = "BOL"
    BBL = "BBL"


class Sector(StrEnum):
    """SBB's eight sector chambers (sectorkamers)."""

    TECHNIEK = "techniek"
    MOBILITEIT = "mobiliteit"
    ZORG = "zorg"
    HANDEL = "handel"
    SPECIALISTISCH = "specialistisch"
    ICT = "ict"
    VOEDSEL = "voedsel"
    ZAKELIJK = "zakelijk"


class SearchStatus(StrEnum):
    """Where a student stands in the search for a bpv place; derived, never typed by hand."""

    NOT_STARTED = "not_started"
    SEARCHING = "searching"
    APPLYING = "applying"
    PLACED_AWAITING_POK = "placed_awaiting_pok"
    PLACED = "placed"
    IN_BPV = "in_bpv"
    COMPLETED = "completed"
    STOPPED = "stopped"


class ApplicationStatus(StrEnum):
    """A sollicitatie's state; transitions live in domain.applications."""

    DRAFT = "draft"
    SENT = "sent"
    INVITED = "invited"
    INTERVIEWED = "interviewed"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ApplicationChannel(StrEnum):
    STAGEMARKT = "stagemarkt"
    OWN_NETWORK = "own_network"
    SCHOOL = "school"
    OTHER = "other"


class RejectionReason(StrEnum):
    NO_CAPACITY = "no_capacity"
    PROFILE_MISMATCH = "profile_mismatch"
    AFTER_INTERVIEW = "after_interview"
    NO_RESPONSE = "no_response"
    OTHER = "other"


class PokStatus(StrEnum):
    """The praktijkovereenkomst's state; transitions live in domain.pok."""

    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_SIGNED = "partially_signed"
    COMPLETE = "complete"
    CANCELLED = "cancelled"


class AllowanceKind(StrEnum):
    """BBL students usually earn a wage: that is not 'no allowance'."""

    NONE = "none"
    ALLOWANCE = "allowance"
    WAGE = "wage"


class VisitType(StrEnum):
    START = "start"
    MIDTERM = "midterm"
    FINAL = "final"
    EXTRA = "extra"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class StaffRole(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    MENTOR = "mentor"
    MELDPUNT = "meldpunt"


class MeldingStatus(StrEnum):
    RECEIVED = "received"
    INTAKE = "intake"
    IN_PROGRESS = "in_progress"
    FORWARDED_SBB = "forwarded_sbb"
    CLOSED = "closed"


class DiscriminationGround(StrEnum):
    ORIGIN = "origin"
    RELIGION = "religion"
    GENDER = "gender"
    DISABILITY = "disability"
    SEXUAL_ORIENTATION = "sexual_orientation"
    AGE = "age"
    OTHER = "other"
