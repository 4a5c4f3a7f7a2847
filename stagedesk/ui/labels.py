"""The words the screens show for the domain's enum values, in Dutch, translatable.

Each function builds its table on every call, so the text follows the language installed at
that moment (the screens call them again on a language change).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from stagedesk.domain import pok
from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    PokStatus,
    RejectionReason,
    SearchStatus,
    StaffRole,
)


def search_status(status: SearchStatus) -> str:
    labels = {
        SearchStatus.NOT_STARTED: QCoreApplication.translate("labels", "niet gestart"),
        SearchStatus.SEARCHING: QCoreApplication.translate("labels", "zoekt"),
        SearchStatus.APPLYING: QCoreApplication.translate("labels", "solliciteert"),
        SearchStatus.PLACED_AWAITING_POK: QCoreApplication.translate(
            "labels", "geplaatst – POK open"
        ),
        SearchStatus.PLACED: QCoreApplication.translate("labels", "geplaatst"),
        SearchStatus.IN_BPV: QCoreApplication.translate("labels", "in bpv"),
        SearchStatus.COMPLETED: QCoreApplication.translate("labels", "afgerond"),
        SearchStatus.STOPPED: QCoreApplication.translate("labels", "gestopt"),
    }
    return labels[status]


def application_status(status: ApplicationStatus) -> str:
    labels = {
        ApplicationStatus.DRAFT: QCoreApplication.translate("labels", "concept"),
        ApplicationStatus.SENT: QCoreApplication.translate("labels", "verstuurd"),
        ApplicationStatus.INVITED: QCoreApplication.translate("labels", "uitgenodigd"),
        ApplicationStatus.INTERVIEWED: QCoreApplication.translate("labels", "gesprek gehad"),
        ApplicationStatus.OFFERED: QCoreApplication.translate("labels", "aanbod"),
        ApplicationStatus.ACCEPTED: QCoreApplication.translate("labels", "geaccepteerd"),
        ApplicationStatus.REJECTED: QCoreApplication.translate("labels", "afgewezen"),
        ApplicationStatus.WITHDRAWN: QCoreApplication.translate("labels", "ingetrokken"),
    }
    return labels[status]


def pok_status(status: PokStatus) -> str:
    labels = {
        PokStatus.DRAFT: QCoreApplication.translate("labels", "concept"),
        PokStatus.SENT: QCoreApplication.translate("labels", "verstuurd"),
        PokStatus.PARTIALLY_SIGNED: QCoreApplication.translate("labels", "deels ondertekend"),
        PokStatus.COMPLETE: QCoreApplication.translate("labels", "volledig ondertekend"),
        PokStatus.CANCELLED: QCoreApplication.translate("labels", "geannuleerd"),
    }
    return labels[status]


def rejection_reason(reason: RejectionReason) -> str:
    labels = {
        RejectionReason.NO_CAPACITY: QCoreApplication.translate("labels", "geen plek"),
        RejectionReason.PROFILE_MISMATCH: QCoreApplication.translate("labels", "profiel past niet"),
        RejectionReason.AFTER_INTERVIEW: QCoreApplication.translate("labels", "na gesprek"),
        RejectionReason.NO_RESPONSE: QCoreApplication.translate("labels", "geen reactie"),
        RejectionReason.OTHER: QCoreApplication.translate("labels", "andere reden"),
    }
    return labels[reason]


def application_channel(channel: ApplicationChannel) -> str:
    labels = {
        ApplicationChannel.STAGEMARKT: QCoreApplication.translate("labels", "Stagemarkt"),
        ApplicationChannel.OWN_NETWORK: QCoreApplication.translate("labels", "eigen netwerk"),
        ApplicationChannel.SCHOOL: QCoreApplication.translate("labels", "school"),
        ApplicationChannel.OTHER: QCoreApplication.translate("labels", "ander kanaal"),
    }
    return labels[channel]


def pok_party(party: str) -> str:
    """Who signs a POK (domain.pok.PARTIES)."""
    labels = {
        pok.STUDENT: QCoreApplication.translate("labels", "student"),
        pok.GUARDIAN: QCoreApplication.translate("labels", "wettelijk vertegenwoordiger"),
        pok.SCHOOL: QCoreApplication.translate("labels", "school"),
        pok.COMPANY: QCoreApplication.translate("labels", "leerbedrijf"),
    }
    return labels[party]


def allowance_kind(kind: AllowanceKind) -> str:
    labels = {
        AllowanceKind.NONE: QCoreApplication.translate("labels", "geen vergoeding"),
        AllowanceKind.ALLOWANCE: QCoreApplication.translate("labels", "stagevergoeding"),
        AllowanceKind.WAGE: QCoreApplication.translate("labels", "loon (leerbaan)"),
    }
    return labels[kind]


def staff_role(role: StaffRole) -> str:
    labels = {
        StaffRole.ADMIN: QCoreApplication.translate("labels", "beheerder"),
        StaffRole.COORDINATOR: QCoreApplication.translate("labels", "bpv-coördinator"),
        StaffRole.MENTOR: QCoreApplication.translate("labels", "stagebegeleider"),
        StaffRole.MELDPUNT: QCoreApplication.translate("labels", "meldpunt"),
    }
    return labels[role]


def leerweg(value: Leerweg) -> str:
    """The short form the office uses in every language: BOL or BBL."""
    return value.value


def leerweg_description(value: Leerweg) -> str:
    labels = {
        Leerweg.BOL: QCoreApplication.translate("labels", "beroepsopleidende leerweg"),
        Leerweg.BBL: QCoreApplication.translate("labels", "beroepsbegeleidende leerweg"),
    }
    return labels[value]


# Soft tints that keep dark text readable: grey before the search, blue while searching, amber
# while a contract is open, green once placed, muted for stopped.
_STATUS_TINTS = {
    SearchStatus.NOT_STARTED: "#eceff1",
    SearchStatus.SEARCHING: "#e3f2fd",
    SearchStatus.APPLYING: "#e8eaf6",
    SearchStatus.PLACED_AWAITING_POK: "#fff3e0",
    SearchStatus.PLACED: "#e8f5e9",
    SearchStatus.IN_BPV: "#dcedc8",
    SearchStatus.COMPLETED: "#f1f8e9",
    SearchStatus.STOPPED: "#f5f5f5",
}
STATUS_TEXT_COLOUR = QColor("#212121")


def status_tint(status: SearchStatus) -> QColor:
    return QColor(_STATUS_TINTS[status])
