"""The case file's buttons that change or delete what the case already holds: "Plaatsing
wijzigen…" (period, hours per week, praktijkopleider), "Sollicitatie verwijderen" and
"Plaatsing verwijderen".

Like ``ui.case_actions``: the service is called first, then the step of
``ui.case_edit_commands`` is pushed, so Ctrl+Z takes it back. A delete asks first (it takes a
whole record with its history). What the service refuses to delete (an application a
placement was made from, a placement with visits) is said at once, without asking, when the
case shows it; and in the same words when the service refuses because the case was out of
date. Only a case worker is offered these buttons (``CaseFile.may_edit``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import PokStatus
from stagedesk.domain.errors import Conflict, StageDeskError, ValidationError
from stagedesk.services import applications, cases, placements
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.cases import NoteView
from stagedesk.services.company_register import company_view
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.timeline import TimelineKind, VisitDetail
from stagedesk.ui import case_commands
from stagedesk.ui import case_edit_commands as commands
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs import conflict_dialog
from stagedesk.ui.dialogs.conflict_dialog import ConflictChoice, ConflictField
from stagedesk.ui.dialogs.placement_dialogs import EditPlacementDialog, PlacementChange
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from stagedesk.ui.screens.case_file import CaseFileScreen

V = TypeVar("V")


class CaseEdits(QObject):
    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__(screen)
        self.screen = screen

        def button(name: str, slot: Callable[[], None]) -> QPushButton:
            made = QPushButton()
            made.setObjectName(name)
            made.clicked.connect(slot)
            return made

        self.edit_placement = button("editPlacement", self.edit_placement_dialog)
        self.delete_application = button("deleteApplication", self.delete_selected_application)
        self.delete_placement = button("deletePlacement", self.delete_selected_placement)

    def retranslate(self) -> None:
        self.edit_placement.setText(self.tr("Plaatsing wij&zigen…"))
        self.delete_application.setText(self.tr("Sollicitatie ve&rwijderen"))
        self.delete_placement.setText(self.tr("Plaatsing v&erwijderen"))

    def update(self) -> None:
        """Offered to a case worker: the change for the placement the POK button works on,
        the deletes for the application or placement selected in the timeline."""
        s = self.screen
        may_edit = s.case is not None and s.case.may_edit
        placement = s.current_placement()
        usable = placement is not None and placement.pok.status is not PokStatus.CANCELLED
        self.edit_placement.setVisible(may_edit)
        self.edit_placement.setEnabled(usable)
        self.edit_placement.setToolTip(placement.company_name if placement and usable else "")
        self.delete_application.setVisible(may_edit and s.selected_application() is not None)
        self.delete_placement.setVisible(may_edit and s.selected_placement() is not None)

    # --- change a placement ----------------------------------------------------------------------

    def edit_placement_dialog(self) -> None:
        s, ctx, today = self.screen, self.screen.context, self.screen.today()
        placement = s.current_placement()
        if placement is None or s.case is None:
            return
        try:
            contacts = company_view(ctx.sessions, ctx.actor, placement.company_id, today).contacts
        except StageDeskError as exc:
            s.show_message(case_error(exc))
            return

        names = {contact.id: contact.name for contact in contacts}
        if placement.praktijkopleider_id is not None and placement.praktijkopleider_name:
            names.setdefault(placement.praktijkopleider_id, placement.praktijkopleider_name)

        def call(change: PlacementChange, version: int) -> PlacementView:
            return placements.edit_placement(
                ctx.sessions,
                ctx.actor,
                placement.id,
                version,
                start=change.start,
                end=change.end,
                hours_per_week=change.hours_per_week,
                praktijkopleider_id=change.praktijkopleider_id,
                today=today,
            )

        def save(change: PlacementChange) -> None:
            before = placement
            try:
                after = call(change, ctx.version(placement.id))
            except Conflict as conflict:
                what = fill(self.tr("De plaatsing bij %1"), placement.company_name)
                fields = placement_fields(change, conflict, names)
                theirs = self._over_theirs(conflict, what, fields, placement.id, s.placement)
                if theirs is None or conflict.version is None:
                    return  # the dialog closes on the saved version; the user's is on the clipboard
                before = theirs  # undo brings back the version that was overwritten
                after = call(change, conflict.version)
            step = commands.edited_placement(ctx, before, after)
            s.push([step], TimelineKind.PLACEMENT, placement.id)

        s.open_dialog(EditPlacementDialog(placement, contacts, s.case.header.crebo, save, s))

    # --- change a note ("Notitie wijzigen…" in ui.case_actions saves through this) ---------------

    def save_note(self, note: NoteView, body: str, written_on: date, today: date) -> None:
        """Change the actor's own note; saved at another desk meanwhile, both versions."""
        s, ctx = self.screen, self.screen.context

        def call(version: int) -> NoteView:
            return cases.edit_note(
                ctx.sessions, ctx.actor, note.id, version, body, written_on=written_on, today=today
            )

        before = note
        try:
            after = call(ctx.version(note.id))
        except Conflict as conflict:
            fields = note_fields(body, written_on, conflict)
            theirs = self._over_theirs(conflict, self.tr("Uw notitie"), fields, note.id, s.note)
            if theirs is None or conflict.version is None:
                return
            before, after = theirs, call(conflict.version)
        s.push([case_commands.edited_note(ctx, before, after)], TimelineKind.NOTE, note.id)

    def _over_theirs(
        self,
        conflict: Conflict,
        what: str,
        fields: list[ConflictField],
        record_id: uuid.UUID,
        reread: Callable[[uuid.UUID], V | None],
    ) -> V | None:
        """After a stale save, the user's choice (conflict_dialog): keep editing raises the
        conflict again (the edit dialog shows it); otherwise the case reloads, and this is
        None when the user takes the saved version, else that version's view (to save over,
        and for undo to bring back)."""
        choice = conflict_dialog.settle(self.screen.dialog, conflict, what, fields)
        if choice is ConflictChoice.EDIT or conflict.version is None:
            raise conflict
        self.screen.reload()  # the saved version, as the case now shows it
        return None if choice is ConflictChoice.THEIRS else reread(record_id)

    # --- delete ----------------------------------------------------------------------------------

    def delete_selected_application(self) -> None:
        s, ctx = self.screen, self.screen.context
        app = s.selected_application()
        if app is None:
            return
        if app.placement_id is not None:
            s.show_message(self._has_placement(app))
            return
        question = fill(
            self.tr(
                "De sollicitatie bij %1 verwijderen, met haar hele geschiedenis?\n\n"
                "Met Ongedaan maken (Ctrl+Z) komt ze terug."
            ),
            app.company_name,
        )
        if not self._confirm(self.tr("Sollicitatie verwijderen"), question):
            return
        try:
            before = applications.delete_application(
                ctx.sessions, ctx.actor, app.id, ctx.version(app.id), today=s.today()
            )
        except StageDeskError as exc:
            placed = isinstance(exc, ValidationError) and exc.field == "application_id"
            s.show_message(self._has_placement(app) if placed else case_error(exc))
            return
        s.push([commands.deleted_application(ctx, before)], TimelineKind.APPLICATION, app.id)

    def delete_selected_placement(self) -> None:
        s, ctx = self.screen, self.screen.context
        placement = s.selected_placement()
        if placement is None or s.case is None:
            return
        if any(
            isinstance(entry.detail, VisitDetail) and entry.detail.placement_id == placement.id
            for entry in s.case.timeline
        ):
            s.show_message(self._has_visits(placement))
            return
        question = fill(
            self.tr(
                "De plaatsing bij %1 (%2 t/m %3) verwijderen, met haar POK en vergoeding?\n\n"
                "Met Ongedaan maken (Ctrl+Z) komt ze terug."
            ),
            placement.company_name,
            format_date(placement.start),
            format_date(placement.end),
        )
        if not self._confirm(self.tr("Plaatsing verwijderen"), question):
            return
        try:
            before = placements.delete_placement(
                ctx.sessions, ctx.actor, placement.id, ctx.version(placement.id), today=s.today()
            )
        except StageDeskError as exc:
            visited = isinstance(exc, ValidationError) and exc.field == "placement_id"
            s.show_message(self._has_visits(placement) if visited else case_error(exc))
            return
        step = commands.deleted_placement(ctx, before)
        s.push([step], TimelineKind.PLACEMENT, placement.id)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.screen,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _has_placement(self, app: ApplicationView) -> str:
        return fill(
            self.tr(
                "De sollicitatie bij %1 is niet verwijderd: er is een plaatsing uit voortgekomen. "
                "Verwijder eerst die plaatsing."
            ),
            app.company_name,
        )

    def _has_visits(self, placement: PlacementView) -> str:
        return fill(
            self.tr(
                "De plaatsing bij %1 is niet verwijderd: er zijn bezoeken aan gekoppeld, die "
                "dan verloren zouden gaan."
            ),
            placement.company_name,
        )


