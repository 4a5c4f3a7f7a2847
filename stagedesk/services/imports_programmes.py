"""Import programmes (opleidingen) from a crebo list, keyed by crebo (and leerweg).

The store keeps a programme per crebo and leerweg. A row with a leerweg ("BOL", "BBL", or
"BOL/BBL" for both) adds or updates those programmes; a row without one updates every
programme of that crebo the school has (a new crebo needs a leerweg). The same crebo and
leerweg on two rows is a problem on the later one. Only mapped columns change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain.enums import Leerweg
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.imports import ImportKind
from stagedesk.domain.imports_rows import parse_programme
from stagedesk.services.imports_base import Importer, Row, require_for_new
from stagedesk.store.programmes import Programme

_COLUMNS = ("name", "niveau", "sector")
_REQUIRED_NEW = ("name", "niveau", "sector")
_P = Programme.__table__.c


class ProgrammeImporter(Importer):
    kind: ClassVar[ImportKind] = ImportKind.PROGRAMMES
    model = Programme
    columns = _COLUMNS

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.existing: dict[str, dict[Leerweg, Row]] = defaultdict(dict)

    def load(self, session: Session) -> None:
        wanted = ("id", "version", "crebo", "leerweg", *_COLUMNS)
        for found in session.execute(select(*(_P[c] for c in wanted))):
            row = dict(zip(wanted, found, strict=True))
            self.existing[row["crebo"]][row["leerweg"]] = row

    def check(self, row: int, raw: Mapping[str, str]) -> list[ValidationError]:
        parsed = parse_programme(raw)
        crebo = parsed.values.get("crebo")
        if crebo is None or parsed.failed("leerweg"):
            return parsed.errors
        known = self.existing.get(crebo, {})
        leerwegen: tuple[Leerweg, ...] = parsed.values.get("leerweg") or tuple(known)
        if not leerwegen:
            parsed.error("leerweg", "is needed for a new programme (BOL, BBL or BOL/BBL)")
            return parsed.errors
        for leerweg in leerwegen:
            earlier = self.earlier_row((crebo, leerweg), row)
            if earlier is not None:
                parsed.error("crebo", f"{crebo} ({leerweg.value}) is also on row {earlier}")
                return parsed.errors
        if any(leerweg not in known for leerweg in leerwegen):
            require_for_new(parsed, _REQUIRED_NEW, "programme")
        if parsed.errors:
            return parsed.errors
        for leerweg in leerwegen:
            existing = known.get(leerweg)
            new: Row = {c: existing[c] for c in _COLUMNS} if existing else {}
            new |= {c: parsed.values[c] for c in _COLUMNS if c in parsed.values}
            if existing is None:
                new |= {"crebo": crebo, "leerweg": leerweg}
            self.plan(existing, new)
        return []
