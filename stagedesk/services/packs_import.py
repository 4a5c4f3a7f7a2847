"""Import a visit pack: check it is this office's and whole, plan the merge of its visits.

Only visits are merged. Each visit's two sides are compared with a base: the version the
pack exported, or, after an earlier import of the same pack, the versions that import left
(kept per pack in the setting ``pack:imported:<pack id>``; that is what makes importing the
same pack twice change nothing). Changed in the pack only: the office takes the pack's visit.
Changed in the office only, or nowhere: nothing to do. Changed in both, with different
contents: a conflict the user resolves. New in the pack: added. Checklist texts the pack's
visits answered (``checklist-archive:<sha256>``, checked against their digest) are added when
the office lacks them. Changes in the pack to anything else, deletions included, are listed
as not merged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import names
from stagedesk.domain.checklists import digest_of
from stagedesk.domain.errors import StoreError
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.packs_file import PackCopy, opened_copy
from stagedesk.services.packs_manifest import (
    ARCHIVE_PREFIX,
    IMPORTED_PREFIX,
    MANIFEST_KEY,
    Manifest,
    OfficeIdentity,
    fingerprints,
    office_identity,
    plain,
    row_key,
    table,
    verified,
)
from stagedesk.services.packs_types import ImportPlan, PackVisit, VisitConflict, VisitUpdate
from stagedesk.store.base import Base
from stagedesk.store.office import Setting
from stagedesk.store.staff import StaffMember

# Not compared: identity and bookkeeping; two visits with the same other values are the same.
BOOKKEEPING = ("id", "version", "created_at", "updated_at")
# The pack's own business: its schema version and its own audit trail are never merged.
PACK_LOCAL = frozenset({"alembic_version", "audit_entry", "audit_head"})


@dataclass
class PackContent:
    """What a verified pack holds that the plan needs."""

    manifest: Manifest
    visits: list[dict[str, Any]]
    students: dict[uuid.UUID, str]  # placement id → student name
    companies: dict[uuid.UUID, str]  # placement id → company name
    placement_students: dict[uuid.UUID, uuid.UUID]  # placement id → student id
    student_names: dict[uuid.UUID, str] = field(default_factory=dict)
    not_merged: list[str] = field(default_factory=list)
    archives: dict[str, Any] = field(default_factory=dict)  # checklist-archive rows, checked


def refuse_if_pack(session: Session, what: str) -> None:
    if session.get(Setting, MANIFEST_KEY) is not None:
        raise StoreError(f"this store is itself a visit pack: {what} in the office store")


def preview_import(
    office_sessions: sessionmaker[Session],
    actor: Actor,
    pack_path: str | Path,
    *,
    passphrase: str | None = None,
) -> ImportPlan:
    """What importing the pack at ``pack_path`` would do; the office is not changed.

    ``passphrase`` None: the one given for this file before, else asked where
    store.cipher.set_passphrase_source says (environment, prompt, dialog).
    """
    require(actor, CASE_WORKERS, "import visit packs")
    path = Path(pack_path).expanduser().absolute()
    with office_sessions() as s:
        refuse_if_pack(s, "import packs")
        identity = office_identity(s, create=False)
        with opened_copy(path, passphrase) as pack:
            content = read_pack(pack, identity, path.name)
        return _plan(s, path, content, identity)


def read_pack(pack: PackCopy, identity: OfficeIdentity | None, name: str) -> PackContent:
    """The verified content of a pack: refuses another store's, a forged or an altered one."""
    with pack.store.engine.connect() as conn:
        raw = conn.execute(
            text("SELECT value FROM setting WHERE key = :key"), {"key": MANIFEST_KEY}
        ).scalar()
        if raw is None:
            raise StoreError(f"{name} is a StageDesk store, not a visit pack (it has no manifest)")
        try:
            value = json.loads(raw) if isinstance(raw, str | bytes) else raw
        except ValueError:
            raise StoreError(f"{name}: the pack's manifest is damaged (not JSON)") from None
        try:
            manifest = verified(value, identity)
        except StoreError as exc:
            raise StoreError(f"{name}: {exc}") from None
        tables = {t.name: t for t in Base.metadata.sorted_tables}
        unknown = set(manifest.columns) - set(tables)
        if unknown:
            raise StoreError(f"{name}: the manifest names tables this program lacks: {unknown}")
        altered: list[str] = []
        not_merged: list[str] = []
        rows_of: dict[str, list[dict[str, Any]]] = {}
        archives: dict[str, Any] = {}
        for table_name, columns in manifest.columns.items():
            t = tables[table_name]
            if set(columns) - set(t.c.keys()):
                raise StoreError(f"{name}: the pack's {table_name} table lacks columns")
            rows = [dict(r._mapping) for r in conn.execute(select(t))]
            if table_name == "setting":
                archives = {r["key"]: r["value"] for r in rows if _is_archive(r["key"], r["value"])}
                rows = [r for r in rows if r["key"] != MANIFEST_KEY and r["key"] not in archives]
            rows_of[table_name] = rows
            exported = {
                key: fp
                for key, fp in manifest.rows.get(table_name, {}).items()
                if key not in archives
            }
            now = fingerprints(t, rows, columns)
            changed = added = 0
            for key, (version, digest) in now.items():
                if key not in exported:
                    added += 1
                elif digest != exported[key][1]:
                    if version is not None and version == exported[key][0]:
                        altered.append(f"{table_name} {key}")
                    changed += 1
            removed = len(set(exported) - set(now))
            if table_name != "visit" and (changed or added or removed):
                not_merged.append(
                    f"{table_name}: {changed} changed, {added} added, {removed} deleted in the "
                    "pack (only visits are merged)"
                )
            elif table_name == "visit" and removed:
                not_merged.append(
                    f"visit: {removed} deleted in the pack (deletions are not merged; cancel "
                    "the visit in the office if it will not take place)"
                )
        if altered:
            raise StoreError(
                f"{name} was altered outside StageDesk or is damaged: "
                f"{', '.join(altered[:5])}{' …' if len(altered) > 5 else ''} "
                "no longer match what was exported; nothing was imported"
            )
        for t in Base.metadata.sorted_tables:
            if t.name in manifest.columns or t.name in PACK_LOCAL:
                continue
            count = conn.execute(select(func.count()).select_from(t)).scalar() or 0
            if count:
                not_merged.append(f"{t.name}: {count} written in the pack (only visits are merged)")
    students = {
        r["id"]: names.display_name(r["given_name"], r["tussenvoegsel"], r["surname"])
        for r in rows_of.get("student", [])
    }
    companies = {r["id"]: r["name"] for r in rows_of.get("company", [])}
    placements = rows_of.get("placement", [])
    known = pack.visit_columns
    return PackContent(
        manifest=manifest,
        visits=[{c: v for c, v in row.items() if c in known} for row in rows_of.get("visit", [])],
        students={p["id"]: students.get(p["student_id"], "?") for p in placements},
        companies={p["id"]: companies.get(p["company_id"], "?") for p in placements},
        placement_students={p["id"]: p["student_id"] for p in placements},
        student_names=students,
        not_merged=not_merged,
        archives=archives,
    )


