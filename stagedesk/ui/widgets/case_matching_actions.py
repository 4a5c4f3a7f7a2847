"""What the "Voorstellen" tab changes: the profile text, sending a proposal (anonymised or by
name) with its PDF, the company's answer, the named profile once chosen, and the postcode the
student searches from. Each calls a service; a refusal is shown in the dialog or in the case.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services import matching
from stagedesk.services import profile_proposals as pp
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.conflict_dialog import save_or_settle
from stagedesk.ui.dialogs.profile_conflict import profile_fields
from stagedesk.ui.dialogs.profile_dialog import (
    ProfileDialog,
    ProfileText,
    ProposalDialog,
    ProposalRequest,
)
from stagedesk.ui.save_paths import documents_dir, with_suffix
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from stagedesk.ui.widgets.case_matching import MatchingPanel


class MatchingActions(QObject):
    def __init__(self, panel: MatchingPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def profile_dialog(self) -> None:
        panel = self.panel
        screen, view = panel.screen, panel.profile
        ctx = screen.context
        if view is None:
            return

        def save(text: ProfileText) -> None:
            def call(version: int | None) -> pp.ProfileView:
                return pp.save_profile(
                    ctx.sessions, ctx.actor, ctx.student_id, skills=text.skills,
                    motivation=text.motivation, period_from=text.period_from,
                    period_until=text.period_until, version=version,
                )  # fmt: skip

            # Saved at another desk meanwhile: both versions and the user's choice (issue 8).
            what = self.tr("Het profiel van de student")
            fields = partial(profile_fields, text)
            saved = save_or_settle(screen.dialog, what, fields, call, view.version)
            panel.profile = saved or panel.profile

        dialog = ProfileDialog(view, ctx.today(), save, screen)
        screen.open_dialog(dialog, panel.read)

    def send_dialog(self, *, anonymised: bool) -> None:
        panel = self.panel
        screen, company, profile = panel.screen, panel.selected_company(), panel.profile
        ctx = screen.context
        if company is None or profile is None:
            return
        today = ctx.today()
        if anonymised or screen.case is None:
            name = f"anoniem-profiel-{today.isoformat()}.pdf"
        else:
            name = f"profiel-{screen.case.header.student_number}.pdf"

        def save(request: ProposalRequest) -> None:
            _written(request.out, lambda: pp.send_proposal(
                ctx.sessions, ctx.actor, ctx.student_id, company.company_id,
                anonymised=anonymised, out=request.out, sent_on=request.sent_on,
                despite_hints=request.despite_hints, today=today,
            ))  # fmt: skip
            self._saved(request.out)

        dialog = ProposalDialog(
            company.name, anonymised, profile.hints, documents_dir() / name, today, save, screen
        )
        screen.open_dialog(dialog, panel.read)

    def record(self, outcome: ProposalOutcome) -> None:
        screen, view = self.panel.screen, self.panel.selected_proposal()
        ctx = screen.context
        if view is None:
            return
        try:
            pp.record_outcome(ctx.sessions, ctx.actor, view.id, view.version, outcome,
                              today=ctx.today())  # fmt: skip
        except StageDeskError as exc:
            screen.show_message(case_error(exc))
            return
        screen.show_message("")
        self.panel.read()

    def ask_reveal(self) -> None:
        view = self.panel.selected_proposal()
        if view is None:
            return
        suggested = documents_dir() / f"profiel-{view.reference}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self.panel, self.tr("Profiel op naam opslaan als"), str(suggested),
            self.tr("PDF-bestand (*.pdf)"),
        )  # fmt: skip
        if path:
            self.print_named(with_suffix(path, ".pdf"))

    def print_named(self, out: Path) -> bool:
        """Write the named profile of the selected proposal (refused while an anonymised one
        is not chosen)."""
        screen, view = self.panel.screen, self.panel.selected_proposal()
        ctx = screen.context
        if view is None:
            return False
        try:
            _written(out, lambda: pp.reveal_identity(ctx.sessions, ctx.actor, view.id, out,
                                                      today=ctx.today()))  # fmt: skip
        except StageDeskError as exc:
            screen.show_message(case_error(exc))
            return False
        screen.show_message("")
        self._saved(out)
        self.panel.read()
        return True

    def set_area(self) -> bool:
        """Keep the postcode typed as where the student searches from (empty: forget it)."""
        screen = self.panel.screen
        ctx = screen.context
        try:
            matching.set_match_area(ctx.sessions, ctx.actor, ctx.student_id, self.panel.area.text())
        except StageDeskError as exc:
            screen.show_message(case_error(exc))
            return False
        screen.show_message("")
        self.panel.read()
        return True

    def _saved(self, out: object) -> None:
        window = self.panel.screen.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(fill(self.tr("Opgeslagen: %1"), str(out)), 8000)


def _written(out: object, write: Callable[[], object]) -> None:
    """Run a service call that writes ``out``; a file that cannot be written is a refusal."""
    try:
        write()
    except OSError as exc:
        raise StageDeskError(
            fill(
                QCoreApplication.translate(
                    "MatchingActions", "De PDF kon niet worden opgeslagen (%1): %2"
                ),
                str(out),
                exc.strerror or str(exc),
            )
        ) from exc
