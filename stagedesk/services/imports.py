"""Import students, companies or programmes from a CSV or Excel file: check, then all or nothing.

``import_file`` reads the file (services.imports_read), maps its columns to the import's
fields (domain.imports: automatic, overridden by the mapping remembered for this kind, then
by one given), checks every row against the store and lists every problem by row and column.
With ``dry_run`` it stops there; otherwise, and only when no row has a problem, it writes all
rows in the same single transaction (bulk inserts and updates, in chunks) and remembers the
mapping. A refused, failed or cancelled import changes nothing.

Coordinators and admins may import. The work reports progress and asks a cancel flag between
chunks, so the window can run it on a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.errors import ValidationError
from stagedesk.domain.imports import (
    FIELDS,
    ImportField,
    ImportKind,
    ResolvedMapping,
    RowProblem,
    check_mapping,
    resolve_mapping,
)
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.imports_base import (
    Cancelled,
    ImportCancelled,
    ImportCounts,
    Importer,
    Progress,
    stop_if,
)
from stagedesk.services.imports_companies import CompanyImporter
from stagedesk.services.imports_programmes import ProgrammeImporter
from stagedesk.services.imports_read import ImportFileError, read_table
from stagedesk.services.imports_students import StudentImporter
from stagedesk.store.office import Setting

__all__ = [
    "FIELDS",
    "ImportCancelled",
    "ImportField",
    "ImportFileError",
    "ImportKind",
    "ImportResult",
    "ResolvedMapping",
    "RowProblem",
    "file_columns",
    "import_file",
    "proposed_mapping",
    "mapping_setting_key",
    "remember_mapping",
    "remembered_mapping",
]

IMPORTERS: dict[ImportKind, type[Importer]] = {
    ImportKind.STUDENTS: StudentImporter,
    ImportKind.COMPANIES: CompanyImporter,
    ImportKind.PROGRAMMES: ProgrammeImporter,
}
CHECK_EVERY = 1_000  # rows between progress reports and cancel checks while checking


@dataclass(frozen=True)
class ImportResult:
    """What an import did, or would do (``dry_run``), and every problem that stops it."""

    kind: ImportKind
    file: str
    rows: int  # data rows read (blank rows not counted)
    added: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]
    dry_run: bool
    mapping: dict[str, str] = field(default_factory=dict)  # field key → file column

    @property
    def committed(self) -> bool:
        return not self.dry_run and not self.problems


def mapping_setting_key(kind: ImportKind) -> str:
    return f"import:mapping:{kind.value}"


def remembered_mapping(
    sessions: sessionmaker[Session], actor: Actor, kind: ImportKind
) -> dict[str, str]:
    """The column mapping last used for ``kind`` (field key → file column); {} if none."""
    require(actor, CASE_WORKERS, "import")
    with sessions() as session:
        return _remembered(session, kind)


def remember_mapping(
    sessions: sessionmaker[Session], actor: Actor, kind: ImportKind, mapping: Mapping[str, str]
) -> None:
    """Store ``mapping`` as the one to start from next time for ``kind``."""
    require(actor, CASE_WORKERS, "import")
    clean = check_mapping(kind, mapping)
    with sessions.begin() as session:
        _store_mapping(session, kind, clean)


def file_columns(path: str | Path) -> tuple[str, ...]:
    """The column names in the file's first row (``ImportFileError`` if it cannot be read)."""
    table = read_table(path)
    close = getattr(table.rows, "close", None)
    if close is not None:
        close()  # an .xlsx workbook stays open until its rows are read or closed
    return tuple(h for h in table.headers if h)


def proposed_mapping(
    sessions: sessionmaker[Session], actor: Actor, kind: ImportKind, columns: Sequence[str]
) -> ResolvedMapping:
    """The mapping an import of a file with ``columns`` starts from: automatic, then the one
    remembered for ``kind``; with the required fields it still lacks."""
    return resolve_mapping(kind, columns, remembered=remembered_mapping(sessions, actor, kind))


def _remembered(session: Session, kind: ImportKind) -> dict[str, str]:
    setting = session.get(Setting, mapping_setting_key(kind))
    if setting is None or not isinstance(setting.value, dict):
        return {}
    try:
        return check_mapping(kind, setting.value)
    except ValidationError:
        return {}  # a mapping from another version of the program: start afresh