def placement_fields(
    change: PlacementChange, conflict: Conflict, names: Mapping[uuid.UUID, str]
) -> list[ConflictField]:
    """The placement dialog's fields: the user's change beside the store's version."""
    theirs: dict[str, Any] = conflict.current or {}

    def day(value: object) -> str:
        return format_date(value) if isinstance(value, date) else ""

    def person(value: object) -> str:
        if value is None:
            return QCoreApplication.translate("CaseEdits", "— nog niet bekend —")
        if isinstance(value, uuid.UUID) and value in names:
            return names[value]
        return QCoreApplication.translate("CaseEdits", "(niet meer bij dit bedrijf)")

    return [
        ConflictField(
            QCoreApplication.translate("CaseEdits", "Begindatum"),
            day(change.start),
            day(theirs.get("start_date")),
        ),
        ConflictField(
            QCoreApplication.translate("CaseEdits", "Einddatum"),
            day(change.end),
            day(theirs.get("end_date")),
        ),
        ConflictField(
            QCoreApplication.translate("CaseEdits", "Uren per week"),
            str(change.hours_per_week),
            str(theirs.get("hours_per_week", "")),
        ),
        ConflictField(
            QCoreApplication.translate("CaseEdits", "Praktijkopleider"),
            person(change.praktijkopleider_id),
            person(theirs.get("praktijkopleider_id")),
        ),
    ]


def note_fields(body: str, written_on: date, conflict: Conflict) -> list[ConflictField]:
    """The note dialog's fields: the user's text beside the stored one."""
    theirs: dict[str, Any] = conflict.current or {}
    stored_on = theirs.get("written_on")
    return [
        ConflictField(
            QCoreApplication.translate("CaseEdits", "Datum"),
            format_date(written_on),
            format_date(stored_on) if isinstance(stored_on, date) else "",
        ),
        ConflictField(
            QCoreApplication.translate("CaseEdits", "Tekst"), body, str(theirs.get("body") or "")
        ),
    ]
