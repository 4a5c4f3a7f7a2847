"""The Dutch words of a placement's lifecycle: break-off reasons and parties, prerequisite
statuses and problems, kinds of absence, hours. Like ``ui.labels``, nothing is cached, so the
words follow the installed language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.domain.hours import AbsenceKind
from stagedesk.domain.prerequisites import PrerequisiteStatus
from stagedesk.services.breakoff import BreakoffView, CompanyBreakoffs, companies_with_breakoffs
from stagedesk.services.cases import CaseFile
from stagedesk.services.office import Office
from stagedesk.services.prerequisites import StudentPrerequisiteView
from stagedesk.ui.text import fill

OK_COLOUR = "#1b5e20"
WARN_COLOUR = "#8a5a00"
BAD_COLOUR = "#b00020"


def breakoff_reason(reason: BreakoffReason) -> str:
    words = {
        BreakoffReason.STUDENT: QCoreApplication.translate("lifecycle", "bij de student"),
        BreakoffReason.COMPANY: QCoreApplication.translate("lifecycle", "bij het bedrijf"),
        BreakoffReason.SCHOOL: QCoreApplication.translate("lifecycle", "bij de school"),
        BreakoffReason.UNSAFE: QCoreApplication.translate("lifecycle", "onveilige situatie"),
        BreakoffReason.DISCRIMINATION: QCoreApplication.translate("lifecycle", "discriminatie"),
    }
    return words[reason]


def breakoff_party(party: BreakoffParty) -> str:
    words = {
        BreakoffParty.STUDENT: QCoreApplication.translate("lifecycle", "de student"),
        BreakoffParty.COMPANY: QCoreApplication.translate("lifecycle", "het bedrijf"),
        BreakoffParty.SCHOOL: QCoreApplication.translate("lifecycle", "de school"),
        BreakoffParty.JOINTLY: QCoreApplication.translate("lifecycle", "samen"),
    }
    return words[party]


def prerequisite_status(status: PrerequisiteStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("lifecycle", "niet vastgelegd")
    words = {
        PrerequisiteStatus.REQUESTED: QCoreApplication.translate("lifecycle", "aangevraagd"),
        PrerequisiteStatus.OBTAINED: QCoreApplication.translate("lifecycle", "in bezit"),
        PrerequisiteStatus.EXEMPT: QCoreApplication.translate("lifecycle", "vrijgesteld"),
    }
    return words[status]


def prerequisite_problem(view: StudentPrerequisiteView, on: date) -> str:
    """Why the prerequisite does not hold on ``on`` (the facts the service gave, in words),
    or "" when it holds."""
    if view.holds:
        return ""
    if view.status is None:
        return fill(QCoreApplication.translate("lifecycle", "%1 ontbreekt"), view.name)
    if view.status is PrerequisiteStatus.REQUESTED or view.obtained_on is None:
        return fill(
            QCoreApplication.translate("lifecycle", "%1 is aangevraagd maar nog niet binnen"),
            view.name,
        )
    if view.obtained_on > on:
        return fill(
            QCoreApplication.translate("lifecycle", "%1 geldt pas vanaf %2"),
            view.name,
            format_date(view.obtained_on),
        )
    if view.expires_on is not None and view.expires_on <= on:
        return fill(
            QCoreApplication.translate("lifecycle", "%1 is verlopen op %2"),
            view.name,
            format_date(view.expires_on),
        )
    return view.problem or view.name


def absence_kind(kind: AbsenceKind | None) -> str:
    if kind is None:
        return ""
    words = {
        AbsenceKind.SICK: QCoreApplication.translate("lifecycle", "ziek"),
        AbsenceKind.OTHER: QCoreApplication.translate("lifecycle", "ander verzuim"),
    }
    return words[kind]


def hours(minutes: int | float) -> str:
    """Minutes as hours the way the language writes them: "32", "7,5" or "7.5"."""
    value = minutes / 60
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())


def week_label(monday: date) -> str:
    """A week as the office names it: "week 37 (07-09-2026)" (ISO week, its Monday)."""
    return fill(
        QCoreApplication.translate("lifecycle", "week %1 (%2)"),
        monday.isocalendar()[1],
        format_date(monday),
    )


def breakoff_rows(view: BreakoffView | None, case: CaseFile | None) -> list[tuple[str, str]]:
    """The overview's rows about a broken-off placement: reason, who decided, the
    conversation, and what came after (a replacement, or searching again)."""
    if view is None:
        return []
    if view.conversation_on is None:
        talk = QCoreApplication.translate("lifecycle", "nog niet vastgelegd")
    else:
        talk = fill(
            QCoreApplication.translate("lifecycle", "%1: %2"),
            format_date(view.conversation_on),
            view.conversation_summary or "",
        )
    replacement = None
    if case is not None and view.replacement_id is not None:
        replacement = next((p for p in case.placements if p.id == view.replacement_id), None)
    if replacement is not None:
        after = fill(
            QCoreApplication.translate(
                "lifecycle", "vervangen door de plaatsing bij %1 (vanaf %2)"
            ),
            replacement.company_name,
            format_date(replacement.start),
        )
    else:
        after = QCoreApplication.translate("lifecycle", "de student zoekt weer een plaats")
    return [
        (QCoreApplication.translate("lifecycle", "Reden"), breakoff_reason(view.reason)),
        (QCoreApplication.translate("lifecycle", "Besloten door"), breakoff_party(view.decided_by)),
        (QCoreApplication.translate("lifecycle", "Gesprek"), talk),
        (QCoreApplication.translate("lifecycle", "Daarna"), after),
    ]


def breakoff_flag(row: CompanyBreakoffs) -> str:
    """The company view's warning: placements here keep breaking off."""
    reasons = ", ".join(
        fill(QCoreApplication.translate("lifecycle", "%1 (%2×)"), breakoff_reason(reason), times)
        for reason, times in row.reasons
    )
    return fill(
        QCoreApplication.translate(
            "lifecycle",
            "⚠ Bij dit bedrijf zijn sinds %1 %2 plaatsingen afgebroken (laatste op %3). "
            "Redenen: %4.",
        ),
        format_date(row.since),
        row.count,
        format_date(row.last_on),
        reasons,
    )


def flagged_companies(office: Office, today: date) -> list[CompanyBreakoffs]:
    """For coordinators: the companies where placements keep breaking off; [] for the others
    (and when the question cannot be answered now: the flag is a hint, never a blocker)."""
    try:
        return companies_with_breakoffs(office.sessions, office.actor, today=today)
    except StageDeskError:
        return []