def _is_archive(key: str, value: Any) -> bool:
    """A checklist text archived under its own sha256: safe to add, it cannot differ."""
    if (
        not isinstance(key, str)
        or not key.startswith(ARCHIVE_PREFIX)
        or not isinstance(value, dict)
    ):
        return False
    body = value.get("text")
    return isinstance(body, str) and digest_of(body) == key.removeprefix(ARCHIVE_PREFIX)


def _differing(office: Mapping[str, Any], pack: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(
        c
        for c in pack
        if c not in BOOKKEEPING and c in office and plain(office[c]) != plain(pack[c])
    )


def _plan(
    s: Session, path: Path, content: PackContent, identity: OfficeIdentity | None
) -> ImportPlan:
    assert identity is not None  # verified() refused a pack without one
    manifest = content.manifest
    visit = table("visit")
    pack_visits = {row["id"]: row for row in content.visits}
    office = {
        found["id"]: found
        for found in (
            dict(r._mapping)
            for r in s.execute(select(visit).where(visit.c.id.in_(list(pack_visits))))
        )
    }
    record = s.get(Setting, IMPORTED_PREFIX + manifest.pack_id)
    imported: dict[str, Any] = record.value.get("visits", {}) if record is not None else {}
    exported = manifest.rows.get("visit", {})
    carried = {uuid.UUID(hex=key) for key in manifest.rows.get("placement", {})}
    placement = table("placement")
    in_office = set(
        s.execute(
            select(placement.c.id).where(
                placement.c.id.in_({row["placement_id"] for row in content.visits})
            )
        ).scalars()
    )
    new: list[PackVisit] = []
    changed: list[VisitUpdate] = []
    conflicts: list[VisitConflict] = []
    unchanged = 0
    errors: list[str] = []
    touched: set[uuid.UUID] = set()
    for vid, row in pack_visits.items():
        key = row_key(visit, row)
        pv = PackVisit(
            id=vid,
            version=row["version"],
            student_name=content.students.get(row["placement_id"], "?"),
            company_name=content.companies.get(row["placement_id"], "?"),
            fields={c: v for c, v in row.items() if c != "id"},
        )
        if row["placement_id"] not in carried:
            errors.append(f"visit {vid} is for a placement the pack did not carry")
            continue
        if key in imported:
            base_office, base_pack = imported[key]
        elif key in exported:
            base_office = base_pack = exported[key][0]
        else:
            base_office = base_pack = None
        known = key in imported or key in exported
        current = office.get(vid)
        if known and row["version"] == base_pack:
            unchanged += 1  # the pack did not change it: whatever the office did stands
            continue
        if current is None and not known:
            if row["placement_id"] not in in_office:
                errors.append(
                    f"the new visit of {pv.student_name} ({pv.company_name}) is for a "
                    "placement the office no longer has"
                )
                continue
            new.append(pv)
        elif current is None:
            conflicts.append(VisitConflict(pv, None, None, ()))
        elif not (differing := _differing(current, row)):
            unchanged += 1
            continue
        else:
            office_fields = {c: v for c, v in current.items() if c != "id"}
            if known and current["version"] == base_office:
                changed.append(VisitUpdate(pv, current["version"], differing, office_fields))
            else:
                conflicts.append(VisitConflict(pv, office_fields, current["version"], differing))
        touched.add(row["placement_id"])
    if errors:
        raise StoreError(f"{path.name} cannot be imported: " + "; ".join(errors[:5]))
    return ImportPlan(
        pack_path=path,
        pack_id=manifest.pack_id,
        office_store=identity.store_id,
        mentor_id=manifest.mentor_id,
        mentor_name=manifest.mentor_name,
        exported_at=manifest.exported_at,
        new=tuple(new),
        changed=tuple(changed),
        unchanged=unchanged,
        conflicts=tuple(conflicts),
        not_merged=tuple(content.not_merged),
        warnings=tuple(_mentor_warnings(s, content, touched)),
        checklist_archives=_missing_archives(s, content.archives),
    )


def _missing_archives(s: Session, archives: Mapping[str, Any]) -> dict[str, Any]:
    present = set(s.execute(select(Setting.key).where(Setting.key.in_(list(archives)))).scalars())
    return {key: value for key, value in sorted(archives.items()) if key not in present}


def _mentor_warnings(s: Session, content: PackContent, placements: set[uuid.UUID]) -> list[str]:
    """Students whose visits this import brings but who have another mentor now.

    Not a refusal: a visit that took place is part of the student's record whoever
    mentors them today; the office sees who held it in the visit itself.
    """
    students = {content.placement_students[p] for p in placements}
    if not students:
        return []
    student = table("student")
    rows = s.execute(
        select(student.c.id, student.c.mentor_id, StaffMember.name)
        .outerjoin(StaffMember, StaffMember.id == student.c.mentor_id)
        .where(student.c.id.in_(students))
    ).all()
    mentor = content.manifest.mentor_id
    return [
        f"{content.student_names.get(sid, sid)} is now mentored by {name or 'nobody'}; "
        f"the visits {content.manifest.mentor_name} logged are imported all the same"
        for sid, mentor_id, name in rows
        if mentor_id != mentor
    ]
