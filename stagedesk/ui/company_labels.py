"""The words the company register shows for sectors, visits and placement phases, translatable.

Like ``labels``, each function builds its table on every call so the text follows the
language installed at that moment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.enums import Sector, VisitStatus, VisitType
from stagedesk.services.company_rows import PlacementPhase


def sector(value: Sector) -> str:
    """SBB's name of the sector chamber (sectorkamer)."""
    labels = {
        Sector.TECHNIEK: QCoreApplication.translate(
            "company_labels", "Techniek en gebouwde omgeving"
        ),
        Sector.MOBILITEIT: QCoreApplication.translate(
            "company_labels", "Mobiliteit, transport, logistiek en maritiem"
        ),
        Sector.ZORG: QCoreApplication.translate("company_labels", "Zorg, welzijn en sport"),
        Sector.HANDEL: QCoreApplication.translate("company_labels", "Handel"),
        Sector.SPECIALISTISCH: QCoreApplication.translate(
            "company_labels", "Specialistisch vakmanschap"
        ),
        Sector.ICT: QCoreApplication.translate("company_labels", "ICT en creatieve industrie"),
        Sector.VOEDSEL: QCoreApplication.translate(
            "company_labels", "Voedsel, groen en gastvrijheid"
        ),
        Sector.ZAKELIJK: QCoreApplication.translate(
            "company_labels", "Zakelijke dienstverlening en veiligheid"
        ),
    }
    return labels[value]


def sector_short(value: Sector) -> str:
    """A short name for narrow table columns (the full name goes in the tooltip)."""
    labels = {
        Sector.TECHNIEK: QCoreApplication.translate("company_labels", "Techniek"),
        Sector.MOBILITEIT: QCoreApplication.translate("company_labels", "Mobiliteit"),
        Sector.ZORG: QCoreApplication.translate("company_labels", "Zorg en welzijn"),
        Sector.HANDEL: QCoreApplication.translate("company_labels", "Handel"),
        Sector.SPECIALISTISCH: QCoreApplication.translate("company_labels", "Vakmanschap"),
        Sector.ICT: QCoreApplication.translate("company_labels", "ICT en creatief"),
        Sector.VOEDSEL: QCoreApplication.translate("company_labels", "Voedsel en groen"),
        Sector.ZAKELIJK: QCoreApplication.translate("company_labels", "Zakelijk"),
    }
    return labels[value]


def visit_type(value: VisitType) -> str:
    labels = {
        VisitType.START: QCoreApplication.translate("company_labels", "startbezoek"),
        VisitType.MIDTERM: QCoreApplication.translate("company_labels", "tussenbezoek"),
        VisitType.FINAL: QCoreApplication.translate("company_labels", "eindbezoek"),
        VisitType.EXTRA: QCoreApplication.translate("company_labels", "extra bezoek"),
    }
    return labels[value]


def visit_status(value: VisitStatus) -> str:
    labels = {
        VisitStatus.PLANNED: QCoreApplication.translate("company_labels", "gepland"),
        VisitStatus.HELD: QCoreApplication.translate("company_labels", "gehouden"),
        VisitStatus.CANCELLED: QCoreApplication.translate("company_labels", "geannuleerd"),
    }
    return labels[value]


def placement_phase(value: PlacementPhase) -> str:
    labels = {
        PlacementPhase.CURRENT: QCoreApplication.translate("company_labels", "loopt"),
        PlacementPhase.UPCOMING: QCoreApplication.translate("company_labels", "komt nog"),
        PlacementPhase.ENDED: QCoreApplication.translate("company_labels", "afgelopen"),
    }
    return labels[value]
