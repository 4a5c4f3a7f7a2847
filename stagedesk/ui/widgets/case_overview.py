"""Beside the timeline: the placements with their POK and allowance, and the applications.

One read-only rich-text document (like the student summary): it wraps long company names at
any width and can be selected and copied.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from stagedesk.domain import applications as machine
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import AllowanceKind
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.breakoff import BreakoffView
from stagedesk.services.cases import CaseFile
from stagedesk.services.placement_views import PlacementView
from stagedesk.ui import labels
from stagedesk.ui.text import fill, money
from stagedesk.ui.widgets import case_progress_labels

MAX_PLACEMENTS = 3


class CaseOverview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseOverview")
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)
        self._case: CaseFile | None = None
        self._today = date.today()
        self.breakoffs: Mapping[uuid.UUID, BreakoffView] = {}  # by placement, set by the screen
        self.setMinimumWidth(260)

    def show_case(self, case: CaseFile, today: date) -> None:
        self._case, self._today = case, today
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self._case is not None:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        case = self._case
        if case is None:
            return
        placements_title, applications_title = self.tr("Plaatsing"), self.tr("Sollicitaties")
        no_placement, no_applications = self.tr("nog geen plaatsing"), self.tr("nog geen")
        parts = [f"<h3>{html.escape(placements_title)}</h3>"]
        if not case.placements:
            parts.append(f"<p>{html.escape(no_placement)}</p>")
        for placement in case.placements[:MAX_PLACEMENTS]:
            parts.append(self._placement(placement))
        parts.append(f"<h3>{html.escape(applications_title)}</h3>")
        if not case.applications:
            parts.append(f"<p>{html.escape(no_applications)}</p>")
        else:
            parts.append(self._applications(case.applications))
        self.setHtml("".join(parts))

    def _placement(self, p: PlacementView) -> str:
        rows = [
            (
                self.tr("Periode"),
                fill(self.tr("%1 t/m %2"), format_date(p.start), format_date(p.end)),
            ),
            (
                self.tr("Uren"),
                fill(self.tr("%1 per week, %2 in totaal"), p.hours_per_week, p.total_hours),
            ),
            (self.tr("Praktijkopleider"), p.praktijkopleider_name or self.tr("nog niet bekend")),
            (self.tr("POK"), labels.pok_status(p.pok.status)),
        ]
        if p.pok.sent_on is not None:
            rows.append((self.tr("verstuurd"), format_date(p.pok.sent_on)))
        for party in p.pok.required:
            signed = p.pok.signed_on(party)
            rows.append(
                (
                    labels.pok_party(party),
                    fill(self.tr("getekend %1"), format_date(signed))
                    if signed
                    else self.tr("nog niet getekend"),
                )
            )
        rows.append((self.tr("Vergoeding"), self._allowance(p)))
        if p.ended_early_on is not None:
            rows.append((self.tr("Beëindigd"), format_date(p.ended_early_on)))
            rows += case_progress_labels.breakoff_rows(self.breakoffs.get(p.id), self._case)
        body = "".join(
            f'<tr><td style="padding: 1px 10px 1px 0; color: #555">{html.escape(caption)}</td>'
            f"<td>{html.escape(value)}</td></tr>"
            for caption, value in rows
        )
        return f"<p><b>{html.escape(p.company_name)}</b></p><table>{body}</table>"

    def _allowance(self, p: PlacementView) -> str:
        if p.allowance_kind is AllowanceKind.NONE:
            return labels.allowance_kind(p.allowance_kind)
        amount = (
            fill(self.tr("%1 per maand"), money(p.allowance_cents_per_month))
            if p.allowance_cents_per_month
            else labels.allowance_kind(p.allowance_kind)
        )
        paid = self.tr("wordt betaald") if p.allowance_paid else self.tr("nog niet betaald")
        if p.allowance_kind is AllowanceKind.WAGE:
            return fill(self.tr("loon, %1"), amount) if p.allowance_cents_per_month else amount
        return fill(self.tr("%1, %2"), amount, paid)

    def _applications(self, apps: tuple[ApplicationView, ...]) -> str:
        # Open ones first, each group latest change first (the order the service gave).
        ordered = sorted(apps, key=lambda a: machine.is_terminal(a.status))
        rows = "".join(
            f'<tr><td style="padding: 1px 10px 1px 0">{html.escape(a.company_name)}</td>'
            f"<td>{html.escape(labels.application_status(a.status))}</td>"
            f'<td style="padding-left: 8px; color: #555">{format_date(a.status_changed_on)}</td>'
            "</tr>"
            for a in ordered
        )
        return f"<table>{rows}</table>"
