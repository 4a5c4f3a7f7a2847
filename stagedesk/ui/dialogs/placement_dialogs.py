"""The placement proposed after an accepted offer, a placement's changes, and its allowance.

The placement dialog opens filled with the proposal (period, hours per week, praktijkopleider,
allowance) and shows the total hours as the period or hours change (``placement_fields``).
The allowance fields are in euros; the services keep cents.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import AllowanceKind
from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.domain.placements import RecognitionGap
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.proposals import PlacementProposal
from stagedesk.ui import labels
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, column
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.dialogs.placement_fields import (
    Contact,
    PeriodFields,
    chosen_contact,
    praktijkopleider_box,
)
from stagedesk.ui.text import fill, money

_HINT_STYLE = "color: #8a5a00;"
MAX_EUROS = 9_999.99


@dataclass(frozen=True)
class Allowance:
    kind: AllowanceKind
    cents: int | None
    paid: bool


@dataclass(frozen=True)
class NewPlacement:
    start: date
    end: date
    hours_per_week: int
    praktijkopleider_id: uuid.UUID | None
    allowance: Allowance


class AllowanceFields(QWidget):
    """Kind, amount per month in euros and "paid"; flags an amount below the school's norm."""

    def __init__(self, value: Allowance, norm_cents: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._norm = norm_cents
        self.kind = QComboBox()
        self.kind.setObjectName("allowanceKind")
        for kind in AllowanceKind:
            self.kind.addItem(labels.allowance_kind(kind), kind.value)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("allowanceAmount")
        self.amount.setPrefix("€ ")
        self.amount.setDecimals(2)
        self.amount.setRange(0, MAX_EUROS)
        self.amount.setSingleStep(10)
        self.amount.setSuffix(self.tr(" per maand"))
        self.paid = QCheckBox(self.tr("wordt betaald"))
        self.paid.setObjectName("allowancePaid")
        self.message = FieldMessage()
        self.hint = QLabel()
        self.hint.setStyleSheet(_HINT_STYLE)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.amount)
        row.addWidget(self.paid)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.kind.setCurrentIndex(max(0, self.kind.findData(value.kind.value)))
        self.amount.setValue((value.cents or 0) / 100)
        self.paid.setChecked(value.paid)
        self.kind.currentIndexChanged.connect(self._update)
        self.amount.valueChanged.connect(self._update)
        self._update()

    def chosen_kind(self) -> AllowanceKind:
        return AllowanceKind(self.kind.currentData())

    def cents(self) -> int:
        return round(self.amount.value() * 100)

    def _update(self) -> None:
        kind = self.chosen_kind()
        self.amount.setEnabled(kind is not AllowanceKind.NONE)
        self.paid.setEnabled(kind is not AllowanceKind.NONE)
        if kind is AllowanceKind.NONE:
            self.paid.setChecked(False)
        self.message.show_message("")
        hint = ""
        if kind is AllowanceKind.NONE:
            hint = fill(self.tr("Geen vergoeding: de norm van de school is %1."), money(self._norm))
        elif kind is AllowanceKind.ALLOWANCE and 0 < self.cents() < self._norm:
            hint = fill(self.tr("Onder de norm van de school (%1)."), money(self._norm))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def value(self) -> Allowance | None:
        """The allowance, or None (with the message shown) when the amount does not fit."""
        kind, cents = self.chosen_kind(), self.cents()
        if kind is AllowanceKind.ALLOWANCE and cents <= 0:
            self.message.show_message(self.tr("Vul het bedrag per maand in (meer dan € 0)."))
            self.amount.setFocus()
            return None
        if kind is AllowanceKind.NONE:
            return Allowance(kind, None, False)
        return Allowance(kind, cents or None, self.paid.isChecked())


