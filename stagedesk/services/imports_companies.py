"""Import companies (leerbedrijven) from a company list, keyed by KvK number.

A known KvK number updates that company, an unknown one adds it; the same number twice in a
file is a problem on the later row, and so is an SBB id another company holds. Only mapped
columns change (an empty cell clears an optional value). Each company is checked as the
register checks one typed in (``domain.companies.CompanyInput``), every problem reported,
and its region follows from its postcode as in services.companies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import date
from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain.companies import CompanyInput
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.imports import ImportKind
from stagedesk.domain.imports_rows import company_input, parse_company
from stagedesk.services.imports_base import Importer, Row, require_for_new
from stagedesk.services.regions import region_for_postcode
from stagedesk.store.companies import Company

_INPUT_COLUMNS = (
    "name",
    "sbb_id",
    "address",
    "postcode",
    "city",
    "sector",
    "capacity",
    "email",
    "phone",
)
_C = Company.__table__.c


class CompanyImporter(Importer):
    kind: ClassVar[ImportKind] = ImportKind.COMPANIES
    model = Company
    columns = (*_INPUT_COLUMNS, "region")

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.existing: dict[str, Row] = {}
        self.sbb_holder: dict[str, str] = {}  # SBB id → KvK number (store, then this file)

    def load(self, session: Session) -> None:
        wanted = ("id", "version", "kvk_number", *self.columns)
        for found in session.execute(select(*(_C[c] for c in wanted))):
            row = dict(zip(wanted, found, strict=True))
            self.existing[row["kvk_number"]] = row
            if row["sbb_id"]:
                self.sbb_holder[row["sbb_id"]] = row["kvk_number"]

    def check(self, row: int, raw: Mapping[str, str]) -> list[ValidationError]:
        parsed = parse_company(raw)
        kvk = parsed.values.get("kvk_number")
        existing = self.existing.get(kvk) if kvk else None
        if kvk is not None:
            earlier = self.earlier_row(kvk, row)
            if earlier is not None:
                parsed.error("kvk_number", f"{kvk} is also on row {earlier}")
                return parsed.errors
            if existing is None:
                require_for_new(parsed, ("name",), "company")
        # Without a valid KvK number the other cells are still checked (against a stand-in).
        base = CompanyInput(name="-", kvk_number=kvk or "00000000")
        if existing is not None:
            base = CompanyInput(
                kvk_number=existing["kvk_number"], **{c: existing[c] for c in _INPUT_COLUMNS}
            )
        fresh = {k: v for k, v in parsed.values.items() if not parsed.failed(k)}
        clean, problems = company_input(base, fresh)
        for problem in problems:
            if not parsed.failed(problem.field):
                parsed.errors.append(problem)
        if clean is None or kvk is None or parsed.errors:
            return parsed.errors
        holder = self.sbb_holder.get(clean.sbb_id) if clean.sbb_id else None
        if holder is not None and holder != kvk:
            parsed.error("sbb_id", f"{clean.sbb_id} belongs to the company with KvK {holder}")
            return parsed.errors
        if clean.sbb_id:
            self.sbb_holder[clean.sbb_id] = kvk
        region = region_for_postcode(clean.postcode)
        fields = asdict(clean)
        new: Row = {c: fields[c] for c in _INPUT_COLUMNS}
        new["region"] = region.region if region else None
        if existing is None:
            new["kvk_number"] = kvk
        self.plan(existing, new)
        return []
