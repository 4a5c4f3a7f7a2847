"""The Dutch sentences of a case file: timeline entries, placement warnings, refusals.

The services hand over structured facts (statuses, parties, company names, dates); this module
writes them as the office reads them, through ``QCoreApplication.translate`` so that every
sentence follows the installed language. Like ``labels``, nothing is cached.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import ApplicationStatus
from stagedesk.domain.errors import Conflict, StageDeskError, ValidationError
from stagedesk.domain.placements import PlacementWarning, PlacementWarningItem, RecognitionGap
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services.timeline import (
    ApplicationDetail,
    LetterDetail,
    NoteDetail,
    PlacementDetail,
    PlacementEvent,
    PokDetail,
    PokEvent,
    ProposalDetail,
    ProposalEvent,
    TimelineEntry,
    TimelineKind,
    VisitDetail,
)
from stagedesk.ui import company_labels, labels
from stagedesk.ui.dialogs.form import error_message
from stagedesk.ui.text import fill, money

NOTE_PREVIEW_CHARS = 160


def kind_label(kind: TimelineKind) -> str:
    """The kind as the timeline's filter names it (plural)."""
    labels_ = {
        TimelineKind.APPLICATION: QCoreApplication.translate("case_texts", "Sollicitaties"),
        TimelineKind.PLACEMENT: QCoreApplication.translate("case_texts", "Plaatsingen"),
        TimelineKind.POK: QCoreApplication.translate("case_texts", "POK"),
        TimelineKind.VISIT: QCoreApplication.translate("case_texts", "Bezoeken"),
        TimelineKind.LETTER: QCoreApplication.translate("case_texts", "Brieven"),
        TimelineKind.NOTE: QCoreApplication.translate("case_texts", "Notities"),
        TimelineKind.PROPOSAL: QCoreApplication.translate("case_texts", "Voorstellen"),
    }
    return labels_[kind]


def kind_word(kind: TimelineKind) -> str:
    """The kind of one entry, for the timeline's "Soort" column."""
    words = {
        TimelineKind.APPLICATION: QCoreApplication.translate("case_texts", "sollicitatie"),
        TimelineKind.PLACEMENT: QCoreApplication.translate("case_texts", "plaatsing"),
        TimelineKind.POK: QCoreApplication.translate("case_texts", "POK"),
        TimelineKind.VISIT: QCoreApplication.translate("case_texts", "bezoek"),
        TimelineKind.LETTER: QCoreApplication.translate("case_texts", "brief"),
        TimelineKind.NOTE: QCoreApplication.translate("case_texts", "notitie"),
        TimelineKind.PROPOSAL: QCoreApplication.translate("case_texts", "voorstel"),
    }
    return words[kind]


def entry_text(entry: TimelineEntry) -> str:
    """One line that says what happened (or is planned) on the entry's day."""
    detail = entry.detail
    if isinstance(detail, ApplicationDetail):
        return _application(detail)
    if isinstance(detail, PlacementDetail):
        return _placement(detail)
    if isinstance(detail, PokDetail):
        return _pok(detail)
    if isinstance(detail, VisitDetail):
        return _visit(detail)
    if isinstance(detail, LetterDetail):
        return _letter(detail)
    if isinstance(detail, ProposalDetail):
        return _proposal(detail)
    return _note(detail)


def entry_tooltip(entry: TimelineEntry) -> str:
    """The whole note for a note entry (the line shows its start), else the line itself."""
    if isinstance(entry.detail, NoteDetail):
        return entry.detail.body
    return entry_text(entry)


def _application(d: ApplicationDetail) -> str:
    company, channel = d.company_name, labels.application_channel(d.channel)
    s = ApplicationStatus
    if d.status is s.REJECTED:
        if d.rejection_reason is None:
            return fill(QCoreApplication.translate("case_texts", "Afgewezen door %1"), company)
        return fill(
            QCoreApplication.translate("case_texts", "Afgewezen door %1 (reden: %2)"),
            company,
            labels.rejection_reason(d.rejection_reason),
        )
    templates = {
        s.DRAFT: QCoreApplication.translate(
            "case_texts", "Sollicitatie bij %1 als concept vastgelegd (via %2)"
        ),
        s.SENT: QCoreApplication.translate("case_texts", "Sollicitatie verstuurd naar %1 (via %2)"),
        s.INVITED: QCoreApplication.translate("case_texts", "Uitgenodigd voor een gesprek bij %1"),
        s.INTERVIEWED: QCoreApplication.translate("case_texts", "Gesprek gehad bij %1"),
        s.OFFERED: QCoreApplication.translate("case_texts", "Aanbod van %1"),
        s.ACCEPTED: QCoreApplication.translate("case_texts", "Aanbod van %1 geaccepteerd"),
        s.WITHDRAWN: QCoreApplication.translate("case_texts", "Sollicitatie bij %1 ingetrokken"),
    }
    return fill(templates[d.status], company, channel)


