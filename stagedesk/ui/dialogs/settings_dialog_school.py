"""The Instellingen dialog's first tabs: the school on its letterhead, and the thresholds of
the signals (attention list, allowance norm, break-offs, visits), with each field's message.

A tab reads its part of ``SettingsOverview`` (``load``), checks what was typed (``check``, the
message at the field) and gives the changed values back (``collect``); the dialog saves them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.breakoff import BreakoffThreshold
from stagedesk.services.dashboard_settings import MAX_WEEKS_PER_VISIT, DashboardSettings
from stagedesk.services.settings import SchoolSettings
from stagedesk.ui.dialogs import field_checks
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.save_paths import documents_dir

LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


class FieldBox(QWidget):
    """An editor with its message under it (hidden while the field is fine)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.setFocusProxy(editor)  # a label's mnemonic reaches the editor


class SettingsTab(QWidget):
    """A tab of the dialog: its fields by the name the services use in a ValidationError."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FieldBox] = {}

    def _field(self, name: str, editor: QWidget) -> FieldBox:
        editor.setObjectName(name)
        box = self.fields[name] = FieldBox(editor)
        return box

    def show_error(self, field: str, message: str) -> bool:
        """Show ``message`` at ``field`` if this tab has it; False otherwise."""
        box = self.fields.get(field)
        if box is None:
            return False
        box.message.show_message(message)
        box.editor.setFocus()
        return True

    def clear_messages(self) -> None:
        for box in self.fields.values():
            box.message.show_message("")

    def set_editable(self, editable: bool) -> None:
        for box in self.fields.values():
            editor = box.editor
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(not editable)
            else:
                editor.setEnabled(editable)


def spin_box(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def muted_note(text: str) -> QLabel:
    """A wrapped line under a tab's fields, drawn muted: background, not a field."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setEnabled(False)
    return note


