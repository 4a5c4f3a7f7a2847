"""Visit packs: a mentor's work taken offline to the companies, and merged back.

A pack is itself a StageDesk store (same schema, same migrations): ``stagedesk --db FILE``
opens it on the mentor's laptop and visits are logged there with the normal code. This
module is the one the window and the command line import:

* ``export_pack`` writes a mentor's pack (coordinator/admin, or the mentor themself);
* ``preview_import`` checks a pack and tells what importing it would do;
* ``apply_import`` carries out a preview, with the user's choice for every conflict;
* ``pack_info`` tells whether an opened store is a pack, and whose;
* ``find_mentor`` resolves a staff member given by id or name (for the command line).

What a pack carries is set out in services.packs_export; the checks on import in
services.packs_import; the file handling (SQLCipher encryption) in services.packs_file.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import NotFound, StoreError, ValidationError
from stagedesk.services.packs_apply import apply_import
from stagedesk.services.packs_export import export_pack
from stagedesk.services.packs_import import preview_import
from stagedesk.services.packs_manifest import MANIFEST_KEY, unsigned
from stagedesk.services.packs_types import (
    ImportPlan,
    ImportResult,
    PackInfo,
    PackSummary,
    PackVisit,
    Progress,
    Side,
    VisitConflict,
    VisitUpdate,
)
from stagedesk.store.office import Setting
from stagedesk.store.staff import StaffMember

__all__ = [
    "ImportPlan",
    "ImportResult",
    "PackInfo",
    "PackSummary",
    "PackVisit",
    "Progress",
    "Side",
    "VisitConflict",
    "VisitUpdate",
    "apply_import",
    "export_pack",
    "find_mentor",
    "pack_info",
    "preview_import",
]


def pack_info(sessions: sessionmaker[Session]) -> PackInfo | None:
    """The pack this store is, or None for an ordinary store. Read on the laptop, so not
    verified (only the office holds the key); a damaged manifest raises StoreError.

    A pack travels on laptops and USB sticks: every page of it is read once here
    (``PRAGMA quick_check``, a few milliseconds for a mentor's pack), so a damaged page is
    refused when the pack is opened rather than surfacing later in a case file.
    """
    try:
        with sessions() as s:
            value = s.execute(select(Setting.value).where(Setting.key == MANIFEST_KEY)).scalar()
            if value is not None and s.get_bind().dialect.name == "sqlite":
                problems = [str(r[0]) for r in s.execute(text("PRAGMA quick_check"))]
                if problems != ["ok"]:
                    raise StoreError(f"the pack file is damaged ({'; '.join(problems[:3])})")
    except (DBAPIError, ValueError, TypeError, MemoryError) as exc:
        # Not JSON, or an unreadable page (SQLCipher reports a failed page MAC as no memory).
        raise StoreError(f"the pack's manifest is damaged ({exc!r})") from None
    if value is None:
        return None
    manifest = unsigned(value)
    return PackInfo(
        pack_id=manifest.pack_id,
        mentor_id=manifest.mentor_id,
        mentor_name=manifest.mentor_name,
        exported_at=manifest.exported_at,
        exported_by=manifest.exported_by,
        source_store=manifest.source_store,
    )


def find_mentor(sessions: sessionmaker[Session], id_or_name: str) -> tuple[uuid.UUID, str]:
    """The staff member whose id (with or without dashes) or name (any case) is given."""
    wanted = id_or_name.strip()
    with sessions() as s:
        try:
            member = s.get(StaffMember, uuid.UUID(wanted))
        except ValueError:
            member = None
        if member is not None:
            return member.id, member.name
        found = s.execute(
            select(StaffMember.id, StaffMember.name).where(
                func.lower(StaffMember.name) == wanted.lower()
            )
        ).all()
    if not found:
        raise NotFound(f"no staff member with the id or name {wanted!r}")
    if len(found) > 1:
        ids = ", ".join(str(row.id) for row in found)
        raise ValidationError("mentor", f"{len(found)} staff members are named {wanted!r}: {ids}")
    return found[0].id, found[0].name
