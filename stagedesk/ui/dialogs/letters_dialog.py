"""Print letters from a template: to the selected students or everyone in the list's filter,
as one merged PDF or one file per student, on a worker with progress and Cancel.

The dialog is not modal: the window stays usable while a batch runs. The same dialog prints
one student's letter from the case file (``LettersDialog.for_student``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.services import letters
from stagedesk.services.letters import PrintResult, TemplateInfo
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.dialogs.job_progress import ProgressJob
from stagedesk.ui.dialogs.letter_texts import letters_error, recipient_label
from stagedesk.ui.save_paths import documents_dir
from stagedesk.ui.text import count, fill
from stagedesk.ui.workers import Progress


class PrintLetters(Protocol):
    """``services.letters.print_letters`` (tests pass a wrapper around it)."""

    def __call__(
        self,
        sessions: object,
        actor: object,
        template_id: str,
        student_ids: Sequence[uuid.UUID],
        *,
        out: Path | None = ...,
        split_dir: Path | None = ...,
        progress: Progress | None = ...,
        cancel: Callable[[], bool] | None = ...,
        today: date | None = ...,
    ) -> PrintResult: ...


@dataclass(frozen=True)
class LetterStudents:
    """Who a batch may go to: the list's selection and everyone its filter shows (keys as the
    list names students: the id in hex)."""

    selected: Sequence[str]
    filtered: Sequence[str]
    name: str = ""  # set when the dialog prints for one student (the case file)


class LettersDialog(QDialog):
    """Choose template, students and output; ``printed`` carries the result of a run."""

    printed = Signal(object)  # PrintResult

    def __init__(
        self,
        office: Office,
        students: LetterStudents,
        *,
        today: date,
        print_letters: PrintLetters = letters.print_letters,
        templates: Sequence[TemplateInfo] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lettersDialog")
        self._office = office
        self._students = students
        self._today = today
        self._print = print_letters
        self.running: ProgressJob | None = None
        self.result: PrintResult | None = None
        single = bool(students.name)
        self.setWindowTitle(
            fill(self.tr("Brief afdrukken voor %1"), students.name)
            if single
            else self.tr("Brieven afdrukken")
        )

        self.template = QComboBox()
        self.template.setObjectName("letterTemplate")
        try:
            found = list(templates) if templates is not None else letters.letter_templates()
        except StageDeskError as exc:
            found = []
            self._load_problem = letters_error(exc)
        else:
            self._load_problem = ""
        for info in found:
            self.template.addItem(
                fill(self.tr("%1 (%2)"), info.title, recipient_label(info.recipient)), info.id
            )

        self.selected = QRadioButton(
            fill(self.tr("De geselecteerde studenten (%1)"), count(len(students.selected)))
        )
        self.selected.setObjectName("selectedStudents")
        self.filtered = QRadioButton(
            fill(self.tr("Alle studenten in de lijst met het huidige filter (%1)"),
                 count(len(students.filtered)))
        )  # fmt: skip
        self.filtered.setObjectName("filteredStudents")
        self.selected.setEnabled(bool(students.selected))
        self.filtered.setEnabled(bool(students.filtered))
        (self.selected if students.selected else self.filtered).setChecked(True)
        who = QButtonGroup(self)
        who.addButton(self.selected)
        who.addButton(self.filtered)
        who.buttonToggled.connect(lambda *_: self._update_count())

        self.merged = QRadioButton(self.tr("Eén PDF-bestand"))
        self.merged.setObjectName("mergedOutput")
        self.split = QRadioButton(self.tr("Eén bestand per student, in een map"))
        self.split.setObjectName("splitOutput")
        self.merged.setChecked(True)
        how = QButtonGroup(self)
        how.addButton(self.merged)
        how.addButton(self.split)
        self.file = QLineEdit()
        self.file.setObjectName("outputFile")
        self.folder = QLineEdit(str(documents_dir() / "brieven"))
        self.folder.setObjectName("outputFolder")
        choose_file = QPushButton(self.tr("Kiezen…"))
        choose_file.clicked.connect(self._choose_file)
        choose_folder = QPushButton(self.tr("Kiezen…"))
        choose_folder.clicked.connect(self._choose_folder)
        self.path_message = FieldMessage()
        self._file_chosen = False
        self.file.textEdited.connect(self._file_edited)
        self.merged.toggled.connect(self._output_changed)

        self.problem = FieldMessage(wrap=True)
        self.problem.setObjectName("lettersProblem")
        self.outcome = QLabel()
        self.outcome.setObjectName("lettersOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("&Afdrukken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printLetters")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Brief"), self.template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if single:
            form.addRow(self.tr("Aan"), QLabel(students.name))
        else:
            who_box = QGroupBox(self.tr("Studenten"))
            who_layout = QVBoxLayout(who_box)
            who_layout.addWidget(self.selected)
            who_layout.addWidget(self.filtered)
            layout.addWidget(who_box)
        out_box = QGroupBox(self.tr("Opslaan als"))
        out_layout = QVBoxLayout(out_box)
        out_layout.addWidget(self.merged)
        out_layout.addLayout(_row(self.file, choose_file))
        if not single:
            out_layout.addWidget(self.split)
            out_layout.addLayout(_row(self.folder, choose_folder))
        out_layout.addWidget(self.path_message)
        layout.addWidget(out_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()
        self._output_changed()
        self._update_count()
        self.problem.show_message(self._load_problem)
        self.setMinimumWidth(560)

    @classmethod
    def for_student(
        cls,
        office: Office,
        key: str,
        name: str,
        *,
        today: date,
        print_letters: PrintLetters = letters.print_letters,
        parent: QWidget | None = None,
    ) -> LettersDialog:
        """One student's letter, from their case file."""
        return cls(
            office,
            LetterStudents((key,), (), name),
            today=today,
            print_letters=print_letters,
            parent=parent,
        )

    # --- choosing --------------------------------------------------------------------------------

    def chosen_keys(self) -> Sequence[str]:
        if self._students.name or self.selected.isChecked():
            return self._students.selected
        return self._students.filtered

    def template_id(self) -> str | None:
        data = self.template.currentData()
        return str(data) if data else None

    def _update_count(self) -> None:
        n = len(self.chosen_keys())
        self.print_button.setEnabled(n > 0 and self.template_id() is not None)

    def _template_changed(self) -> None:
        if not self._file_chosen:
            name = self.template_id() or "brieven"
            self.file.setText(str(documents_dir() / f"{name}-{self._today.isoformat()}.pdf"))
        self._update_count()

    def _file_edited(self) -> None:
        self._file_chosen = True
        self.path_message.show_message("")

    def _output_changed(self) -> None:
        self.file.setEnabled(self.merged.isChecked())
        self.folder.setEnabled(not self.merged.isChecked())
        self.path_message.show_message("")

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Brieven opslaan als"), self.file.text(), self.tr("PDF-bestand (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.file.setText(path)
            self._file_chosen = True
            self.merged.setChecked(True)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de brieven"), self.folder.text()
        )
        if path:
            self.folder.setText(path)
            self.split.setChecked(True)

    # --- printing --------------------------------------------------------------------------------

    def _target(self) -> tuple[Path | None, Path | None]:
        """(out, split_dir) as the service takes them; a message at the field if neither."""
        if self.merged.isChecked():
            text = self.file.text().strip()
            if not text:
                self.path_message.show_message(self.tr("Kies een bestand."))
                return None, None
            out = Path(text).expanduser()
            if not out.parent.is_dir():
                self.path_message.show_message(
                    fill(self.tr("De map %1 bestaat niet."), str(out.parent))
                )
                return None, None
            return out, None
        text = self.folder.text().strip()
        if not text:
            self.path_message.show_message(self.tr("Kies een map."))
            return None, None
        return None, Path(text).expanduser()

    def start(self) -> None:
        """Start the batch on a worker (the button "Afdrukken")."""
        template_id = self.template_id()
        keys = list(self.chosen_keys())
        if self.running is not None or template_id is None or not keys:
            return
        out, split_dir = self._target()
        if out is None and split_dir is None:
            return
        self.problem.show_message("")
        self.outcome.hide()
        ids = [uuid.UUID(hex=key) for key in keys]
        sessions, actor, today, print_letters = (
            self._office.sessions,
            self._office.actor,
            self._today,
            self._print,
        )

        def work(progress: Progress) -> PrintResult:
            return print_letters(
                sessions,
                actor,
                template_id,
                ids,
                out=out,
                split_dir=split_dir,
                progress=progress,
                cancel=lambda: job.job.is_cancelled(),
                today=today,
            )

        job = ProgressJob(
            self,
            self.windowTitle(),
            fill(self.tr("Brieven maken voor %1 studenten…"), count(len(ids))),
            work,
        )
        job.job.succeeded.connect(self._succeeded)
        job.job.failed.connect(self._failed)
        job.job.cancelled.connect(self._cancelled)
        job.job.finished.connect(self._finished)
        self.running = job
        self._set_busy(True)
        job.start()

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        for widget in (self.template, self.selected, self.filtered, self.merged, self.split):
            widget.setEnabled(not busy)
        if not busy:
            self.selected.setEnabled(bool(self._students.selected))
            self.filtered.setEnabled(bool(self._students.filtered))
            self._output_changed()
            self._update_count()

    def _succeeded(self, result: PrintResult) -> None:
        self.result = result
        if len(result.files) == 1:
            where = str(result.files[0].path)
        else:
            where = fill(
                self.tr("%1 bestanden in %2"),
                count(len(result.files)),
                str(result.files[0].path.parent) if result.files else "",
            )
        text = fill(
            self.tr("%1 brieven gemaakt en in het briefregister gezet: %2"),
            count(result.letters),
            where,
        )
        if result.recovered:
            # Registered by a run that crashed before moving them into place: now in place.
            names = ", ".join(path.name for path in result.recovered[:3])
            if len(result.recovered) > 3:
                names += ", …"
            text += "\n" + fill(
                self.tr("Ook %1 eerder onderbroken bestand(en) alsnog op hun plek gezet: %2"),
                count(len(result.recovered)),
                names,
            )
        self.outcome.setText(text)
        self.outcome.show()
        self.printed.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.problem.show_message(letters_error(error))

    def _cancelled(self) -> None:
        self.outcome.setText(self.tr("Afdrukken geannuleerd: er is niets opgeslagen."))
        self.outcome.show()

    def _finished(self) -> None:
        self.running = None
        self._set_busy(False)

    def reject(self) -> None:
        if self.running is not None:  # closing while printing: stop the batch first
            self.running.cancel()
        super().reject()


def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(20, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row
