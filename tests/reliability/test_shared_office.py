"""Two clients on one store (two desks on the office's PostgreSQL server, or two windows on one
SQLite file) editing the same record: the second save is refused with a Conflict, and nothing
is silently overwritten, also when both read the record before either saved."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import event

from stagedesk.domain.errors import Conflict
from stagedesk.services import companies as svc
from stagedesk.services.office import Office
from stagedesk.store.companies import Company
from tests.services.company_store import BYTES, COORDINATOR


@pytest.fixture
def two_desks(store_location: str) -> Iterator[tuple[Office, Office]]:
    """Two offices on the same store, each with its own engine, as two programs would have."""
    first = Office.open(store_location)
    second = Office.open(store_location)
    yield first, second
    second.close()
    first.close()


def _stored(desk: Office, company_id: uuid.UUID) -> tuple[str | None, int]:
    """The company's city and version as a desk reads them now."""
    with desk.sessions() as session:
        row = session.get_one(Company, company_id)
        return row.city, row.version


def test_a_save_based_on_an_old_read_is_refused_and_the_first_save_kept(two_desks):
    desk_a, desk_b = two_desks
    company = svc.create_company(desk_a.sessions, COORDINATOR, BYTES)

    saved = svc.update_company(
        desk_a.sessions, COORDINATOR, company.id, company.version, replace(BYTES, city="Zeist")
    )
    with pytest.raises(Conflict, match="changed by someone else"):
        svc.update_company(
            desk_b.sessions, COORDINATOR, company.id, company.version, replace(BYTES, city="Ede")
        )

    assert _stored(desk_b, company.id) == ("Zeist", saved.version)


def test_two_saves_racing_after_the_same_read_let_exactly_one_win(two_desks):
    """Desk B has read and checked the version when desk A saves; B's write then finds the
    version moved on (UPDATE ... WHERE version = read) and is refused."""
    desk_a, desk_b = two_desks
    company = svc.create_company(desk_a.sessions, COORDINATOR, BYTES)
    b_checked = threading.Event()
    a_saved = threading.Event()

    def hold_b_before_writing(_session: Any, _context: Any, _instances: Any) -> None:
        b_checked.set()
        assert a_saved.wait(10), "desk A never saved"

    event.listen(desk_b.sessions, "before_flush", hold_b_before_writing)
    outcome: dict[str, object] = {}

    def desk_b_saves() -> None:
        try:
            svc.update_company(
                desk_b.sessions,
                COORDINATOR,
                company.id,
                company.version,
                replace(BYTES, city="Ede"),
            )
            outcome["b"] = "saved"
        except Conflict as exc:
            outcome["b"] = exc

    worker = threading.Thread(target=desk_b_saves)
    worker.start()
    try:
        assert b_checked.wait(10)
        svc.update_company(
            desk_a.sessions, COORDINATOR, company.id, company.version, replace(BYTES, city="Zeist")
        )
    finally:
        a_saved.set()
        worker.join(20)
    event.remove(desk_b.sessions, "before_flush", hold_b_before_writing)

    assert isinstance(outcome["b"], Conflict), outcome
    assert "someone else changed this record" in str(outcome["b"])
    assert _stored(desk_b, company.id) == ("Zeist", company.version + 1)
