"""What an import reads: the fields of each kind of import and which file column feeds each.

A file from the student information system or a company list names its columns in Dutch, in
many spellings ("E-mail", "e_mail", "Emailadres", "Geb. datum"). ``auto_mapping`` matches
them to the import's fields by a folded form (case, accents, spaces, dashes, dots and
underscores ignored) against each field's known Dutch and English names. A mapping can also
be given (``{"field": "file column"}``, where the field may be named by any of its names);
``resolve_mapping`` combines the automatic one with a remembered and a given mapping and
says which required fields still have no column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.names import fold


class ImportKind(StrEnum):
    STUDENTS = "students"
    COMPANIES = "companies"
    PROGRAMMES = "programmes"


@dataclass(frozen=True)
class ImportField:
    """One thing an import reads from a column: its key, label and the headers that mean it.

    ``required`` fields must have a column; ``required_new`` ones must have a value for a
    record that does not exist yet (an update may leave them out).
    """

    key: str
    label: str  # Dutch, as the office says it
    aliases: tuple[str, ...]  # header spellings, most specific first
    required: bool = False
    required_new: bool = False


_F = ImportField

STUDENT_FIELDS = (
    _F("student_number", "studentnummer", ("studentnummer", "studentnr", "leerlingnummer",
       "deelnemernummer", "deelnemersnummer", "ovnummer", "student number"), required=True),
    _F("given_name", "roepnaam", ("roepnaam", "voornaam", "given name", "first name"),
       required_new=True),
    _F("tussenvoegsel", "tussenvoegsel", ("tussenvoegsel", "tussenvoegsels", "voorvoegsel",
       "voorvoegsels")),
    _F("surname", "achternaam", ("achternaam", "geslachtsnaam", "familienaam", "surname",
       "last name"), required_new=True),
    _F("date_of_birth", "geboortedatum", ("geboortedatum", "geb datum", "gebdat",
       "date of birth", "birth date"), required_new=True),
    _F("email", "e-mail", ("e-mail", "emailadres", "e-mailadres", "email student", "mail")),
    _F("phone", "telefoon", ("telefoon", "telefoonnummer", "mobiel", "mobiel nummer", "tel",
       "phone")),
    _F("crebo", "crebo", ("crebo", "crebocode", "crebonummer", "opleidingscode"),
       required_new=True),
    _F("leerweg", "leerweg", ("leerweg",)),
    _F("niveau", "niveau", ("niveau", "level")),
    _F("cohort", "cohort", ("cohort", "startjaar", "instroomjaar"), required_new=True),
    _F("class_group", "klas", ("klas", "klasgroep", "klascode", "groep", "class")),
    _F("mentor", "mentor", ("mentor", "bpv-begeleider", "stagebegeleider", "begeleider")),
    _F("enrolled_on", "inschrijfdatum", ("inschrijfdatum", "datum inschrijving",
       "ingangsdatum", "startdatum", "enrolled on")),
    _F("guardian_name", "wettelijk vertegenwoordiger", ("wettelijk vertegenwoordiger",
       "ouder/verzorger", "naam ouder", "naam ouder/verzorger", "guardian")),
    _F("guardian_email", "e-mail vertegenwoordiger", ("e-mail vertegenwoordiger",
       "e-mail wettelijk vertegenwoordiger", "e-mail ouder", "e-mail ouder/verzorger",
       "guardian email")),
)  # fmt: skip

COMPANY_FIELDS = (
    _F("kvk_number", "KvK-nummer", ("kvk-nummer", "kvk", "kvknr", "kvk nummer",
       "kamer van koophandel", "kvk number"), required=True),
    _F("name", "bedrijfsnaam", ("bedrijfsnaam", "naam", "naam bedrijf", "leerbedrijf",
       "handelsnaam", "organisatie", "company", "name"), required_new=True),
    _F("sbb_id", "SBB-id", ("sbb-id", "leerbedrijf-id", "leerbedrijfid", "sbb nummer",
       "sbbnummer", "sbb")),
    _F("address", "adres", ("adres", "straat", "straatnaam", "bezoekadres", "address",
       "street")),
    _F("house_number", "huisnummer", ("huisnummer", "huisnr", "nummer", "house number")),
    _F("postcode", "postcode", ("postcode", "post code", "zip")),
    _F("city", "plaats", ("plaats", "woonplaats", "vestigingsplaats", "stad", "city")),
    _F("sector", "sector", ("sector", "sectorkamer")),
    _F("capacity", "capaciteit", ("capaciteit", "plaatsen", "aantal plaatsen",
       "stageplaatsen", "capacity")),
    _F("email", "e-mail", ("e-mail", "emailadres", "e-mailadres", "mail")),
    _F("phone", "telefoon", ("telefoon", "telefoonnummer", "tel", "phone")),
)  # fmt: skip

PROGRAMME_FIELDS = (
    _F("crebo", "crebo", ("crebo", "crebocode", "crebonummer", "kwalificatiecode"),
       required=True),
    _F("name", "opleiding", ("opleiding", "naam", "opleidingsnaam", "naam opleiding",
       "kwalificatie", "name"), required_new=True),
    _F("niveau", "niveau", ("niveau", "level"), required_new=True),
    _F("leerweg", "leerweg", ("leerweg",), required_new=True),
    _F("sector", "sector", ("sector", "sectorkamer"), required_new=True),
)  # fmt: skip

FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.STUDENTS: STUDENT_FIELDS,
    ImportKind.COMPANIES: COMPANY_FIELDS,
    ImportKind.PROGRAMMES: PROGRAMME_FIELDS,
}

Mapping_ = dict[str, str]  # field key → file header

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """A header folded for matching: ``"E-mail adres"`` and ``"emailAdres"`` → ``"emailadres"``."""
    return _NOT_ALNUM.sub("", fold(header))


def field_for(kind: ImportKind, name: str) -> ImportField:
    """The field of ``kind`` called ``name`` (its key, label or any alias, folded)."""
    wanted = header_key(name)
    for f in FIELDS[kind]:
        if wanted in {header_key(f.key), header_key(f.label), *map(header_key, f.aliases)}:
            return f
    known = ", ".join(f.key for f in FIELDS[kind])
    raise ValidationError("mapping", f"{kind.value} have no field {name!r} (known: {known})")


def auto_mapping(kind: ImportKind, headers: Iterable[str]) -> Mapping_:
    """The field each header means by its name; a header feeds at most one field, and the
    most specific alias wins (a file with "roepnaam" and "voornaam" maps the roepnaam)."""
    by_key: dict[str, str] = {}
    for header in headers:
        if header:
            by_key.setdefault(header_key(header), header)
    mapping: Mapping_ = {}
    used: set[str] = set()
    for f in FIELDS[kind]:
        for alias in (f.key, *f.aliases):
            found = by_key.get(header_key(alias))
            if found is not None and found not in used:
                mapping[f.key] = found
                used.add(found)
                break
    return mapping


def check_mapping(kind: ImportKind, given: Mapping[str, object]) -> Mapping_:
    """A given mapping with its fields named by their keys; refuses unknown fields and
    non-text columns. An empty column (or null) says: do not read this field."""
    mapping: Mapping_ = {}
    for name, header in given.items():
        f = field_for(kind, str(name))
        if header is None:
            header = ""
        if not isinstance(header, str):
            raise ValidationError("mapping", f"the column for {name!r} must be text")
        mapping[f.key] = header
    return mapping


@dataclass(frozen=True)
class ResolvedMapping:
    mapping: Mapping_  # field key → header, only headers the file has
    missing: tuple[ImportField, ...]  # required fields without a column
    unknown: tuple[tuple[str, str], ...]  # (field key, header) given but not in the file


def resolve_mapping(
    kind: ImportKind,
    headers: Iterable[str],
    *,
    remembered: Mapping[str, str] | None = None,
    given: Mapping[str, str] | None = None,
) -> ResolvedMapping:
    """Automatic mapping, overridden by the remembered one (where the file has the column),
    overridden by the given one. A field given (or remembered) with the column "" is not read.
    A given column the file lacks is reported as ``unknown``; a remembered one is simply
    skipped (it was for another file)."""
    present = [h for h in headers if h]
    mapping = auto_mapping(kind, present)
    unknown = []
    for layer, report in ((remembered or {}, False), (given or {}, True)):
        for key, header in layer.items():
            if header == "":
                mapping.pop(key, None)
                continue
            if header not in present:
                if report:
                    unknown.append((key, header))
                continue
            # One column feeds one field: the later choice takes it from an earlier one.
            mapping = {k: h for k, h in mapping.items() if h != header}
            mapping[key] = header
    missing = tuple(f for f in FIELDS[kind] if f.required and f.key not in mapping)
    return ResolvedMapping(mapping, missing, tuple(unknown))


@dataclass(frozen=True, order=True)
class RowProblem:
    """One thing wrong in an import file: the row as the user sees it (the header is row 1;
    0 is the file as a whole), the column as the file names it, and why."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        return (
            f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"
        )
