"""Importing students: keyed by number, every problem by row and column, as the app makes them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, inspect, select

from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services import case_status
from stagedesk.services.imports import ImportKind, RowProblem, import_file
from stagedesk.store.students import Student
from tests.factories import TODAY
from tests.services.import_files import STUDENT_HEADER, student_row, write_csv, write_xlsx

S = ImportKind.STUDENTS


def _run(world, path, **kwargs):
    return import_file(world.sessions, world.coordinator, S, path, today=TODAY, **kwargs)


def _students(world) -> dict[str, Student]:
    with world.sessions() as s:
        rows = s.scalars(select(Student)).all()
        s.expunge_all()
        return {r.student_number: r for r in rows}


def test_new_students_are_added_with_programme_mentor_and_derived_columns(world, tmp_path):
    path = write_csv(
        tmp_path / "sis.csv",
        STUDENT_HEADER,
        [student_row(), student_row("200002", "Anna", "", "Bakker", crebo="25604", leerweg="",
                                    niveau="", klas="", mentor="JO")],
    )  # fmt: skip
    result = _run(world, path)
    assert (result.committed, result.added, result.updated, result.problems) == (True, 2, 0, ())
    zoe, anna = _students(world)["200001"], _students(world)["200002"]
    assert (zoe.given_name, zoe.tussenvoegsel, zoe.surname) == ("Zoë", "van der", "Berg")
    assert zoe.date_of_birth == date(2008, 5, 1) and zoe.programme_id == world.bol
    assert zoe.mentor_id == world.mentor.staff_id and zoe.class_group == "VIG3-25A"
    assert zoe.enrolled_on == date(2025, 8, 1) and zoe.cohort == 2025
    assert zoe.search_status is SearchStatus.NOT_STARTED
    assert zoe.search_status_since == date(2025, 8, 1)
    assert zoe.sort_key.startswith("berg") and "vig3-25a" in zoe.search_text
    # Crebo 25604 is taught only as BBL: no leerweg needed; "JO" are Joost de Wit's initials.
    assert anna.programme_id == world.bbl and anna.mentor_id == world.other_mentor.staff_id
    assert anna.tussenvoegsel is None and anna.class_group is None


def test_imported_students_are_exactly_what_the_services_would_keep(world, tmp_path):
    path = write_csv(
        tmp_path / "sis.csv",
        STUDENT_HEADER,
        [student_row(), student_row("200002", "Jan", "'t", "Hart", born="2009-02-28")],
    )
    assert _run(world, path).committed
    with world.sessions.begin() as s:
        for student in s.scalars(select(Student)).all():
            columns = [c.key for c in inspect(Student).column_attrs]
            before = {c: getattr(student, c) for c in columns}
            case_status.recompute(s, student.id, TODAY)
            case_status.refresh_name_columns(student)
            assert {c: getattr(student, c) for c in columns} == before


def test_existing_students_are_updated_by_number_and_never_duplicated(world, tmp_path):
    sid = world.student(given="Zoe", tussenvoegsel=None, surname="Berg")
    with world.sessions() as s:
        number = s.get(Student, sid).student_number
    path = write_csv(
        tmp_path / "sis.csv", STUDENT_HEADER, [student_row(number), student_row("299999")]
    )
    result = _run(world, path)
    assert (result.added, result.updated, result.unchanged) == (1, 1, 0)
    students = _students(world)
    assert len(students) == 2
    updated = students[number]
    assert updated.id == sid and updated.given_name == "Zoë" and updated.tussenvoegsel == "van der"
    assert updated.version == 2 and "zoe van der berg" in updated.search_text
    again = _run(world, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)


def test_only_mapped_columns_change_on_update(world, tmp_path):
    sid = world.student(guardian="M. Berg")
    with world.sessions() as s:
        before = s.get(Student, sid)
        number, dob = before.student_number, before.date_of_birth
    path = write_csv(tmp_path / "klas.csv", ["Studentnummer", "Klas"], [[number, "VIG3-26B"]])
    assert _run(world, path).updated == 1
    after = _students(world)[number]
    assert after.class_group == "VIG3-26B" and after.date_of_birth == dob
    assert after.guardian_name == "M. Berg" and "vig3-26b" in after.search_text


def test_changing_the_enrolment_date_recomputes_the_status_since(world, tmp_path):
    sid = world.student(enrolled_on=date(2025, 8, 25))
    with world.sessions() as s:
        number = s.get(Student, sid).student_number
    path = write_csv(
        tmp_path / "x.csv", ["Studentnummer", "Inschrijfdatum"], [[number, "01-09-2025"]]
    )
    assert _run(world, path).updated == 1
    assert _students(world)[number].search_status_since == date(2025, 9, 1)


def test_a_number_twice_in_the_file_is_a_problem_naming_both_rows(world, tmp_path):
    path = write_csv(
        tmp_path / "x.csv", STUDENT_HEADER, [student_row(), student_row("200002"), student_row()]
    )
    result = _run(world, path)
    assert result.problems == (RowProblem(4, "Studentnummer", "200001 is also on row 2"),)
    assert not result.committed and _students(world) == {}


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"number": "12"}, "Studentnummer", "must be 5 to 10 digits, got 2"),
        ({"given": ""}, "Roepnaam", "is empty"),
        ({"surname": '=HYPERLINK("x")'}, "Achternaam", "like a spreadsheet formula"),
        ({"born": "31-02-2008"}, "Geboortedatum", "31-02-2008 is not a date in the calendar"),
        ({"born": "01-01-2027"}, "Geboortedatum", "must lie between 1900 and today"),
        ({"email": "zoe@school"}, "E-mail", "domain 'school' has no dot"),
        ({"crebo": "2565"}, "Crebo", "must be 5 digits, got 4"),
        ({"crebo": "11111"}, "Crebo", "no programme crebo 11111 (BOL)"),
        ({"leerweg": "deeltijd"}, "Leerweg", "must be BOL or BBL"),
        ({"niveau": "4"}, "Niveau", "crebo 25655 is taught at niveau 3, not 4"),
        ({"cohort": "1850"}, "Cohort", "must be 1990 to 2027, got 1850"),
        ({"klas": "K" * 21}, "Klas", "must be at most 20 characters"),
        ({"mentor": "Onbekend"}, "Mentor", "no active staff member is called 'Onbekend'"),
    ],
)
def test_each_bad_cell_is_reported_with_row_column_and_reason(
    world, tmp_path, change, column, message
):
    path = write_csv(tmp_path / "x.csv", STUDENT_HEADER, [student_row(**change)])
    (problem,) = _run(world, path, dry_run=True).problems
    assert (problem.row, problem.column) == (2, column)
    assert message in problem.message


def test_every_problem_is_listed_not_only_the_first(world, tmp_path):
    rows = [student_row("200001", born="x", cohort=""), student_row("200002"),
            student_row("abc", crebo="1")]  # fmt: skip
    result = _run(world, write_csv(tmp_path / "x.csv", STUDENT_HEADER, rows), dry_run=True)
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "Geboortedatum"), (2, "Cohort"), (4, "Studentnummer"), (4, "Crebo"),
    ]  # fmt: skip


def test_a_new_student_needs_the_required_fields(world, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["Studentnummer", "Klas"], [["200001", "1A"]])
    result = _run(world, path)
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "roepnaam"), (2, "achternaam"), (2, "geboortedatum"), (2, "crebo"), (2, "cohort"),
    ]  # fmt: skip
    assert all(p.message == "is needed for a new student" for p in result.problems)


def test_a_crebo_taught_as_bol_and_bbl_needs_the_leerweg(world, tmp_path):
    from stagedesk.domain.enums import Leerweg, Sector
    from stagedesk.store.programmes import Programme

    with world.sessions.begin() as s:
        s.add(Programme(crebo="25655", name="VIG", niveau=3, leerweg=Leerweg.BBL,
                        sector=Sector.ZORG))  # fmt: skip
    path = write_csv(tmp_path / "x.csv", STUDENT_HEADER, [student_row(leerweg="")])
    (problem,) = _run(world, path).problems
    assert problem.column == "Leerweg" and "BOL and BBL" in problem.message


def test_missing_key_column_refuses_before_reading_rows(world, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["Naam", "Klas"], [["Zoë", "1A"]])
    result = _run(world, path)
    message = "no column for this required field; choose one in the mapping"
    assert result.problems == (RowProblem(1, "studentnummer", message),)


def test_a_given_mapping_names_columns_the_automatic_one_cannot(world, tmp_path):
    header = ["Nr", "Voorn", "Achtern", "Geb", "Code", "Jaar"]
    path = write_csv(tmp_path / "x.csv", header, [["200001", "Zoë", "Berg", "1-5-2008",
                                                    "25655", "2025"]])  # fmt: skip
    mapping = {"studentnummer": "Nr", "roepnaam": "Voorn", "achternaam": "Achtern",
               "geboortedatum": "Geb", "crebo": "Code", "cohort": "Jaar"}  # fmt: skip
    assert _run(world, path, mapping=mapping).added == 1
    # Remembered for the next file with the same columns.
    again = write_csv(tmp_path / "y.csv", header, [["200002", "Anna", "Bakker", "1-5-2008",
                                                     "25655", "2025"]])  # fmt: skip
    assert _run(world, again).added == 1


def test_xlsx_students_with_typed_cells(world, tmp_path):
    path = write_xlsx(
        tmp_path / "sis.xlsx",
        STUDENT_HEADER,
        [[200001, "Zoë", None, "Berg", date(2008, 5, 1), None, 25655, "BOL", 3, 2025, "1A", None]],
    )
    result = _run(world, path)
    assert result.added == 1
    assert _students(world)["200001"].date_of_birth == date(2008, 5, 1)


def test_only_coordinators_and_admins_import(world, tmp_path):
    path = write_csv(tmp_path / "x.csv", STUDENT_HEADER, [student_row()])
    with pytest.raises(PermissionDenied):
        import_file(world.sessions, world.mentor, S, path, today=TODAY)
    with world.sessions() as s:
        assert s.execute(select(func.count()).select_from(Student)).scalar_one() == 0


def test_insert_then_update_on_every_backend(any_world, tmp_path):
    world = any_world
    rows = [student_row(), student_row("200002", given="Anna", tussenvoegsel="", surname="Bakker")]
    path = write_csv(tmp_path / "sis.csv", STUDENT_HEADER, rows)
    assert _run(world, path).added == 2
    changed = write_csv(tmp_path / "sis2.csv", STUDENT_HEADER, [student_row(klas="VIG3-26C")])
    result = _run(world, changed)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    students = _students(world)
    assert students["200001"].class_group == "VIG3-26C" and students["200001"].version == 2
    assert students["200002"].search_status is SearchStatus.NOT_STARTED
