"""Log a held visit (bezoekverslag): the date and how, the checklist in force as a form,
concerns, general notes, agreed actions, and the next visit.

Everything scrolls in one area (a checklist is long); the message and the buttons stay in
view under it. The form is checked by the service: its refusal is shown at the field it
names and that field is scrolled into view.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.checklists import (
    Checklist,
    ChecklistSection,
    VisitConcern,
    suggested_concerns,
)
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.domain.visits import AgreedAction, ItemAnswer, VisitMode
from stagedesk.services.visit_views import VisitReport
from stagedesk.ui import company_labels
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import DateField, in_future
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.dialogs.visit_dialog import TimeField, field_messages, mode_box, type_box
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import visit_labels
from stagedesk.ui.widgets.visit_actions import ActionsEditor
from stagedesk.ui.widgets.visit_checklist import ChecklistForm

NEXT_VISIT_AFTER = timedelta(weeks=8)
_NEXT_TYPE = {
    VisitType.START: VisitType.MIDTERM,
    VisitType.MIDTERM: VisitType.FINAL,
    VisitType.FINAL: VisitType.EXTRA,
    VisitType.EXTRA: VisitType.EXTRA,
}


@dataclass(frozen=True)
class NextPlanned:
    visit_type: VisitType
    planned_on: date
    planned_time: time | None


@dataclass(frozen=True)
class LoggedVisit:
    held_on: date
    mode: VisitMode
    answers: dict[str, ItemAnswer]
    notes: str | None
    agreed_actions: list[AgreedAction]
    concerns: frozenset[VisitConcern]
    next_visit: NextPlanned | None


class LogVisitDialog(QDialog):
    """``report`` is the visit to log (planned) or correct (held); ``save(LoggedVisit)``."""

    def __init__(
        self,
        report: VisitReport,
        today: date,
        save: Callable[[LoggedVisit], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logVisitDialog")
        self.report = report
        self._save = save
        visit = report.visit
        self.setWindowTitle(
            fill(
                self.tr("Bezoek vastleggen: %1 bij %2"),
                visit.student_name,
                visit.company_name,
            )
        )
        held = visit.held_on or min(visit.planned_on or today, today)
        self.held_on = DateField(held, maximum=today, too_late=in_future(today))
        self.held_on.setObjectName("heldOn")
        self.mode = mode_box(visit.mode)
        self.mode.setObjectName("visitMode")
        self.checklist = ChecklistForm(report.sections)
        self.concern_boxes: dict[VisitConcern, QCheckBox] = {}
        for concern in VisitConcern:
            box = QCheckBox(visit_labels.concern(concern))
            box.setObjectName(f"concern-{concern.value}")
            box.setChecked(concern in visit.concerns)
            self.concern_boxes[concern] = box
        self.suggestion = QLabel()
        self.suggestion.setObjectName("concernSuggestion")
        self.suggestion.setWordWrap(True)
        self.notes = QPlainTextEdit(visit.notes or "")
        self.notes.setObjectName("visitNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes_message = FieldMessage()
        self.actions = ActionsEditor(visit.agreed_actions, today)
        self.next_box = QGroupBox(self.tr("Volgend bezoek plannen"))
        self.next_box.setObjectName("nextVisit")
        self.next_box.setCheckable(True)
        already = report.next_visit is not None or visit.status is VisitStatus.HELD
        self.next_box.setChecked(not already)
        self.next_type = type_box(_NEXT_TYPE[visit.visit_type])
        self.next_type.setObjectName("nextType")
        self.next_on = DateField(held + NEXT_VISIT_AFTER)
        self.next_on.setObjectName("nextOn")
        self.next_time = TimeField(None)
        self.next_message = FieldMessage()
        self.problem = FieldMessage(wrap=True)
        self.problem.setObjectName("dialogProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(report)
        self.checklist.changed.connect(self._suggest)
        self._suggest()
        self.resize(820, 760)

    def _lay_out(self, report: VisitReport) -> None:
        visit = report.visit
        body = QWidget()
        body.setObjectName("visitLogBody")
        layout = QVBoxLayout(body)
        title = report.checklist_title or self.tr("geen checklist voor dit soort bezoek")
        heading = QLabel(
            f"<b>{html.escape(company_labels.visit_type(visit.visit_type).capitalize())}</b>"
            f" · {html.escape(title)}"
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if not report.exact:
            old = QLabel(
                self.tr(
                    "Let op: de checklist is gewijzigd sinds dit bezoek is vastgelegd; "
                    "de vragen staan hier zoals ze nu luiden."
                )
            )
            old.setWordWrap(True)
            layout.addWidget(old)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        top.addRow(self.tr("&Gehouden op"), self.held_on.boxed())
        top.addRow(self.tr("&Vorm"), self.mode)
        layout.addLayout(top)
        layout.addWidget(self.checklist)
        concerns = QGroupBox(self.tr("Zorgen (de student komt dan op de aandachtslijst)"))
        concerns_layout = QVBoxLayout(concerns)
        row = QHBoxLayout()
        for box in self.concern_boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        concerns_layout.addLayout(row)
        concerns_layout.addWidget(self.suggestion)
        layout.addWidget(concerns)
        notes = QGroupBox(self.tr("Algemene notities"))
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.notes_message)
        layout.addWidget(notes)
        actions = QGroupBox(self.tr("Afspraken (actiepunten)"))
        QVBoxLayout(actions).addWidget(self.actions)
        layout.addWidget(actions)
        next_form = QFormLayout(self.next_box)
        next_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        next_form.addRow(self.tr("Soort"), self.next_type)
        next_form.addRow(self.tr("Datum"), self.next_on.boxed())
        next_form.addRow(self.tr("Tijd"), self.next_time)
        next_form.addRow("", self.next_message)
        if report.next_visit is not None and report.next_visit.planned_on is not None:
            planned = QLabel(
                fill(
                    self.tr("Al gepland: %1 op %2."),
                    company_labels.visit_type(report.next_visit.visit_type),
                    visit_labels.when(report.next_visit),
                )
            )
            layout.addWidget(planned)
        layout.addWidget(self.next_box)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("visitLogScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.problem)
        outer.addWidget(self.buttons)

    def _suggest(self) -> None:
        """Concerns the answers point at are suggested, never ticked for the mentor."""
        sections = tuple(
            ChecklistSection(s.id, s.title, tuple(a.item for a in s.items))
            for s in self.report.sections
        )
        checklist = Checklist("", self.report.visit.visit_type, 1, "", sections)
        wanted = suggested_concerns(checklist, self.checklist.chosen())
        missing = [c for c in VisitConcern if c in wanted and not self.concern_boxes[c].isChecked()]
        self.suggestion.setText(
            fill(
                self.tr("Uw antwoorden wijzen op: %1. Vink aan wat van toepassing is."),
                ", ".join(visit_labels.concern(c) for c in missing),
            )
            if missing
            else ""
        )
        self.suggestion.setVisible(bool(missing))

    def value(self) -> LoggedVisit:
        next_visit = None
        if self.next_box.isChecked():
            next_visit = NextPlanned(
                VisitType(self.next_type.currentData()),
                self.next_on.value(),
                self.next_time.value(),
            )
        return LoggedVisit(
            held_on=self.held_on.value(),
            mode=VisitMode(self.mode.currentData()),
            answers=self.checklist.answers(),
            notes=self.notes.toPlainText().strip() or None,
            agreed_actions=self.actions.actions(),
            concerns=frozenset(c for c, box in self.concern_boxes.items() if box.isChecked()),
            next_visit=next_visit,
        )

    def submit(self) -> None:
        fields = [self.held_on, *([self.next_on] if self.next_box.isChecked() else [])]
        refused = [field for field in fields if not field.check()]
        if refused or not self.actions.dates_ok():
            target = refused[0] if refused else self.actions
            self.scroll.ensureWidgetVisible(target)
            target.setFocus()
            return
        logged = self.value()
        self.problem.show_message("")
        try:
            self._save(logged)
        except StageDeskError as exc:
            self._show_refusal(exc)
            return
        self.accept()

    def _show_refusal(self, error: StageDeskError) -> None:
        """At the field the service names, scrolled into view; else above the buttons."""
        where: QWidget | None = None
        if isinstance(error, ValidationError):
            name = error.field
            if name.startswith("answers."):
                where = self.checklist.show_item_message(name.split(".", 1)[1], error.message)
            elif name.startswith("agreed_actions."):
                number = name.split(".", 1)[1]
                row = self.actions.row_for(int(number)) if number.isdigit() else None
                if row is not None:
                    row.message.show_message(error.message)
                    where = row
            elif field_messages(
                error,
                {
                    "held_on": self.held_on.message,
                    "notes": self.notes_message,
                    "next_visit": self.next_message,
                },
            ):
                where = {
                    "held_on": self.held_on,
                    "notes": self.notes,
                    "next_visit": self.next_box,
                }.get(name.split(".")[0])
        if where is None:
            self.problem.show_message(case_error(error))
            return
        self.problem.show_message(self.tr("Niet opgeslagen: zie de melding bij het veld."))
        self.scroll.ensureWidgetVisible(where)
