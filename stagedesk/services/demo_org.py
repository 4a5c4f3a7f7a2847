"""The demo college's organisation: programmes, staff and the companies that take students.

Builds plain row dicts for bulk inserts, plus the lookups the case generator needs (which
companies are recognised for a crebo, who mentors which class). All randomness comes from
the ``Context``'s seeded generator.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from stagedesk.domain import names
from stagedesk.domain.dates import school_year_start
from stagedesk.domain.enums import Leerweg, Sector, StaffRole
from stagedesk.services.demo_data import (
    BBL_SECTORS,
    CITIES,
    COMPANY_SUFFIXES,
    CONTACT_FUNCTIONS,
    POSTCODE_LETTER_PAIRS,
    SCHOOL_DOMAIN,
    SECTOR_COMPANY_WORDS,
    NamePools,
    ProgrammeRow,
    ascii_slug,
    landline_number,
    mobile_number,
)
from stagedesk.services.regions import region_for_postcode

Row = dict[str, Any]

# Stamp records at mid-day UTC: the same calendar date in every Dutch time zone offset.
_STAMP_TIME = time(10, 0, tzinfo=UTC)


@dataclass
class Context:
    """The seeded generator, the demo's "today", and the name pools every phase draws from."""

    rng: random.Random
    today: date
    pools: NamePools

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def days(self, low: int, high: int) -> timedelta:
        """A random whole number of days in ``[low, high]``."""
        return timedelta(days=self.rng.randint(low, high))

    def person(self) -> tuple[str, str | None, str]:
        """A Dutch given name, tussenvoegsel (about 30%) and surname from the pools."""
        pools, rng = self.pools, self.rng
        given = rng.choice(pools.given)
        if rng.random() < 0.3:
            tussenvoegsel, surname = rng.choice(pools.surnames_prefixed)
            return given, tussenvoegsel, surname
        return given, None, rng.choice(pools.surnames_plain)


def stamp(day: date) -> datetime:
    """A ``created_at``/``updated_at`` on ``day``: derived from the data, never the clock."""
    return datetime.combine(day, _STAMP_TIME)


def record(
    ctx: Context, created: date, updated: date | None = None, *, id: uuid.UUID | None = None
) -> Row:
    """The columns every Record carries; a new id unless ``id`` is given."""
    return {
        "id": id or ctx.new_id(),
        "created_at": stamp(created),
        "updated_at": stamp(updated or created),
        "version": 1,
    }


@dataclass(frozen=True, slots=True)
class ProgrammeInfo:
    id: uuid.UUID
    crebo: str
    name: str
    niveau: int
    leerweg: Leerweg
    sector: Sector
    abbreviation: str


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    id: uuid.UUID
    name: str
    city: str
    sector: Sector
    praktijkopleider_id: uuid.UUID


@dataclass
class Organisation:
    """Rows to insert and lookups for the case generator."""

    programmes: list[ProgrammeInfo] = field(default_factory=list)
    programme_rows: list[Row] = field(default_factory=list)
    staff_rows: list[Row] = field(default_factory=list)
    role_rows: list[Row] = field(default_factory=list)
    mentors: list[uuid.UUID] = field(default_factory=list)
    meldpunt_officer: uuid.UUID | None = None
    companies: list[CompanyInfo] = field(default_factory=list)
    company_rows: list[Row] = field(default_factory=list)
    recognition_rows: list[Row] = field(default_factory=list)
    contact_rows: list[Row] = field(default_factory=list)
    # Companies with an unrevoked recognition for a crebo, and companies per sector.
    by_crebo: dict[str, list[CompanyInfo]] = field(default_factory=dict)
    by_sector: dict[Sector, list[CompanyInfo]] = field(default_factory=dict)


def _abbreviation(name: str) -> str:
    """Class-group letters from a programme name: "Zelfstandig werkend kok" → "ZWK"."""
    text = name.removeprefix("Entree: ").replace("-", " ").replace("/", " ")
    words = [word for word in text.split() if word[0].isupper() or len(word) > 3]
    return "".join(word[0].upper() for word in words[:4]) or "X"


def add_programmes(
    ctx: Context,
    org: Organisation,
    table: list[ProgrammeRow],
    existing: dict[tuple[str, str], uuid.UUID],
) -> None:
    """A BOL programme per row, plus a BBL variant where the sector offers one.

    A programme the store already has (same crebo and leerweg) is reused, not duplicated.
    """
    created = school_year_start(ctx.today) - timedelta(days=365)
    for row in table:
        leerwegen = [Leerweg.BOL]
        if row.niveau >= 2 and row.sector in BBL_SECTORS:
            leerwegen.append(Leerweg.BBL)
        for leerweg in leerwegen:
            known = existing.get((row.crebo, leerweg.value))
            base = record(ctx, created)
            programme_id = known or base["id"]
            if known is None:
                org.programme_rows.append(
                    base
                    | {
                        "crebo": row.crebo,
                        "name": row.name,
                        "niveau": row.niveau,
                        "leerweg": leerweg,
                        "sector": row.sector,
                    }
                )
            org.programmes.append(
                ProgrammeInfo(
                    programme_id,
                    row.crebo,
                    row.name,
                    row.niveau,
                    leerweg,
                    row.sector,
                    _abbreviation(row.name),
                )
            )


