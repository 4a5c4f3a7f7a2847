"""The top of a case file: who the student is, the flags, and where the search stands since when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from stagedesk.domain.dates import format_date
from stagedesk.services.cases import CaseFile
from stagedesk.ui import labels
from stagedesk.ui.text import fill

_FLAG_STYLE = "QLabel { background: %s; color: #212121; border-radius: 8px; padding: 1px 8px; }"
_MINOR_TINT = "#ffe0b2"
_SUPPORT_TINT = "#e1bee7"


def since_text(since: date, today: date) -> str:
    """'sinds 12-09-2026 (74 dagen)', translated."""
    days = (today - since).days
    if days == 0:
        template = QCoreApplication.translate("CaseHeader", "sinds %1 (vandaag)")
    elif days == 1:
        template = QCoreApplication.translate("CaseHeader", "sinds %1 (1 dag)")
    else:
        template = QCoreApplication.translate("CaseHeader", "sinds %1 (%2 dagen)")
    return fill(template, format_date(since), days)


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.name = QLabel()
        self.name.setObjectName("caseName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLabel()
        self.number.setObjectName("caseNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.minor = QLabel()
        self.minor.setObjectName("caseMinor")
        self.minor.setStyleSheet(_FLAG_STYLE % _MINOR_TINT)
        self.support = QLabel()
        self.support.setObjectName("caseSupport")
        self.support.setStyleSheet(_FLAG_STYLE % _SUPPORT_TINT)
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        status_font = self.status.font()
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.since = QLabel()
        self.since.setObjectName("caseSince")
        self.details = QLabel()
        self.details.setObjectName("caseDetails")
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.name)
        top.addWidget(self.number)
        top.addWidget(self.minor)
        top.addWidget(self.support)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.since)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.details)

    def show_case(self, case: CaseFile, today: date) -> None:
        h = case.header
        self.name.setText(h.name)
        self.number.setText(fill(self.tr("studentnummer %1"), h.student_number))
        self.minor.setText(self.tr("minderjarig"))
        self.minor.setVisible(h.minor)
        self.support.setText(self.tr("extra ondersteuning"))
        self.support.setVisible(h.extra_support)
        tint = labels.status_tint(case.status).name()
        self.status.setText(labels.search_status(case.status))
        self.status.setStyleSheet(
            f"QLabel {{ background: {tint}; color: #212121; border: 1px solid #b0bec5;"
            " border-radius: 4px; padding: 2px 8px; }"
        )
        since = since_text(case.status_since, today)
        if case.current_company_name:
            since = fill(self.tr("%1 · %2"), since, case.current_company_name)
        self.since.setText(since)
        klas = (
            fill(self.tr("cohort %1, klas %2"), h.cohort, h.class_group)
            if h.class_group
            else fill(self.tr("cohort %1"), h.cohort)
        )
        mentor = (
            fill(self.tr("mentor %1"), h.mentor_name) if h.mentor_name else self.tr("geen mentor")
        )
        self.details.setText(
            fill(
                self.tr("%1 (crebo %2) · niveau %3 · %4 · %5 · %6"),
                h.programme_name,
                h.crebo,
                h.niveau,
                labels.leerweg(h.leerweg),
                klas,
                mentor,
            )
        )
        self.details.setToolTip(labels.leerweg_description(h.leerweg))

    def text(self) -> str:
        """What the header shows, one line per part (for tests)."""
        parts = [self.name.text(), self.number.text()]
        parts += [w.text() for w in (self.minor, self.support) if not w.isHidden()]
        parts += [self.status.text(), self.since.text(), self.details.text()]
        return "\n".join(parts)
