"""Import column mapping and cell parsing: Dutch headers in any spelling, office formats."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain import imports_cells as cells
from stagedesk.domain.companies import CompanyInput
from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.imports import (
    ImportKind,
    RowProblem,
    auto_mapping,
    check_mapping,
    field_for,
    header_key,
    resolve_mapping,
)
from stagedesk.domain.imports_rows import company_input, parse_company, parse_student

S, C, P = ImportKind.STUDENTS, ImportKind.COMPANIES, ImportKind.PROGRAMMES
TODAY = date(2026, 11, 25)


def test_header_key_ignores_case_accents_spaces_dashes_dots():
    assert header_key(" E-mail adres ") == header_key("emailAdres") == "emailadres"
    assert header_key("Geb. datum") == "gebdatum"
    assert header_key("Créboçode") == "crebocode"
    assert header_key("KvK_nummer") == "kvknummer"


def test_the_usual_sis_export_maps_completely():
    headers = ["Studentnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum",
               "E-mail", "Crebo", "Leerweg", "Niveau", "Cohort", "Klas", "Mentor"]  # fmt: skip
    assert auto_mapping(S, headers) == {
        "student_number": "Studentnummer", "given_name": "Roepnaam",
        "tussenvoegsel": "Tussenvoegsel", "surname": "Achternaam",
        "date_of_birth": "Geboortedatum", "email": "E-mail", "crebo": "Crebo",
        "leerweg": "Leerweg", "niveau": "Niveau", "cohort": "Cohort", "class_group": "Klas",
        "mentor": "Mentor",
    }  # fmt: skip


def test_roepnaam_wins_over_voornaam_whatever_the_column_order():
    assert auto_mapping(S, ["VOORNAAM", "ROEPNAAM"])["given_name"] == "ROEPNAAM"
    assert auto_mapping(S, ["voornaam"])["given_name"] == "voornaam"


def test_company_and_programme_headers():
    company = auto_mapping(C, ["KvK-nummer", "Naam", "Straat", "Huisnr", "Post code", "Plaats"])
    assert company == {
        "kvk_number": "KvK-nummer", "name": "Naam", "address": "Straat",
        "house_number": "Huisnr", "postcode": "Post code", "city": "Plaats",
    }  # fmt: skip
    programme = auto_mapping(P, ["Crebo", "Opleiding", "Niveau", "Leerweg", "Sectorkamer"])
    assert set(programme) == {"crebo", "name", "niveau", "leerweg", "sector"}


def test_a_header_feeds_one_field_only():
    assert auto_mapping(C, ["naam"]) == {"name": "naam"}


def test_fields_are_named_by_key_label_or_alias():
    assert field_for(S, "Roepnaam").key == "given_name"
    assert field_for(S, "student_number").key == "student_number"
    with pytest.raises(ValidationError, match="no field 'schoenmaat'"):
        field_for(S, "schoenmaat")
    assert check_mapping(S, {"Studentnummer": "Nr", "klas": None}) == {
        "student_number": "Nr",
        "class_group": "",
    }


def test_an_empty_column_in_a_mapping_leaves_the_field_unread():
    headers = ["Studentnummer", "Klas", "Mentor"]
    resolved = resolve_mapping(S, headers, remembered={"mentor": ""}, given={"class_group": ""})
    assert resolved.mapping == {"student_number": "Studentnummer"}


def test_given_mapping_overrides_remembered_overrides_automatic():
    headers = ["Nr", "Studentnummer", "Voornaam", "Naam"]
    resolved = resolve_mapping(
        S,
        headers,
        remembered={"given_name": "Voornaam", "surname": "Naam", "class_group": "Weg"},
        given={"student_number": "Nr"},
    )
    assert resolved.mapping == {"student_number": "Nr", "given_name": "Voornaam", "surname": "Naam"}
    assert resolved.missing == () and resolved.unknown == ()


def test_a_given_column_takes_the_header_from_the_automatic_field():
    resolved = resolve_mapping(S, ["Studentnummer", "Klas"], given={"mentor": "Klas"})
    assert resolved.mapping == {"student_number": "Studentnummer", "mentor": "Klas"}


def test_missing_required_and_unknown_given_columns_are_reported():
    resolved = resolve_mapping(S, ["Roepnaam"], given={"surname": "Familienaam"})
    assert [f.key for f in resolved.missing] == ["student_number"]
    assert resolved.unknown == (("surname", "Familienaam"),)


def test_row_problem_reads_as_row_column_reason():
    assert str(RowProblem(3, "Postcode", "is empty")) == "row 3, Postcode: is empty"
    assert str(RowProblem(0, "", "is empty")) == "file: is empty"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24-11-2026", date(2026, 11, 24)), ("1-8-2026", date(2026, 8, 1)),
     ("24/11/2026", date(2026, 11, 24)), ("24.11.2026", date(2026, 11, 24)),
     ("2026-11-24", date(2026, 11, 24)), ("", None)],
)  # fmt: skip
def test_dates_in_dutch_and_iso_formats(text, expected):
    assert cells.date_value("date_of_birth", text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "2026-13-01", "11/24/26", "morgen"])
def test_bad_dates_name_the_field(text):
    with pytest.raises(ValidationError) as caught:
        cells.date_value("date_of_birth", text)
    assert caught.value.field == "date_of_birth"


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@SUM(1)"])
def test_formula_like_text_is_refused_not_stored(text):
    with pytest.raises(ValidationError, match="formula"):
        cells.text("surname", text, 100)


def test_control_characters_and_length_are_refused_whitespace_collapsed():
    with pytest.raises(ValidationError, match="control character"):
        cells.text("surname", "Be\x00rg", 100)
    with pytest.raises(ValidationError, match="at most 5"):
        cells.text("class_group", "abcdef", 5)
    assert cells.text("surname", "  van\tder  Berg ", 100) == "van der Berg"
    assert cells.text("surname", "  ", 100) is None


def test_leerweg_niveau_sector_words():
    assert cells.leerweg("leerweg", "bbl") is Leerweg.BBL
    assert cells.leerwegen("leerweg", "BOL/BBL") == (Leerweg.BOL, Leerweg.BBL)
    assert cells.leerwegen("leerweg", "beide") == (Leerweg.BOL, Leerweg.BBL)
    assert cells.niveau("niveau", "Niveau 2") == 2
    assert cells.niveau("niveau", "Entree") == 1
    assert cells.sector("sector", "Zorg, welzijn en sport") is Sector.ZORG
    assert cells.sector("sector", "ICT en creatieve industrie") is Sector.ICT
    assert cells.sector("sector", "Zakelijke dienstverlening en veiligheid") is Sector.ZAKELIJK
    for parse, text in ((cells.leerweg, "BOL/BBL"), (cells.niveau, "5"), (cells.sector, "x")):
        with pytest.raises(ValidationError):
            parse("f", text)


def test_whole_numbers_from_spreadsheets():
    assert cells.whole_number("cohort", "2025.0", 1990, 2027) == 2025
    with pytest.raises(ValidationError, match="1990 to 2027"):
        cells.whole_number("cohort", "1890", 1990, 2027)


def test_a_student_row_reports_every_bad_cell_not_only_the_first():
    row = parse_student(
        {"student_number": "12", "surname": "", "date_of_birth": "2030-01-01",
         "email": "zoe@", "cohort": "20x5", "phone": "=1+1"},
        TODAY,
    )  # fmt: skip
    assert sorted(e.field for e in row.errors) == [
        "cohort", "date_of_birth", "email", "phone", "student_number", "surname",
    ]  # fmt: skip


def test_company_row_checked_as_the_register_does_with_every_problem():
    parsed = parse_company({"kvk_number": "1234.5678", "address": "Markt", "house_number": "1a"})
    assert parsed.values == {"kvk_number": "12345678", "address": "Markt 1a"}
    clean, errors = company_input(
        CompanyInput(name="-", kvk_number="12345678"),
        {"name": "", "postcode": "0123 AB", "email": "x@y", "sbb_id": "12a"},
    )
    assert clean is None
    assert [e.field for e in errors] == ["name", "sbb_id", "postcode", "email"]