def _store_mapping(session: Session, kind: ImportKind, mapping: Mapping[str, str]) -> None:
    setting = session.get(Setting, mapping_setting_key(kind))
    if setting is None:
        session.add(Setting(key=mapping_setting_key(kind), value=dict(mapping)))
    elif setting.value != dict(mapping):
        setting.value = dict(mapping)


def import_file(
    sessions: sessionmaker[Session],
    actor: Actor,
    kind: ImportKind,
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportResult:
    """Check ``path`` and, unless ``dry_run`` or any row has a problem, import it.

    ``mapping`` (field → file column; a field may be named by any of its Dutch names) overrides
    the automatic and the remembered mapping. Raises ``PermissionDenied``, ``ValidationError``
    for a mapping naming unknown fields, ``ImportCancelled`` when ``cancelled()`` says so, and
    ``Conflict`` when someone changed the same records meanwhile; in every such case, and
    whenever the result has problems, the store is unchanged.
    """
    require(actor, CASE_WORKERS, f"import {kind.value}")
    given = check_mapping(kind, mapping or {})
    report: Progress = progress or (lambda phase, done, total: None)
    stop: Cancelled = cancelled or (lambda: False)
    today = today or date.today()
    file = Path(path).name

    columns: dict[str, int] = {}

    def refused(
        problems: list[RowProblem], rows: int = 0, used: dict[str, str] | None = None
    ) -> ImportResult:
        # By row, then in the order of the file's columns (fields without a column last).
        ordered = sorted(problems, key=lambda p: (p.row, columns.get(p.column, len(columns))))
        return ImportResult(kind, file, rows, 0, 0, 0, tuple(ordered), dry_run, used or {})

    try:
        table = read_table(path)
    except ImportFileError as exc:
        return refused([_file_problem(exc)])
    columns.update((header, index) for index, header in enumerate(table.headers))

    with sessions.begin() as session:
        resolved = resolve_mapping(
            kind, table.headers, remembered=_remembered(session, kind), given=given
        )
        used = resolved.mapping
        problems = [
            RowProblem(1, header, f"the file has no column {header!r} (given for {key})")
            for key, header in resolved.unknown
        ]
        problems += [
            RowProblem(1, f.label, "no column for this required field; choose one in the mapping")
            for f in resolved.missing
        ]
        if problems:
            return refused(problems, used=used)

        importer = IMPORTERS[kind](today)
        importer.load(session)
        label = {f.key: f.label for f in FIELDS[kind]}
        total = table.total_rows or 0
        rows = 0
        try:
            for number, cells in table.rows:
                rows += 1
                raw = {key: cells[header] for key, header in used.items()}
                for error in importer.check(number, raw):
                    column = used.get(error.field) or label.get(error.field, error.field)
                    problems.append(RowProblem(number, column, error.message))
                if rows % CHECK_EVERY == 0:
                    stop_if(stop)
                    report("check", rows, max(total, rows))
        except ImportFileError as exc:
            problems.append(_file_problem(exc))
        problems += [_file_problem(exc) for exc in table.skipped]
        report("check", rows, rows)
        if problems:
            return refused(problems, rows, used)
        if dry_run:
            counts = ImportCounts(len(importer.inserts), len(importer.updates), importer.unchanged)
            return ImportResult(
                kind, file, rows, counts.added, counts.updated, counts.unchanged, (), True, used
            )
        counts = importer.write(session, report, stop)
        _record_in_trail(session, actor, kind, file, counts)
        skipped = {key: "" for key, header in given.items() if not header}
        _store_mapping(session, kind, used | skipped)
        stop_if(stop)  # a cancel that came during the last chunk still undoes it all
    return ImportResult(
        kind, file, rows, counts.added, counts.updated, counts.unchanged, (), False, used
    )


_ENTITY = {
    ImportKind.STUDENTS: "student",
    ImportKind.COMPANIES: "company",
    ImportKind.PROGRAMMES: "programme",
}


def _record_in_trail(
    session: Session, actor: Actor, kind: ImportKind, file: str, counts: ImportCounts
) -> None:
    """One audit entry per import and action, with counts: the rows are written in bulk, not
    through the ORM session ``audit.track`` watches, and one entry per row would cost more
    than the import itself at 50,000 students."""
    for action, count in ((audit.CREATE, counts.added), (audit.CHANGE, counts.updated)):
        if count:
            after = {"import": file, "records": count}
            audit.record(session, actor, action, _ENTITY[kind], None, after=after)


def _file_problem(exc: ImportFileError) -> RowProblem:
    return RowProblem(exc.row or 0, exc.column or "", exc.message)
