"""The "Voorstellen" tab's words: a proposed company's reasons, why a company is ranked last,
a proposal's kind and outcome, and the profile guard's hints — in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.dates import format_date
from stagedesk.domain.matching import DistanceBand
from stagedesk.domain.profiles import Hint, HintKind, ProposalOutcome
from stagedesk.services.matching import CompanyProposal, SetAside, SetAsideKind
from stagedesk.services.profile_proposals import ProposalView
from stagedesk.ui.text import fill

GREY = "#6b6b6b"
BAD_COLOUR = "#b00020"
OK_COLOUR = "#1b5e20"


def band(p: CompanyProposal) -> str:
    if p.band is DistanceBand.SAME_REGION:
        return QCoreApplication.translate("case_matching", "eigen regio")
    if p.band is DistanceBand.SAME_PROVINCE:
        return QCoreApplication.translate("case_matching", "eigen provincie")
    if p.band is DistanceBand.ELSEWHERE:
        return QCoreApplication.translate("case_matching", "buiten de provincie")
    return QCoreApplication.translate("case_matching", "onbekend")


def reasons(p: CompanyProposal, crebo: str) -> list[str]:
    """Why the company is proposed, in the ranking's order (a choice of the profile first)."""
    lines = [chosen(p)] if p.chosen is not None else []
    lines += [
        fill(QCoreApplication.translate("case_matching", "Erkend door SBB voor crebo %1"), crebo),
        fill(
            QCoreApplication.translate("case_matching", "%1 van %2 plaatsen vrij"),
            p.free_places,
            p.capacity,
        ),
    ]
    if p.band is DistanceBand.SAME_REGION:
        lines.append(
            fill(QCoreApplication.translate("case_matching", "In de eigen regio (%1)"), p.region)
        )
    elif p.band is DistanceBand.SAME_PROVINCE:
        lines.append(
            fill(
                QCoreApplication.translate("case_matching", "In de eigen provincie (%1), regio %2"),
                p.province,
                p.region,
            )
        )
    elif p.band is DistanceBand.ELSEWHERE:
        lines.append(
            fill(
                QCoreApplication.translate("case_matching", "Buiten de provincie: %1 (%2)"),
                p.region,
                p.province,
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "case_matching", "Afstand onbekend (geen postcode van student of bedrijf)"
            )
        )
    if p.good_placements:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "case_matching", "%1 eerdere plaatsing(en) afgerond zonder afbreken"
                ),
                p.good_placements,
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("case_matching", "Nog geen eerdere plaatsingen afgerond")
        )
    lines.append(QCoreApplication.translate("case_matching", "Geen open signalen"))
    return lines


def chosen(p: CompanyProposal) -> str:
    """Why a company that chose the student's profile comes first."""
    if p.chosen is None:
        return ""
    if p.chosen.anonymised:
        text = QCoreApplication.translate("case_matching", "Koos het anonieme profiel op %1")
    else:
        text = QCoreApplication.translate("case_matching", "Koos het profiel op naam op %1")
    return fill(text, format_date(p.chosen.on))


def set_aside(aside: SetAside) -> str:
    """Why the company is ranked last."""
    day = format_date(aside.on)
    if aside.kind is SetAsideKind.OPEN_APPLICATION:
        text = QCoreApplication.translate("case_matching", "Sollicitatie loopt nog (sinds %1)")
    elif aside.kind is SetAsideKind.REJECTED:
        text = QCoreApplication.translate(
            "case_matching", "Wees een sollicitatie in deze zoekronde af (%1)"
        )
    elif aside.kind is SetAsideKind.BROKEN_OFF:
        text = QCoreApplication.translate("case_matching", "Stage hier afgebroken op %1")
    elif aside.kind is SetAsideKind.PROPOSED:
        text = QCoreApplication.translate("case_matching", "Voorgesteld op %1, nog geen antwoord")
    else:
        text = QCoreApplication.translate("case_matching", "Voorgesteld op %1, niet gekozen")
    return fill(text, day)


def kind(view: ProposalView) -> str:
    if view.anonymised:
        return QCoreApplication.translate("case_matching", "anoniem")
    return QCoreApplication.translate("case_matching", "op naam")


def outcome(value: ProposalOutcome | None) -> str:
    if value is ProposalOutcome.CHOSEN:
        return QCoreApplication.translate("case_matching", "gekozen")
    if value is ProposalOutcome.DECLINED:
        return QCoreApplication.translate("case_matching", "afgewezen")
    if value is ProposalOutcome.NO_ANSWER:
        return QCoreApplication.translate("case_matching", "geen antwoord")
    return QCoreApplication.translate("case_matching", "open")


def hint_kind(value: HintKind) -> str:
    words = {
        HintKind.NAME: QCoreApplication.translate("case_matching", "naam"),
        HintKind.STUDENT_NUMBER: QCoreApplication.translate("case_matching", "studentnummer"),
        HintKind.BIRTH_DATE: QCoreApplication.translate("case_matching", "geboortedatum"),
        HintKind.AGE: QCoreApplication.translate("case_matching", "leeftijd"),
        HintKind.POSTCODE: QCoreApplication.translate("case_matching", "postcode"),
        HintKind.ADDRESS: QCoreApplication.translate("case_matching", "adres"),
        HintKind.EMAIL: QCoreApplication.translate("case_matching", "e-mailadres"),
        HintKind.PHONE: QCoreApplication.translate("case_matching", "telefoonnummer"),
        HintKind.ORIGIN: QCoreApplication.translate("case_matching", "herkomst of nationaliteit"),
    }
    return words[value]


def field(name: str) -> str:
    if name == "skills":
        return QCoreApplication.translate("case_matching", "vaardigheden")
    return QCoreApplication.translate("case_matching", "motivatie")


def hints(found: tuple[Hint, ...]) -> str:
    """The guard's hints as one sentence: 'naam "zoe" (motivatie); leeftijd "17 jaar" ...'."""
    parts = [
        fill(
            QCoreApplication.translate("case_matching", '%1 "%2" (%3)'),
            hint_kind(h.kind),
            h.found,
            field(h.field),
        )
        for h in found
    ]
    return fill(
        QCoreApplication.translate(
            "case_matching", "De tekst noemt mogelijk iets dat de student herkenbaar maakt: %1."
        ),
        "; ".join(parts),
    )
