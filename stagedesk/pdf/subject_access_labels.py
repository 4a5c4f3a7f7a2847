"""Dutch words for the AVG inzage PDF: a label for every stored column it shows and for every
enum value, and which columns are internal (ids, search keys) and go to the appendix.

Plain data without Qt, so the PDF (which knows no Qt) and tests can use it. The wording
follows the screens' (ui/labels.py and friends) where they show the same thing.
"""

from __future__ import annotations

from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
from stagedesk.domain.checklists import Answer, VisitConcern
from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    DiscriminationGround,
    Leerweg,
    MeldingStatus,
    PokStatus,
    RejectionReason,
    SearchStatus,
    Sector,
    VisitStatus,
    VisitType,
)
from stagedesk.domain.hours import AbsenceKind
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.domain.prerequisites import PrerequisiteStatus
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.domain.visits import ActionOwner, VisitMode

# Internal columns: record ids and links by id, optimistic-lock versions, folded search keys
# and file digests. The PDF lists record ids in an appendix and leaves the rest to the JSON.
INTERNAL = frozenset(
    {
        "version",
        "sort_key",
        "search_text",
        "sha256",
        "checklist_id",
        "checklist_version",
        "digest",
    }
)


def is_internal(key: str) -> bool:
    return key in INTERNAL or key == "id" or key.endswith("_id")


COLUMN_LABELS: dict[str, str] = {
    # student
    "student_number": "Studentnummer",
    "given_name": "Voornaam",
    "tussenvoegsel": "Tussenvoegsel",
    "surname": "Achternaam",
    "date_of_birth": "Geboortedatum",
    "email": "E-mail",
    "phone": "Telefoon",
    "guardian_name": "Wettelijk vertegenwoordiger",
    "guardian_email": "E-mail wettelijk vertegenwoordiger",
    "cohort": "Cohort (startjaar)",
    "class_group": "Klas",
    "enrolled_on": "Ingeschreven op",
    "mentor_name": "Stagebegeleider",
    "extra_support": "Extra ondersteuning",
    "notes": "Aantekeningen",
    "search_started_on": "Zoeken begonnen op",
    "stopped_on": "Gestopt op",
    "search_status": "Zoekstatus",
    "search_status_since": "Zoekstatus sinds",
    "current_company_name": "Huidig leerbedrijf",
    "rejections_this_round": "Afwijzingen deze zoekronde",
    "last_rejected_on": "Laatst afgewezen op",
    "created_at": "Vastgelegd op",
    "updated_at": "Laatst gewijzigd op",
    # programme
    "crebo": "Crebo",
    "name": "Naam",
    "niveau": "Niveau",
    "leerweg": "Leerweg",
    "sector": "Sector",
    # applications and their history
    "company_name": "Leerbedrijf",
    "channel": "Via",
    "status": "Status",
    "created_on": "Aangemaakt op",
    "sent_on": "Verstuurd op",
    "status_changed_on": "Status gewijzigd op",
    "rejection_reason": "Reden afwijzing",
    "happened_on": "Datum",
    "recorded_by_name": "Vastgelegd door",
    # placements
    "praktijkopleider_name": "Praktijkopleider",
    "start_date": "Begindatum",
    "end_date": "Einddatum",
    "hours_per_week": "Uren per week",
    "total_hours": "Uren in totaal",
    "ended_early_on": "Voortijdig beëindigd op",
    "pok_status": "Praktijkovereenkomst (POK)",
    "pok_sent_on": "POK verstuurd op",
    "pok_signed_student": "POK getekend door student op",
    "pok_signed_guardian": "POK getekend door wettelijk vertegenwoordiger op",
    "pok_signed_school": "POK getekend door school op",
    "pok_signed_company": "POK getekend door leerbedrijf op",
    "pok_completed_on": "POK compleet op",
    "allowance_kind": "Vergoeding",
    "allowance_cents_per_month": "Bedrag per maand",
    "allowance_paid": "Vergoeding betaald",
    "hours_weeks": "Weken met bpv-uren",
    "hours_worked_minutes": "Gewerkt in totaal (minuten)",
    # visits
    "visit_mentor_name": "Bezocht door",
    "visit_type": "Soort bezoek",
    "planned_on": "Gepland op",
    "planned_time": "Geplande tijd",
    "mode": "Vorm",
    "held_on": "Gehouden op",
    "answers": "Antwoorden op de checklist",
    "checklist_title": "Checklist",
    "checklist_answers": "Antwoorden op de checklist",
    "agreed_actions": "Afspraken",
    "contact_name": "Gesproken met",
    "concerns": "Zorgen",
    "concerns_handled_on": "Zorgen afgehandeld op",
    # notes and letters
    "author_name": "Geschreven door",
    "written_on": "Datum",
    "body": "Tekst",
    "template": "Brief",
    "recipient": "Aan",
    "reference": "Kenmerk",
    "produced_at": "Gemaakt op",
    "produced_by_name": "Gemaakt door",
    # breakoffs, prerequisites, match area, hours
    "ended_on": "Beëindigd op",
    "reason": "Reden",
    "decided_by": "Besloten door",
    "conversation_on": "Gesprek op",
    "conversation_summary": "Verslag van het gesprek",
    "prerequisite_name": "Voorwaarde",
    "obtained_on": "Verkregen op",
    "expires_on": "Geldig tot",
    "note": "Opmerking",
    "postcode": "Postcode zoekgebied",
    "week_start": "Week van",
    "worked_minutes": "Gewerkt (minuten)",
    "absent_minutes": "Afwezig (minuten)",
    "absence_kind": "Soort afwezigheid",
    # profile and proposals (objective selection)
    "skills": "Vaardigheden",
    "motivation": "Motivatie",
    "period_from": "Zoekt vanaf",
    "period_until": "Zoekt tot",
    "anonymised": "Geanonimiseerd voorgesteld",
    "outcome_on": "Uitkomst op",
    "revealed_on": "Naam bekendgemaakt op",
    "sent_by_name": "Verstuurd door",
    # meldingen
    "anonymous": "Anoniem",
    "received_on": "Ontvangen op",
    "incident_on": "Datum voorval",
    "incident_place": "Plaats voorval",
    "ground": "Grond",
    "description": "Wat er gebeurde",
    "student_wishes": "Wat de student wil",
    "handled_by_name": "Behandeld door",
    "follow_up": "Vervolg",
    "shared_with_sbb": "Mag naar SBB",
    "outcome": "Uitkomst",
    "steps": "Stappen",
    "number": "Stap",
}

