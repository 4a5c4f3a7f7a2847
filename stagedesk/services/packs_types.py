"""What the visit-pack services hand back: plain values for the window and the command line."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

# progress(phase, done, total), as the demo generator reports it.
Progress = Callable[[str, int, int], None]
Side = Literal["office", "pack"]
SIDES: tuple[Side, ...] = ("office", "pack")


@dataclass(frozen=True)
class PackSummary:
    """A pack written: where, for whom, how many rows of each kind it carries."""

    path: Path
    pack_id: str
    mentor_id: uuid.UUID
    mentor_name: str
    exported_at: datetime
    counts: Mapping[str, int]  # table name → rows in the pack
    checklists: tuple[str, ...]  # file names of the checklists it carries
    size_bytes: int


@dataclass(frozen=True)
class PackInfo:
    """What a store that is a visit pack says about itself (unverified: the laptop has no key)."""

    pack_id: str
    mentor_id: uuid.UUID
    mentor_name: str
    exported_at: datetime
    exported_by: str
    source_store: str


@dataclass(frozen=True)
class PackVisit:
    """A visit as the pack has it: every column of the visit table, and who and where."""

    id: uuid.UUID
    version: int
    student_name: str
    company_name: str
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class VisitUpdate:
    """A visit changed in the pack only: the office's copy is replaced by the pack's."""

    visit: PackVisit
    office_version: int
    changed_fields: tuple[str, ...]
    office: Mapping[str, Any]  # the office's visit as it is now (every column but the id)


@dataclass(frozen=True)
class VisitConflict:
    """A visit changed in the office and in the pack since export: the user chooses.

    ``office`` is None when the office deleted the visit meanwhile (choosing "pack" brings
    it back). ``differing`` names the columns whose values differ.
    """

    visit: PackVisit
    office: Mapping[str, Any] | None
    office_version: int | None
    differing: tuple[str, ...]


@dataclass(frozen=True)
class ImportPlan:
    """What importing a pack would do; ``apply_import`` carries it out (or refuses)."""

    pack_path: Path
    pack_id: str
    office_store: str
    mentor_id: uuid.UUID
    mentor_name: str
    exported_at: datetime
    new: tuple[PackVisit, ...]
    changed: tuple[VisitUpdate, ...]
    unchanged: int
    conflicts: tuple[VisitConflict, ...]
    # Changes in the pack to anything but visits: reported, never merged.
    not_merged: tuple[str, ...]
    # Worth knowing, not in the way: e.g. a student mentored by someone else now.
    warnings: tuple[str, ...]
    # Checklist texts visits in the pack answered that the office lacks: setting key → value.
    # Keyed by the text's sha256 (checked), so adding them can never replace anything.
    checklist_archives: Mapping[str, Any]

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.changed or self.conflicts or self.checklist_archives)


@dataclass(frozen=True)
class ImportResult:
    pack_id: str
    added: int
    updated: int
    took_pack: int  # conflicts resolved with the pack's version
    kept_office: int  # conflicts resolved with the office's version
    unchanged: int
