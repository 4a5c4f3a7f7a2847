"""The praktijkovereenkomst (POK): who must sign it, its status and how that status may move.

A POK is signed by the student, the school and the company, and also by a legal guardian
(*wettelijk vertegenwoordiger*) when the student is a minor on the day the student signs. Until
the student has signed, that is judged on a reference date (normally today), so a student who
turns 18 before signing no longer needs the guardian.

Signatures are recorded only after the POK was sent (handing it over in the office counts as
sending), which keeps the derived status (``pok_status``) on the paths ``ALLOWED`` lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from types import MappingProxyType

from stagedesk.domain.dates import format_date, is_minor
from stagedesk.domain.enums import PokStatus
from stagedesk.domain.errors import TransitionRefused, ValidationError

MACHINE = "pok"
STUDENT = "student"
GUARDIAN = "guardian"
SCHOOL = "school"
COMPANY = "company"
# The order in which parties are listed (and usually sign).
PARTIES: tuple[str, ...] = (STUDENT, GUARDIAN, SCHOOL, COMPANY)


@dataclass(frozen=True)
class PokSignatures:
    """The date each party signed, or None while it has not."""

    student: date | None = None
    guardian: date | None = None
    school: date | None = None
    company: date | None = None

    def signed_on(self, party: str) -> date | None:
        """The date ``party`` signed, or None."""
        _check_party(party)
        value: date | None = getattr(self, party)
        return value

    def any_signed(self) -> bool:
        """True once at least one party has signed."""
        return any(getattr(self, f.name) is not None for f in fields(self))


_P = PokStatus
TERMINAL: frozenset[PokStatus] = frozenset({_P.CANCELLED})
ALLOWED: Mapping[PokStatus, frozenset[PokStatus]] = MappingProxyType(
    {
        _P.DRAFT: frozenset({_P.SENT, _P.CANCELLED}),
        # All parties may sign at once, e.g. together at the company.
        _P.SENT: frozenset({_P.PARTIALLY_SIGNED, _P.COMPLETE, _P.CANCELLED}),
        _P.PARTIALLY_SIGNED: frozenset({_P.COMPLETE, _P.CANCELLED}),
        # A placement broken off (even before it starts) cancels its complete POK.
        _P.COMPLETE: frozenset({_P.CANCELLED}),
        _P.CANCELLED: frozenset(),
    }
)


def _check_party(party: str) -> None:
    if party not in PARTIES:
        raise ValidationError("party", f"must be one of {', '.join(PARTIES)}, got {party!r}")


def required_parties(dob: date, signing_date: date) -> frozenset[str]:
    """The parties that must sign when the student signs on ``signing_date``."""
    parties = {STUDENT, SCHOOL, COMPANY}
    if is_minor(dob, signing_date):
        parties.add(GUARDIAN)
    return frozenset(parties)


def missing_signatures(dob: date, sigs: PokSignatures, today: date) -> list[str]:
    """The parties that still must sign, in ``PARTIES`` order.

    Whether the guardian must sign is judged on the student's signing date, or on ``today``
    while the student has not signed.
    """
    required = required_parties(dob, sigs.student or today)
    return [party for party in PARTIES if party in required and sigs.signed_on(party) is None]


def is_complete(dob: date, sigs: PokSignatures, today: date) -> bool:
    """True when every required party has signed."""
    return not missing_signatures(dob, sigs, today)


def pok_status(
    sent: bool, cancelled: bool, sigs: PokSignatures, dob: date, today: date
) -> PokStatus:
    """The POK's status derived from its facts (see the module docstring)."""
    if cancelled:
        return _P.CANCELLED
    if is_complete(dob, sigs, today):
        return _P.COMPLETE
    if sigs.any_signed():
        return _P.PARTIALLY_SIGNED
    if sent:
        return _P.SENT
    return _P.DRAFT


def _refusal_reason(current: PokStatus, target: PokStatus) -> str:
    if current == target:
        return "already in that state"
    if current in TERMINAL:
        return "a cancelled POK is final; draw up a new one"
    if current == _P.DRAFT:
        return "a draft must be sent before it can be signed"
    return "a POK does not go back"


def transition(current: PokStatus, target: PokStatus) -> PokStatus:
    """Check the move from ``current`` to ``target`` and return ``target``."""
    if target not in ALLOWED[current]:
        raise TransitionRefused(
            MACHINE, current.value, target.value, _refusal_reason(current, target)
        )
    return target


def validate_signature(party: str, signed_on: date, sent_on: date | None, today: date) -> date:
    """Check a signature date before recording it, and return it.

    Refused: an unknown party, a POK that was never sent, a date before the sending date, or
    a date after today.
    """
    _check_party(party)
    field = f"{party}_signed_on"
    if sent_on is None:
        raise ValidationError(field, "the POK has not been sent yet")
    if signed_on < sent_on:
        raise ValidationError(
            field,
            f"{format_date(signed_on)} is before the POK was sent ({format_date(sent_on)})",
        )
    if signed_on > today:
        raise ValidationError(field, f"{format_date(signed_on)} is in the future")
    return signed_on