def buddy(form: QFormLayout, row: QHBoxLayout, editor: QWidget) -> None:
    """A row whose field is a layout gets a label without a buddy (its '&' would show)."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(editor)


def _text_lines(editor: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    metrics = editor.fontMetrics()
    editor.setFixedHeight(metrics.lineSpacing() * lines + 12)
    editor.setTabChangesFocus(True)
    return editor


class SchoolTab(SettingsTab):
    """Name, address and contact details on the letterhead, who signs, the logo."""

    _LINES = (
        "school_name",
        "school_phone",
        "school_email",
        "school_website",
        "letter_place",
        "signatory_name",
        "signatory_function",
        "logo_path",
    )
    _REQUIRED = ("school_name", "school_address", "letter_place", "signatory_name")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = {name: QLineEdit() for name in self._LINES}
        self.address = _text_lines(QPlainTextEdit(), 3)
        self.sbb_address = _text_lines(QPlainTextEdit(), 3)
        self.logo_button = QPushButton(self.tr("&Kiezen…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.lines["logo_path"].setPlaceholderText(self.tr("geen: het StageDesk-beeldmerk"))
        for name, edit in self.lines.items():
            self._field(name, edit)
            edit.textEdited.connect(lambda _text, n=name: self.fields[n].message.show_message(""))
        self._field("school_address", self.address)
        self._field("sbb_address", self.sbb_address)

        logo = QHBoxLayout()
        logo.setContentsMargins(0, 0, 0, 0)
        logo.addWidget(self.fields["logo_path"], 1)
        logo.addWidget(self.logo_button, 0)
        form = QFormLayout()
        rows = (
            (self.tr("&Naam van de school:"), self.fields["school_name"]),
            (self.tr("&Adres:"), self.fields["school_address"]),
            (self.tr("&Telefoon:"), self.fields["school_phone"]),
            (self.tr("&E-mail:"), self.fields["school_email"]),
            (self.tr("&Website:"), self.fields["school_website"]),
            (self.tr("&Plaats boven brieven:"), self.fields["letter_place"]),
            (self.tr("&Ondertekenaar:"), self.fields["signatory_name"]),
            (self.tr("&Functie ondertekenaar:"), self.fields["signatory_function"]),
        )
        for label, box in rows:
            form.addRow(label, box)
        form.addRow(self.tr("&Logo (PNG of JPEG):"), logo)
        buddy(form, logo, self.lines["logo_path"])
        form.addRow(self.tr("Adres van &SBB:"), self.fields["sbb_address"])
        note = muted_note(self.tr("Deze gegevens staan in het briefhoofd van elke brief."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def load(self, settings: SchoolSettings) -> None:
        for name, edit in self.lines.items():
            edit.setText(getattr(settings, name))
        self.address.setPlainText(settings.school_address)
        self.sbb_address.setPlainText(settings.sbb_address)

    def collect(self, settings: SchoolSettings) -> SchoolSettings:
        values = {name: edit.text().strip() for name, edit in self.lines.items()}
        return replace(
            settings,
            **values,
            school_address=self.address.toPlainText().strip(),
            sbb_address=self.sbb_address.toPlainText().strip(),
        )

    def check(self) -> bool:
        """Show a message at every field that cannot be saved; True when there is none."""
        problems = {name: "" for name in self.fields}
        for name in self._REQUIRED:
            box = self.fields[name]
            editor = box.editor
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else self.text(name)
            problems[name] = field_checks.required(text)
        problems["school_email"] = field_checks.email(self.text("school_email"))
        problems["school_phone"] = field_checks.phone(self.text("school_phone"))
        problems["logo_path"] = self._logo_problem(self.text("logo_path"))
        for name, problem in problems.items():
            self.fields[name].message.show_message(problem)
        return not any(problems.values())

    def text(self, name: str) -> str:
        return self.lines[name].text().strip()

    def _logo_problem(self, text: str) -> str:
        if not text:
            return ""
        path = Path(text)
        if path.suffix.lower() not in LOGO_SUFFIXES:
            return self.tr("Kies een PNG- of JPEG-bestand.")
        if not path.is_file():
            return self.tr("Dit bestand bestaat niet (meer).")
        return ""

    def choose_logo(self) -> None:
        current = self.text("logo_path")
        start = str(Path(current).parent) if current else str(documents_dir())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), start, self.tr("Afbeeldingen (*.png *.jpg *.jpeg)")
        )
        if path:
            self.lines["logo_path"].setText(path)
            self.fields["logo_path"].message.show_message(self._logo_problem(path))


class SignalsTab(SettingsTab):
    """When the attention list, the allowance check, the break-off flag and the dashboard's
    visit figure speak up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        weeks, days = self.tr(" weken"), self.tr(" dagen")
        self.searching_weeks = spin_box(0, 104, weeks)
        self.rejections = spin_box(1, 100)
        self.pok_days = spin_box(0, 365, days)
        self.bbl_weeks = spin_box(0, 52, weeks)
        self.norm = QDoubleSpinBox()
        self.norm.setRange(0, 10_000)
        self.norm.setDecimals(2)
        self.norm.setPrefix("€ ")
        self.refuse_unrecognised = QCheckBox(
            self.tr("Plaatsing bij een bedrijf zonder erkenning voor de opleiding &weigeren")
        )
        self.breakoff_count = spin_box(1, 99)
        self.breakoff_years = spin_box(1, 10, self.tr(" schooljaren"))
        self.weeks_per_visit = spin_box(1, MAX_WEEKS_PER_VISIT, weeks)
        for name, editor in (
            ("searching_weeks", self.searching_weeks),
            ("rejections", self.rejections),
            ("pok_days_before_start", self.pok_days),
            ("bbl_warning_weeks", self.bbl_weeks),
            ("allowance_norm_cents", self.norm),
            ("refuse_unrecognised", self.refuse_unrecognised),
            ("breakoff.count", self.breakoff_count),
            ("breakoff.school_years", self.breakoff_years),
            ("weeks_per_visit", self.weeks_per_visit),
        ):
            self._field(name, editor)

        attention = QFormLayout()
        attention.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        attention.addRow(self.tr("&Zoekt lang vanaf:"), self.fields["searching_weeks"])
        attention.addRow(self.tr("&Veel afwijzingen vanaf:"), self.fields["rejections"])
        attention.addRow(self.tr("&POK rond, uiterlijk:"), self.fields["pok_days_before_start"])
        attention.addRow(
            self.tr("&BBL-waarschuwing vóór 31 december:"), self.fields["bbl_warning_weeks"]
        )
        attention.addRow(
            self.tr("&Norm stagevergoeding per maand:"), self.fields["allowance_norm_cents"]
        )
        attention.addRow("", self.fields["refuse_unrecognised"])
        flag = QHBoxLayout()
        flag.setContentsMargins(0, 0, 0, 0)
        flag.addWidget(self.fields["breakoff.count"])
        flag.addWidget(QLabel(self.tr("of meer in")))
        flag.addWidget(self.fields["breakoff.school_years"])
        flag.addStretch(1)
        attention.addRow(self.tr("Bedrijf signaleren bij &afbrekingen:"), flag)
        attention.addRow(self.tr("Dashboard: een &bezoek per:"), self.fields["weeks_per_visit"])
        buddy(attention, flag, self.breakoff_count)
        note = muted_note(
            self.tr(
                "De aandachtslijst, het overzicht van stagevergoedingen en het dashboard "
                "gebruiken deze drempels; de POK-termijn geldt in dagen vóór de start."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(attention)
        layout.addWidget(note)
        layout.addStretch(1)

    def load(
        self, school: SchoolSettings, breakoff: BreakoffThreshold, dashboard: DashboardSettings
    ) -> None:
        self.searching_weeks.setValue(school.searching_weeks)
        self.rejections.setValue(school.rejections)
        self.pok_days.setValue(school.pok_days_before_start)
        self.bbl_weeks.setValue(school.bbl_warning_weeks)
        self.norm.setValue(school.allowance_norm_cents / 100)
        self.refuse_unrecognised.setChecked(school.refuse_unrecognised)
        self.breakoff_count.setValue(breakoff.count)
        self.breakoff_years.setValue(breakoff.school_years)
        self.weeks_per_visit.setValue(dashboard.weeks_per_visit)

    def collect(
        self, school: SchoolSettings
    ) -> tuple[SchoolSettings, BreakoffThreshold, DashboardSettings]:
        changed = replace(
            school,
            searching_weeks=self.searching_weeks.value(),
            rejections=self.rejections.value(),
            pok_days_before_start=self.pok_days.value(),
            bbl_warning_weeks=self.bbl_weeks.value(),
            allowance_norm_cents=round(self.norm.value() * 100),
            refuse_unrecognised=self.refuse_unrecognised.isChecked(),
        )
        threshold = BreakoffThreshold(self.breakoff_count.value(), self.breakoff_years.value())
        return changed, threshold, DashboardSettings(self.weeks_per_visit.value())
