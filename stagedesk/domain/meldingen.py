"""Rules of a melding stagediscriminatie: its status flow, follow-up, consent and intake checks.

Melding keeps its Dutch name: "report" loses that it is the formal act the Stagepact defines.

Status flow (shared/domain.md): received → intake → in progress → forwarded to SBB → closed.
* Forward only, one step or a skip that the work allows: intake may go straight to SBB when
  forwarding is the only step the student chose; a melding never goes back a status.
* Closing is possible from every open status (the student withdraws, cannot be reached, or
  chose no further step) and always needs a reason; a closed melding stays closed (a new
  signal is a new melding, so the closed one keeps its history as it was).
* "In progress" needs a chosen follow-up other than "no further step": without a step there is
  nothing in progress. Forwarding needs the student's choice of a formal melding or an
  anonymous signal to SBB.
* The student decides what SBB may see (``SbbShare``); an anonymous melding or an anonymous
  signal never names the student.
* Every status change has a date: not in the future, not before the previous change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import DiscriminationGround, MeldingStatus
from stagedesk.domain.errors import TransitionRefused, ValidationError


class FollowUp(StrEnum):
    """What the student wants done after the intake; the student decides."""

    TALK_WITH_COMPANY = "talk_with_company"
    FORMAL_SBB = "formal_sbb"
    SIGNAL_SBB = "signal_sbb"
    NONE = "none"


class SbbShare(StrEnum):
    """What the student agreed SBB may receive; nothing else goes into the SBB report."""

    STUDENT = "student"  # name and student number
    COMPANY = "company"
    INCIDENT_DATE = "incident_date"
    INCIDENT_PLACE = "incident_place"
    GROUND = "ground"
    DESCRIPTION = "description"
    WISHES = "wishes"


S = MeldingStatus
TRANSITIONS: dict[MeldingStatus, frozenset[MeldingStatus]] = {
    S.RECEIVED: frozenset({S.INTAKE, S.CLOSED}),
    S.INTAKE: frozenset({S.IN_PROGRESS, S.FORWARDED_SBB, S.CLOSED}),
    S.IN_PROGRESS: frozenset({S.FORWARDED_SBB, S.CLOSED}),
    S.FORWARDED_SBB: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}
OPEN = frozenset(status for status in MeldingStatus if status is not S.CLOSED)
TO_SBB = frozenset({FollowUp.FORMAL_SBB, FollowUp.SIGNAL_SBB})
MACHINE = "melding status"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class MeldingState:
    """What the status rules need to know about a melding."""

    status: MeldingStatus
    status_changed_on: date
    follow_up: FollowUp | None
    anonymous: bool


def check_transition(
    state: MeldingState,
    target: MeldingStatus,
    on: date,
    today: date,
    reason: str | None = None,
) -> None:
    """Refuse a move the flow does not allow, or one with a wrong date or missing reason."""
    if target not in TRANSITIONS[state.status]:
        why = "a closed melding stays closed" if state.status is S.CLOSED else "not in the flow"
        raise TransitionRefused(MACHINE, state.status.value, target.value, why)
    check_step_date(on, state.status_changed_on, today)
    if target is S.IN_PROGRESS:
        if state.follow_up is None:
            raise TransitionRefused(
                MACHINE, state.status.value, target.value, "the student has not chosen a step"
            )
        if state.follow_up is FollowUp.NONE:
            raise TransitionRefused(
                MACHINE,
                state.status.value,
                target.value,
                "the student chose no further step: close the melding instead",
            )
    if target is S.FORWARDED_SBB and state.follow_up not in TO_SBB:
        raise TransitionRefused(
            MACHINE,
            state.status.value,
            target.value,
            "the student did not choose a formal melding or an anonymous signal to SBB",
        )
    if target is S.CLOSED and not (reason or "").strip():
        raise ValidationError("outcome", "closing a melding needs a reason or outcome")


def check_step_date(on: date, previous: date, today: date) -> None:
    if on > today:
        raise ValidationError("on", f"{format_date(on)} is in the future")
    if on < previous:
        raise ValidationError(
            "on", f"{format_date(on)} is before the last status change ({format_date(previous)})"
        )


def check_consent(
    anonymous: bool, follow_up: FollowUp | None, shared: Iterable[SbbShare]
) -> frozenset[SbbShare]:
    """The consent as a set; refuses naming the student in an anonymous melding or signal."""
    consent = frozenset(SbbShare(item) for item in shared)
    if SbbShare.STUDENT in consent:
        if anonymous:
            raise ValidationError(
                "shared_with_sbb", "an anonymous melding cannot share the student's name"
            )
        if follow_up is FollowUp.SIGNAL_SBB:
            raise ValidationError(
                "shared_with_sbb", "an anonymous signal to SBB cannot share the student's name"
            )
    return consent


def check_incident(received_on: date, incident_on: date | None, today: date) -> None:
    if received_on > today:
        raise ValidationError("received_on", f"{format_date(received_on)} is in the future")
    if incident_on is not None and incident_on > received_on:
        raise ValidationError(
            "incident_on",
            f"{format_date(incident_on)} is after the melding was received "
            f"({format_date(received_on)})",
        )


def check_changeable(status: MeldingStatus, fields: Iterable[str]) -> None:
    """A closed melding is history; once forwarded, the follow-up and consent SBB acted on
    stay as they were."""
    if status is S.CLOSED:
        raise ValidationError("status", "a closed melding cannot be changed")
    if status is S.FORWARDED_SBB:
        fixed = {"follow_up", "shared_with_sbb"} & set(fields)
        if fixed:
            raise ValidationError(
                sorted(fixed)[0], "was forwarded to SBB as it is; it can no longer change"
            )


@dataclass(frozen=True, slots=True)
class SbbReport:
    """What goes to SBB: the melding's facts the student agreed to share, and nothing else.

    A field the student did not consent to is None here, so a document built from this
    cannot show it by mistake.
    """

    reference: str
    kind: FollowUp
    received_on: date
    shared: frozenset[SbbShare]
    student: str | None
    company: str | None
    incident_on: date | None
    incident_place: str | None
    ground: DiscriminationGround | None
    description: str | None
    wishes: str | None


def sbb_report(
    *,
    reference: str,
    follow_up: FollowUp | None,
    status: MeldingStatus,
    received_on: date,
    shared: Iterable[SbbShare],
    student: str | None,
    company: str | None,
    incident_on: date | None,
    incident_place: str | None,
    ground: DiscriminationGround,
    description: str | None,
    wishes: str | None,
) -> SbbReport:
    """The SBB report of a melding whose student chose SBB; refuses any other."""
    if follow_up not in TO_SBB or follow_up is None:
        raise ValidationError(
            "follow_up", "the student did not choose a formal melding or a signal to SBB"
        )
    if status not in (S.INTAKE, S.IN_PROGRESS, S.FORWARDED_SBB):
        raise ValidationError("status", f"a melding that is {status.value!r} is not for SBB")
    consent = frozenset(shared)

    def given(item: SbbShare, value: T) -> T | None:
        return value if item in consent else None

    return SbbReport(
        reference=reference,
        kind=follow_up,
        received_on=received_on,
        shared=consent,
        student=given(SbbShare.STUDENT, student),
        company=given(SbbShare.COMPANY, company),
        incident_on=given(SbbShare.INCIDENT_DATE, incident_on),
        incident_place=given(SbbShare.INCIDENT_PLACE, incident_place),
        ground=given(SbbShare.GROUND, ground),
        description=given(SbbShare.DESCRIPTION, description),
        wishes=given(SbbShare.WISHES, wishes),
    )
