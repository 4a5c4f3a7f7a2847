"""The log of a demo visit (part of demo_visits): time, mode, checklist answers from the real
checklists, agreed actions and, for a few, concerns.

Visits held in the last year were logged against the shipped checklists; older ones were
logged on paper before the office used StageDesk (no answers). About one held visit in 25
raised concerns: its checklist says "nee" where the concern shows, with a remark, and the
office has handled the concerns of all but the recent ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import cache
from typing import Any

from stagedesk.domain.checklists import Answer, Checklist, ChecklistSet, VisitConcern, checklist_set
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.visits import (
    ActionOwner,
    AgreedAction,
    VisitMode,
    encode_actions,
    encode_concerns,
)
from stagedesk.services.checklists import shipped_texts

ANSWERED_SINCE = timedelta(days=365)
CONCERN_SHARE = 0.04
# Most concerns of visits held within this many days are still open (on the attention
# list); of older ones, a few were never marked handled.
OPEN_CONCERN_DAYS = 45

CONCERN_REMARKS: dict[VisitConcern, tuple[str, ...]] = {
    VisitConcern.UNSAFE_SITUATION: (
        "Student werkt zonder instructie met machines.",
        "Geen beschermingsmiddelen beschikbaar op de werkvloer.",
        "Student maakt structureel dagen van tien uur of langer.",
    ),
    VisitConcern.NO_SUPERVISION: (
        "Praktijkopleider is al weken afwezig; er is geen vervanger.",
        "Student staat er meestal alleen voor; niemand heeft tijd voor vragen.",
        "Voortgangsgesprekken zijn sinds de start niet gevoerd.",
    ),
    VisitConcern.DISCRIMINATION_SIGNALS: (
        "Student vertelt over kwetsende opmerkingen van een collega over haar afkomst.",
        "Student krijgt steeds ander werk dan de andere stagiairs en voelt zich buitengesloten.",
    ),
    VisitConcern.OTHER: (
        "Student doet vooral schoonmaakwerk; weinig leerzame taken.",
        "Afspraken uit de POK over werktijden worden niet nagekomen.",
    ),
}
CONCERN_NOTES: dict[VisitConcern, str] = {
    VisitConcern.UNSAFE_SITUATION: "Zorgen over de veiligheid op de werkvloer; besproken met "
    "de praktijkopleider, stagebureau ingelicht.",
    VisitConcern.NO_SUPERVISION: "Begeleiding op de werkplek schiet tekort; afspraken gemaakt "
    "over een vaste begeleider.",
    VisitConcern.DISCRIMINATION_SIGNALS: "Student heeft signalen van ongelijke behandeling "
    "gedeeld; gewezen op het meldpunt stagediscriminatie.",
    VisitConcern.OTHER: "Werkzaamheden passen niet bij de afspraken; vervolggesprek gepland.",
}
OTHER_REMARKS = (
    "Besproken; wordt opgepakt.",
    "Nog niet geregeld, volgt deze week.",
    "Student weet dit nog niet precies; uitgelegd.",
)
ACTIONS: tuple[tuple[str, ActionOwner], ...] = (
    ("Urenverantwoording bijwerken en laten aftekenen", ActionOwner.STUDENT),
    ("Werkplan aanvullen met de werkprocessen van deze periode", ActionOwner.STUDENT),
    ("Vast moment voor voortgangsgesprekken inplannen", ActionOwner.PRAKTIJKOPLEIDER),
    ("Vervanger aanwijzen bij afwezigheid", ActionOwner.PRAKTIJKOPLEIDER),
    ("Tussentijdse beoordeling invullen", ActionOwner.PRAKTIJKOPLEIDER),
    ("Contact opnemen met student over de voortgang", ActionOwner.MENTOR),
    ("Leerbedrijf bellen over het rooster", ActionOwner.MENTOR),
    ("Situatie bespreken met het leerbedrijf en SBB", ActionOwner.OFFICE),
)
_MODES = (VisitMode.ON_SITE,) * 17 + (VisitMode.CALL,) * 2 + (VisitMode.VIDEO,)


@cache
def demo_checklists() -> ChecklistSet:
    return checklist_set(shipped_texts())


def visit_log(
    rng: random.Random, visit: dict[str, Any], placement: dict[str, Any], today: date
) -> dict[str, Any]:
    """The columns of ``visit``'s log, drawn from ``rng`` (the visit's own generator)."""
    planned_time = None
    if rng.random() < 0.55:
        planned_time = time(8 + rng.randrange(16) // 2, 30 * rng.randrange(2))
    log: dict[str, Any] = {
        "planned_time": planned_time,
        "mode": rng.choice(_MODES),
        "contact_id": None,
        "checklist_id": None,
        "checklist_version": None,
        "answers": None,
        "agreed_actions": None,
        "concerns": None,
        "concerns_handled_on": None,
    }
    held: date | None = visit["held_on"]
    if visit["status"] is not VisitStatus.HELD or held is None:
        return log
    if rng.random() < 0.85:
        log["contact_id"] = placement["praktijkopleider_id"]
    if held < today - ANSWERED_SINCE:
        return log
    form = _forms()[visit["visit_type"]]
    concerns = _concerns(rng, form, visit["visit_type"])
    log["checklist_id"], log["checklist_version"] = form.checklist.id, form.checklist.version
    log["answers"] = _answers(rng, form, concerns)
    log["agreed_actions"] = encode_actions(_actions(rng, held, today, bool(concerns)))
    if concerns:
        log["concerns"] = encode_concerns(concerns)
        recent = (today - held).days <= OPEN_CONCERN_DAYS
        if rng.random() >= (0.8 if recent else 0.05):
            log["concerns_handled_on"] = min(today, held + timedelta(days=rng.randint(2, 20)))
        log["notes"] = CONCERN_NOTES[min(concerns)]
    return log


def _concerns(rng: random.Random, form: _Form, visit_type: VisitType) -> frozenset[VisitConcern]:
    share = CONCERN_SHARE * (4 if visit_type is VisitType.EXTRA else 1)
    if rng.random() >= share:
        return frozenset()
    possible = form.concerns
    found = {rng.choice(possible)}
    if rng.random() < 0.2:
        found.add(rng.choice(possible))
    return frozenset(found)


@dataclass(frozen=True)
class _Form:
    """A checklist as the demo fills it in: per item its id, its concern's value and whether
    "n.v.t." is a usual answer; and the concerns its items point at."""

    checklist: Checklist
    items: tuple[tuple[str, str | None, bool], ...]
    concerns: tuple[VisitConcern, ...]


@cache
def _forms() -> dict[VisitType, _Form]:
    forms = {}
    for checklist in demo_checklists().checklists:
        items = tuple(
            (
                item.id,
                item.concern.value if item.concern is not None else None,
                item.hint is not None and "N.v.t." in item.hint,
            )
            for item in checklist.items
        )
        concerns = sorted({i.concern for i in checklist.items if i.concern is not None})
        forms[checklist.visit_type] = _Form(checklist, items, tuple(concerns))
    return forms


_YES, _NO, _NA = Answer.YES.value, Answer.NO.value, Answer.NOT_APPLICABLE.value


def _answers(rng: random.Random, form: _Form, concerns: frozenset[VisitConcern]) -> dict[str, Any]:
    """The stored form (domain.visits.encode_answers), built directly: the demo makes ~100,000
    of them, and enum and dataclass round trips would double the demo's time for visits."""
    wanted = {c.value for c in concerns}
    items: dict[str, list[str | None]] = {}
    remarked: set[str] = set()
    for item_id, concern, usually_na in form.items:
        draw = rng.random()
        if concern is not None and concern in wanted and concern not in remarked:
            remarked.add(concern)
            items[item_id] = [_NO, rng.choice(CONCERN_REMARKS[VisitConcern(concern)])]
        elif concern is not None and concern in wanted and draw < 0.5:
            items[item_id] = [_NO, "Zie de opmerking hierboven."]
        elif usually_na and draw < 0.4:
            items[item_id] = [_NA, None]
        elif concern is None and draw > 0.97:
            items[item_id] = [_NO, rng.choice(OTHER_REMARKS)]
        elif draw <= 0.995:  # else skipped in the conversation
            items[item_id] = [_YES, None]
    return {"digest": form.checklist.digest, "items": items}


def _actions(rng: random.Random, held: date, today: date, concerns: bool) -> list[AgreedAction]:
    if not concerns and rng.random() >= 0.45:
        return []
    actions = []
    for text, owner in rng.sample(ACTIONS, rng.randint(1, 2)):
        due = held + timedelta(days=rng.randint(14, 42))
        actions.append(AgreedAction(text, owner, due, due < today and rng.random() < 0.85))
    return actions
