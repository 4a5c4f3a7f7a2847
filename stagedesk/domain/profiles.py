"""Anonymised profiles (objectief werven en selecteren): the student's skills and motivation in
their own words, sent to a company without anything that identifies the student or hints at
their origin; the company chooses a profile, and only then learns who it is.

* ``identifying_hints`` is a best-effort guard on the free text: it warns when the text holds
  the student's names (folded: case, diacritics and the Turkish ı do not hide them), student
  number, date of birth (written in the usual ways), an age, a postcode, a street address, an
  e-mail address, a phone number, words about nationality, birthplace, origin or religion,
  or the countries, nationalities and home languages of the largest migrant groups. It cannot
  catch everything (a village, a parent's trade, a photo described in words); the coordinator
  reads the profile before it goes out. A hint blocks sending the anonymised profile until
  the text is changed or the coordinator confirms that it reveals nothing.
* ``new_reference`` makes the code that stands for the student on an anonymised profile: the
  company answers with it, and nothing in it derives from the student.
* ``ProposalOutcome`` and ``check_outcome``: what became of a proposal; ``may_reveal`` is the
  rule that an anonymised proposal shows the student's identity only once it was chosen.
* ``rejection_rate``: declined or unanswered proposals among the answered ones.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stagedesk.domain.dates import MONTHS_NL
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.names import fold

SKILLS_MAX = 2000
MOTIVATION_MAX = 4000
# No 0/O, 1/I/L, 5/S, 2/Z: the code is read out over the phone and typed back.
_CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
_CODE_LENGTH = 8


class HintKind(StrEnum):
    """What in a profile text may identify the student or hint at origin."""

    NAME = "name"
    STUDENT_NUMBER = "student_number"
    BIRTH_DATE = "birth_date"
    AGE = "age"
    POSTCODE = "postcode"
    ADDRESS = "address"
    EMAIL = "email"
    PHONE = "phone"
    ORIGIN = "origin"


@dataclass(frozen=True)
class Identity:
    """The student's identifying values the guard looks for (all optional but the names)."""

    given_name: str
    tussenvoegsel: str | None
    surname: str
    student_number: str | None = None
    date_of_birth: date | None = None
    email: str | None = None
    phone: str | None = None
    guardian_name: str | None = None
    postcode: str | None = None


@dataclass(frozen=True)
class Hint:
    """One warning: the field it was found in, what kind, and the words that raised it."""

    field: str
    kind: HintKind
    found: str


_POSTCODE = re.compile(r"\b[1-9][0-9]{3} ?[a-z]{2}\b")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}")
# Dutch mobile and landline numbers, also with +31 / 0031 and separators.
_PHONE = re.compile(r"(?:\+31|0031|\b0)[ -]?(?:[0-9][ -]?){9}\b")
_STREET = re.compile(
    r"\b[a-z][a-z'-]*(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|dreef|steeg"
    r"|park|markt|plantsoen)\s+[0-9]{1,4}\s?[a-z]?\b"
)
# An age stated outright: "17 jaar", "ik ben 16", "zestien jaar oud".
_AGE_WORDS = "vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeentwintig"
_AGE = re.compile(
    rf"\b(?:1[4-9]|2[0-9]|{_AGE_WORDS})\s*(?:jaar|jr)\b|\bik ben (?:1[4-9]|2[0-9]|{_AGE_WORDS})\b"
    r"|\bjaar oud\b|\bleeftijd\b"
)
# Words that speak of nationality, birthplace or origin (folded, whole words or stems).
_ORIGIN = re.compile(
    r"\b(?:nationaliteit\w*|afkomst\w*|afkomstig|geboren|geboorte\w*|roots|migratie\w*"
    r"|allochto\w*|autochto\w*|etnisch\w*|herkomst|vluchteling\w*|status ?houder\w*"
    r"|moedertaal|thuistaal|religie\w*|moskee|hoofddoek\w*"
    r"|nationality|born in|origin|ethnic\w*)\b"
)
# Countries, nationalities and home languages of the largest groups with a migration background
# in the Netherlands (CBS), stems folded: "Marokkaanse", "Turks", "Polen", "Arabisch", ...
# Dutch and English are left out: every student speaks them, they hint at nothing.
_ORIGIN_NAMES = re.compile(
    r"\b(?:marokk\w*|turk\w*|turkije|surinam\w*|suriname|antill\w*|curacao\w*|aruba\w*"
    r"|pool|polen|pools\w*|syri\w*|eritre\w*|somali\w*|afghan\w*|afghaan\w*|irak\w*"
    r"|iraak\w*|iran\w*|iraan\w*|koerd\w*|kaapverdi\w*|ghan\w*|nigeria\w*|chin\w*|indonesi\w*"
    r"|molukk\w*|moluks\w*|roemen\w*|bulgar\w*|bulgaars\w*|oekrai\w*|russ\w*|rusland"
    r"|arabisch\w*|berber\w*|tamazight|papiaments|sranan\w*|tigrinya|farsi|dari|pasjtoe"
    r"|islam\w*|moslim\w*|christen\w*|joods\w*|hindoe\w*)\b"
)


