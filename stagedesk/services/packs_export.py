"""Export a mentor's visit pack: the least data their visits need, as a StageDesk store.

What a pack carries, and why no more (students' data travels on a laptop, many are minors):

* the mentor's students (``student.mentor_id``), without the office's free-text student notes;
  a student's ``current_company_id`` only when that company is one of their placements';
* those students' placements, the companies of those placements with their contact persons
  and SBB recognitions, and the programmes of those students;
* every visit of those placements (planned, held, cancelled): the only rows merged back;
* the mentor (with their roles, so the laptop can act as them) and, by name and visiting
  role only, any colleague a visit names;
* the school settings (letters, calendar) and the checklists in force, as ``checklist:<file>``
  settings (the files under resources/checklists/ with the office's own versions over them),
  and the archived checklist texts (``checklist-archive:<sha256>``) earlier visits answered.

Never: other students, applications (a placement's link to its application is cleared),
application history, case notes, meldingen, letters, the audit trail, other settings (the
office's store id and pack key above all). Columns are copied generically, so a column a
migration adds travels without a change here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, insert, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import NotFound, StoreError, ValidationError
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.encryption import check_new_passphrase
from stagedesk.services.packs_file import (
    check_destination,
    create_pack_store,
    discard,
    new_temp_file,
    publish,
    seal,
)
from stagedesk.services.packs_manifest import (
    ARCHIVE_PREFIX,
    CHECKLIST_PREFIX,
    MANIFEST_KEY,
    Manifest,
    fingerprints,
    office_identity,
    signed,
    table,
)
from stagedesk.services.packs_types import PackSummary, Progress
from stagedesk.store import hours_totals, migrate
from stagedesk.store.base import Base, utcnow
from stagedesk.store.office import Setting
from stagedesk.store.staff import StaffMember

CHECKLISTS_DIR = RESOURCES_DIR / "checklists"
SCHOOL_SETTINGS_KEY = "school"
# Columns a pack leaves empty: the office's notes on a student are not for the road.
REDACTED = {"student": ("notes",)}
# A colleague a visit names travels as a name, with the roles that let them hold visits (the
# visit service checks them when a next visit is planned for the colleague).
VISITING_ROLES = (StaffRole.MENTOR, StaffRole.COORDINATOR)
COLLEAGUE_COLUMNS = ("id", "name", "initials", "active", "created_at", "updated_at", "version")
# Columns left out of the fingerprints: a placement's hours totals follow hours written in
# the pack (reported as not merged), without its version, so they are no sign of tampering.
_DERIVED = {("placement", name) for name in hours_totals.TOTALS}

Rows = list[dict[str, Any]]


def may_export(actor: Actor, mentor_id: uuid.UUID) -> None:
    """Coordinators and admins export any mentor's pack; a mentor exports their own."""
    if actor.staff_id == mentor_id and actor.has(StaffRole.MENTOR):
        return
    require(actor, CASE_WORKERS, "export the visit pack of another mentor")


def export_pack(
    office_sessions: sessionmaker[Session],
    actor: Actor,
    mentor_id: uuid.UUID,
    out_path: str | Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    checklists_dir: Path | None = None,
    passphrase: str | None = None,
) -> PackSummary:
    """Write ``mentor_id``'s visit pack to ``out_path`` (refused if it exists, unless
    ``overwrite``), encrypted with ``passphrase`` (required: a pack always is).
    The office gains a store id and pack key on the first export."""
    may_export(actor, mentor_id)
    if not passphrase:
        raise ValidationError("passphrase", "a visit pack is always encrypted: give a passphrase")
    check_new_passphrase(passphrase)
    out = Path(out_path).expanduser().absolute()
    check_destination(out, overwrite=overwrite)
    report = progress or (lambda _phase, _done, _total: None)
    temp = new_temp_file(out)
    try:
        with office_sessions.begin() as s:
            if s.get(Setting, MANIFEST_KEY) is not None:
                raise StoreError("this store is a visit pack: export packs from the office store")
            mentor = s.get(StaffMember, mentor_id)
            if mentor is None:
                raise NotFound(f"no staff member {mentor_id}")
            identity = office_identity(s, create=True)
            assert identity is not None
            report("reading", 0, 1)
            rows = collect(s, mentor_id, checklists_dir or CHECKLISTS_DIR)
            report("reading", 1, 1)
            manifest = Manifest(
                pack_id=str(uuid.uuid4()),
                source_store=identity.store_id,
                mentor_id=mentor_id,
                mentor_name=mentor.name,
                exported_at=utcnow(),
                exported_by=actor.name,
                schema=migrate.head_revision(),
                columns={},
                rows={},
            )
            manifest = write_pack(temp, rows, manifest, identity.secret, report, passphrase)
            # Minors' data leaves the office: the trail says who took whose, and how much.
            audit.record(
                s,
                actor,
                audit.EXPORT,
                "visit_pack",
                uuid.UUID(manifest.pack_id),
                None,
                {"mentor_id": mentor_id, "file": out.name}
                | {name: len(rows[name]) for name in ("student", "placement", "visit")},
            )
        publish(temp, out, overwrite=overwrite)
    except BaseException:
        discard(temp)
        raise
    return PackSummary(
        path=out,
        pack_id=manifest.pack_id,
        mentor_id=mentor_id,
        mentor_name=manifest.mentor_name,
        exported_at=manifest.exported_at,
        counts={name: len(found) for name, found in rows.items() if name != "setting"},
        checklists=tuple(
            sorted(
                r["key"].removeprefix(CHECKLIST_PREFIX)
                for r in rows["setting"]
                if r["key"].startswith(CHECKLIST_PREFIX)
            )
        ),
        size_bytes=out.stat().st_size,
    )


