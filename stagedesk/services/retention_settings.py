"""The retention periods (bewaartermijnen) of the AVG purge, kept as setting rows.

One setting row per kind of record, each ``{"years": N}``:

* ``retention:students`` (default 2): a student file is anonymised N years after the student
  left (case stopped) or finished (bpv completed). domain.md: "schools commonly keep a student
  file about two years after the student leaves"; two years is also what mbo colleges'
  privacy regulations commonly name for the bpv file outside the diploma records (which
  StageDesk does not hold). The student's applications, placements, visit logs, letters,
  notes, breakoffs, prerequisites, match area and hours follow the student file: they are
  part of it, and a visit log or letter kept longer than its student would keep the student
  identifiable through the company and dates.
* ``retention:meldingen`` (default 2): a melding's personal details go N years after it was
  closed. domain.md leaves this to the meldpunt's own policy; two years after handling is
  the term mbo complaint procedures (klachtenregelingen) commonly use, and it covers the
  follow-up SBB may still ask about. A meldpunt with a longer policy sets more years.

Reading is open to the services that need it; changing is for admins only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import ValidationError
from stagedesk.services.actor import Actor, require
from stagedesk.services.setting_rows import read_value, write_value

STUDENTS_KEY = "retention:students"
MELDINGEN_KEY = "retention:meldingen"
DEFAULT_YEARS = 2
MIN_YEARS, MAX_YEARS = 1, 30
ADMIN = frozenset({StaffRole.ADMIN})


@dataclass(frozen=True)
class RetentionSettings:
    """Years after leaving (students) and after closing (meldingen) before the purge."""

    student_years: int = DEFAULT_YEARS
    melding_years: int = DEFAULT_YEARS

    def validated(self) -> RetentionSettings:
        for name in ("student_years", "melding_years"):
            years = getattr(self, name)
            if isinstance(years, bool) or not isinstance(years, int):
                raise ValidationError(name, "must be a whole number of years")
            if not MIN_YEARS <= years <= MAX_YEARS:
                raise ValidationError(
                    name, f"must be between {MIN_YEARS} and {MAX_YEARS} years, got {years}"
                )
        return self


def _years(s: Session, key: str) -> int:
    stored = read_value(s, key)
    years = stored.get("years") if isinstance(stored, dict) else None
    if isinstance(years, int) and not isinstance(years, bool) and MIN_YEARS <= years <= MAX_YEARS:
        return years
    return DEFAULT_YEARS


def read_retention(s: Session) -> RetentionSettings:
    """The settings inside a transaction another service holds (defaults where unset)."""
    return RetentionSettings(_years(s, STUDENTS_KEY), _years(s, MELDINGEN_KEY))


def load_retention(sessions: sessionmaker[Session]) -> RetentionSettings:
    with sessions() as s:
        return read_retention(s)


def save_retention(
    sessions: sessionmaker[Session], actor: Actor, settings: RetentionSettings
) -> RetentionSettings:
    """Store both periods (admins only), in one transaction."""
    require(actor, ADMIN, "change the retention periods")
    settings = settings.validated()
    with sessions.begin() as s:
        write_value(s, STUDENTS_KEY, {"years": settings.student_years})
        write_value(s, MELDINGEN_KEY, {"years": settings.melding_years})
    return settings
