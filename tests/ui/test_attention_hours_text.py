"""The attention table words 'Uren achter' in one short line, the hours in full in its tooltip."""

from __future__ import annotations

import uuid
from datetime import date

from stagedesk.domain.enums import Leerweg
from stagedesk.services.attention import AttentionItem, AttentionReason, HoursDetail
from stagedesk.ui.models.attention_table import detail_text, detail_tooltip, reason_label


def test_hours_behind_are_worded_with_the_hours_and_the_company(qtbot):
    detail = HoursDetail(
        "Zorggroep Óost", date(2026, 9, 7), date(2026, 11, 29), 384, 288, 352, 64, uuid.uuid4()
    )
    item = AttentionItem(
        uuid.uuid4().hex, "100001", "Zoë van der Berg", "berg zoe", "Verzorgende-IG", 3,
        Leerweg.BOL, "Fatima el Amrani", AttentionReason.HOURS_BEHIND, detail, -64,
    )  # fmt: skip
    assert reason_label(AttentionReason.HOURS_BEHIND) == "Uren achter"
    assert detail_text(item) == "64 uur achter (288 van 352 uur) — bij Zorggroep Óost"
    assert detail_tooltip(item) == (
        "Geschreven: 288 uur; verwacht tot nu: 352 uur; vereist voor de hele bpv: 384 uur "
        "(07-09-2026 t/m 29-11-2026)."
    )