def _placement(d: PlacementDetail) -> str:
    if d.event is PlacementEvent.STARTS:
        return fill(
            QCoreApplication.translate(
                "case_texts", "Begin bpv bij %1 (%2 t/m %3, %4 uur per week)"
            ),
            d.company_name,
            format_date(d.start),
            format_date(d.end),
            d.hours_per_week,
        )
    if d.event is PlacementEvent.ENDS:
        return fill(QCoreApplication.translate("case_texts", "Einde bpv bij %1"), d.company_name)
    return fill(
        QCoreApplication.translate("case_texts", "Bpv bij %1 voortijdig beëindigd"), d.company_name
    )


def _pok(d: PokDetail) -> str:
    if d.event is PokEvent.SENT:
        return fill(
            QCoreApplication.translate("case_texts", "POK voor %1 verstuurd"), d.company_name
        )
    if d.event is PokEvent.COMPLETED:
        return fill(
            QCoreApplication.translate("case_texts", "POK voor %1 volledig ondertekend"),
            d.company_name,
        )
    party = labels.pok_party(d.party) if d.party else "?"
    return fill(
        QCoreApplication.translate("case_texts", "POK voor %1 ondertekend door %2"),
        d.company_name,
        party,
    )


def _visit(d: VisitDetail) -> str:
    what = company_labels.visit_type(d.visit_type)
    status = company_labels.visit_status(d.status)
    if d.mentor_name:
        return fill(
            QCoreApplication.translate("case_texts", "Bezoek bij %1: %2, %3 (%4)"),
            d.company_name,
            what,
            status,
            d.mentor_name,
        )
    return fill(
        QCoreApplication.translate("case_texts", "Bezoek bij %1: %2, %3"),
        d.company_name,
        what,
        status,
    )


def _letter(d: LetterDetail) -> str:
    return fill(
        QCoreApplication.translate("case_texts", "Brief „%1” aan %2 (kenmerk %3)"),
        d.template,
        d.recipient,
        d.reference,
    )


def _note(d: NoteDetail) -> str:
    body = " ".join(d.body.split())
    if len(body) > NOTE_PREVIEW_CHARS:
        body = body[: NOTE_PREVIEW_CHARS - 1].rstrip() + "…"
    author = d.author_name or QCoreApplication.translate("case_texts", "StageDesk")
    return fill(QCoreApplication.translate("case_texts", "%1: %2"), author, body)


def _proposal(d: ProposalDetail) -> str:
    if d.event is ProposalEvent.SENT:
        if d.anonymised:
            return fill(
                QCoreApplication.translate("case_texts", "Anoniem profiel %1 gestuurd naar %2"),
                d.reference,
                d.company_name,
            )
        return fill(
            QCoreApplication.translate(
                "case_texts", "Profiel op naam gestuurd naar %1 (kenmerk %2)"
            ),
            d.company_name,
            d.reference,
        )
    if d.event is ProposalEvent.REVEALED:
        return fill(
            QCoreApplication.translate("case_texts", "Naam bekendgemaakt aan %1 (profiel %2)"),
            d.company_name,
            d.reference,
        )
    answers = {
        ProposalOutcome.CHOSEN: QCoreApplication.translate(
            "case_texts", "Profiel %1 gekozen door %2"
        ),
        ProposalOutcome.DECLINED: QCoreApplication.translate(
            "case_texts", "Profiel %1 afgewezen door %2"
        ),
        ProposalOutcome.NO_ANSWER: QCoreApplication.translate(
            "case_texts", "Profiel %1: geen antwoord van %2"
        ),
    }
    outcome = d.outcome or ProposalOutcome.NO_ANSWER
    return fill(answers[outcome], d.reference, d.company_name)


# --- warnings ------------------------------------------------------------------------------------


