"""Whether the window's store is a mentor's visit pack, and how the window says so."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import packs
from stagedesk.services.actor import actor_for
from stagedesk.services.office import Office
from stagedesk.services.packs_types import PackInfo
from stagedesk.ui.text import fill


def opened_pack(office: Office) -> PackInfo | None:
    """The pack the office's store is, if it is one. In a pack the one working is its
    mentor (the store's first coordinator may be a colleague who happened to visit)."""
    try:
        info = packs.pack_info(office.sessions)
    except StageDeskError:
        return None  # a damaged manifest: the store still opens as an ordinary one
    if info is not None:
        # The mentor missing from the pack's staff: keep whoever was chosen.
        with suppress(StageDeskError):
            office.actor = actor_for(office.sessions, info.mentor_id)
    return info


def pack_banner(info: PackInfo) -> str:
    return fill(
        QCoreApplication.translate("pack_dialogs", "Bezoekpakket van %1, gemaakt op %2"),
        info.mentor_name,
        format_date(info.exported_at.date()),
    )
