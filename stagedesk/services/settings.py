"""School settings (the rules domain.md marks as a setting), kept in the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import ValidationError
from stagedesk.services.actor import Actor, require
from stagedesk.store.office import Setting

_KEY = "school"

# Who may change the school's settings (these and the other setting rows: prerequisite mode,
# required hours, break-off threshold, dashboard, backups): the application manager only,
# since they change what the program does for everyone in the office.
SETTINGS_WRITERS = frozenset({StaffRole.ADMIN})


@dataclass(frozen=True)
class SchoolSettings:
    """Defaults are what Dutch offices commonly use; every school can change them."""

    school_name: str = "ROC StageDesk"
    # The letterhead: lines of the postal address, contact details and who signs letters.
    school_address: str = "Postbus 1234\n3500 AA Utrecht"
    school_phone: str = "030 123 45 67"
    school_email: str = "stagebureau@roc-stagedesk.example"
    school_website: str = "www.roc-stagedesk.example"
    letter_place: str = "Utrecht"  # "Utrecht, 24 november 2026"
    signatory_name: str = "Het stagebureau"
    signatory_function: str = "Bpv-coördinator"
    # An image file (PNG or JPEG) for the letterhead; empty: the drawn StageDesk mark.
    logo_path: str = ""
    # Where letters to SBB go (recipient kind "sbb"), one line per address line.
    sbb_address: str = "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)"
    # Stagepact: an appropriate allowance. Below this monthly amount a placement is flagged.
    allowance_norm_cents: int = 30_000
    # Attention list thresholds.
    searching_weeks: int = 8
    rejections: int = 5
    pok_days_before_start: int = 7
    bbl_warning_weeks: int = 8  # before 31 December of the school year
    # A placement at a company not recognised for the student's programme: refuse or warn.
    refuse_unrecognised: bool = True

    def validated(self) -> SchoolSettings:
        for name in ("allowance_norm_cents", "searching_weeks", "pok_days_before_start"):
            if getattr(self, name) < 0:
                raise ValidationError(name, "must not be negative")
        if self.rejections < 1:
            raise ValidationError("rejections", "must be at least 1")
        if not 0 <= self.bbl_warning_weeks <= 52:
            raise ValidationError("bbl_warning_weeks", "must be between 0 and 52")
        for name in ("school_name", "school_address", "signatory_name", "letter_place"):
            if not getattr(self, name).strip():
                raise ValidationError(name, "must not be empty")
        return self


def load_settings(sessions: sessionmaker[Session]) -> SchoolSettings:
    with sessions() as session:
        return read_settings(session)


def read_settings(session: Session) -> SchoolSettings:
    """The settings inside a transaction another service already holds."""
    stored = session.execute(select(Setting.value).where(Setting.key == _KEY)).scalar()
    if not isinstance(stored, dict):
        return SchoolSettings()
    known = {f.name for f in fields(SchoolSettings)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    return replace(SchoolSettings(), **values)


def save_settings(sessions: sessionmaker[Session], actor: Actor, settings: SchoolSettings) -> None:
    """Store the settings (admin only), in one transaction."""
    require(actor, SETTINGS_WRITERS, "change school settings")
    value = asdict(settings.validated())
    with sessions.begin() as session:
        row = session.get(Setting, _KEY)
        if row is None:
            session.add(Setting(key=_KEY, value=value))
        else:
            row.value = value
