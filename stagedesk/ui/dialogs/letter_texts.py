"""The sentences of printing letters: who a template writes to, and why letters could not be
made (a template's own problem named with its file and line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.errors import StageDeskError
from stagedesk.pdf.templates import LetterTemplateError, RecipientKind
from stagedesk.ui.dialogs.form import error_message
from stagedesk.ui.text import fill


def recipient_label(kind: RecipientKind) -> str:
    words = {
        RecipientKind.STUDENT: QCoreApplication.translate("letters", "aan de student"),
        RecipientKind.COMPANY: QCoreApplication.translate("letters", "aan het leerbedrijf"),
        RecipientKind.GUARDIAN: QCoreApplication.translate("letters", "aan de ouder/verzorger"),
        RecipientKind.SBB: QCoreApplication.translate("letters", "aan SBB"),
    }
    return words[kind]


def letters_error(error: BaseException) -> str:
    """Why letters could not be made, in Dutch; a template's own problem with its place."""
    if isinstance(error, LetterTemplateError):
        where = error.source
        if error.line is not None:
            where = fill(QCoreApplication.translate("letters", "%1, regel %2"), where, error.line)
        detail = str(error).removeprefix(f"{error.source}, line {error.line}: ")
        detail = detail.removeprefix(f"{error.source}: ")
        if error.student_number:
            return fill(
                QCoreApplication.translate(
                    "letters",
                    "Het briefsjabloon kan niet worden gebruikt (%1, student %2): %3. "
                    "Er is niets afgedrukt.",
                ),
                where,
                error.student_number,
                detail,
            )
        return fill(
            QCoreApplication.translate(
                "letters",
                "Het briefsjabloon kan niet worden gebruikt (%1): %2. Er is niets afgedrukt.",
            ),
            where,
            detail,
        )
    if isinstance(error, StageDeskError):
        return error_message(error)
    if isinstance(error, OSError):
        return fill(
            QCoreApplication.translate("letters", "Het bestand kan niet worden geschreven: %1"),
            error.strerror or str(error),
        )
    return fill(QCoreApplication.translate("letters", "Afdrukken mislukt: %1"), error)
