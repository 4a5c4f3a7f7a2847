"""Carry out an import plan in one transaction: all of it, or (on any refusal) nothing.

Visits are written with Core statements over the visit table's columns, so columns a
migration adds are merged without a change here; each update names the version the plan
saw, so a visit changed in the office between preview and apply is a ``Conflict``, never
silently overwritten. Every visit written gets an entry in the audit trail (as the importing
user's, naming the pack), with free text recorded as a digest as services.audit does.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.audit_chain import digest
from stagedesk.domain.errors import Conflict, StoreError, ValidationError
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.packs_manifest import (
    IMPORTED_PREFIX,
    canonical,
    office_identity,
    plain,
    table,
)
from stagedesk.services.packs_types import SIDES, ImportPlan, ImportResult, PackVisit, Side
from stagedesk.store.base import utcnow
from stagedesk.store.office import Setting


def _label(visit: PackVisit) -> str:
    planned = visit.fields.get("planned_on")
    when = f", planned {planned:%d-%m-%Y}" if planned is not None else ""
    return f"{visit.student_name} at {visit.company_name}{when}"


def check_resolutions(plan: ImportPlan, resolutions: Mapping[uuid.UUID, str]) -> None:
    """Every conflict needs a side, and nothing else may get one."""
    wrong = sorted({str(side) for side in resolutions.values() if side not in SIDES})
    if wrong:
        raise ValidationError("resolutions", f"choose 'office' or 'pack', not {', '.join(wrong)}")
    conflicts = {c.visit.id: c for c in plan.conflicts}
    stray = set(resolutions) - set(conflicts)
    if stray:
        raise ValidationError(
            "resolutions", f"{len(stray)} of the visits chosen for are not conflicts of this import"
        )
    open_ = [c for vid, c in conflicts.items() if vid not in resolutions]
    if open_:
        listed = "; ".join(_label(c.visit) for c in open_[:5])
        raise Conflict(
            f"{len(open_)} visit(s) were changed both in the office and in the pack since "
            f"export ({listed}): choose for each whether the office's or the pack's version "
            "stays; nothing was imported"
        )


def apply_import(
    office_sessions: sessionmaker[Session],
    actor: Actor,
    plan: ImportPlan,
    resolutions: Mapping[uuid.UUID, Side] | None = None,
) -> ImportResult:
    """Merge the plan's visits into the office; ``resolutions`` settle every conflict."""
    require(actor, CASE_WORKERS, "import visit packs")
    chosen: Mapping[uuid.UUID, str] = resolutions or {}
    check_resolutions(plan, chosen)
    took_pack = sum(1 for side in chosen.values() if side == "pack")
    result = ImportResult(
        pack_id=plan.pack_id,
        added=len(plan.new),
        updated=len(plan.changed),
        took_pack=took_pack,
        kept_office=len(plan.conflicts) - took_pack,
        unchanged=plan.unchanged,
    )
    if not plan.has_changes:
        return result  # the same pack again: not even the import record is rewritten
    try:
        _write(office_sessions, actor, plan, chosen)
    except IntegrityError as exc:
        raise Conflict(
            f"the office changed while the pack was imported ({exc.orig}); preview the import again"
        ) from None
    return result


def _write(
    office_sessions: sessionmaker[Session],
    actor: Actor,
    plan: ImportPlan,
    chosen: Mapping[uuid.UUID, str],
) -> None:
    """The import's one transaction."""
    with office_sessions.begin() as s:
        identity = office_identity(s, create=False)
        if identity is None or identity.store_id != plan.office_store:
            raise StoreError("this plan was made for another store: preview the import again")
        key = IMPORTED_PREFIX + plan.pack_id
        row = s.get(Setting, key)
        record: dict[str, Any] = dict(row.value.get("visits", {})) if row is not None else {}
        trail = _Trail(s, actor, plan.pack_id)
        for visit in plan.new:
            record[visit.id.hex] = [_insert(s, visit), visit.version]
            trail.created(visit)
        for change in plan.changed:
            record[change.visit.id.hex] = [
                _update(s, change.visit, change.office_version),
                change.visit.version,
            ]
            trail.changed(change.visit, change.office, change.changed_fields)
        for conflict in plan.conflicts:
            visit = conflict.visit
            if chosen[visit.id] == "office":
                office_version = conflict.office_version
            elif conflict.office is None:
                office_version = _insert(s, visit)
                trail.created(visit)
            else:
                office_version = _update(s, visit, conflict.office_version or 0)
                trail.changed(visit, conflict.office, conflict.differing)
            record[visit.id.hex] = [office_version, visit.version]
        for archive_key, archive in plan.checklist_archives.items():
            if s.get(Setting, archive_key) is None:
                s.add(Setting(key=archive_key, value=archive))
        value = {
            "pack_id": plan.pack_id,
            "mentor_id": plan.mentor_id.hex,
            "imported_at": utcnow().isoformat(),
            "imported_by": actor.name,
            "visits": record,
        }
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


# Visit columns that hold free text (or answers with remarks): the trail keeps a digest.
FREE_TEXT = frozenset({"notes", "answers", "agreed_actions"})
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})


class _Trail:
    """The audit entries of one import: who brought which visit in from which pack."""

    def __init__(self, s: Session, actor: Actor, pack_id: str) -> None:
        self.s, self.actor, self.pack_id = s, actor, pack_id

    def _shown(self, fields: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
        shown: dict[str, Any] = {}
        for name in names:
            value = fields.get(name)
            if name in FREE_TEXT:
                text = value if value is None or isinstance(value, str) else canonical(value)
                shown[name] = digest(text)
            else:
                shown[name] = plain(value)
        return shown

    def created(self, visit: PackVisit) -> None:
        names = [c for c in visit.fields if c not in BOOKKEEPING]
        after = self._shown(visit.fields, names) | {"from_pack": self.pack_id}
        audit.record(self.s, self.actor, audit.CREATE, "visit", visit.id, None, after)

    def changed(self, visit: PackVisit, office: Mapping[str, Any], names: Iterable[str]) -> None:
        names = list(names)
        before = self._shown(office, names)
        after = self._shown(visit.fields, names) | {"from_pack": self.pack_id}
        audit.record(self.s, self.actor, audit.CHANGE, "visit", visit.id, before, after)


def _values(visit: PackVisit, *, new: bool) -> dict[str, Any]:
    columns = set(table("visit").c.keys())
    skip = {"version"} if new else {"version", "created_at"}
    return {c: v for c, v in visit.fields.items() if c in columns and c not in skip}


def _insert(s: Session, visit: PackVisit) -> int:
    visits = table("visit")
    try:
        s.execute(insert(visits).values(id=visit.id, version=1, **_values(visit, new=True)))
    except IntegrityError as exc:
        raise Conflict(
            f"the visit of {_label(visit)} could not be added ({exc.orig}): the office changed "
            "since the preview; preview the import again"
        ) from None
    return 1


def _update(s: Session, visit: PackVisit, office_version: int) -> int:
    visits = table("visit")
    done = s.execute(
        update(visits)
        .where(visits.c.id == visit.id, visits.c.version == office_version)
        .values(version=office_version + 1, **_values(visit, new=False))
    )
    if getattr(done, "rowcount", 0) != 1:
        raise Conflict(
            f"the visit of {_label(visit)} was changed in the office since the preview; "
            "preview the import again"
        )
    return office_version + 1