def _select(s: Session, name: str, where: ColumnElement[bool]) -> Rows:
    return [dict(row._mapping) for row in s.execute(select(table(name)).where(where))]


def _ids(rows: Iterable[Mapping[str, Any]], column: str = "id") -> set[Any]:
    return {row[column] for row in rows if row[column] is not None}


def collect(s: Session, mentor_id: uuid.UUID, checklists_dir: Path) -> dict[str, Rows]:
    """The rows of the pack, per table, read from the office in the caller's transaction."""
    students = _select(s, "student", table("student").c.mentor_id == mentor_id)
    placements = _select(s, "placement", table("placement").c.student_id.in_(_ids(students)))
    visits = _select(s, "visit", table("visit").c.placement_id.in_(_ids(placements)))
    company_ids = _ids(placements, "company_id")
    colleague_ids = _ids(visits, "mentor_id") - {mentor_id}
    staff = _select(s, "staff_member", table("staff_member").c.id == mentor_id)
    staff += [
        {c: (row[c] if c in COLLEAGUE_COLUMNS else None) for c in row}
        for row in _select(s, "staff_member", table("staff_member").c.id.in_(colleague_ids))
    ]
    rows: dict[str, Rows] = {
        "programme": _select(
            s, "programme", table("programme").c.id.in_(_ids(students, "programme_id"))
        ),
        "staff_member": staff,
        "staff_role": _select(
            s,
            "staff_role",
            (table("staff_role").c.staff_id == mentor_id)
            | (
                table("staff_role").c.staff_id.in_(colleague_ids)
                & table("staff_role").c.role.in_(VISITING_ROLES)
            ),
        ),
        "company": _select(s, "company", table("company").c.id.in_(company_ids)),
        "contact_person": _select(
            s, "contact_person", table("contact_person").c.company_id.in_(company_ids)
        ),
        "recognition": _select(
            s, "recognition", table("recognition").c.company_id.in_(company_ids)
        ),
        "student": students,
        "placement": placements,
        "visit": visits,
        "setting": _settings(s, checklists_dir),
    }
    for name, columns in REDACTED.items():
        for row in rows[name]:
            row.update(dict.fromkeys(columns))
    _clear_dangling_references(rows)
    return rows


def _settings(s: Session, checklists_dir: Path) -> Rows:
    texts = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(checklists_dir.glob("*.toml"))
        if path.is_file()
    }
    office_rows = s.execute(
        select(Setting.key, Setting.value).where(
            (Setting.key == SCHOOL_SETTINGS_KEY)
            | Setting.key.startswith(CHECKLIST_PREFIX)
            | Setting.key.startswith(ARCHIVE_PREFIX)
        )
    ).all()
    rows: Rows = []
    for key, value in office_rows:
        if key.startswith(CHECKLIST_PREFIX):
            texts[key.removeprefix(CHECKLIST_PREFIX)] = value  # the office's own version
        else:
            rows.append({"key": key, "value": value})
    rows += [
        {"key": CHECKLIST_PREFIX + name, "value": text} for name, text in sorted(texts.items())
    ]
    return rows


def _clear_dangling_references(rows: dict[str, Rows]) -> None:
    """Empty a reference to a row the pack does not carry (a placement's application, a
    student's company of an application); visits are copied exactly, so theirs must hold."""
    present = {
        name: _ids(found, next(iter(table(name).primary_key.columns)).name)
        for name, found in rows.items()
    }
    for name, found in rows.items():
        for fk in table(name).foreign_keys:
            column, target = fk.parent, fk.column.table.name
            keep = present.get(target, set())
            for row in found:
                value = row.get(column.name)
                if value is None or value in keep:
                    continue
                if name == "visit" or not column.nullable:
                    raise StoreError(
                        f"{name}.{column.name} refers to a {target} row the pack does not carry"
                    )
                row[column.name] = None


def write_pack(
    path: Path,
    rows: Mapping[str, Rows],
    manifest: Manifest,
    secret: bytes,
    report: Progress,
    passphrase: str,
) -> Manifest:
    """Fill the new store at ``path`` with ``rows``, fingerprint them, sign, seal the file."""
    pack = create_pack_store(path, passphrase)
    try:
        # Every table exported is listed, even empty: rows added there in the pack are new.
        ordered = [t for t in Base.metadata.sorted_tables if t.name in rows]
        columns: dict[str, list[str]] = {}
        prints: dict[str, Any] = {}
        with pack.engine.begin() as conn:
            for done, t in enumerate(ordered):
                report("writing", done, len(ordered))
                if rows[t.name]:
                    conn.execute(insert(t), list(rows[t.name]))
            # Fingerprints of the rows as the pack holds them, read back: what import compares.
            for t in ordered:
                columns[t.name] = [c.name for c in t.columns if (t.name, c.name) not in _DERIVED]
                prints[t.name] = fingerprints(
                    t, [dict(r._mapping) for r in conn.execute(select(t))], columns[t.name]
                )
            manifest = replace(manifest, columns=columns, rows=prints)
            conn.execute(
                insert(table("setting")),
                [{"key": MANIFEST_KEY, "value": signed(manifest, secret)}],
            )
        report("writing", len(ordered), len(ordered))
    except BaseException:
        pack.close()
        raise
    seal(pack)
    return manifest
