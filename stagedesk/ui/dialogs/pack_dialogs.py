"""Visit packs from the window: make a mentor's pack, and read one back in.

Reading in goes in two steps: the pack is checked and compared on a worker
(``services.packs.preview_import``), the dialog shows what would change with a choice per
conflict, and only "Inlezen" merges (``apply_import``, on a worker too). Both dialogs are
not modal: the window stays usable while they work.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import packs
from stagedesk.services.office import Office
from stagedesk.services.packs_types import ImportPlan, ImportResult, PackSummary
from stagedesk.services.visit_people import visitor_choices
from stagedesk.ui.dialogs.form import FieldMessage, error_message
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.dialogs.passphrase_dialog import ask_new_passphrase, ask_passphrase
from stagedesk.ui.save_paths import documents_dir, with_suffix
from stagedesk.ui.text import count, fill
from stagedesk.ui.widgets.visit_pack_preview import ConflictList, visit_table
from stagedesk.ui.workers import Progress


def pack_error(error: BaseException) -> str:
    if isinstance(error, StageDeskError):
        return error_message(error)
    if isinstance(error, OSError):
        return fill(
            QCoreApplication.translate(
                "pack_dialogs", "Het bestand kan niet worden gelezen of geschreven: %1"
            ),
            error.strerror or error,
        )
    return str(error)


class _JobDialog(QDialog):
    """A dialog that runs one piece of work at a time on a worker (``running``)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.running: ProgressJob | None = None
        self.problem = FieldMessage(wrap=True)
        self.problem.setObjectName("packProblem")
        self.outcome = QLabel()
        self.outcome.setObjectName("packOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()

    def run(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], object],
        done: Callable[[Any], None],
    ) -> None:
        self.problem.show_message("")
        job = ProgressJob(self, title, label, work)
        job.job.succeeded.connect(done)
        job.job.failed.connect(lambda error: self.problem.show_message(pack_error(error)))
        job.job.cancelled.connect(lambda: self.say(self.tr("Geannuleerd: er is niets gewijzigd.")))
        job.job.finished.connect(self._finished)
        self.running = job
        self.busy(True)
        job.start()

    def say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    def busy(self, busy: bool) -> None:
        """Subclasses switch their buttons."""

    def _finished(self) -> None:
        self.running = None
        self.busy(False)

    def reject(self) -> None:
        if self.running is not None:
            self.running.cancel()
        super().reject()


