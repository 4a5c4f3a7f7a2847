"""The letter register: reference codes for new documents, and recording what was produced.

A file and its register rows cannot be written in one transaction, so the order decides what a
crash can leave behind. A letter must never exist without its row (a letter sent that the
office cannot account for), so:

1. the file is written under a hidden temporary name next to where it belongs
   (``.NAME.pdf.1a2b3c4d.part``); a crash here leaves a stray ``.part`` file, no letter;
2. its rows are committed, with the checksum of the bytes written;
3. the file is moved into place (an atomic rename in the same folder).

A crash between 2 and 3 leaves rows whose file is still the ``.part`` file holding exactly
the registered bytes. ``finish_interrupted`` (run at the start of every print into a folder)
finds such files by their checksum and moves them into place; it removes ``.part`` files the
register does not know once they are an hour old (a run killed before its commit).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import StoreError, ValidationError
from stagedesk.services.actor import Actor
from stagedesk.services.casework import transaction
from stagedesk.store.office import LetterRecord


def new_reference(today: date) -> str:
    """A fresh reference code: ``"SD-2026-7KQ2M4XD"`` (40 random bits, base32)."""
    return f"SD-{today.year}-{base64.b32encode(secrets.token_bytes(5)).decode()}"


@dataclass(frozen=True)
class Entry:
    """One letter (or other document) in a file, as the register keeps it."""

    student_id: uuid.UUID | None
    company_id: uuid.UUID | None
    template: str
    recipient: str
    reference: str


@dataclass(frozen=True)
class ProducedFile:
    """A file written: where, its checksum, and what is in it."""

    path: Path
    sha256: str
    references: tuple[str, ...]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_target(final: Path) -> None:
    """Refuse a file in a folder that does not exist, or a folder where a file should go."""
    if not final.parent.is_dir():
        raise ValidationError("out", f"there is no folder {final.parent}")
    if final.is_dir():
        raise ValidationError("out", f"{final} is a folder; give a file name")


def temporary_path(final: Path) -> Path:
    """Where ``final`` is written before it is recorded (same folder: the move is atomic)."""
    check_target(final)
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")


@contextmanager
def cleaned_up(paths: Sequence[Path]) -> Iterator[None]:
    """Remove ``paths`` (temporary files) if the block fails or is cancelled."""
    try:
        yield
    except BaseException:
        for path in paths:
            path.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class WrittenFile:
    """A file written under its temporary name, to be registered and moved to ``final``."""

    temp: Path
    final: Path
    entries: Sequence[Entry]
    sha256: str  # of the bytes written to ``temp``


def write_file(final: Path, data: bytes, entries: Sequence[Entry]) -> WrittenFile:
    """Write ``data`` under a temporary name next to ``final`` (step 1 of the module docstring)."""
    temp = temporary_path(final)
    with cleaned_up([temp]), temp.open("xb") as f:
        f.write(data)
    return WrittenFile(temp, final, entries, hashlib.sha256(data).hexdigest())


def written(temp: Path, final: Path, entries: Sequence[Entry]) -> WrittenFile:
    """A temporary file someone else wrote (ReportLab, to a path): its checksum read back."""
    return WrittenFile(temp, final, entries, sha256_of(temp))


def record_files(
    sessions: sessionmaker[Session], actor: Actor, files: Sequence[WrittenFile]
) -> tuple[ProducedFile, ...]:
    """Register the entries of each file, then move each into place (steps 2 and 3).

    One transaction for all files; if it fails the temporary files are removed. A file that
    cannot be moved after the commit stays under its temporary name for ``finish_interrupted``
    and the move raises ``StoreError`` naming it.
    """
    rows = [
        {
            "student_id": e.student_id,
            "company_id": e.company_id,
            "template": e.template,
            "recipient": e.recipient[:200],
            "reference": e.reference,
            "produced_by_id": actor.staff_id,
            "sha256": f.sha256,
        }
        for f in files
        for e in f.entries
    ]
    with cleaned_up([f.temp for f in files]), transaction(sessions) as session:
        if rows:  # one multi-row INSERT: a thousand ORM objects took twice as long
            session.execute(insert(LetterRecord), rows)
    produced = [
        ProducedFile(f.final, f.sha256, tuple(e.reference for e in f.entries)) for f in files
    ]
    for f in files:
        try:
            _move_into_place(f.temp, f.final)
        except OSError as exc:
            raise StoreError(
                f"the letters are in the register, but {f.temp} could not be moved to "
                f"{f.final.name} ({exc.strerror or exc}); printing into {f.final.parent} again "
                "moves it"
            ) from exc
    return tuple(produced)


def _move_into_place(temp: Path, final: Path) -> None:
    try:
        os.replace(temp, final)
    except FileNotFoundError:
        # finish_interrupted in another run may have moved it, seeing it registered.
        if not final.is_file():
            raise


_PART = re.compile(r"^\.(?P<final>.+)\.[0-9a-f]{8}\.part$")
STRAY_AFTER_SECONDS = 3600


@dataclass(frozen=True)
class Interrupted:
    """What ``finish_interrupted`` did in a folder."""

    moved: tuple[Path, ...] = ()  # registered letters now in place (final paths)
    removed: tuple[Path, ...] = ()  # stray temporary files of runs that never committed


def finish_interrupted(sessions: sessionmaker[Session], folder: Path) -> Interrupted:
    """Finish the moves a crashed run left undone in ``folder``; see the module docstring.

    A registered file whose name is taken meanwhile lands beside it as ``NAME-<checksum>.pdf``.
    """
    parts = {}
    for path in folder.glob(".*.part"):
        match = _PART.match(path.name)
        if match is not None and path.is_file():
            parts[path] = sha256_of(path)
    if not parts:
        return Interrupted()
    with sessions() as session:
        known = set(
            session.execute(
                select(LetterRecord.sha256).where(LetterRecord.sha256.in_(set(parts.values())))
            ).scalars()
        )
    moved, removed = [], []
    now = time.time()
    for path, checksum in sorted(parts.items()):
        final = folder / _PART.match(path.name)["final"]  # type: ignore[index]
        if checksum in known:
            if final.exists():
                if final.is_file() and sha256_of(final) == checksum:
                    path.unlink(missing_ok=True)
                    continue
                final = final.with_stem(f"{final.stem}-{checksum[:8]}")
            _move_into_place(path, final)
            moved.append(final)
        elif now - path.stat().st_mtime > STRAY_AFTER_SECONDS:
            path.unlink(missing_ok=True)
            removed.append(path)
    return Interrupted(tuple(moved), tuple(removed))
