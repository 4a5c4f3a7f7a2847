"""The meldpunt's dialogs: register a melding, hold its intake, close it; and the Dutch names
of a melding's statuses, grounds, follow-ups and shareable facts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.enums import DiscriminationGround, MeldingStatus
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.services import meldpunt
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, column, in_future
from stagedesk.ui.dialogs.form import FieldMessage, error_message
from stagedesk.ui.text import fill


def status_label(status: MeldingStatus) -> str:
    return {
        MeldingStatus.RECEIVED: QCoreApplication.translate("meldpunt", "ontvangen"),
        MeldingStatus.INTAKE: QCoreApplication.translate("meldpunt", "intake"),
        MeldingStatus.IN_PROGRESS: QCoreApplication.translate("meldpunt", "in behandeling"),
        MeldingStatus.FORWARDED_SBB: QCoreApplication.translate(
            "meldpunt", "doorgestuurd naar SBB"
        ),
        MeldingStatus.CLOSED: QCoreApplication.translate("meldpunt", "gesloten"),
    }[status]


def ground_label(ground: DiscriminationGround) -> str:
    return {
        DiscriminationGround.ORIGIN: QCoreApplication.translate("meldpunt", "afkomst"),
        DiscriminationGround.RELIGION: QCoreApplication.translate(
            "meldpunt", "godsdienst of levensovertuiging"
        ),
        DiscriminationGround.GENDER: QCoreApplication.translate(
            "meldpunt", "geslacht of genderidentiteit"
        ),
        DiscriminationGround.DISABILITY: QCoreApplication.translate(
            "meldpunt", "handicap of chronische ziekte"
        ),
        DiscriminationGround.SEXUAL_ORIENTATION: QCoreApplication.translate(
            "meldpunt", "seksuele gerichtheid"
        ),
        DiscriminationGround.AGE: QCoreApplication.translate("meldpunt", "leeftijd"),
        DiscriminationGround.OTHER: QCoreApplication.translate("meldpunt", "anders"),
    }[ground]


def follow_up_label(follow_up: FollowUp) -> str:
    return {
        FollowUp.TALK_WITH_COMPANY: QCoreApplication.translate(
            "meldpunt", "gesprek met het leerbedrijf"
        ),
        FollowUp.FORMAL_SBB: QCoreApplication.translate("meldpunt", "formele melding bij SBB"),
        FollowUp.SIGNAL_SBB: QCoreApplication.translate("meldpunt", "anoniem signaal aan SBB"),
        FollowUp.NONE: QCoreApplication.translate("meldpunt", "geen verdere stap"),
    }[follow_up]


def share_label(item: SbbShare) -> str:
    return {
        SbbShare.STUDENT: QCoreApplication.translate("meldpunt", "naam en studentnummer"),
        SbbShare.COMPANY: QCoreApplication.translate("meldpunt", "leerbedrijf"),
        SbbShare.INCIDENT_DATE: QCoreApplication.translate("meldpunt", "datum van het voorval"),
        SbbShare.INCIDENT_PLACE: QCoreApplication.translate("meldpunt", "plaats van het voorval"),
        SbbShare.GROUND: QCoreApplication.translate("meldpunt", "grond"),
        SbbShare.DESCRIPTION: QCoreApplication.translate("meldpunt", "wat er gebeurde"),
        SbbShare.WISHES: QCoreApplication.translate("meldpunt", "wat de student wil"),
    }[item]


def _text(edit: QPlainTextEdit | QLineEdit) -> str | None:
    text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    return text.strip() or None


class NewMeldingDialog(CaseDialog):
    """Register a melding as received: who (a student by number, or anonymous), which company,
    when and where, on what ground, what happened and what the student wants."""

    def __init__(self, office: Office, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMeldingDialog")
        self.setWindowTitle(self.tr("Nieuwe melding"))
        self.office, self.today = office, today
        self.created: meldpunt.MeldingView | None = None
        self.anonymous = QCheckBox(self.tr("Anoniem: de melder blijft onbekend"))
        self.anonymous.setObjectName("meldingAnonymous")
        self.student_number = QLineEdit()
        self.student_number.setObjectName("meldingStudentNumber")
        self.student_message = FieldMessage()
        self.company_search = QLineEdit()
        self.company_search.setObjectName("meldingCompanySearch")
        self.company_search.setPlaceholderText(self.tr("Deel van de naam, dan Zoeken"))
        self.find_company = QPushButton(self.tr("&Zoeken"))
        self.find_company.setAutoDefault(False)
        self.company = QComboBox()
        self.company.setObjectName("meldingCompany")
        self.company.addItem(self.tr("(geen leerbedrijf)"), None)
        self.received_on = DateField(today, maximum=today, too_late=in_future(today))
        self.has_incident_date = QCheckBox(self.tr("Datum van het voorval bekend"))
        self.incident_on = DateField(today, maximum=today, too_late=in_future(today))
        self.incident_on.setEnabled(False)
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.ground = QComboBox()
        self.ground.setObjectName("meldingGround")
        for ground in DiscriminationGround:
            self.ground.addItem(ground_label(ground), ground.value)
        self.description = QPlainTextEdit()
        self.description.setObjectName("meldingDescription")
        self.description.setTabChangesFocus(True)
        self.wishes = QPlainTextEdit()
        self.wishes.setTabChangesFocus(True)

        search = QWidget()
        row = QVBoxLayout(search)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.company_search)
        row.addWidget(self.find_company)
        row.addWidget(self.company)
        f = self.form
        f.addRow("", self.anonymous)
        f.addRow(self.tr("&Studentnummer"), column(self.student_number, self.student_message))
        f.addRow(self.tr("&Leerbedrijf"), search)
        f.addRow(self.tr("&Ontvangen op"), self.received_on.boxed())
        f.addRow("", self.has_incident_date)
        f.addRow(self.tr("&Datum voorval"), self.incident_on.boxed())
        f.addRow(self.tr("&Plaats voorval"), self.place)
        f.addRow(self.tr("&Grond"), self.ground)
        f.addRow(self.tr("&Wat gebeurde er"), self.description)
        f.addRow(self.tr("Wat &wil de student"), self.wishes)
        self.anonymous.toggled.connect(lambda on: self.student_number.setDisabled(on))
        self.has_incident_date.toggled.connect(self.incident_on.setEnabled)
        self.find_company.clicked.connect(self.search_companies)
        self.setMinimumSize(560, 620)

    def search_companies(self) -> None:
        self.company.clear()
        self.company.addItem(self.tr("(geen leerbedrijf)"), None)
        office = self.office
        for choice in meldpunt.find_companies(
            office.sessions, office.actor, self.company_search.text()
        ):
            self.company.addItem(choice.label, str(choice.id))
        if self.company.count() > 1:
            self.company.setCurrentIndex(1)

    def submit(self) -> None:
        if not self.dates_ok(self.received_on, self.incident_on):
            return
        office = self.office
        student_id: uuid.UUID | None = None
        self.student_message.show_message("")
        if not self.anonymous.isChecked():
            number = self.student_number.text().strip()
            found = meldpunt.find_student(office.sessions, office.actor, number) if number else None
            if found is None:
                self.student_message.show_message(
                    self.tr("Geen student met dit nummer; of kies anoniem.")
                )
                self.student_number.setFocus()
                return
            student_id = found.id
        company = self.company.currentData()
        values: dict[str, Any] = {
            "received_on": self.received_on.value(),
            "ground": DiscriminationGround(self.ground.currentData()),
            "anonymous": self.anonymous.isChecked(),
            "student_id": student_id,
            "company_id": uuid.UUID(company) if company else None,
            "incident_on": self.incident_on.value() if self.has_incident_date.isChecked() else None,
            "incident_place": _text(self.place),
            "description": _text(self.description),
            "student_wishes": _text(self.wishes),
        }

        def create() -> None:
            self.created = meldpunt.create_melding(
                office.sessions, office.actor, today=self.today, **values
            )

        self.attempt(create, error_message)


class IntakeDialog(CaseDialog):
    """The intake conversation: its date, what the student chose, and what SBB may see."""

    def __init__(
        self,
        melding: meldpunt.MeldingView,
        today: date,
        save: Callable[[date, FollowUp, list[SbbShare], str | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("Intake"))
        self._save = save
        self.held_on = DateField(
            today,
            minimum=melding.status_changed_on,
            maximum=today,
            too_late=in_future(today),
        )
        self.follow_up = QComboBox()
        self.follow_up.setObjectName("intakeFollowUp")
        for follow_up in FollowUp:
            self.follow_up.addItem(follow_up_label(follow_up), follow_up.value)
        self.shares: dict[SbbShare, QCheckBox] = {}
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in SbbShare:
            check = QCheckBox(share_label(item))
            check.setObjectName(f"share_{item.value}")
            check.setChecked(item in melding.shared_with_sbb)
            self.shares[item] = check
            layout.addWidget(check)
        if melding.anonymous:
            self.shares[SbbShare.STUDENT].setEnabled(False)
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Gehouden op"), self.held_on.boxed())
        self.form.addRow(self.tr("De student &kiest"), self.follow_up)
        self.form.addRow(self.tr("Delen met SBB"), box)
        self.form.addRow(self.tr("&Notitie"), self.note)

    def submit(self) -> None:
        if not self.dates_ok(self.held_on):
            return
        follow_up = FollowUp(self.follow_up.currentData())
        shared = [item for item, check in self.shares.items() if check.isChecked()]
        held_on, note = self.held_on.value(), _text(self.note)
        self.attempt(lambda: self._save(held_on, follow_up, shared, note), error_message)


class CloseDialog(CaseDialog):
    """Close a melding: the day, and how it ended (required)."""

    def __init__(
        self,
        melding: meldpunt.MeldingView,
        today: date,
        save: Callable[[date, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeMeldingDialog")
        self.setWindowTitle(self.tr("Melding sluiten"))
        self._save = save
        self.closed_on = DateField(
            today, minimum=melding.status_changed_on, maximum=today, too_late=in_future(today)
        )
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("closeOutcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome_message = FieldMessage()
        self.form.addRow(self.tr("&Gesloten op"), self.closed_on.boxed())
        self.form.addRow(self.tr("&Uitkomst"), column(self.outcome, self.outcome_message))

    def submit(self) -> None:
        if not self.dates_ok(self.closed_on):
            return
        outcome = _text(self.outcome)
        if outcome is None:
            self.outcome_message.show_message(self.tr("Schrijf op hoe de melding afliep."))
            self.outcome.setFocus()
            return
        closed_on = self.closed_on.value()
        self.attempt(lambda: self._save(closed_on, outcome), error_message)


def describe(melding: meldpunt.MeldingView) -> str:
    """The melding as plain text for the detail pane (escaped by the caller's widget)."""
    from stagedesk.domain.dates import format_date

    lines = [
        fill(
            QCoreApplication.translate("meldpunt", "Status: %1 sinds %2"),
            status_label(melding.status),
            format_date(melding.status_changed_on),
        ),
        fill(
            QCoreApplication.translate("meldpunt", "Ontvangen: %1"),
            format_date(melding.received_on),
        ),
        fill(
            QCoreApplication.translate("meldpunt", "Melder: %1"),
            QCoreApplication.translate("meldpunt", "anoniem")
            if melding.anonymous
            else melding.student_name,
        ),
        fill(
            QCoreApplication.translate("meldpunt", "Leerbedrijf: %1"), melding.company_name or "—"
        ),
        fill(
            QCoreApplication.translate("meldpunt", "Voorval: %1, %2"),
            format_date(melding.incident_on) if melding.incident_on else "—",
            melding.incident_place or "—",
        ),
        fill(QCoreApplication.translate("meldpunt", "Grond: %1"), ground_label(melding.ground)),
        fill(
            QCoreApplication.translate("meldpunt", "Vervolg: %1"),
            follow_up_label(melding.follow_up) if melding.follow_up else "—",
        ),
        fill(
            QCoreApplication.translate("meldpunt", "Delen met SBB: %1"),
            ", ".join(share_label(i) for i in SbbShare if i in melding.shared_with_sbb) or "—",
        ),
        "",
        QCoreApplication.translate("meldpunt", "Wat er gebeurde:"),
        melding.description or "—",
        "",
        QCoreApplication.translate("meldpunt", "Wat de student wil:"),
        melding.student_wishes or "—",
        "",
        QCoreApplication.translate("meldpunt", "Stappen:"),
    ]
    for step in melding.steps:
        line = fill(
            QCoreApplication.translate("meldpunt", "%1  %2"),
            format_date(step.happened_on),
            status_label(step.status),
        )
        if step.note:
            line = fill(QCoreApplication.translate("meldpunt", "%1 — %2"), line, step.note)
        lines.append(line)
    if melding.outcome:
        lines += ["", fill(QCoreApplication.translate("meldpunt", "Uitkomst: %1"), melding.outcome)]
    return "\n".join(lines)
