"""The words of supervision visits as the office reads them: mode, answer, concern, owner, and
one line that says when a visit is (or was)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.checklists import Answer, VisitConcern
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import VisitStatus
from stagedesk.domain.visits import ActionOwner, VisitMode
from stagedesk.services.visit_views import VisitView
from stagedesk.ui import company_labels
from stagedesk.ui.text import fill

OVERDUE_COLOUR = "#b00020"


def visit_mode(value: VisitMode) -> str:
    labels = {
        VisitMode.ON_SITE: QCoreApplication.translate("visit_labels", "op locatie"),
        VisitMode.CALL: QCoreApplication.translate("visit_labels", "telefonisch"),
        VisitMode.VIDEO: QCoreApplication.translate("visit_labels", "videogesprek"),
    }
    return labels[value]


def answer(value: Answer) -> str:
    labels = {
        Answer.YES: QCoreApplication.translate("visit_labels", "ja"),
        Answer.NO: QCoreApplication.translate("visit_labels", "nee"),
        Answer.NOT_APPLICABLE: QCoreApplication.translate("visit_labels", "n.v.t."),
    }
    return labels[value]


def concern(value: VisitConcern) -> str:
    labels = {
        VisitConcern.UNSAFE_SITUATION: QCoreApplication.translate(
            "visit_labels", "onveilige situatie"
        ),
        VisitConcern.NO_SUPERVISION: QCoreApplication.translate("visit_labels", "geen begeleiding"),
        VisitConcern.DISCRIMINATION_SIGNALS: QCoreApplication.translate(
            "visit_labels", "signalen van discriminatie"
        ),
        VisitConcern.OTHER: QCoreApplication.translate("visit_labels", "andere zorg"),
    }
    return labels[value]


def owner(value: ActionOwner) -> str:
    labels = {
        ActionOwner.STUDENT: QCoreApplication.translate("visit_labels", "student"),
        ActionOwner.PRAKTIJKOPLEIDER: QCoreApplication.translate(
            "visit_labels", "praktijkopleider"
        ),
        ActionOwner.MENTOR: QCoreApplication.translate("visit_labels", "bpv-begeleider"),
        ActionOwner.OFFICE: QCoreApplication.translate("visit_labels", "stagebureau"),
    }
    return labels[value]


def when(visit: VisitView) -> str:
    """ "25-11-2026 10:30", "25-11-2026" or "geen datum": the held date if held."""
    day = visit.held_on if visit.status is VisitStatus.HELD else visit.planned_on
    if day is None:
        return QCoreApplication.translate("visit_labels", "geen datum")
    if visit.planned_time is not None and visit.status is VisitStatus.PLANNED:
        return fill(
            QCoreApplication.translate("visit_labels", "%1 %2"),
            format_date(day),
            visit.planned_time.strftime("%H:%M"),
        )
    return format_date(day)


def status(visit: VisitView) -> str:
    """The status, with "te laat" for an overdue visit (said in words, not only in colour):
    planned for a day that has passed and not logged yet."""
    if visit.overdue:
        return QCoreApplication.translate("visit_labels", "te laat")
    text = company_labels.visit_status(visit.status)
    if visit.open_concerns:
        return fill(QCoreApplication.translate("visit_labels", "%1, zorgen gemeld"), text)
    return text
