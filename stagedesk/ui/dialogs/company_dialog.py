"""New or changed company: the form, its field checks, and the region that follows the postcode."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.companies import CompanyInput
from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import StageDeskError
from stagedesk.services.company_rows import CompanyDetails
from stagedesk.services.regions import region_for_postcode
from stagedesk.ui import company_labels
from stagedesk.ui.dialogs import field_checks
from stagedesk.ui.dialogs.form import CheckedLine, FieldMessage, error_message
from stagedesk.ui.text import fill

SaveCompany = Callable[[CompanyInput], CompanyDetails]
KvkOwner = Callable[[str], str | None]
MAX_CAPACITY = 999


class CompanyDialog(QDialog):
    """Edits ``company`` (or a new one); ``save`` stores the input and returns what was stored.

    Every field is checked before ``save`` is called; what the service still refuses is shown
    in the message line above the buttons. ``kvk_owner`` names the company that already holds
    a KvK number, so a duplicate is reported at the field.
    """

    def __init__(
        self,
        save: SaveCompany,
        kvk_owner: KvkOwner,
        company: CompanyDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self._save = save
        self._kvk_owner = kvk_owner
        self.company = company
        self.saved: CompanyDetails | None = None
        self.setWindowTitle(self.tr("Bedrijf wijzigen") if company else self.tr("Nieuw bedrijf"))

        self.name = CheckedLine(field_checks.required)
        self.kvk = CheckedLine(self._check_kvk)
        self.sbb_id = CheckedLine(field_checks.sbb_id)
        self.address = CheckedLine(None)
        self.postcode = CheckedLine(field_checks.postcode)
        self.city = CheckedLine(None)
        self.region = QLabel()
        self.region.setObjectName("companyRegion")
        self.sector = QComboBox()
        self.sector.addItem(self.tr("(geen sector)"), None)
        for value in Sector:
            self.sector.addItem(company_labels.sector(value), value.value)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setValue(1)
        self.capacity.setToolTip(self.tr("Hoeveel studenten het bedrijf tegelijk kan begeleiden"))
        self.email = CheckedLine(field_checks.email)
        self.phone = CheckedLine(field_checks.phone)
        self.problem = FieldMessage(wrap=True)
        self.problem.setObjectName("companyDialogProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("KvK-nummer"), self.kvk)
        form.addRow(self.tr("SBB-id"), self.sbb_id)
        form.addRow(self.tr("Adres"), self.address)
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("Plaats"), self.city)
        form.addRow(self.tr("Regio"), self.region)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Capaciteit"), self.capacity)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Telefoon"), self.phone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.postcode.edit.textChanged.connect(self._show_region)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if company is not None:
            self._fill(company)
        self._show_region()
        self.setMinimumWidth(560)

    def _fill(self, company: CompanyDetails) -> None:
        self.name.set_text(company.name)
        self.kvk.set_text(company.kvk_number)
        self.sbb_id.set_text(company.sbb_id)
        self.address.set_text(company.address)
        self.postcode.set_text(company.postcode)
        self.city.set_text(company.city)
        self.sector.setCurrentIndex(
            self.sector.findData(company.sector.value if company.sector else None)
        )
        self.capacity.setValue(company.capacity)
        self.email.set_text(company.email)
        self.phone.set_text(company.phone)

    def _check_kvk(self, text: str) -> str:
        problem = field_checks.kvk(text)
        if problem:
            return problem
        holder = self._kvk_owner(text)
        if holder is None:
            return ""
        return fill(self.tr("Dit KvK-nummer is al geregistreerd voor %1."), holder)

    def _show_region(self) -> None:
        text = self.postcode.text()
        region = region_for_postcode(text)
        if region is not None:
            self.region.setText(fill(self.tr("%1 (provincie %2)"), region.region, region.province))
        elif text.strip():
            self.region.setText(self.tr("volgt uit een geldige postcode"))
        else:
            self.region.setText(self.tr("geen postcode"))

    def fields(self) -> list[CheckedLine]:
        return [
            self.name,
            self.kvk,
            self.sbb_id,
            self.address,
            self.postcode,
            self.city,
            self.email,
            self.phone,
        ]

    def current_input(self) -> CompanyInput:
        sector = self.sector.currentData()
        return CompanyInput(
            name=self.name.text(),
            kvk_number=self.kvk.text(),
            sbb_id=self.sbb_id.text(),
            address=self.address.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            sector=Sector(sector) if sector else None,
            capacity=self.capacity.value(),
            email=self.email.text(),
            phone=self.phone.text(),
        )

    def submit(self) -> None:
        """Check every field; save only when all are fine, and close once saved."""
        self.problem.show_message("")
        bad = [field for field in self.fields() if not field.validate()]
        if bad:
            bad[0].edit.setFocus()
            return
        try:
            self.saved = self._save(self.current_input())
        except StageDeskError as exc:
            self.problem.show_message(error_message(exc))
            return
        self.accept()
