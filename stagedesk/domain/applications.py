"""The state machine of an application (sollicitatie) from draft to its outcome.

The pipeline is draft → sent → invited → interviewed → offered → accepted. Rules:

* Forward steps may be skipped between *sent* and *offered*: the office often hears of an
  application only after the fact ("I had an interview yesterday", "they offered me a place
  straight away"), and a company that knows the student through the school may offer
  without an interview.
* A draft must be sent before anything else can happen to it, except being withdrawn.
* Only an offer can be accepted: accepting is the student's answer to an offer, and the
  offer date is worth keeping. A service that learns both at once records the two moves.
* *rejected* means the company says no; it needs a ``RejectionReason`` and is possible once
  the company has the application (sent, invited, interviewed, offered: an offer can be
  taken back).
* *withdrawn* means the student stops, including declining an offer; possible from every
  open state and from draft.
* accepted, rejected and withdrawn are final, nothing goes back (a second interview round
  stays *interviewed*), and moving to the state one is already in is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from stagedesk.domain.enums import ApplicationStatus, RejectionReason
from stagedesk.domain.errors import TransitionRefused, ValidationError

_S = ApplicationStatus
MACHINE = "application"

PIPELINE: tuple[ApplicationStatus, ...] = (
    _S.DRAFT,
    _S.SENT,
    _S.INVITED,
    _S.INTERVIEWED,
    _S.OFFERED,
    _S.ACCEPTED,
)
TERMINAL: frozenset[ApplicationStatus] = frozenset({_S.ACCEPTED, _S.REJECTED, _S.WITHDRAWN})
# Applications the company is considering: the student is "applying" while one exists.
OPEN: frozenset[ApplicationStatus] = frozenset({_S.SENT, _S.INVITED, _S.INTERVIEWED, _S.OFFERED})

ALLOWED: Mapping[ApplicationStatus, frozenset[ApplicationStatus]] = MappingProxyType(
    {
        _S.DRAFT: frozenset({_S.SENT, _S.WITHDRAWN}),
        _S.SENT: frozenset({_S.INVITED, _S.INTERVIEWED, _S.OFFERED, _S.REJECTED, _S.WITHDRAWN}),
        _S.INVITED: frozenset({_S.INTERVIEWED, _S.OFFERED, _S.REJECTED, _S.WITHDRAWN}),
        _S.INTERVIEWED: frozenset({_S.OFFERED, _S.REJECTED, _S.WITHDRAWN}),
        _S.OFFERED: frozenset({_S.ACCEPTED, _S.REJECTED, _S.WITHDRAWN}),
        _S.ACCEPTED: frozenset(),
        _S.REJECTED: frozenset(),
        _S.WITHDRAWN: frozenset(),
    }
)


def is_open(status: ApplicationStatus) -> bool:
    """True while the company is still considering the application (sent up to offered)."""
    return status in OPEN


def is_terminal(status: ApplicationStatus) -> bool:
    """True once the application has its outcome (accepted, rejected, withdrawn)."""
    return status in TERMINAL


def _refusal_reason(current: ApplicationStatus, target: ApplicationStatus) -> str:
    if current == target:
        return "already in that state"
    if current in TERMINAL:
        return f"{current.value!r} is final"
    if target == _S.ACCEPTED:
        return "only an offer can be accepted"
    if target == _S.REJECTED and current == _S.DRAFT:
        return "a draft has not been sent to the company"
    if current == _S.DRAFT:
        return "a draft must be sent first"
    return "an application does not go back"


def can_transition(current: ApplicationStatus, target: ApplicationStatus) -> bool:
    """True if ``ALLOWED`` permits the move (reasons are not checked here)."""
    return target in ALLOWED[current]


def transition(
    current: ApplicationStatus,
    target: ApplicationStatus,
    *,
    rejection_reason: RejectionReason | None = None,
) -> ApplicationStatus:
    """Check the move from ``current`` to ``target`` and return ``target``.

    Raises ``TransitionRefused`` for a move ``ALLOWED`` does not list, and
    ``ValidationError("rejection_reason", ...)`` when a rejection has no reason or another
    move comes with one.
    """
    if not can_transition(current, target):
        raise TransitionRefused(
            MACHINE, current.value, target.value, _refusal_reason(current, target)
        )
    if target == _S.REJECTED and rejection_reason is None:
        raise ValidationError("rejection_reason", "is required when the company rejects")
    if target != _S.REJECTED and rejection_reason is not None:
        raise ValidationError(
            "rejection_reason", f"only applies to a rejection, not to {target.value!r}"
        )
    return target