ENUM_LABELS: dict[type, dict[str, str]] = {
    SearchStatus: {
        "not_started": "niet gestart",
        "searching": "zoekt",
        "applying": "solliciteert",
        "placed_awaiting_pok": "geplaatst – POK open",
        "placed": "geplaatst",
        "in_bpv": "in bpv",
        "completed": "afgerond",
        "stopped": "gestopt",
    },
    ApplicationStatus: {
        "draft": "concept",
        "sent": "verstuurd",
        "invited": "uitgenodigd",
        "interviewed": "gesprek gehad",
        "offered": "aanbod",
        "accepted": "geaccepteerd",
        "rejected": "afgewezen",
        "withdrawn": "ingetrokken",
    },
    ApplicationChannel: {
        "stagemarkt": "Stagemarkt",
        "own_network": "eigen netwerk",
        "school": "school",
        "other": "ander kanaal",
    },
    RejectionReason: {
        "no_capacity": "geen plek",
        "profile_mismatch": "profiel past niet",
        "after_interview": "na gesprek",
        "no_response": "geen reactie",
        "other": "andere reden",
    },
    PokStatus: {
        "draft": "concept",
        "sent": "verstuurd",
        "partially_signed": "deels ondertekend",
        "complete": "volledig ondertekend",
        "cancelled": "geannuleerd",
    },
    AllowanceKind: {
        "none": "geen vergoeding",
        "allowance": "stagevergoeding",
        "wage": "loon (leerbaan)",
    },
    Leerweg: {"BOL": "BOL (beroepsopleidende leerweg)", "BBL": "BBL (beroepsbegeleidende leerweg)"},
    Sector: {
        "techniek": "Techniek en gebouwde omgeving",
        "mobiliteit": "Mobiliteit, transport, logistiek en maritiem",
        "zorg": "Zorg, welzijn en sport",
        "handel": "Handel",
        "specialistisch": "Specialistisch vakmanschap",
        "ict": "ICT en creatieve industrie",
        "voedsel": "Voedsel, groen en gastvrijheid",
        "zakelijk": "Zakelijke dienstverlening en veiligheid",
    },
    VisitType: {
        "start": "startbezoek",
        "midterm": "tussentijds bezoek",
        "final": "eindbezoek",
        "extra": "extra bezoek",
    },
    VisitStatus: {"planned": "gepland", "held": "gehouden", "cancelled": "geannuleerd"},
    VisitMode: {"on_site": "op locatie", "call": "telefonisch", "video": "videogesprek"},
    ActionOwner: {
        "student": "student",
        "praktijkopleider": "praktijkopleider",
        "mentor": "stagebegeleider",
        "office": "stagebureau",
    },
    Answer: {"yes": "ja", "no": "nee", "na": "niet van toepassing"},
    VisitConcern: {
        "unsafe_situation": "onveilige situatie",
        "no_supervision": "geen begeleiding",
        "discrimination_signals": "signalen van discriminatie",
        "other": "andere zorg",
    },
    BreakoffReason: {
        "student": "bij de student",
        "company": "bij het bedrijf",
        "school": "bij de school",
        "unsafe": "onveilige situatie",
        "discrimination": "discriminatie",
    },
    BreakoffParty: {
        "student": "de student",
        "company": "het leerbedrijf",
        "school": "de school",
        "jointly": "samen",
    },
    PrerequisiteStatus: {
        "requested": "aangevraagd",
        "obtained": "verkregen",
        "exempt": "vrijgesteld",
    },
    AbsenceKind: {"sick": "ziek", "other": "ander verzuim"},
    ProposalOutcome: {
        "chosen": "gekozen",
        "declined": "afgewezen",
        "no_answer": "geen antwoord",
    },
    MeldingStatus: {
        "received": "ontvangen",
        "intake": "intake",
        "in_progress": "in behandeling",
        "forwarded_sbb": "doorgestuurd naar SBB",
        "closed": "afgesloten",
    },
    DiscriminationGround: {
        "origin": "afkomst",
        "religion": "religie",
        "gender": "gender",
        "disability": "handicap of ziekte",
        "sexual_orientation": "seksuele oriëntatie",
        "age": "leeftijd",
        "other": "andere grond",
    },
    FollowUp: {
        "talk_with_company": "gesprek met het leerbedrijf",
        "formal_sbb": "formele melding bij SBB",
        "signal_sbb": "anoniem signaal aan SBB",
        "none": "geen verdere stap",
    },
    SbbShare: {
        "student": "naam en studentnummer",
        "company": "leerbedrijf",
        "incident_date": "datum van het voorval",
        "incident_place": "plaats van het voorval",
        "ground": "grond",
        "description": "wat er gebeurde",
        "wishes": "wat de student wil",
    },
}

