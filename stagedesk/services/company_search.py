"""Find companies as the user types, for the completer of the case file's company fields.

Matches every typed word, folded (case and accents ignored, as in the student list), against
the company's name, city and KvK number. The folded text of all companies is kept per store
and read again only when the company table changed (count, last update, sum of versions:
one cheap query per keystroke instead of folding thousands of names each time).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from threading import Lock
from weakref import WeakKeyDictionary

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.names import fold, query_words
from stagedesk.services.actor import Actor, require
from stagedesk.services.casework import CASE_READERS, today_or
from stagedesk.store.companies import Company, Recognition


@dataclass(frozen=True)
class CompanyChoice:
    id: uuid.UUID
    name: str
    city: str | None
    kvk_number: str
    # Recognised by SBB for the crebo asked about, on the day asked about (None: not asked).
    recognised: bool | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    id: uuid.UUID
    name: str
    city: str | None
    kvk_number: str
    folded_name: str
    haystack: str


_cache: WeakKeyDictionary[sessionmaker[Session], tuple[tuple[object, ...], list[_Entry]]] = (
    WeakKeyDictionary()
)
_lock = Lock()


def company_choices(
    sessions: sessionmaker[Session],
    actor: Actor,
    text: str,
    *,
    limit: int = 20,
    crebo: str | None = None,
    today: date | None = None,
) -> list[CompanyChoice]:
    """Up to ``limit`` companies matching ``text``: names starting with it first, then by name.

    With ``crebo`` each choice says whether the company is recognised for it on ``today``.
    """
    require(actor, CASE_READERS, "look up companies")
    words = query_words(text)
    with sessions() as session:
        entries = _entries(sessions, session)
        prefix = " ".join(words)
        found = [e for e in entries if all(word in e.haystack for word in words)]
        found.sort(key=lambda e: (not e.folded_name.startswith(prefix), e.folded_name))
        found = found[: max(0, limit)]
        recognised: set[uuid.UUID] | None = None
        if crebo is not None and found:
            on = today_or(today)
            recognised = set(
                session.execute(
                    select(Recognition.company_id).where(
                        Recognition.company_id.in_([e.id for e in found]),
                        Recognition.crebo == crebo,
                        Recognition.recognised_on <= on,
                        (Recognition.revoked_on.is_(None)) | (Recognition.revoked_on > on),
                    )
                ).scalars()
            )
    return [
        CompanyChoice(
            e.id, e.name, e.city, e.kvk_number, None if recognised is None else e.id in recognised
        )
        for e in found
    ]


def _entries(sessions: sessionmaker[Session], session: Session) -> list[_Entry]:
    stamp = tuple(
        session.execute(
            select(func.count(Company.id), func.max(Company.updated_at), func.sum(Company.version))
        ).one()
    )
    with _lock:
        cached = _cache.get(sessions)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    entries = []
    for company_id, name, city, kvk in session.execute(
        select(Company.id, Company.name, Company.city, Company.kvk_number)
    ):
        folded = fold(name)
        entries.append(
            _Entry(company_id, name, city, kvk, folded, f"{folded} | {fold(city or '')} | {kvk}")
        )
    with _lock:
        _cache[sessions] = (stamp, entries)
    return entries
