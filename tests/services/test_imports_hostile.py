"""Random and hostile files never crash an import: they give row problems or a clean import.

Whatever the file holds (random bytes, random cells under real headers, huge fields, cells
that look like spreadsheet formulas), ``import_file`` returns a result: either problems, and
the store unchanged, or a clean import in which no formula-like text was stored.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select

from stagedesk.domain.imports_cells import FORMULA_STARTS
from stagedesk.services.imports import ImportKind, import_file
from stagedesk.store.companies import Company
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student
from tests.factories import TODAY
from tests.services.import_files import write_xlsx

HEADERS = {
    ImportKind.STUDENTS: ["Studentnummer", "Roepnaam", "Tussenvoegsel", "Achternaam",
                          "Geboortedatum", "E-mail", "Telefoon", "Crebo", "Leerweg", "Niveau",
                          "Cohort", "Klas", "Mentor", "Inschrijfdatum"],
    ImportKind.COMPANIES: ["KvK-nummer", "Bedrijfsnaam", "SBB-id", "Straat", "Huisnummer",
                           "Postcode", "Plaats", "Sector", "Capaciteit", "E-mail", "Telefoon"],
    ImportKind.PROGRAMMES: ["Crebo", "Opleiding", "Niveau", "Leerweg", "Sector"],
}  # fmt: skip
TEXT_COLUMNS = {
    ImportKind.STUDENTS: (Student, ("given_name", "tussenvoegsel", "surname", "class_group",
                                    "email", "guardian_name")),
    ImportKind.COMPANIES: (Company, ("name", "address", "city", "email", "sbb_id")),
    ImportKind.PROGRAMMES: (Programme, ("name",)),
}  # fmt: skip
HOSTILE = [
    "=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\")", "\x00",
    "\t=1", "Berg\r\nde", '"', ";", ",", "x" * 40_000, "25655", "BOL", "3", "2025", "01-05-2008",
    "2008-05-01", "1234 AB", "12345678", "zoe@school.nl", "Fatima el Amrani", "", " ",
]  # fmt: skip
LIKELY = {  # values that pass, so that random rows sometimes import cleanly
    ImportKind.STUDENTS: ["200001", "Zoë", "", "Berg", "01-05-2008", "", "", "25655", "BOL",
                          "3", "2025", "1A", "", ""],
    ImportKind.COMPANIES: ["12345678", "Oost", "", "Markt", "1", "3511 AB", "Utrecht", "zorg",
                           "2", "", ""],
    ImportKind.PROGRAMMES: ["25180", "Kok", "2", "BOL", "voedsel"],
}  # fmt: skip
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

kinds = st.sampled_from(list(ImportKind))
cell_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=30),
    st.text(alphabet=string.digits + " -./", max_size=12),
)


def _snapshot(world) -> tuple:
    with world.sessions() as s:
        return tuple(
            tuple(s.execute(select(*model.__table__.c)).all())
            for model in (Student, Company, Programme)
        )


def _check_outcome(world, kind, result, before) -> None:
    if result.problems:
        assert not result.committed
        assert all(problem.row >= 0 and problem.message for problem in result.problems)
        assert _snapshot(world) == before
        return
    model, columns = TEXT_COLUMNS[kind]
    with world.sessions() as s:
        for column in columns:
            for value in s.scalars(select(getattr(model, column))):
                assert value is None or not value.startswith(FORMULA_STARTS), value
                assert value is None or "\x00" not in value


def _run(world, kind, path):
    return import_file(world.sessions, world.coordinator, kind, path, today=TODAY)


@SETTINGS
@given(kind=kinds, data=st.binary(max_size=2_000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_are_refused_or_imported_never_a_crash(world, tmp_path, kind, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    before = _snapshot(world)
    _check_outcome(world, kind, _run(world, kind, path), before)


@st.composite
def csv_files(draw) -> tuple[ImportKind, bytes]:
    kind = draw(kinds)
    header = draw(st.lists(st.sampled_from(HEADERS[kind]), min_size=1, unique=True))
    header = draw(st.permutations(header))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        likely = dict(zip(HEADERS[kind], LIKELY[kind], strict=True))
        row = [draw(st.one_of(st.just(likely[h]), cell_text)) for h in header]
        rows.append(row)
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    quote = draw(st.booleans())

    def cell(text: str) -> str:
        if quote or any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "\r\n".join(delimiter.join(cell(c) for c in r) for r in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return kind, text.encode(encoding, errors="replace")


@SETTINGS
@given(file=csv_files())
def test_random_csv_cells_under_real_headers(world, tmp_path, file):
    kind, data = file
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    before = _snapshot(world)
    _check_outcome(world, kind, _run(world, kind, path), before)


@settings(SETTINGS, max_examples=15)
@given(
    kind=kinds,
    cells=st.lists(
        st.lists(st.one_of(cell_text, st.integers(-10**12, 10**12), st.floats(), st.dates(),
                           st.booleans(), st.none()), min_size=1, max_size=14),
        max_size=5,
    ),
)  # fmt: skip
def test_random_xlsx_cells_under_real_headers(world, tmp_path, kind, cells):
    def safe(value: object) -> object:
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:32_000] if isinstance(value, str) else value

    path = write_xlsx(tmp_path / "random.xlsx", HEADERS[kind],
                      [[safe(v) for v in row] for row in cells])  # fmt: skip
    before = _snapshot(world)
    _check_outcome(world, kind, _run(world, kind, path), before)


@pytest.mark.parametrize("kind", list(ImportKind))
def test_a_formula_in_every_column_is_refused_in_every_column(world, tmp_path, kind):
    from tests.services.import_files import write_csv

    header = HEADERS[kind]
    path = write_csv(tmp_path / "f.csv", header, [["=cmd|' /C calc'!A0"] * len(header)])
    result = _run(world, kind, path)
    assert {p.column for p in result.problems} == set(header)
