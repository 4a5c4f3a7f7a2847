"""Random and hostile hours files never crash the import: they give row problems, and the store
unchanged, or a clean import in which every week is a Monday of the placement with possible
minutes and no formula-like or control-character note."""

from __future__ import annotations

import string
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from stagedesk.domain.hours import WEEK_MINUTES_MAX
from stagedesk.domain.imports_cells import FORMULA_STARTS
from stagedesk.services.hours_import import import_hours
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.office import AuditEntry
from stagedesk.store.students import Student
from tests.factories import TODAY, placed
from tests.services.import_files import write_xlsx

START, END = date(2026, 9, 7), date(2026, 11, 29)
HEADERS = ["Studentnummer", "Week", "Periode", "Uren", "Ziek", "Anders", "Opmerking"]
HOSTILE = [
    "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\x00", "\t=1", "x" * 40_000, '"', ";", ",",
    "2026-W37", "2026-W53", "2026-W00", "37", "37-2026", "07-09-2026", "31-02-2026", "9999-W01",
    "32", "7,5", "7:30", "7:75", "169", "-1", "0", "1e9", "NaN", "٣٢", "Zoë", "", " ",
]  # fmt: skip
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
cell_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=20),
    st.text(alphabet=string.digits + " -./:,Ww", max_size=12),
)


def _snapshot(world) -> tuple:
    with world.sessions() as s:
        return (
            tuple(s.execute(select(*BpvHours.__table__.c)).all()),
            tuple(s.execute(select(AuditEntry.seq)).all()),
        )


def _setup(world) -> str:
    student = world.student()
    placed(world, student, START, END, today=date(2026, 9, 1))
    with world.sessions() as s:
        return s.get(Student, student).student_number


def _check_outcome(world, result, before) -> None:
    if result.problems:
        assert not result.committed
        assert all(problem.row >= 0 and problem.message for problem in result.problems)
        assert _snapshot(world) == before
        return
    with world.sessions() as s:
        for row in s.scalars(select(BpvHours)):
            assert (
                row.week_start.weekday() == 0
                and START.toordinal() - 6 <= row.week_start.toordinal()
            )
            assert row.week_start <= min(END, TODAY)
            assert 0 <= row.worked_minutes + row.absent_minutes <= WEEK_MINUTES_MAX
            assert row.note is None or not row.note.startswith(FORMULA_STARTS)
            assert row.note is None or "\x00" not in row.note


@SETTINGS
@given(data=st.binary(max_size=2_000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_are_refused_or_imported_never_a_crash(world, tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    before = _snapshot(world)
    _check_outcome(
        world, import_hours(world.sessions, world.coordinator, path, today=TODAY), before
    )


@st.composite
def csv_files(draw, number: str) -> bytes:
    header = draw(
        st.permutations(draw(st.lists(st.sampled_from(HEADERS), min_size=1, unique=True)))
    )
    likely = dict(zip(HEADERS, [number, "2026-W40", "", "32", "", "", "prima"], strict=True))
    rows = [
        [draw(st.one_of(st.just(likely[h]), cell_text)) for h in header]
        for _ in range(draw(st.integers(0, 6)))
    ]
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    quote = draw(st.booleans())

    def cell(text: str) -> str:
        if quote or any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "\r\n".join(delimiter.join(cell(c) for c in r) for r in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return text.encode(encoding, errors="replace")


@SETTINGS
@given(data=st.data())
def test_random_csv_cells_under_real_headers(world, tmp_path, data):
    number = _setup(world)
    path = tmp_path / "random.csv"
    path.write_bytes(data.draw(csv_files(number)))
    before = _snapshot(world)
    _check_outcome(
        world, import_hours(world.sessions, world.coordinator, path, today=TODAY), before
    )


@settings(SETTINGS, max_examples=15)
@given(
    cells=st.lists(
        st.lists(st.one_of(cell_text, st.integers(-10**12, 10**12), st.floats(), st.dates(),
                           st.booleans(), st.none()), min_size=1, max_size=7),
        max_size=5,
    ),
)  # fmt: skip
def test_random_xlsx_cells_under_real_headers(world, tmp_path, cells):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def safe(value: object) -> object:
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:32_000] if isinstance(value, str) else value

    path = write_xlsx(tmp_path / "random.xlsx", HEADERS, [[safe(v) for v in row] for row in cells])
    before = _snapshot(world)
    _check_outcome(
        world, import_hours(world.sessions, world.coordinator, path, today=TODAY), before
    )
