"""The words of the Bewaartermijnen dialog (ui.dialogs.retention_dialog): labels for the kinds
of records and what happens to them, and the sentences of the summary, the confirm step, the
result and a refusal. All under the translation context "RetentionDialog"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import Conflict, PermissionDenied, StageDeskError
from stagedesk.services.retention import KindCount, PurgeResult, RetentionPreview
from stagedesk.ui.dialogs.form import error_message
from stagedesk.ui.text import fill


def kind_label(kind: str) -> str:
    labels = {
        "students": QCoreApplication.translate("RetentionDialog", "Studentdossiers"),
        "applications": QCoreApplication.translate("RetentionDialog", "Sollicitaties"),
        "placements": QCoreApplication.translate("RetentionDialog", "Plaatsingen"),
        "visits": QCoreApplication.translate("RetentionDialog", "Bezoeken"),
        "letters": QCoreApplication.translate("RetentionDialog", "Brieven in het register"),
        "breakoffs": QCoreApplication.translate("RetentionDialog", "Afgebroken bpv"),
        "hours": QCoreApplication.translate("RetentionDialog", "Bpv-uren"),
        "notes": QCoreApplication.translate("RetentionDialog", "Notities"),
        "prerequisites": QCoreApplication.translate("RetentionDialog", "Voorwaarden (VOG e.d.)"),
        "match_areas": QCoreApplication.translate("RetentionDialog", "Zoekgebieden"),
        "profiles": QCoreApplication.translate(
            "RetentionDialog", "Profielen voor voorstellen aan bedrijven"
        ),
        "meldingen": QCoreApplication.translate("RetentionDialog", "Meldingen"),
    }
    return labels.get(kind, kind)


def action_label(action: str) -> str:
    labels = {
        "anonymised": QCoreApplication.translate(
            "RetentionDialog", "geanonimiseerd (aantallen blijven)"
        ),
        "cleared": QCoreApplication.translate("RetentionDialog", "blijven; vrije tekst gewist"),
        "deleted": QCoreApplication.translate("RetentionDialog", "verwijderd"),
    }
    return labels.get(action, action)


def ended_label(ended: SearchStatus) -> str:
    if ended is SearchStatus.STOPPED:
        return QCoreApplication.translate("RetentionDialog", "gestopt")
    return QCoreApplication.translate("RetentionDialog", "bpv afgerond")


def summary(preview: RetentionPreview) -> str:
    if preview.empty:
        return fill(
            QCoreApplication.translate(
                "RetentionDialog", "Op %1 is niets ouder dan de bewaartermijnen."
            ),
            format_date(preview.today),
        )
    return fill(
        QCoreApplication.translate(
            "RetentionDialog",
            "Op %1: studenten vertrokken of klaar op of vóór %2 en meldingen afgesloten op of "
            "vóór %3.",
        ),
        format_date(preview.today),
        format_date(preview.student_cutoff),
        format_date(preview.melding_cutoff),
    )


def _counts(kinds: tuple[KindCount, ...]) -> list[str]:
    line = QCoreApplication.translate("RetentionDialog", "• %1: %2 %3.")
    return [
        fill(line, kind_label(k.kind), k.count, action_label(k.action)) for k in kinds if k.count
    ]


def confirmation(preview: RetentionPreview) -> str:
    """What will happen, in words, with the counts."""
    return "\n".join(
        [
            *_counts(preview.kinds),
            "",
            QCoreApplication.translate(
                "RetentionDialog",
                "Namen, geboortedatum (alleen het jaar blijft), contactgegevens, klas, "
                "ondersteuning en vrije tekst van deze studenten worden gewist; hun opleiding, "
                "cohort, status en data blijven voor de overzichten. Alles gebeurt in één keer "
                "of helemaal niet, en wordt vastgelegd in de audittrail (alleen aantallen).",
            ),
            "",
            QCoreApplication.translate(
                "RetentionDialog",
                "Bestaande back-ups bevatten de gegevens nog tot ze worden vervangen (dagelijkse "
                "na een week, wekelijkse na vier weken). Maak eerst een back-up (Bestand → "
                "Back-ups) als u dit later nog wilt kunnen inzien.",
            ),
        ]
    )


def outcome(result: PurgeResult) -> str:
    return "\n".join(
        [
            *_counts(result.kinds),
            "",
            fill(
                QCoreApplication.translate(
                    "RetentionDialog", "Vastgelegd in de audittrail als regel %1."
                ),
                result.audit_seq,
            ),
        ]
    )


def refusal(error: StageDeskError) -> str:
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate(
            "RetentionDialog", "Alleen een beheerder mag bewaartermijnen instellen en opschonen."
        )
    if isinstance(error, Conflict):
        return QCoreApplication.translate(
            "RetentionDialog",
            "De gegevens zijn veranderd sinds het voorbeeld; er is niets gewijzigd. Bekijk het "
            "nieuwe voorbeeld en bevestig opnieuw.",
        )
    return error_message(error)
