"""An office for visit-pack tests: a mentor's two students with placements and visits, another
mentor's student at the same company, a melding, notes and an application that must stay home.

Visits are written through the ORM, as the window does on the laptop; ``in_pack`` opens a
pack as ``stagedesk --db FILE`` would.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    DiscriminationGround,
    MeldingStatus,
    VisitStatus,
    VisitType,
)
from stagedesk.services.applications import add_application
from stagedesk.services.packs import export_pack
from stagedesk.services.packs_types import PackSummary
from stagedesk.store import cipher
from stagedesk.store.meldingen import Melding
from stagedesk.store.notes import Note
from stagedesk.store.office import Setting
from stagedesk.store.opening import open_store
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit
from tests.factories import TODAY, World, build_world, placed

SHIPPED = RESOURCES_DIR / "checklists"
START_CHECKLIST = (SHIPPED / "start.toml").read_text(encoding="utf-8")
# Packs are always encrypted; tests remember it for every pack they write, as a window would.
PASSPHRASE = "pakket-wachtwoord"
# The office's own version of the extra-visit checklist (a setting row over the file).
OFFICE_CHECKLIST = (SHIPPED / "extra.toml").read_text(encoding="utf-8") + "\n# eigen versie\n"


@dataclass
class PackOffice:
    world: World
    tmp: Path
    checklists: Path
    mine: uuid.UUID  # the mentor's student, at world.company, two visits
    mine_too: uuid.UUID  # the mentor's student, at world.other_company, one visit
    theirs: uuid.UUID  # the other mentor's student, at world.company too
    planned: uuid.UUID  # mine's planned start visit
    held: uuid.UUID  # mine's held visit (a colleague held it)
    planned_too: uuid.UUID  # mine_too's planned visit
    their_visit: uuid.UUID

    @property
    def sessions(self) -> Any:
        return self.world.sessions

    @property
    def pack(self) -> Path:
        return self.tmp / "pack.sqlite"

    def export(self, **kwargs: Any) -> PackSummary:
        kwargs.setdefault("checklists_dir", self.checklists)
        actor = kwargs.pop("actor", self.world.coordinator)
        out = kwargs.pop("out", self.pack)
        kwargs.setdefault("passphrase", PASSPHRASE)
        cipher.remember(Path(out), kwargs["passphrase"])
        return export_pack(self.sessions, actor, self.world.mentor.staff_id, out, **kwargs)

    def office_visits(self) -> dict[uuid.UUID, tuple[int, dict[str, Any]]]:
        """Every visit in the office: id → (version, columns)."""
        with self.sessions() as s:
            return {
                v.id: (v.version, _columns(v)) for v in s.execute(select(Visit)).scalars().all()
            }

    def office_settings(self) -> dict[str, Any]:
        with self.sessions() as s:
            return dict(s.execute(select(Setting.key, Setting.value)).all())


def _columns(record: Any) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in record.__table__.columns}


def visit(placement: uuid.UUID, mentor: uuid.UUID | None, **values: Any) -> Visit:
    values.setdefault("visit_type", VisitType.START)
    values.setdefault("status", VisitStatus.PLANNED)
    values.setdefault("planned_on", date(2026, 12, 1))
    return Visit(placement_id=placement, mentor_id=mentor, **values)


def build_pack_office(tmp: Path, location: str | None = None) -> PackOffice:
    """The office at ``location`` (a PostgreSQL URL, say), else in ``tmp``; packs go in ``tmp``."""
    world = build_world(location or tmp / "office.sqlite")
    checklists = tmp / "checklists"
    checklists.mkdir()
    for shipped in SHIPPED.glob("*.toml"):
        (checklists / shipped.name).write_text(shipped.read_text(encoding="utf-8"), "utf-8")
    mine = world.student(given="Zoë", tussenvoegsel="van der", surname="Berg")
    mine_too = world.student(given="Anna", tussenvoegsel=None, surname="Bakker")
    theirs = world.student(
        mentor=world.other_mentor, given="Geheime", tussenvoegsel=None, surname="Anderman"
    )
    start, end = date(2026, 9, 1), date(2027, 1, 31)
    p_mine = placed(world, mine, start, end, praktijkopleider_id=world.praktijkopleider)
    p_too = placed(world, mine_too, start, end, company=world.other_company)
    p_theirs = placed(world, theirs, start, end)
    add_application(
        world.sessions,
        world.coordinator,
        mine,
        world.unrecognised,
        ApplicationChannel.STAGEMARKT,
        status=ApplicationStatus.SENT,
        sent_on=date(2026, 8, 1),
        today=TODAY,
    )
    with world.sessions.begin() as s:
        planned = visit(p_mine.id, world.mentor.staff_id)
        held = visit(
            p_mine.id,
            world.other_mentor.staff_id,
            status=VisitStatus.HELD,
            planned_on=date(2026, 9, 15),
            held_on=date(2026, 9, 15),
            notes="Goed gesprek",
        )
        planned_too = visit(p_too.id, world.mentor.staff_id, planned_on=date(2026, 12, 3))
        their_visit = visit(p_theirs.id, world.other_mentor.staff_id, notes="Niet voor jou")
        s.add_all([planned, held, planned_too, their_visit])
        s.add(
            Melding(
                student_id=mine,
                company_id=world.company,
                received_on=date(2026, 10, 1),
                ground=DiscriminationGround.ORIGIN,
                status=MeldingStatus.RECEIVED,
                status_changed_on=date(2026, 10, 1),
                description="Vertrouwelijk",
            )
        )
        s.add(
            Note(
                student_id=mine,
                author_id=world.coordinator.staff_id,
                written_on=TODAY,
                body="Notitie van het bureau",
            )
        )
        s.get_one(Student, mine).notes = "Privé: thuissituatie"
        s.add(Setting(key="checklist:extra.toml", value=OFFICE_CHECKLIST))
        s.flush()
        ids = planned.id, held.id, planned_too.id, their_visit.id
    return PackOffice(world, tmp, checklists, mine, mine_too, theirs, *ids)


def opened_pack_office(tmp_path: Path) -> Iterator[PackOffice]:
    """For a module's ``office`` fixture: the office, closed after the test."""
    built = build_pack_office(tmp_path)
    yield built
    built.world.office.close()


@contextmanager
def in_pack(path: Path) -> Iterator[Session]:
    """One transaction on the pack, as the window on the laptop would write it."""
    store = open_store(path, create=False, daily_backup=False)
    try:
        with store.sessions.begin() as s:
            yield s
    finally:
        store.close()


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows straight from a SQLite file (decrypted with the pack passphrase if it is one)."""
    if cipher.is_encrypted(path):
        import sqlcipher3

        conn = sqlcipher3.connect(str(path))
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    else:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def replace_bytes(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes in the file in place, as a tamperer with a hex editor (and the passphrase:
    SQLCipher's page MACs catch any change made without it) would."""
    assert len(old) == len(new)
    encrypted = cipher.is_encrypted(path)
    if encrypted:
        _decrypt_in_place(path)
    data = path.read_bytes()
    assert data.count(old) >= 1, f"{old!r} not in {path.name}"
    path.write_bytes(data.replace(old, new, 1))
    if encrypted:
        plain = path.with_name(path.name + ".plain")
        path.rename(plain)
        cipher.export_encrypted(plain, path, PASSPHRASE)
        plain.unlink()


def _decrypt_in_place(path: Path) -> None:
    import sqlcipher3

    plain = path.with_name(path.name + ".plain")
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    plain.replace(path)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
