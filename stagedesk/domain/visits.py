"""The rules of supervision visits (begeleidingsbezoeken): dates, answers, actions, concerns.

A visit is planned for a placement, then held (logged against the checklist in force for
its type) or cancelled. The log keeps answers per checklist item (ja/nee/n.v.t. and a
remark), agreed actions with an owner and due date, and concerns: a held visit with
concerns puts the student on the coordinator's attention list until someone marks them
handled. Stored forms (JSON and the concerns column) are encoded and decoded here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from stagedesk.domain.checklists import Answer, Checklist, VisitConcern
from stagedesk.domain.errors import ValidationError

REMARK_MAX_LENGTH = 1000
ACTION_MAX_LENGTH = 500
NOTES_MAX_LENGTH = 10_000
# A planned date this far outside the placement's period is a typing error, not a plan.
PLAN_MARGIN = timedelta(days=60)


class VisitMode(StrEnum):
    """How the mentor met student and company: a visit on site, a call or a video call."""

    ON_SITE = "on_site"
    CALL = "call"
    VIDEO = "video"


class ActionOwner(StrEnum):
    """Who carries out an agreed action (actiepunt)."""

    STUDENT = "student"
    PRAKTIJKOPLEIDER = "praktijkopleider"
    MENTOR = "mentor"  # the school's bpv-begeleider
    OFFICE = "office"  # the stagebureau


@dataclass(frozen=True)
class ItemAnswer:
    """The answer to one checklist item; a remark alone (no answer yet) is kept too."""

    answer: Answer | None
    remark: str | None = None


@dataclass(frozen=True)
class AgreedAction:
    text: str
    owner: ActionOwner
    due_on: date | None = None
    done: bool = False


# -- dates -----------------------------------------------------------------------------------


def check_planned(planned_on: date, start: date, end: date) -> None:
    """A planned date near the placement's period (``end``: its real end if broken off)."""
    if planned_on < start - PLAN_MARGIN:
        raise ValidationError(
            "planned_on", f"{planned_on.isoformat()} is long before the bpv starts ({start})"
        )
    if planned_on > end + PLAN_MARGIN:
        raise ValidationError(
            "planned_on", f"{planned_on.isoformat()} is long after the bpv ends ({end})"
        )


def check_held(held_on: date, start: date, today: date) -> None:
    if held_on > today:
        raise ValidationError("held_on", "a visit cannot be logged as held in the future")
    if held_on < start - PLAN_MARGIN:
        raise ValidationError("held_on", f"is long before the bpv starts ({start})")


def is_overdue(planned_on: date | None, held: bool, cancelled: bool, today: date) -> bool:
    """Planned for a day that has passed, and neither held nor cancelled."""
    return planned_on is not None and not held and not cancelled and planned_on < today


def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week number): the agenda's grouping."""
    year, week, _ = day.isocalendar()
    return year, week


# -- answers ---------------------------------------------------------------------------------


def check_answers(checklist: Checklist, answers: Mapping[str, ItemAnswer]) -> dict[str, ItemAnswer]:
    """The answers, checked against ``checklist``'s items, in its order; empty ones dropped."""
    known = {item.id for item in checklist.items}
    for item_id, given in answers.items():
        if item_id not in known:
            raise ValidationError(
                f"answers.{item_id}",
                f"is not an item of checklist {checklist.id!r} version {checklist.version}",
            )
        if given.answer is not None and not isinstance(given.answer, Answer):
            raise ValidationError(
                f"answers.{item_id}", f"must be one of {', '.join(a.value for a in Answer)}"
            )
        if given.remark is not None and len(given.remark) > REMARK_MAX_LENGTH:
            raise ValidationError(
                f"answers.{item_id}", f"the remark is longer than {REMARK_MAX_LENGTH} characters"
            )
    checked: dict[str, ItemAnswer] = {}
    for item in checklist.items:
        if (found := answers.get(item.id)) is None:
            continue
        remark = (found.remark or "").strip() or None
        if found.answer is not None or remark is not None:
            checked[item.id] = ItemAnswer(found.answer, remark)
    return checked


def unanswered(checklist: Checklist, answers: Mapping[str, ItemAnswer]) -> tuple[str, ...]:
    """The ids of the items without an answer yet, in checklist order."""
    return tuple(
        item.id
        for item in checklist.items
        if (given := answers.get(item.id)) is None or given.answer is None
    )


def encode_answers(digest: str, answers: Mapping[str, ItemAnswer]) -> dict[str, Any]:
    """The stored form: the answered text's digest and [answer, remark] per item id."""
    return {
        "digest": digest,
        "items": {
            item_id: [a.answer.value if a.answer else None, a.remark]
            for item_id, a in answers.items()
        },
    }


def decode_answers(stored: Any) -> tuple[str | None, dict[str, ItemAnswer]]:
    """(digest, answers) from the stored form; None or {} is a visit without answers."""
    if not isinstance(stored, dict) or not stored:
        return None, {}
    digest = stored.get("digest")
    items: dict[str, ItemAnswer] = {}
    for item_id, pair in (stored.get("items") or {}).items():
        answer, remark = pair
        items[item_id] = ItemAnswer(Answer(answer) if answer else None, remark)
    return (digest if isinstance(digest, str) else None), items


# -- agreed actions --------------------------------------------------------------------------


def check_actions(actions: Iterable[AgreedAction]) -> tuple[AgreedAction, ...]:
    checked: list[AgreedAction] = []
    for n, action in enumerate(actions, start=1):
        field = f"agreed_actions.{n}"
        text = " ".join(action.text.split())
        if not text:
            raise ValidationError(field, "says nothing: describe the action")
        if len(text) > ACTION_MAX_LENGTH:
            raise ValidationError(field, f"is longer than {ACTION_MAX_LENGTH} characters")
        if not isinstance(action.owner, ActionOwner):
            owners = ", ".join(o.value for o in ActionOwner)
            raise ValidationError(field, f"owner must be one of {owners}")
        checked.append(AgreedAction(text, action.owner, action.due_on, action.done))
    return tuple(checked)


def encode_actions(actions: Iterable[AgreedAction]) -> list[dict[str, Any]] | None:
    stored = [
        {
            "text": a.text,
            "owner": a.owner.value,
            "due_on": a.due_on.isoformat() if a.due_on else None,
            "done": a.done,
        }
        for a in actions
    ]
    return stored or None


def decode_actions(stored: Any) -> tuple[AgreedAction, ...]:
    if not stored:
        return ()
    return tuple(
        AgreedAction(
            a["text"],
            ActionOwner(a["owner"]),
            date.fromisoformat(a["due_on"]) if a.get("due_on") else None,
            bool(a.get("done", False)),
        )
        for a in stored
    )


# -- concerns --------------------------------------------------------------------------------


def encode_concerns(concerns: Iterable[VisitConcern]) -> str | None:
    """The concerns column: values sorted and comma-joined (queryable with LIKE); None: none."""
    values = sorted({VisitConcern(c).value for c in concerns})
    return ",".join(values) or None


def decode_concerns(stored: str | None) -> frozenset[VisitConcern]:
    if not stored:
        return frozenset()
    return frozenset(VisitConcern(value) for value in stored.split(","))


def check_notes(notes: str | None) -> str | None:
    cleaned = (notes or "").strip() or None
    if cleaned is not None and len(cleaned) > NOTES_MAX_LENGTH:
        raise ValidationError("notes", f"is longer than {NOTES_MAX_LENGTH} characters")
    return cleaned