def identifying_hints(identity: Identity, texts: dict[str, str | None]) -> tuple[Hint, ...]:
    """The hints found in ``texts`` ({field: text}); an empty tuple when none."""
    hints: list[Hint] = []
    for field, text in texts.items():
        if text and text.strip():
            hints.extend(Hint(field, kind, found) for kind, found in _scan(identity, text))
    return tuple(dict.fromkeys(hints))


def _scan(identity: Identity, text: str) -> Iterable[tuple[HintKind, str]]:
    folded = fold(text)
    spaced = f" {re.sub(r'[^0-9a-z]+', ' ', folded)} "  # words only, for whole-word matches
    for name in _name_parts(identity):
        if f" {name} " in spaced:
            yield HintKind.NAME, name
    digits = re.sub(r"[^0-9]", "", folded)
    number = (identity.student_number or "").strip()
    if number and (
        re.search(rf"(?<![0-9]){re.escape(number)}(?![0-9])", folded)
        or (len(number) >= 6 and number in digits)
    ):
        yield HintKind.STUDENT_NUMBER, number
    if identity.date_of_birth is not None:
        for written in _date_forms(identity.date_of_birth):
            if written in folded:
                yield HintKind.BIRTH_DATE, written
                break
    for pattern, kind in (
        (_AGE, HintKind.AGE),
        (_POSTCODE, HintKind.POSTCODE),
        (_STREET, HintKind.ADDRESS),
        (_EMAIL, HintKind.EMAIL),
        (_PHONE, HintKind.PHONE),
        (_ORIGIN, HintKind.ORIGIN),
        (_ORIGIN_NAMES, HintKind.ORIGIN),
    ):
        for match in pattern.finditer(folded):
            yield kind, match.group(0).strip()
    if identity.postcode and fold(identity.postcode).replace(" ", "") in folded.replace(" ", ""):
        yield HintKind.POSTCODE, identity.postcode
    for value, kind in ((identity.email, HintKind.EMAIL), (identity.phone, HintKind.PHONE)):
        if value and value.strip():
            wanted = re.sub(r"[^0-9]", "", value) if kind is HintKind.PHONE else fold(value)
            if wanted and len(wanted) >= 6 and wanted in (digits if kind is HintKind.PHONE
                                                          else folded):  # fmt: skip
                yield kind, value.strip()


def _name_parts(identity: Identity) -> list[str]:
    """The student's (and guardian's) names as folded words of 2+ letters, and the whole
    surname with its tussenvoegsel ("van der berg")."""
    parts: list[str] = []
    for name in (identity.given_name, identity.surname, identity.guardian_name or ""):
        for word in re.sub(r"[^0-9a-z]+", " ", fold(name)).split():
            if len(word) >= 2 and word not in _PARTICLES:
                parts.append(word)
    if identity.tussenvoegsel:
        whole = re.sub(r"[^0-9a-z]+", " ", fold(f"{identity.tussenvoegsel} {identity.surname}"))
        parts.append(" ".join(whole.split()))
    return list(dict.fromkeys(parts))


# Tussenvoegsels and particles that are ordinary words on their own.
_PARTICLES = frozenset(
    {"van", "der", "den", "de", "het", "te", "ten", "ter", "op", "in", "la", "le", "du", "el", "al"}
)


def _date_forms(d: date) -> tuple[str, ...]:
    month = MONTHS_NL[d.month - 1]
    return (
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        d.isoformat(),
        f"{d.day} {month} {d.year}",
        f"{d.day} {month[:3]} {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
    )


def describe(hints: Iterable[Hint]) -> str:
    """The hints as one line for an error message: 'motivation: name "zoe"; ...'."""
    return "; ".join(f'{h.field}: {h.kind.value} "{h.found}"' for h in hints)


def clean_text(field: str, text: str | None, limit: int) -> str | None:
    """Free text trimmed (None when empty); longer than ``limit`` characters is refused."""
    if text is None or not text.strip():
        return None
    cleaned = text.strip().replace("\r\n", "\n")
    if len(cleaned) > limit:
        raise ValidationError(field, f"is {len(cleaned)} characters long; at most {limit}")
    return cleaned


def check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("period_until", "ends before the period starts")


def new_reference() -> str:
    """A fresh profile reference code such as ``P-7KX3-M9QA`` (random, not derived)."""
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    return f"P-{code[:4]}-{code[4:]}"


class ProposalOutcome(StrEnum):
    """What the company did with a proposal; None (not stored) while it is open."""

    CHOSEN = "chosen"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"


def check_outcome(sent_on: date, outcome_on: date, today: date) -> None:
    if outcome_on < sent_on:
        raise ValidationError("outcome_on", "is before the proposal was sent")
    if outcome_on > today:
        raise ValidationError("outcome_on", "is in the future")


def may_reveal(anonymised: bool, outcome: ProposalOutcome | None) -> bool:
    """Whether the named profile may be shown or printed for this proposal."""
    return not anonymised or outcome is ProposalOutcome.CHOSEN


def rejection_rate(chosen: int, declined: int, no_answer: int) -> float | None:
    """Declined or unanswered among the answered proposals (open ones do not count); None
    when none was answered."""
    answered = chosen + declined + no_answer
    return None if answered == 0 else (declined + no_answer) / answered