def warning_text(item: PlacementWarningItem, company: str) -> str:
    """One warning of the placement at ``company``, as a sentence."""
    w = PlacementWarning
    on = format_date(item.on) if item.on else ""
    if item.warning is w.NOT_RECOGNISED:
        if item.gap is RecognitionGap.REVOKED:
            return fill(
                QCoreApplication.translate(
                    "case_texts", "De erkenning van %1 voor crebo %2 is ingetrokken op %3."
                ),
                company,
                item.crebo,
                on,
            )
        if item.gap is RecognitionGap.NOT_YET:
            return fill(
                QCoreApplication.translate(
                    "case_texts", "%1 is pas vanaf %3 erkend voor crebo %2."
                ),
                company,
                item.crebo,
                on,
            )
        return fill(
            QCoreApplication.translate("case_texts", "%1 is niet door SBB erkend voor crebo %2."),
            company,
            item.crebo,
        )
    days = item.days or 0
    if item.warning is w.POK_INCOMPLETE_NEAR_START:
        if days > 0:
            return fill(
                QCoreApplication.translate(
                    "case_texts",
                    "De bpv bij %1 begint over %2 dagen (%3) en de POK is nog niet rond.",
                ),
                company,
                days,
                on,
            )
        if days == 0:
            return fill(
                QCoreApplication.translate(
                    "case_texts", "De bpv bij %1 begint vandaag en de POK is nog niet rond."
                ),
                company,
            )
        return fill(
            QCoreApplication.translate(
                "case_texts", "De bpv bij %1 is op %2 begonnen, maar de POK is nog niet rond."
            ),
            company,
            on,
        )
    if item.warning is w.BBL_DEADLINE:
        if days >= 0:
            return fill(
                QCoreApplication.translate(
                    "case_texts",
                    "BBL: zonder volledige POK op 31 december (%1, nog %2 dagen) zoekt de "
                    "school met de student een andere weg.",
                ),
                on,
                days,
            )
        return fill(
            QCoreApplication.translate(
                "case_texts", "BBL: 31 december (%1) is voorbij en de POK is nog niet rond."
            ),
            on,
        )
    if item.warning is w.OVERLAP:
        return fill(
            QCoreApplication.translate(
                "case_texts", "De plaatsing bij %1 overlapt %2 dagen met die bij %3 (vanaf %4)."
            ),
            company,
            days,
            item.other_company or "?",
            on,
        )
    norm = money(item.norm_cents or 0)
    if item.warning is w.NO_ALLOWANCE:
        return fill(
            QCoreApplication.translate(
                "case_texts",
                "Bij %1 is geen stagevergoeding afgesproken (norm van de school: %2 per maand).",
            ),
            company,
            norm,
        )
    return fill(
        QCoreApplication.translate(
            "case_texts", "De stagevergoeding bij %1 (%2 per maand) ligt onder de norm van %3."
        ),
        company,
        money(item.cents or 0),
        norm,
    )


# --- refusals ------------------------------------------------------------------------------------


def _field_caption(field: str) -> str | None:
    captions = {
        "company_id": QCoreApplication.translate("case_texts", "Bedrijf"),
        "channel": QCoreApplication.translate("case_texts", "Kanaal"),
        "status": QCoreApplication.translate("case_texts", "Status"),
        "sent_on": QCoreApplication.translate("case_texts", "Verstuurd op"),
        "on": QCoreApplication.translate("case_texts", "Datum"),
        "rejection_reason": QCoreApplication.translate("case_texts", "Reden van afwijzing"),
        "application_id": QCoreApplication.translate("case_texts", "Sollicitatie"),
        "placement_id": QCoreApplication.translate("case_texts", "Plaatsing"),
        "end_date": QCoreApplication.translate("case_texts", "Einddatum"),
        "hours_per_week": QCoreApplication.translate("case_texts", "Uren per week"),
        "praktijkopleider_id": QCoreApplication.translate("case_texts", "Praktijkopleider"),
        "allowance_cents_per_month": QCoreApplication.translate(
            "case_texts", "Vergoeding per maand"
        ),
        "allowance_paid": QCoreApplication.translate("case_texts", "Wordt betaald"),
        "pok_sent_on": QCoreApplication.translate("case_texts", "POK verstuurd op"),
        "body": QCoreApplication.translate("case_texts", "Notitie"),
        "written_on": QCoreApplication.translate("case_texts", "Datum"),
    }
    if field.endswith("_signed_on"):
        party = field.removesuffix("_signed_on")
        try:
            return fill(
                QCoreApplication.translate("case_texts", "Handtekening %1"), labels.pok_party(party)
            )
        except KeyError:
            return None
    return captions.get(field)


def case_error(error: StageDeskError) -> str:
    """What the user reads when a case service refuses (one place for the whole case file)."""
    if isinstance(error, ValidationError):
        caption = _field_caption(error.field)
        if caption is not None:
            return fill(QCoreApplication.translate("case_texts", "%1: %2"), caption, error.message)
    return error_message(error)


def undo_failed(error: StageDeskError) -> str:
    """Why an undo or redo could not be carried out, and what became of the undo history."""
    if isinstance(error, Conflict):
        return QCoreApplication.translate(
            "case_texts",
            "Ongedaan maken of opnieuw uitvoeren lukte niet: iemand anders heeft dit dossier "
            "intussen gewijzigd. Het dossier is opnieuw ingelezen en de geschiedenis voor "
            "ongedaan maken is gewist.",
        )
    return fill(
        QCoreApplication.translate(
            "case_texts",
            "Ongedaan maken of opnieuw uitvoeren lukte niet (%1). Die stap is vervallen.",
        ),
        case_error(error),
    )
