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
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import StageDeskError
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
