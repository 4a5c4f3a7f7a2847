"""Demo hours: a new demo store has weeks of hours for a few running placements, some behind
schedule (they show on the attention list), written once."""

from __future__ import annotations

from datetime import date

from stagedesk.services.actor import SYSTEM
from stagedesk.services.attention import AttentionReason, attention_list
from stagedesk.services.demo import ensure_demo_store
from stagedesk.services.demo_hours import add_demo_hours

TODAY = date(2026, 11, 25)


def test_a_new_demo_has_hours_and_students_behind_on_the_attention_list(tmp_path):
    store, summary = ensure_demo_store(tmp_path / "demo.sqlite", students=200, today=TODAY)
    try:
        assert summary is not None
        behind = [
            item
            for item in attention_list(store.sessions, SYSTEM, TODAY)
            if item.reason is AttentionReason.HOURS_BEHIND
        ]
        assert behind
        assert all(item.detail.behind_hours > 0 for item in behind)
        assert add_demo_hours(store.sessions, today=TODAY) == 0  # once
    finally:
        store.close()
