"""The letter register: reference codes for new documents, and recording what was produced.

A document's file is first written under a temporary name next to where it belongs; the
register rows are added and the file is moved into place in one transaction, so a letter in
the register has its file, and a failed write leaves neither.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import ValidationError
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


def record_files(
    sessions: sessionmaker[Session],
    actor: Actor,
    files: Sequence[tuple[Path, Path, Sequence[Entry]]],
) -> tuple[ProducedFile, ...]:
    """Register the entries of each (temporary, final, entries) file and move it into place.

    One transaction for all files; on failure the temporary files are removed.
    """
    temporaries = [temp for temp, _, _ in files]
    produced = []
    with cleaned_up(temporaries), transaction(sessions) as session:
        for temp, final, entries in files:
            checksum = sha256_of(temp)
            session.add_all(
                LetterRecord(
                    student_id=e.student_id,
                    company_id=e.company_id,
                    template=e.template,
                    recipient=e.recipient[:200],
                    reference=e.reference,
                    produced_by_id=actor.staff_id,
                    sha256=checksum,
                )
                for e in entries
            )
            produced.append(ProducedFile(final, checksum, tuple(e.reference for e in entries)))
        session.flush()
        for temp, final, _ in files:
            os.replace(temp, final)
    return tuple(produced)