class PlacementDialog(CaseDialog):
    """Creates the placement of ``proposal``; ``save(new)`` may raise (a refusal shows)."""

    def __init__(
        self,
        proposal: PlacementProposal,
        crebo: str,
        norm_cents: int,
        save: Callable[[NewPlacement], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self.setWindowTitle(fill(self.tr("Plaatsing bij %1"), proposal.company_name))
        self._proposal, self._crebo, self._save = proposal, crebo, save
        company = QLabel(proposal.company_name)
        company.setObjectName("placementCompany")
        self.recognition = QLabel()
        self.recognition.setObjectName("placementRecognition")
        self.recognition.setWordWrap(True)
        self.recognition.setStyleSheet(_HINT_STYLE)
        self.period = PeriodFields(proposal.start, proposal.end, proposal.hours_per_week, self)
        self.start, self.end = self.period.dates()
        self.hours, self.total = self.period.hours, self.period.total
        self.praktijkopleider = praktijkopleider_box(
            proposal.contacts, proposal.praktijkopleider_id
        )
        self.allowance = AllowanceFields(
            Allowance(proposal.allowance_kind, proposal.allowance_cents_per_month, False),
            norm_cents,
        )
        self.form.addRow(self.tr("Bedrijf"), column(company, self.recognition))
        self.period.add_rows(self.form)
        self.form.addRow(self.tr("&Praktijkopleider"), self.praktijkopleider)
        self.form.addRow(self.tr("&Vergoeding"), self.allowance)
        self._show_recognition()
        self.setMinimumWidth(600)

    def _show_recognition(self) -> None:
        gap = self._proposal.recognition_gap
        texts = {
            RecognitionGap.NOT_RECOGNISED: self.tr(
                "Let op: dit bedrijf is niet door SBB erkend voor crebo %1."
            ),
            RecognitionGap.NOT_YET: self.tr(
                "Let op: dit bedrijf is op de voorgestelde begindatum nog niet erkend voor "
                "crebo %1."
            ),
            RecognitionGap.REVOKED: self.tr(
                "Let op: de erkenning van dit bedrijf voor crebo %1 is ingetrokken."
            ),
        }
        text = fill(texts[gap], self._crebo) if gap is not None else ""
        self.recognition.setText(text)
        self.recognition.setVisible(bool(text))

    def submit(self) -> None:
        if not self.dates_ok(*self.period.dates()):
            return
        allowance = self.allowance.value()
        if allowance is None:
            return
        new = NewPlacement(
            self.start.value(),
            self.end.value(),
            self.hours.value(),
            chosen_contact(self.praktijkopleider),
            allowance,
        )
        self.attempt(lambda: self._save(new), self._explain)

    def _explain(self, error: StageDeskError) -> str:
        if isinstance(error, ValidationError) and error.field == "company_id":
            return fill(
                self.tr(
                    "Plaatsing geweigerd: %1 is op %2 niet door SBB erkend voor de opleiding "
                    "van deze student (crebo %3), en de school staat plaatsingen bij niet-erkende "
                    "leerbedrijven niet toe. Er is niets vastgelegd."
                ),
                self._proposal.company_name,
                format_date(self.start.value()),
                self._crebo,
            )
        return case_error(error)


@dataclass(frozen=True)
class PlacementChange:
    start: date
    end: date
    hours_per_week: int
    praktijkopleider_id: uuid.UUID | None


class EditPlacementDialog(CaseDialog):
    """Changes the period, hours and praktijkopleider of ``placement`` (``contacts``: the
    company's contact persons); ``save(change)`` may raise (a refusal shows)."""

    def __init__(
        self,
        placement: PlacementView,
        contacts: Iterable[Contact],
        crebo: str,
        save: Callable[[PlacementChange], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editPlacementDialog")
        self.setWindowTitle(fill(self.tr("Plaatsing bij %1 wijzigen"), placement.company_name))
        self._placement, self._crebo, self._save = placement, crebo, save
        company = QLabel(placement.company_name)
        company.setObjectName("placementCompany")
        self.period = PeriodFields(placement.start, placement.end, placement.hours_per_week, self)
        self.start, self.end = self.period.dates()
        self.hours, self.total = self.period.hours, self.period.total
        self.praktijkopleider = praktijkopleider_box(
            contacts, placement.praktijkopleider_id, placement.praktijkopleider_name
        )
        self.form.addRow(self.tr("Bedrijf"), company)
        self.period.add_rows(self.form)
        self.form.addRow(self.tr("&Praktijkopleider"), self.praktijkopleider)
        self.setMinimumWidth(560)

    def change(self) -> PlacementChange:
        return PlacementChange(
            self.start.value(),
            self.end.value(),
            self.hours.value(),
            chosen_contact(self.praktijkopleider),
        )

    def submit(self) -> None:
        if not self.dates_ok(*self.period.dates()):
            return
        change, p = self.change(), self._placement
        if change == PlacementChange(p.start, p.end, p.hours_per_week, p.praktijkopleider_id):
            self.accept()  # nothing changed: nothing to save or to undo
            return
        self.attempt(lambda: self._save(change), self._explain)

    def _explain(self, error: StageDeskError) -> str:
        if isinstance(error, ValidationError) and error.field == "company_id":
            return fill(
                self.tr(
                    "Wijziging geweigerd: %1 is op %2 niet door SBB erkend voor de opleiding "
                    "van deze student (crebo %3), en de school staat plaatsingen bij niet-erkende "
                    "leerbedrijven niet toe. Er is niets gewijzigd."
                ),
                self._placement.company_name,
                format_date(self.start.value()),
                self._crebo,
            )
        return case_error(error)


class AllowanceDialog(CaseDialog):
    """Changes the allowance of ``placement``; ``save(allowance)`` may raise."""

    def __init__(
        self,
        placement: PlacementView,
        norm_cents: int,
        save: Callable[[Allowance], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("allowanceDialog")
        self.setWindowTitle(fill(self.tr("Stagevergoeding bij %1"), placement.company_name))
        self._save = save
        self.fields = AllowanceFields(
            Allowance(
                placement.allowance_kind,
                placement.allowance_cents_per_month,
                placement.allowance_paid,
            ),
            norm_cents,
        )
        self.form.addRow(self.tr("&Vergoeding"), self.fields)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        allowance = self.fields.value()
        if allowance is not None:
            self.attempt(lambda: self._save(allowance))
