"""The attention table words a visit's open concerns in Dutch."""

from __future__ import annotations

import uuid
from datetime import date

from stagedesk.domain.enums import Leerweg, VisitType
from stagedesk.services.attention import AttentionItem, AttentionReason, ConcernDetail
from stagedesk.ui.models.attention_table import detail_text, reason_label


def test_concerns_are_worded_with_the_visit_day_and_company(qtbot):
    detail = ConcernDetail(
        "Zorggroep Óost",
        VisitType.MIDTERM,
        date(2026, 11, 20),
        5,
        ("discrimination_signals", "unsafe_situation"),
        uuid.uuid4(),
    )
    item = AttentionItem(
        uuid.uuid4().hex, "100001", "Zoë van der Berg", "berg zoe", "Verzorgende-IG", 3,
        Leerweg.BOL, "Fatima el Amrani", AttentionReason.VISIT_CONCERNS, detail, 5,
    )  # fmt: skip
    assert reason_label(AttentionReason.VISIT_CONCERNS) == "Zorgen bij bezoek"
    text = detail_text(item)
    assert text.endswith("— bezoek 20-11-2026 bij Zorggroep Óost")
    assert "discriminatie" in text and "onveilig" in text
