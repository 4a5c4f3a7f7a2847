"""The visit checklists in force for a store, and the versions earlier visits answered.

In force are the files in resources/checklists/, each replaced by a setting row whose key is
``checklist:<file name>`` and whose value is the file's text (a row for a name that is not
shipped adds a file). That is how an office keeps its own edited checklists in the store,
and how a visit pack carries the office's checklists to a mentor's laptop.

When a visit is logged, the text of the checklist it answers is archived under
``checklist-archive:<sha256 of the text>`` (once per text), so the visit still reads with
the questions it answered after the school changes the file, with or without raising the
version. A visit pack should carry these rows back with the visits logged in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.checklists import (
    FILE_SUFFIX,
    Checklist,
    ChecklistError,
    ChecklistSet,
    checklist_set,
    digest_of,
    parse_checklist,
    read_checklist_texts,
)
from stagedesk.domain.enums import StaffRole
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.store.office import Setting

SHIPPED_DIR = RESOURCES_DIR / "checklists"
OVERRIDE_PREFIX = "checklist:"
ARCHIVE_PREFIX = "checklist-archive:"
CHECKLIST_READERS = CASE_WORKERS | {StaffRole.MENTOR}


@cache
def _shipped_texts(directory: Path) -> dict[str, str]:
    return read_checklist_texts(directory)


def shipped_texts() -> dict[str, str]:
    """File name → text of the checklists the program ships (read once per process)."""
    return dict(_shipped_texts(SHIPPED_DIR))


def override_key(file_name: str) -> str:
    return OVERRIDE_PREFIX + file_name


def checklist_texts(session: Session) -> dict[str, str]:
    """File name → text in force: the shipped files, replaced or added to by setting rows."""
    return {name: text for name, (_, text) in _labelled_texts(session).items()}


def read_checklists(session: Session) -> ChecklistSet:
    """The checklists in force, inside a transaction another service holds.

    Errors name where a text came from: ``start.toml`` for a shipped file, ``start.toml
    (setting 'checklist:start.toml')`` for the store's copy. The checklists' ``source_name``
    is the plain file name either way.
    """
    labelled = _labelled_texts(session)
    parsed = checklist_set({label: text for label, text in labelled.values()})
    plain = {label: name for name, (label, _) in labelled.items()}
    return ChecklistSet(
        tuple(replace(c, source_name=plain[c.source_name]) for c in parsed.checklists)
    )


def _labelled_texts(session: Session) -> dict[str, tuple[str, str]]:
    """File name → (name for errors, text) of the checklists in force."""
    texts = {name: (name, text) for name, text in shipped_texts().items()}
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.startswith(OVERRIDE_PREFIX))
    ).all()
    for key, value in rows:
        name = key.removeprefix(OVERRIDE_PREFIX)
        if not isinstance(value, str):
            raise ChecklistError(_stored_name(name), "", "must be the file's text")
        texts[name] = (_stored_name(name), value)
    return texts


def checklists_in_force(sessions: sessionmaker[Session], actor: Actor) -> ChecklistSet:
    """The checklists in force (mentors read them too: they fill them in)."""
    require(actor, CHECKLIST_READERS, "read the visit checklists")
    with sessions.begin() as session:
        return read_checklists(session)


def set_checklist(
    sessions: sessionmaker[Session], actor: Actor, file_name: str, text: str | None
) -> ChecklistSet:
    """Keep ``text`` as the store's own copy of ``file_name`` (None: back to the shipped file).

    The whole set is checked with the change before it is stored: a malformed text, a second
    file for a visit type or a clashing id is refused and nothing changes.
    """
    require(actor, CASE_WORKERS, "change the visit checklists")
    if not file_name.endswith(FILE_SUFFIX) or "/" in file_name or "\\" in file_name:
        raise ChecklistError(file_name, "", f"a checklist's file name ends in {FILE_SUFFIX}")
    with sessions.begin() as session:
        key = override_key(file_name)
        row = session.get(Setting, key)
        if text is None:
            if row is not None:
                session.delete(row)
        else:
            parse_checklist(_stored_name(file_name), text)
            if row is None:
                session.add(Setting(key=key, value=text))
            else:
                row.value = text
        session.flush()
        return read_checklists(session)


# -- the versions visits answered ------------------------------------------------------------


@dataclass(frozen=True)
class AnsweredChecklist:
    """The checklist a visit answered, and whether it is exactly that text (``exact``)."""

    checklist: Checklist
    exact: bool


def archive_checklist(session: Session, checklist: Checklist) -> None:
    """Keep the text ``checklist`` was parsed from (a visit is about to answer it)."""
    key = ARCHIVE_PREFIX + checklist.digest
    if session.get(Setting, key) is not None:
        return
    text = checklist_texts(session).get(checklist.source_name)
    if text is None or digest_of(text) != checklist.digest:
        raise ChecklistError(
            checklist.source_name, "", "changed while the visit was being logged; reload"
        )
    session.add(Setting(key=key, value={"source": checklist.source_name, "text": text}))


def answered_checklist(
    session: Session, checklist_id: str, version: int, digest: str | None
) -> AnsweredChecklist | None:
    """The checklist a visit answered: its archived text, else the one in force if that is
    the same text (exact) or has the same id and version (not exact); else None."""
    if digest:
        stored = session.get(Setting, ARCHIVE_PREFIX + digest)
        if stored is not None and isinstance(stored.value, dict):
            source, text = stored.value.get("source", ""), stored.value.get("text", "")
            if isinstance(text, str) and digest_of(text) == digest:
                return AnsweredChecklist(parse_checklist(str(source), text), True)
    current = read_checklists(session).get(checklist_id)
    if current is None:
        return None
    if digest and current.digest == digest:
        return AnsweredChecklist(current, True)
    if current.version == version:
        return AnsweredChecklist(current, False)
    return None


def _stored_name(file_name: str) -> str:
    return f"{file_name} (setting {override_key(file_name)!r})"
