"""What the fuzz tests share: how many examples to try, a checksum of a whole store, and a
tally of the cases tried and how they ended.

CI tries a few examples per test (the whole folder in well under a minute on two cores);
``STAGEDESK_FUZZ_EXAMPLES=N`` tries N per test for a long run, and the tally is printed at
the end of the run (tests/fuzz/conftest.py).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import StageDeskError
from stagedesk.store import models  # noqa: F401 - every table in Base.metadata
from stagedesk.store.base import Base

EXAMPLES_ENV = "STAGEDESK_FUZZ_EXAMPLES"
# Entry point → outcome ("refused", "imported", ...) → cases.
TALLY: dict[str, Counter[str]] = {}


def fuzz_settings(ci_examples: int) -> settings:
    """``ci_examples`` per test, or what STAGEDESK_FUZZ_EXAMPLES says."""
    wanted = os.environ.get(EXAMPLES_ENV)
    return settings(
        max_examples=int(wanted) if wanted else ci_examples,
        deadline=None,
        database=None,  # a long run must not replay CI's examples from a shared folder
        # Shrinking a damaged 400 kB file takes minutes; a long run reports what it found.
        phases=[Phase.explicit, Phase.generate] if wanted else list(Phase),
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


def tally(entry_point: str, outcome: str) -> None:
    TALLY.setdefault(entry_point, Counter())[outcome] += 1


def store_checksum(sessions: sessionmaker[Session]) -> dict[str, str]:
    """Every table's rows, hashed in primary-key order: equal before and after = unchanged."""
    sums: dict[str, str] = {}
    with sessions() as s:
        for table in Base.metadata.sorted_tables:
            digest = hashlib.sha256()
            order = list(table.primary_key.columns) or list(table.columns)
            for row in s.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
            sums[table.name] = digest.hexdigest()
    return sums


def assert_clear(exc: StageDeskError, *names: str) -> None:
    """A refusal a user can act on: a message that names the file (one of ``names``)."""
    message = str(exc)
    assert message.strip(), f"{type(exc).__name__} without a message"
    if names:
        assert any(name in message for name in names), f"{message!r} names none of {names}"


def describe(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- text files the office edits ---------------------------------------------------------------


def text_edits(pool: list[str]) -> st.SearchStrategy[list[tuple[str, int, str]]]:
    """Edits of a text file, line by line: what an office editing it by hand gets wrong."""
    line = st.one_of(st.sampled_from(pool), st.text(max_size=40))
    edit = st.one_of(
        st.tuples(st.just("delete"), st.integers(0, 10_000), st.just("")),
        st.tuples(st.just("insert"), st.integers(0, 10_000), line),
        st.tuples(st.just("replace"), st.integers(0, 10_000), line),
        st.tuples(st.just("duplicate"), st.integers(0, 10_000), st.just("")),
        # characters inside a line: a typo, a lost quote or brace, a stray control character
        st.tuples(st.just("chars"), st.integers(0, 10**6), st.text(max_size=4)),
        st.tuples(st.just("cut"), st.integers(0, 10**6), st.just("")),
    )
    return st.lists(edit, min_size=1, max_size=6)


def edited(text: str, edits: list[tuple[str, int, str]]) -> str:
    lines = text.split("\n")
    for kind, where, new in edits:
        at = where % (len(lines) + (1 if kind == "insert" else 0)) if lines else 0
        if kind == "delete" and lines:
            del lines[at]
        elif kind == "insert":
            lines.insert(at, new)
        elif kind == "replace" and lines:
            lines[at] = new
        elif kind == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif kind in ("chars", "cut"):
            joined = "\n".join(lines)
            at = where % (len(joined) + 1)
            joined = joined[:at] + new + joined[at + (1 if kind == "chars" else 0) :]
            if kind == "cut":
                joined = joined[:at]
            lines = joined.split("\n")
    return "\n".join(lines)
