"""The "Voorstellen" tab's dialogs: the student's profile text (skills, motivation, period), and
sending a proposal to a company (where the PDF goes, the day it is sent, and — for an
anonymised profile whose text the guard warns about — the coordinator's confirmation that
it reveals nothing).

``save`` calls the service (services.profile_proposals); what it refuses is shown above the
buttons and the dialog stays open.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from stagedesk.domain.profiles import Hint
from stagedesk.services.profile_proposals import ProfileView
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, in_future
from stagedesk.ui.save_paths import with_suffix
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import case_matching_labels as words


@dataclass(frozen=True)
class ProfileText:
    skills: str | None
    motivation: str | None
    period_from: date | None
    period_until: date | None


@dataclass(frozen=True)
class ProposalRequest:
    out: Path
    sent_on: date
    despite_hints: bool


class ProfileDialog(CaseDialog):
    """Edit the profile; ``save(ProfileText)`` stores it (may raise)."""

    def __init__(
        self,
        view: ProfileView,
        today: date,
        save: Callable[[ProfileText], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Profiel in eigen woorden"))
        self._save = save
        self.advice = QLabel(
            self.tr(
                "Schrijf zoals de student het zegt. Een anoniem profiel noemt geen naam, "
                "studentnummer, leeftijd of geboortedatum, adres of postcode, nationaliteit of "
                "herkomst: laat alles weg waaraan een bedrijf de student kan herkennen."
            )
        )
        self.advice.setWordWrap(True)
        self.skills = QPlainTextEdit(view.skills or "")
        self.skills.setObjectName("profileSkills")
        self.motivation = QPlainTextEdit(view.motivation or "")
        self.motivation.setObjectName("profileMotivation")
        for edit in (self.skills, self.motivation):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
        self.has_period = QCheckBox(self.tr("Periode bekend"))
        self.has_period.setObjectName("profileHasPeriod")
        start = view.period_from or today
        self.period_from = DateField(start)
        self.period_from.setObjectName("profilePeriodFrom")
        self.period_until = DateField(view.period_until or start + timedelta(days=140))
        self.period_until.setObjectName("profilePeriodUntil")
        self.has_period.setChecked(view.period_from is not None or view.period_until is not None)
        self.form.addRow(self.advice)
        self.form.addRow(self.tr("&Vaardigheden"), self.skills)
        self.form.addRow(self.tr("&Motivatie"), self.motivation)
        self.form.addRow("", self.has_period)
        self.form.addRow(self.tr("&Vanaf"), self.period_from.boxed())
        self.form.addRow(self.tr("&Tot"), self.period_until.boxed())
        self.has_period.toggled.connect(lambda _on: self._enable())
        self.period_from.dateChanged.connect(lambda _d: self._bound_end())
        self._bound_end()
        self._enable()
        self.setMinimumWidth(560)

    def _bound_end(self) -> None:
        self.period_until.set_minimum(
            self.period_from.value(), self.tr("De periode eindigt vóór ze begint.")
        )

    def _enable(self) -> None:
        on = self.has_period.isChecked()
        self.period_from.setEnabled(on)
        self.period_until.setEnabled(on)

    def value(self) -> ProfileText:
        on = self.has_period.isChecked()
        return ProfileText(
            self.skills.toPlainText().strip() or None,
            self.motivation.toPlainText().strip() or None,
            self.period_from.value() if on else None,
            self.period_until.value() if on else None,
        )

    def submit(self) -> None:
        if self.dates_ok(self.period_from, self.period_until):
            text = self.value()
            self.attempt(lambda: self._save(text))


class ProposalDialog(CaseDialog):
    """Send the profile to ``company``; ``save(ProposalRequest)`` records it and writes the
    PDF (may raise). ``hints`` are the guard's warnings about the profile text."""

    def __init__(
        self,
        company: str,
        anonymised: bool,
        hints: tuple[Hint, ...],
        suggested: Path,
        today: date,
        save: Callable[[ProposalRequest], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        if anonymised:
            self.setWindowTitle(fill(self.tr("Anoniem profiel sturen aan %1"), company))
            intro = self.tr(
                "Het bedrijf krijgt opleiding, niveau, periode, vaardigheden en motivatie, met "
                "een profielcode in plaats van de naam. Pas als het bedrijf dit profiel kiest, "
                "maakt het stagebureau bekend wie het is."
            )
        else:
            self.setWindowTitle(fill(self.tr("Voorstel op naam aan %1"), company))
            intro = self.tr("Het bedrijf krijgt het profiel met de naam van de student.")
        self._save = save
        self._anonymised = anonymised
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.sent_on = DateField(today, maximum=today, too_late=in_future(today))
        self.sent_on.setObjectName("proposalSentOn")
        self.path = QLineEdit(str(suggested))
        self.path.setObjectName("proposalPath")
        self.browse = QPushButton(self.tr("Kiezen…"))
        self.browse.setObjectName("proposalBrowse")
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.hints = QLabel()
        self.hints.setObjectName("proposalHints")
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.confirm = QCheckBox(
            self.tr("Ik heb de tekst gelezen: er staat niets in dat de student herkenbaar maakt")
        )
        self.confirm.setObjectName("proposalConfirm")
        warned = self._warned = anonymised and bool(hints)
        if warned:
            text = html.escape(words.hints(hints))
            self.hints.setText(f'<span style="color: {words.BAD_COLOUR}">{text}</span>')
        self.hints.setVisible(warned)
        self.confirm.setVisible(warned)
        self.form.addRow(self.intro)
        self.form.addRow(self.tr("&Verstuurd op"), self.sent_on.boxed())
        self.form.addRow(self.tr("&PDF opslaan als"), where)
        self.form.addRow(self.hints)
        self.form.addRow(self.confirm)
        self.browse.clicked.connect(self._choose)
        self.setMinimumWidth(560)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.tr("PDF-bestand (*.pdf)")
        )
        if path:
            self.path.setText(str(with_suffix(path, ".pdf")))

    def value(self) -> ProposalRequest:
        return ProposalRequest(
            with_suffix(self.path.text().strip(), ".pdf"),
            self.sent_on.value(),
            self._anonymised and self.confirm.isChecked(),
        )

    def submit(self) -> None:
        if not self.dates_ok(self.sent_on):
            return
        if not self.path.text().strip():
            self.problem.show_message(self.tr("Kies waar de PDF komt."))
            return
        if self._warned and not self.confirm.isChecked():
            self.problem.show_message(
                self.tr("Pas de tekst aan, of bevestig dat hij niets over de student verraadt.")
            )
            return
        request = self.value()
        self.attempt(lambda: self._save(request))
