"""All mapped classes in one import, so the metadata is complete wherever it is needed."""

from stagedesk.store.accounts import StaffLogin
from stagedesk.store.audit import AuditHead
from stagedesk.store.base import Base, Record
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.lifecycle import (
    BpvHours,
    MatchArea,
    PlacementBreakoff,
    Prerequisite,
    StudentPrerequisite,
)
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.notes import ApplicationEvent, Note
from stagedesk.store.office import AuditEntry, LetterRecord, Setting
from stagedesk.store.placements import Application, Placement
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

__all__ = [
    "Application",
    "ApplicationEvent",
    "AuditEntry",
    "AuditHead",
    "Base",
    "BpvHours",
    "Company",
    "ContactPerson",
    "LetterRecord",
    "MatchArea",
    "Melding",
    "MeldingStep",
    "Note",
    "Placement",
    "PlacementBreakoff",
    "Prerequisite",
    "ProfileProposal",
    "Programme",
    "Recognition",
    "Record",
    "Setting",
    "StaffLogin",
    "StaffMember",
    "StaffRoleGrant",
    "Student",
    "StudentPrerequisite",
    "StudentProfile",
    "Visit",
]