def _initials(given: str, tussenvoegsel: str | None, surname: str) -> str:
    first = "IJ" if given.startswith("IJ") else given[0]
    middle = "".join(word[0] for word in (tussenvoegsel or "").split() if word[0] != "'")
    return f"{first}{middle}{surname[0]}"[:10]


def add_staff(ctx: Context, org: Organisation, students: int) -> None:
    """Mentors (one per ~300 students), coordinators, a meldpunt officer and an admin."""
    mentors = max(3, round(students / 300))
    coordinators = min(6, 2 + students // 10_000)
    plan: list[tuple[StaffRole, ...]] = [(StaffRole.ADMIN, StaffRole.COORDINATOR)]
    plan += [(StaffRole.COORDINATOR,)] * coordinators
    plan += [(StaffRole.MELDPUNT,)]
    plan += [(StaffRole.MENTOR,)] * mentors
    created = school_year_start(ctx.today) - timedelta(days=365)
    used_emails: set[str] = set()
    for roles in plan:
        given, tussenvoegsel, surname = ctx.person()
        email = _unique_email(
            f"{ascii_slug(given[0])}.{ascii_slug((tussenvoegsel or '') + surname)}",
            SCHOOL_DOMAIN,
            used_emails,
        )
        row = record(ctx, created) | {
            "name": names.display_name(given, tussenvoegsel, surname),
            "initials": _initials(given, tussenvoegsel, surname),
            "email": email,
            "phone": mobile_number(ctx.rng),
            "active": True,
        }
        org.staff_rows.append(row)
        for role in roles:
            org.role_rows.append({"staff_id": row["id"], "role": role})
        if StaffRole.MENTOR in roles:
            org.mentors.append(row["id"])
        if StaffRole.MELDPUNT in roles:
            org.meldpunt_officer = row["id"]


def _unique_email(local: str, domain: str, used: set[str]) -> str:
    candidate, number = f"{local}@{domain}", 1
    while candidate in used:
        number += 1
        candidate = f"{local}{number}@{domain}"
    used.add(candidate)
    return candidate


def _postcode(ctx: Context, low: int, high: int) -> str:
    return f"{ctx.rng.randint(low, high)} {ctx.rng.choice(POSTCODE_LETTER_PAIRS)}"


def _sector_counts(
    ctx: Context, total: int, crebos: dict[Sector, list[str]], demand: dict[Sector, float]
) -> list[Sector]:
    """Each company's sector: enough per sector to recognise every crebo, the rest by demand."""
    required = {sector: max(1, math.ceil(len(c) / 4)) for sector, c in crebos.items()}
    sectors = [sector for sector, count in required.items() for _ in range(count)]
    ordered = sorted(demand)
    weights = [demand[sector] for sector in ordered]
    extra = max(0, total - len(sectors))
    sectors += ctx.rng.choices(ordered, weights=weights, k=extra)
    ctx.rng.shuffle(sectors)
    return sectors


def add_companies(
    ctx: Context,
    org: Organisation,
    count: int,
    demand: dict[Sector, float],
    taken_kvk: set[str],
) -> None:
    """Companies with KvK and SBB numbers, an address, 1-4 recognitions and 1-3 contacts.

    Every crebo of the programme table gets at least one unrevoked recognition, so every
    student can be placed somewhere.
    """
    rng = ctx.rng
    crebos: dict[Sector, list[str]] = {}
    for programme in org.programmes:
        sector_crebos = crebos.setdefault(programme.sector, [])
        if programme.crebo not in sector_crebos:
            sector_crebos.append(programme.crebo)
    sectors = _sector_counts(ctx, count, crebos, demand)
    count = len(sectors)
    kvks = [str(n) for n in rng.sample(range(10_000_000, 100_000_000), count + len(taken_kvk))]
    kvks = [kvk for kvk in kvks if kvk not in taken_kvk][:count]
    sbb_ids = rng.sample(range(100_000_000, 200_000_000), count)
    city_weights = [city[3] for city in CITIES]
    used_names: set[str] = set()
    # Round-robin coverage: the n-th company of a sector takes the sector's crebos n, n+k, ...
    seen_in_sector: dict[Sector, int] = {}
    for index, sector in enumerate(sectors):
        city, low, high, _, area_code = rng.choices(CITIES, weights=city_weights, k=1)[0]
        postcode = _postcode(ctx, low, high)
        name = _company_name(ctx, sector)
        if name in used_names:
            name = f"{name} {city}"
        while name in used_names:
            name = f"{_company_name(ctx, sector)} {city}"
        used_names.add(name)
        first_seen = ctx.today - ctx.days(60, 2500)
        base = record(ctx, first_seen, ctx.today - ctx.days(0, 60))
        domain = f"{ascii_slug(name)[:30] or 'bedrijf'}.example"
        org.company_rows.append(
            base
            | {
                "name": name,
                "kvk_number": kvks[index],
                "sbb_id": str(sbb_ids[index]),
                "address": f"{rng.choice(ctx.pools.streets)} {_house_number(rng)}",
                "postcode": postcode,
                "city": city,
                "region": _region_name(postcode),
                "sector": sector,
                "capacity": rng.randint(1, 6),
                "email": f"info@{domain}",
                "phone": landline_number(rng, area_code),
            }
        )
        nth = seen_in_sector.get(sector, 0)
        seen_in_sector[sector] = nth + 1
        contact_id = _add_contacts(ctx, org, base["id"], domain, first_seen)
        info = CompanyInfo(base["id"], name, city, sector, contact_id)
        org.companies.append(info)
        org.by_sector.setdefault(sector, []).append(info)
        _add_recognitions(ctx, org, info, crebos[sector], nth, first_seen)


def _company_name(ctx: Context, sector: Sector) -> str:
    """A made-up name in the shapes Faker's nl_NL provider uses, or with a sector word.

    Faker's own ``company()`` also returns real large companies (NS, Shell, ...): demo
    meldingen must never name a real company, so its name lists are not used.
    """
    rng = ctx.rng
    _, tussenvoegsel, surname = ctx.person()
    family = names.salutation_surname(tussenvoegsel, surname)
    shape = rng.random()
    if shape < 0.5:
        return f"{rng.choice(SECTOR_COMPANY_WORDS[sector])} {family}"
    if shape < 0.75:
        return f"{family} {rng.choice(COMPANY_SUFFIXES)}"
    if shape < 0.9:
        _, other_tv, other = ctx.person()
        return f"{family} & {names.salutation_surname(other_tv, other)}"
    return f"Stichting {family}"


def _house_number(rng: random.Random) -> str:
    number = str(rng.randint(1, 250))
    return number + rng.choice(("", "", "", "", "a", "b", "-1", " bis"))


def _add_contacts(
    ctx: Context, org: Organisation, company_id: uuid.UUID, domain: str, created: date
) -> uuid.UUID:
    """1-3 contact persons; the first is the praktijkopleider. Returns the praktijkopleider."""
    praktijkopleider: uuid.UUID | None = None
    for number in range(ctx.rng.randint(1, 3)):
        given, tussenvoegsel, surname = ctx.person()
        row = record(ctx, created) | {
            "company_id": company_id,
            "name": names.display_name(given, tussenvoegsel, surname),
            "function": "Praktijkopleider" if number == 0 else ctx.rng.choice(CONTACT_FUNCTIONS),
            "email": f"{ascii_slug(given)}.{ascii_slug(surname)}@{domain}",
            "phone": mobile_number(ctx.rng),
            "is_praktijkopleider": number == 0,
        }
        org.contact_rows.append(row)
        if number == 0:
            praktijkopleider = row["id"]
    assert praktijkopleider is not None
    return praktijkopleider


def _add_recognitions(
    ctx: Context,
    org: Organisation,
    company: CompanyInfo,
    sector_crebos: list[str],
    nth: int,
    first_seen: date,
) -> None:
    rng = ctx.rng
    stride = max(1, math.ceil(len(sector_crebos) / 4))
    chosen = list(sector_crebos[nth % stride :: stride]) if nth < stride else []
    others = [crebo for crebo in sector_crebos if crebo not in chosen]
    want = max(len(chosen), rng.randint(1, 4))
    chosen += rng.sample(others, min(len(others), want - len(chosen)))
    covering = len(chosen) if nth < stride else 0
    for position, crebo in enumerate(chosen):
        recognised = first_seen - ctx.days(30, 3000)
        revoked: date | None = None
        # Only recognitions beyond the coverage set are ever revoked (about 5% of those).
        if position >= covering and rng.random() < 0.05:
            revoked = ctx.today - ctx.days(5, 700)
            revoked = max(revoked, recognised + timedelta(days=30))
        # The record is as old as the company's entry in StageDesk, whatever SBB's dates.
        updated = max(first_seen, revoked) if revoked else first_seen
        org.recognition_rows.append(
            record(ctx, first_seen, updated)
            | {
                "company_id": company.id,
                "crebo": crebo,
                "recognised_on": recognised,
                "revoked_on": revoked,
            }
        )
        if revoked is None:
            org.by_crebo.setdefault(crebo, []).append(company)


def _region_name(postcode: str) -> str | None:
    """The region as the company service derives it from the postcode (never typed)."""
    region = region_for_postcode(postcode)
    return region.region if region else None
