"""Who the demo students are: names, numbers, programmes, cohorts, classes and mentors.

Also the meldingen some of them file. The first pass over all students happens here, before
any case is generated, because student numbers and class groups depend on the whole intake.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from stagedesk.domain.dates import school_year_start
from stagedesk.domain.enums import DiscriminationGround, Leerweg, MeldingStatus
from stagedesk.services.demo_data import MELDING_DESCRIPTIONS, MELDING_WISHES
from stagedesk.services.demo_names import BACKGROUNDS, DUTCH_SPECIAL_GIVEN, DUTCH_SPECIAL_SURNAMES
from stagedesk.services.demo_org import (
    CompanyInfo,
    Context,
    Organisation,
    ProgrammeInfo,
    Row,
    record,
)

# The three students every demo store starts with, so demos and tests can find them.
NAMED_STUDENTS: tuple[tuple[str, str | None, str, bool], ...] = (
    ("Zoë", "van der", "Berg", False),
    ("Şükrü", None, "Yılmaz", True),
    ("IJsbrand", "de", "Vries", False),
)

_NIVEAU_WEIGHT = {1: 0.5, 2: 1.0, 3: 1.3, 4: 1.2}
_COHORT_WEIGHTS = (1.0, 0.9, 0.8, 0.6)  # later years are smaller: students leave or finish
_CLASS_SIZE = 24

_GROUND_WEIGHTS = {
    DiscriminationGround.ORIGIN: 50,
    DiscriminationGround.RELIGION: 15,
    DiscriminationGround.GENDER: 12,
    DiscriminationGround.DISABILITY: 10,
    DiscriminationGround.SEXUAL_ORIENTATION: 5,
    DiscriminationGround.AGE: 4,
    DiscriminationGround.OTHER: 4,
}
_GROUNDS, _GROUND_W = tuple(_GROUND_WEIGHTS), tuple(_GROUND_WEIGHTS.values())


@dataclass(frozen=True, slots=True)
class StudentPlan:
    """What the first pass decides for every student before any case is generated."""

    id: uuid.UUID
    number: str
    given: str
    tussenvoegsel: str | None
    surname: str
    non_western: bool
    programme: ProgrammeInfo
    cohort: int
    class_group: str
    mentor_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class MeldingCandidate:
    """A rejection of a student who might report discrimination (source for meldingen)."""

    student_id: uuid.UUID
    company: CompanyInfo
    rejected_on: date


def plan_students(ctx: Context, org: Organisation, count: int) -> list[StudentPlan]:
    """Names, numbers, programmes, cohorts, class groups and mentors for ``count`` students."""
    rng, today = ctx.rng, ctx.today
    year = school_year_start(today).year
    weights = [programme_weight(p) for p in org.programmes]
    programmes = rng.choices(org.programmes, weights=weights, k=count)
    cohorts = []
    for programme in programmes:
        years = programme.niveau if programme.niveau > 1 else (1 if rng.random() < 0.9 else 2)
        cohorts.append(year - rng.choices(range(years), weights=_COHORT_WEIGHTS[:years])[0])
    people = [_name(ctx, index) for index in range(count)]

    # Older cohorts got their numbers first: sort numbers and hand them out by cohort.
    digits = range(100_000, 1_000_000) if count < 400_000 else range(1_000_000, 10_000_000)
    numbers = sorted(rng.sample(digits, count))
    by_cohort = sorted(range(count), key=lambda index: (cohorts[index], index))
    number_of = [""] * count
    for position, index in enumerate(by_cohort):
        number_of[index] = str(numbers[position])

    group_sizes: dict[tuple[uuid.UUID, int], int] = {}
    for programme, cohort in zip(programmes, cohorts, strict=True):
        key = (programme.id, cohort)
        group_sizes[key] = group_sizes.get(key, 0) + 1
    group_mentor: dict[str, uuid.UUID] = {}
    plans = []
    for index in range(count):
        programme, cohort = programmes[index], cohorts[index]
        groups = math.ceil(group_sizes[(programme.id, cohort)] / _CLASS_SIZE)
        group = _class_group(programme, cohort, rng.randrange(groups))
        if group not in group_mentor:
            group_mentor[group] = rng.choice(org.mentors)
        given, tussenvoegsel, surname, non_western = people[index]
        plans.append(
            StudentPlan(
                ctx.new_id(),
                number_of[index],
                given,
                tussenvoegsel,
                surname,
                non_western,
                programme,
                cohort,
                group,
                group_mentor[group],
            )
        )
    return plans


def programme_weight(programme: ProgrammeInfo) -> float:
    """How many students a programme has, relatively: BBL variants and entree are smaller."""
    bbl = 0.35 if programme.leerweg == Leerweg.BBL else 1.0
    return _NIVEAU_WEIGHT[programme.niveau] * bbl


def _class_group(programme: ProgrammeInfo, cohort: int, number: int) -> str:
    suffix = chr(ord("A") + number) if number < 26 else str(number + 1)
    bbl = "B" if programme.leerweg == Leerweg.BBL else ""
    return f"{programme.abbreviation}{programme.niveau}{bbl}-{cohort % 100:02d}{suffix}"


def _name(ctx: Context, index: int) -> tuple[str, str | None, str, bool]:
    """About 13% names of migrant backgrounds, 2% Dutch names with a diaeresis or IJ."""
    if index < len(NAMED_STUDENTS):
        return NAMED_STUDENTS[index]
    rng = ctx.rng
    draw = rng.random()
    if draw < 0.13:
        background = rng.choice(BACKGROUNDS)
        return (
            rng.choice(background.given),
            None,
            rng.choice(background.surnames),
            background.non_western,
        )
    given, tussenvoegsel, surname = ctx.person()
    if draw < 0.14:
        given = rng.choice(DUTCH_SPECIAL_GIVEN)
    elif draw < 0.15:
        tussenvoegsel, surname = None, rng.choice(DUTCH_SPECIAL_SURNAMES)
    return given, tussenvoegsel, surname, False


def meldingen(
    ctx: Context, org: Organisation, candidates: list[MeldingCandidate], count: int
) -> list[Row]:
    """Meldingen stagediscriminatie in every status, mostly after a real rejection."""
    rng, today = ctx.rng, ctx.today
    picks = rng.sample(candidates, min(count, len(candidates)))
    statuses = list(MeldingStatus)
    rows = []
    for number in range(count):
        candidate = picks[number] if number < len(picks) else None
        status = statuses[number] if number < len(statuses) else rng.choice(statuses)
        anonymous = candidate is None or rng.random() < 0.25
        if candidate is not None:
            company, incident = candidate.company, candidate.rejected_on
        else:
            company, incident = rng.choice(org.companies), today - ctx.days(10, 200)
        received = min(incident + ctx.days(1, 30), today)
        changed = received
        if status != MeldingStatus.RECEIVED:
            changed = min(received + ctx.days(1, 60), today)
        ground = rng.choices(_GROUNDS, weights=_GROUND_W)[0]
        rows.append(
            record(ctx, received, changed)
            | {
                "student_id": None if anonymous or candidate is None else candidate.student_id,
                "anonymous": anonymous,
                "company_id": company.id,
                "received_on": received,
                "incident_on": incident,
                "incident_place": f"{company.name}, {company.city}",
                "ground": ground,
                "description": MELDING_DESCRIPTIONS[ground],
                "student_wishes": rng.choice(MELDING_WISHES),
                "status": status,
                "status_changed_on": changed,
                "handled_by_id": (
                    None if status == MeldingStatus.RECEIVED else org.meldpunt_officer
                ),
            }
        )
    return rows