class ExportPackDialog(_JobDialog):
    """Bezoekpakket maken: a mentor's students, placements, companies and open visits."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPackDialog")
        self.setWindowTitle(self.tr("Bezoekpakket maken"))
        self._office = office
        self.summary: PackSummary | None = None
        self._overwrite = False
        # A pack is always encrypted: asked (typed twice) when "Maken" is pressed; tests answer.
        self.ask_passphrase: Callable[[str], str | None] = lambda what: ask_new_passphrase(
            what, self
        )
        self.mentor = QComboBox()
        self.mentor.setObjectName("packMentor")
        actor = office.actor
        for choice in visitor_choices(office.sessions):
            if actor.has(StaffRole.COORDINATOR, StaffRole.ADMIN) or choice.id == actor.staff_id:
                self.mentor.addItem(choice.name, choice.id.hex)
        if actor.staff_id is not None and actor.has(StaffRole.MENTOR):  # their own pack
            self.mentor.setCurrentIndex(max(self.mentor.findData(actor.staff_id.hex), 0))
        self.file = QLineEdit()
        self.file.setObjectName("packFile")
        self.file.textEdited.connect(self._typed)
        choose = QPushButton(self.tr("Kiezen…"))
        choose.clicked.connect(self._choose)
        self.mentor.currentIndexChanged.connect(lambda _i: self._suggest())
        self._suggest()
        row = QWidget()  # a widget, so the row's label gives it the focus (Alt+B)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.file, 1)
        row_layout.addWidget(choose)
        row.setFocusProxy(self.file)
        form = QFormLayout()
        form.addRow(self.tr("&Begeleider"), self.mentor)
        form.addRow(self.tr("B&estand"), row)
        explain = QLabel(
            self.tr(
                "Het pakket bevat de studenten van deze begeleider met hun plaatsingen, "
                "bedrijven, contactpersonen, open bezoeken en de checklists; geen meldingen "
                "en niets van andere studenten. Het wordt versleuteld met een wachtwoord dat "
                "u bij Maken kiest; open het op de laptop met StageDesk en dat wachtwoord."
            )
        )
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = self.buttons.addButton(
            self.tr("&Maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("makePack")
        self.make_button.setEnabled(self.mentor.count() > 0)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.problem)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def mentor_id(self) -> uuid.UUID | None:
        data = self.mentor.currentData()
        return uuid.UUID(hex=data) if data else None

    def _suggest(self) -> None:
        if not self._overwrite and not self.file.isModified():
            name = self.mentor.currentText().lower().replace(" ", "-") or "begeleider"
            self.file.setText(str(documents_dir() / f"bezoekpakket-{name}.sqlite"))

    def _typed(self) -> None:
        self._overwrite = False  # a name typed by hand is not overwritten without asking

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Bezoekpakket opslaan als"),
            self.file.text(),
            self.tr("StageDesk-bezoekpakket (*.sqlite)"),
        )
        if path:
            self.file.setText(str(with_suffix(path, ".sqlite")))
            self.file.setModified(True)
            self._overwrite = True  # the file dialog asked already

    def start(self) -> None:
        mentor = self.mentor_id()
        text = self.file.text().strip()
        if self.running is not None or mentor is None or not text:
            return
        sessions, actor, out, overwrite = (
            self._office.sessions, self._office.actor, Path(text), self._overwrite
        )  # fmt: skip
        passphrase = self.ask_passphrase(out.name)
        if not passphrase:
            return

        def work(progress: Progress) -> PackSummary:
            return packs.export_pack(
                sessions, actor, mentor, out, overwrite=overwrite, passphrase=passphrase,
                progress=lambda _phase, done, total: progress(done, total),
            )  # fmt: skip

        self.say("")
        self.run(
            self.windowTitle(),
            fill(self.tr("Bezoekpakket maken voor %1…"), self.mentor.currentText()),
            work,
            self._made,
        )

    def _made(self, summary: PackSummary) -> None:
        self.summary = summary
        self.say(
            fill(
                self.tr("Bezoekpakket voor %1 gemaakt: %2 (%3 kB)."),
                summary.mentor_name,
                str(summary.path),
                count(max(1, summary.size_bytes // 1024)),
            )
        )

    def busy(self, busy: bool) -> None:
        self.make_button.setEnabled(not busy and self.mentor.count() > 0)
        self.mentor.setEnabled(not busy)


class ImportPackDialog(_JobDialog):
    """Bezoekpakket inlezen: the preview, a choice per conflict, then the merge."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        office: Office,
        pack_path: Path,
        parent: QWidget | None = None,
        *,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPackDialog")
        self._passphrase = passphrase  # None: asked here, on the GUI thread, before the check
        self.setWindowTitle(fill(self.tr("Bezoekpakket inlezen: %1"), pack_path.name))
        self._office = office
        self.pack_path = pack_path
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.conflicts: ConflictList | None = None
        self.heading = QLabel(self.tr("Het pakket wordt gecontroleerd…"))
        self.heading.setObjectName("packHeading")
        self.heading.setWordWrap(True)
        self.body = QVBoxLayout()
        content = QWidget()
        content.setLayout(self.body)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("&Inlezen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("applyPack")
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def start_preview(self) -> None:
        sessions, actor, path = self._office.sessions, self._office.actor, self.pack_path
        passphrase = self._passphrase or ask_passphrase(path, self)
        if not passphrase:
            self.heading.setText(self.tr("Niet ingelezen: het pakket is versleuteld."))
            return
        self.run(
            self.windowTitle(),
            self.tr("Het pakket wordt gecontroleerd en vergeleken…"),
            lambda _progress: packs.preview_import(sessions, actor, path, passphrase=passphrase),
            self._show_plan,
        )

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.heading.setText(
            fill(
                self.tr(
                    "<b>Bezoekpakket van %1, gemaakt op %2.</b><br>Nieuw: %3 · gewijzigd: %4 · "
                    "ongewijzigd: %5 · conflicten: %6"
                ),
                plan.mentor_name,
                format_date(plan.exported_at.date()),
                count(len(plan.new)),
                count(len(plan.changed)),
                count(plan.unchanged),
                count(len(plan.conflicts)),
            )
        )
        if plan.conflicts:
            box = QGroupBox(
                self.tr(
                    "Conflicten: op het stagebureau én in het pakket gewijzigd — kies per bezoek"
                )
            )
            self.conflicts = ConflictList(plan.conflicts)
            self.conflicts.changed.connect(self._update_apply)
            QVBoxLayout(box).addWidget(self.conflicts)
            self.body.addWidget(box)
        if plan.new:
            self._section(self.tr("Nieuwe bezoeken"), visit_table(plan.new))
        if plan.changed:
            changed = visit_table(
                [u.visit for u in plan.changed], [u.changed_fields for u in plan.changed]
            )
            self._section(self.tr("Gewijzigde bezoeken (alleen in het pakket)"), changed)
        notes = [*plan.warnings]
        notes += [fill(self.tr("Niet overgenomen: %1"), what) for what in plan.not_merged]
        if notes:
            label = QLabel("\n".join(notes))
            label.setWordWrap(True)
            self._section(self.tr("Opmerkingen"), label)
        if not plan.has_changes:
            self.say(self.tr("Dit pakket bevat niets nieuws: er valt niets in te lezen."))
        self.body.addStretch(1)
        self._update_apply()

    def _section(self, title: str, widget: QWidget) -> None:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        self.body.addWidget(box)

    def _update_apply(self) -> None:
        plan = self.plan
        ready = (
            plan is not None
            and plan.has_changes
            and self.result is None
            and self.running is None
            and (self.conflicts is None or self.conflicts.complete())
        )
        self.apply_button.setEnabled(ready)
        if plan is not None and self.conflicts is not None and not self.conflicts.complete():
            self.apply_button.setToolTip(self.tr("Kies eerst bij elk conflict een versie."))
        else:
            self.apply_button.setToolTip("")

    def apply(self) -> None:
        plan = self.plan
        if plan is None or self.running is not None or not self.apply_button.isEnabled():
            return
        chosen = dict(self.conflicts.resolutions()) if self.conflicts else {}
        sessions, actor = self._office.sessions, self._office.actor
        self.run(
            self.windowTitle(),
            self.tr("De bezoeken worden ingelezen…"),
            lambda _progress: packs.apply_import(sessions, actor, plan, chosen),
            self._applied,
        )

    def _applied(self, result: ImportResult) -> None:
        self.result = result
        self.say(
            fill(
                self.tr(
                    "Ingelezen: %1 nieuw, %2 bijgewerkt; conflicten: %3 met de versie uit het "
                    "pakket, %4 met die van het stagebureau."
                ),
                count(result.added),
                count(result.updated),
                count(result.took_pack),
                count(result.kept_office),
            )
        )
        self.imported.emit(result)

    def busy(self, busy: bool) -> None:
        if busy:
            self.apply_button.setEnabled(False)
        else:
            self._update_apply()