# Which enum a column holds when the value arrives as plain text (JSON columns, audit rows).
COLUMN_ENUMS: dict[str, type] = {
    "search_status": SearchStatus,
    "channel": ApplicationChannel,
    "rejection_reason": RejectionReason,
    "pok_status": PokStatus,
    "allowance_kind": AllowanceKind,
    "leerweg": Leerweg,
    "sector": Sector,
    "visit_type": VisitType,
    "mode": VisitMode,
    "concerns": VisitConcern,
    "reason": BreakoffReason,
    "decided_by": BreakoffParty,
    "absence_kind": AbsenceKind,
    "ground": DiscriminationGround,
    "follow_up": FollowUp,
    "shared_with_sbb": SbbShare,
}

# What an audit entry's ``entity`` and ``action`` mean.
ENTITY_LABELS = {
    "student": "studentgegevens",
    "application": "sollicitatie",
    "placement": "plaatsing",
    "note": "notitie",
    "visit": "bezoek",
    "melding": "melding",
    "letter": "brief",
    "placement_breakoff": "afgebroken bpv",
    "bpv_hours": "bpv-uren",
    "student_prerequisite": "voorwaarde",
    "match_area": "zoekgebied",
    "student_profile": "profiel",
    "profile_proposal": "voorstel aan bedrijf",
}
ACTION_LABELS = {
    "create": "aangemaakt",
    "change": "gewijzigd",
    "delete": "verwijderd",
    "view": "ingezien",
    "list": "in een lijst getoond",
    "forward": "doorgestuurd",
    "close": "afgesloten",
    "export": "geëxporteerd (inzage)",
    "purge": "opgeschoond (bewaartermijn)",
}


def column_label(key: str) -> str:
    return COLUMN_LABELS.get(key, key.replace("_", " ").capitalize())


def enum_label(enum_type: type, value: str) -> str:
    return ENUM_LABELS.get(enum_type, {}).get(value, value)
