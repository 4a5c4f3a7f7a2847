"""The case file's "Voorstellen" tab (objectief werven en selecteren): for a searching student
the companies to propose, ranked with their reasons (those the student already dealt with
last, with what happened); sending an anonymised profile or a proposal by name; the student's
proposals with their outcome; and the profile text in the student's own words.

Read when the tab is looked at (opening a case costs no query for it). Sending writes a PDF
and cannot be taken back, so these actions are not on the case's undo stack; every change is
in the audit trail. Coordinators and admins only: for anyone else the tab says so.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services import matching
from stagedesk.services import profile_proposals as pp
from stagedesk.services.cases import CaseFile
from stagedesk.services.matching import CompanyProposal, MatchResult
from stagedesk.services.profile_proposals import ProfileView, ProposalView
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import case_matching_labels as words
from stagedesk.ui.widgets.case_matching_actions import MatchingActions

if TYPE_CHECKING:
    from stagedesk.ui.screens.case_file import CaseFileScreen

_ID = Qt.ItemDataRole.UserRole
# Students without a place: those not yet searching may be helped to a first proposal too.
WITHOUT_PLACE = frozenset({SearchStatus.NOT_STARTED, SearchStatus.SEARCHING, SearchStatus.APPLYING})


class MatchingPanel(QWidget):
    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__()
        self.setObjectName("matchingPanel")
        self.screen = screen
        self.result: MatchResult | None = None
        self.profile: ProfileView | None = None
        self.proposals: tuple[ProposalView, ...] = ()
        self._stale = True
        self.notice = QLabel()
        self.notice.setObjectName("matchingNotice")
        self.notice.setWordWrap(True)

        self.companies_box = QGroupBox()
        self.summary = QLabel()
        self.summary.setObjectName("matchingSummary")
        self.summary.setWordWrap(True)
        self.companies = _tree("matchCompanies", 5)
        self.reasons = QLabel()
        self.reasons.setObjectName("matchReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.send_anonymous = _button("sendAnonymous")
        self.send_named = _button("sendNamed")
        self.area = QLineEdit()
        self.area.setObjectName("matchArea")
        self.area.setMaximumWidth(110)
        self.area_label = QLabel()
        self.area_label.setBuddy(self.area)
        self.area_button = _button("matchAreaApply")
        area_row = QHBoxLayout()
        area_row.addWidget(self.area_label)
        area_row.addWidget(self.area)
        area_row.addWidget(self.area_button)
        area_row.addStretch(1)
        box = QVBoxLayout(self.companies_box)
        box.addLayout(area_row)
        box.addWidget(self.summary)
        box.addWidget(self.companies, 1)
        box.addWidget(self.reasons)
        box.addLayout(_row(self.send_anonymous, self.send_named))

        self.profile_box = QGroupBox()
        self.profile_text = QLabel()
        self.profile_text.setObjectName("profileSummary")
        self.profile_text.setWordWrap(True)
        self.profile_text.setTextFormat(Qt.TextFormat.RichText)
        self.edit_profile = _button("editProfile")
        box = QVBoxLayout(self.profile_box)
        box.addWidget(self.profile_text)
        box.addLayout(_row(self.edit_profile))

        self.proposals_box = QGroupBox()
        self.proposal_list = _tree("proposalList", 6)
        self.chosen = _button("proposalChosen")
        self.declined = _button("proposalDeclined")
        self.no_answer = _button("proposalNoAnswer")
        self.reveal = _button("proposalReveal")
        box = QVBoxLayout(self.proposals_box)
        box.addWidget(self.proposal_list, 1)
        box.addLayout(_row(self.chosen, self.declined, self.no_answer, self.reveal))

        # In a scroll area: the side tab is narrow and may be short; nothing is squeezed away.
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.companies_box, 3)
        column.addWidget(self.profile_box)
        column.addWidget(self.proposals_box, 2)
        self.companies.setMinimumHeight(150)
        self.proposal_list.setMinimumHeight(110)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.companies.currentItemChanged.connect(lambda *_: self._company_changed())
        self.proposal_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.actions = MatchingActions(self)
        self.area.returnPressed.connect(self.actions.set_area)
        self.area_button.clicked.connect(self.actions.set_area)
        self.send_anonymous.clicked.connect(lambda: self.send_dialog(anonymised=True))
        self.send_named.clicked.connect(lambda: self.send_dialog(anonymised=False))
        self.edit_profile.clicked.connect(self.profile_dialog)
        self.chosen.clicked.connect(lambda: self.record(ProposalOutcome.CHOSEN))
        self.declined.clicked.connect(lambda: self.record(ProposalOutcome.DECLINED))
        self.no_answer.clicked.connect(lambda: self.record(ProposalOutcome.NO_ANSWER))
        self.reveal.clicked.connect(self.actions.ask_reveal)
        self.retranslate()

    def retranslate(self) -> None:
        self.companies_box.setTitle(self.tr("Bedrijven om voor te stellen"))
        self.profile_box.setTitle(self.tr("Profiel in eigen woorden"))
        self.proposals_box.setTitle(self.tr("Voorstellen"))
        self.send_anonymous.setText(self.tr("&Anoniem profiel sturen…"))
        self.send_named.setText(self.tr("Voorstel op &naam…"))
        self.edit_profile.setText(self.tr("Profiel &bewerken…"))
        self.chosen.setText(self.tr("&Gekozen"))
        self.declined.setText(self.tr("Af&gewezen"))
        self.no_answer.setText(self.tr("Geen &antwoord"))
        self.reveal.setText(self.tr("Op naam &afdrukken…"))
        self.area_label.setText(self.tr("Zoekt vanaf &postcode:"))
        self.area.setPlaceholderText(self.tr("1234 AB"))
        self.area_button.setText(self.tr("Toepassen"))
        answered = self.tr("Legt het antwoord van het bedrijf vast met de datum van vandaag.")
        for button in (self.chosen, self.declined, self.no_answer):
            button.setToolTip(answered)
        self.reveal.setToolTip(
            self.tr("Het profiel met de naam; bij een anoniem profiel pas als het bedrijf koos.")
        )
        self.companies.setHeaderLabels(
            [self.tr("#"), self.tr("Bedrijf"), self.tr("Plaats"), self.tr("Afstand"),
             self.tr("Vrij")]
        )  # fmt: skip
        self.proposal_list.setHeaderLabels(
            [self.tr("Verstuurd"), self.tr("Bedrijf"), self.tr("Soort"), self.tr("Code"),
             self.tr("Uitkomst"), self.tr("Naam bekend")]
        )  # fmt: skip
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading ---------------------------------------------------------------------------------

    def show_case(self, case: CaseFile) -> None:
        """The case was read (again): read the tab's part when it is looked at."""
        self._stale = True
        if self.isVisible():
            self.read()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.read()

    def read(self) -> None:
        self._stale = False
        ctx, case = self.screen.context, self.screen.case
        self.result, self.profile, self.proposals = None, None, ()
        self.notice.hide()
        try:
            self.profile = pp.read_profile(ctx.sessions, ctx.actor, ctx.student_id)
            self.proposals = pp.student_proposals(ctx.sessions, ctx.actor, ctx.student_id)
            if case is not None and case.status in WITHOUT_PLACE:
                self.result = matching.match_proposals(
                    ctx.sessions, ctx.actor, ctx.student_id, limit=None, today=ctx.today()
                )
        except PermissionDenied:
            self._say(self.tr("Alleen coördinatoren en beheerders doen voorstellen aan bedrijven."))
        except StageDeskError as exc:
            self._say(case_error(exc))
        if self.result is not None:
            self.area.setText(self.result.postcode or "")
        self._fill()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _fill(self) -> None:
        self._fill_companies()
        self._fill_profile()
        self._fill_proposals()
        self._update_buttons()

    def _fill_companies(self) -> None:
        chosen = self.selected_company()
        self.companies.clear()
        case = self.screen.case
        if self.result is None:
            if case is not None and case.status not in WITHOUT_PLACE and self.profile is not None:
                self.summary.setText(
                    self.tr("De student zoekt nu geen plaats: er zijn geen bedrijven voorgesteld.")
                )
            else:
                self.summary.setText("")
        else:
            self.summary.setText(self._summary(self.result))
        for p in self.result.proposals if self.result else ():
            item = QTreeWidgetItem(
                [str(p.rank), p.name, p.city or "", words.band(p), str(p.free_places)]
            )
            item.setData(0, _ID, p.company_id.hex)
            tip = "\n".join(
                [*(words.set_aside(a) for a in p.set_aside), *words.reasons(p, self.result.crebo)]
            )
            for column in range(5):
                item.setToolTip(column, tip)
                if p.set_aside:
                    item.setForeground(column, QBrush(QColor(words.GREY)))
            self.companies.addTopLevelItem(item)
            if chosen is not None and chosen.company_id == p.company_id:
                self.companies.setCurrentItem(item)
        if self.companies.currentItem() is None and self.companies.topLevelItemCount():
            self.companies.setCurrentItem(self.companies.topLevelItem(0))
        for column in (0, 2, 3, 4):
            self.companies.resizeColumnToContents(column)
        self._company_changed()

    def _summary(self, result: MatchResult) -> str:
        if result.region:
            where = fill(self.tr("Zoekt vanuit %1 (%2)."), result.region, result.province)
        else:
            where = self.tr("Waar de student zoekt is onbekend (geen postcode).")
        count = fill(
            self.tr("%1 van %2 erkende bedrijven hebben een vrije plaats."),
            len(result.proposals),
            result.considered,
        )
        return f"{where} {count}"

    def _company_changed(self) -> None:
        p = self.selected_company()
        if p is None or self.result is None:
            self.reasons.setText("")
        else:
            lines = [
                f'<li style="color: {words.BAD_COLOUR}">'
                + html.escape(fill(self.tr("Achteraan: %1"), words.set_aside(a)))
                + "</li>"
                for a in p.set_aside
            ]
            lines += [f"<li>{html.escape(r)}</li>" for r in words.reasons(p, self.result.crebo)]
            head = html.escape(p.name)
            self.reasons.setText(f"<b>{head}</b><ul style='margin: 0'>{''.join(lines)}</ul>")
        self._update_buttons()

    def _fill_profile(self) -> None:
        view = self.profile
        if view is None:
            self.profile_text.setText("")
            return
        if view.empty:
            text = html.escape(
                self.tr("Nog geen profiel: schrijf vaardigheden en motivatie met de student op.")
            )
            self.profile_text.setText(f"<i>{text}</i>")
            return
        parts = []
        for title, body in ((self.tr("Vaardigheden"), view.skills),
                            (self.tr("Motivatie"), view.motivation)):  # fmt: skip
            shown = html.escape(_shorten(body or "—"))
            parts.append(f"<b>{html.escape(title)}:</b> {shown}")
        if view.hints:
            warning = html.escape(words.hints(view.hints))
            parts.append(f'<span style="color: {words.BAD_COLOUR}">{warning}</span>')
        self.profile_text.setText("<br/>".join(parts))

    def _fill_proposals(self) -> None:
        chosen = self.selected_proposal()
        self.proposal_list.clear()
        for v in self.proposals:
            item = QTreeWidgetItem(
                [
                    format_date(v.sent_on),
                    v.company_name,
                    words.kind(v),
                    v.reference,
                    words.outcome(v.outcome),
                    format_date(v.revealed_on) if v.revealed_on else "",
                ]
            )
            item.setData(0, _ID, v.id.hex)
            self.proposal_list.addTopLevelItem(item)
            if chosen is not None and chosen.id == v.id:
                self.proposal_list.setCurrentItem(item)
        for column in (0, 2, 3, 4, 5):
            self.proposal_list.resizeColumnToContents(column)

    # --- selection -------------------------------------------------------------------------------

    def selected_company(self) -> CompanyProposal | None:
        item = self.companies.currentItem()
        if item is None or self.result is None:
            return None
        wanted = item.data(0, _ID)
        return next((p for p in self.result.proposals if p.company_id.hex == wanted), None)

    def selected_proposal(self) -> ProposalView | None:
        item = self.proposal_list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, _ID)
        return next((v for v in self.proposals if v.id.hex == wanted), None)

    def _update_buttons(self) -> None:
        may = self.profile is not None
        company = self.selected_company() is not None
        ready = may and self.profile is not None and not self.profile.empty
        self.send_anonymous.setEnabled(company and ready)
        self.send_named.setEnabled(company and ready)
        self.edit_profile.setEnabled(may)
        proposal = self.selected_proposal()
        for button in (self.chosen, self.declined, self.no_answer):
            button.setEnabled(may and proposal is not None)
        self.reveal.setEnabled(may and proposal is not None and proposal.may_reveal)
        for widget in (self.companies_box, self.profile_box, self.proposals_box):
            widget.setVisible(may)

    # --- changing (ui.widgets.case_matching_actions) ---------------------------------------------

    def profile_dialog(self) -> None:
        self.actions.profile_dialog()

    def send_dialog(self, *, anonymised: bool) -> None:
        self.actions.send_dialog(anonymised=anonymised)

    def record(self, outcome: ProposalOutcome) -> None:
        self.actions.record(outcome)

    def print_named(self, out: Path) -> bool:
        return self.actions.print_named(out)


def _shorten(text: str, limit: int = 220) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _tree(name: str, columns: int) -> QTreeWidget:
    """A list whose second column (the company) takes the room the others leave."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setColumnCount(columns)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
