"""The bpv protocol checklists: parse a school's TOML checklist file into a checked Checklist.

A checklist is data the school edits (resources/checklists/, one file per visit type), so
every mistake in a file is reported as a ``ChecklistError`` that names the file, where in it
(line, or section and item) and why. Item ids are stable: stored answers refer to them.
Items are phrased so that "ja" (yes) is the good answer; an item may name the concern a
"nee" suggests (see ``suggested_concerns``).

``load_checklists`` reads a directory of such files (the only I/O here, kept to one
function so the service that overlays a store's own copies can use the pure
``checklist_set``).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import ValidationError

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")
ID_MAX_LENGTH = 50
TEXT_MAX_LENGTH = 500
FILE_SUFFIX = ".toml"


class Answer(StrEnum):
    """An answer to a checklist item: ja, nee, niet van toepassing."""

    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "na"


class VisitConcern(StrEnum):
    """A concern a mentor records on a visit; a held visit with one needs the office's look."""

    UNSAFE_SITUATION = "unsafe_situation"
    NO_SUPERVISION = "no_supervision"
    DISCRIMINATION_SIGNALS = "discrimination_signals"
    OTHER = "other"


class ChecklistError(ValidationError):
    """A checklist file (or a store's copy of one) that cannot be used, and why.

    ``source`` is the file name, ``where`` the place in it ("line 12", "section 2
    'afspraken', item 3 'uren'"), ``message`` what is wrong there.
    """

    def __init__(self, source: str, where: str, message: str, *, line: int | None = None):
        place = f"{source}, {where}" if where else source
        super().__init__(place, message)
        self.source = source
        self.where = where
        self.line = line


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    hint: str | None = None
    # The concern a "no" to this item suggests to the mentor (never set automatically).
    concern: VisitConcern | None = None


@dataclass(frozen=True)
class ChecklistSection:
    id: str
    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    visit_type: VisitType
    version: int
    title: str
    sections: tuple[ChecklistSection, ...]
    source_name: str = ""
    # sha256 of the file text: tells two texts with the same id and version apart.
    digest: str = ""

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def item(self, item_id: str) -> ChecklistItem | None:
        for item in self.items:
            if item.id == item_id:
                return item
        return None


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- parsing ---------------------------------------------------------------------------------

_TOP_KEYS = {"id": True, "visit_type": True, "version": True, "title": True, "sections": True}
_SECTION_KEYS = {"id": True, "title": True, "items": True}
_ITEM_KEYS = {"id": True, "text": True, "hint": False, "concern": False}
_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse_checklist(source_name: str, text: str) -> Checklist:
    """The checklist in ``text`` (TOML); ``source_name`` (the file name) names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _LINE.search(message)
        if found is not None:
            line = int(found.group(1))
            why = _LINE.sub(f"(column {found.group(2)})", message)
        else:
            line = len(text.rstrip("\n").split("\n"))
            why = message
        raise ChecklistError(
            source_name, f"line {line}", f"is not valid TOML: {why}", line=line
        ) from None
    _check_keys(source_name, "", data, _TOP_KEYS)
    checklist_id = _identifier(source_name, "", "id", data["id"])
    visit_type = _visit_type(source_name, data["visit_type"])
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ChecklistError(source_name, "", f"version: must be a whole number, got {version!r}")
    if version < 1:
        raise ChecklistError(source_name, "", f"version: must be at least 1, got {version}")
    title = _text(source_name, "", "title", data["title"])
    raw_sections = data["sections"]
    if not isinstance(raw_sections, list) or not raw_sections:
        raise ChecklistError(
            source_name, "", "sections: must be one or more [[sections]] tables, got none"
        )
    sections: list[ChecklistSection] = []
    section_ids: set[str] = set()
    item_ids: dict[str, str] = {}
    for n, raw in enumerate(raw_sections, start=1):
        where = f"section {n}"
        if not isinstance(raw, dict):
            raise ChecklistError(source_name, where, "must be a [[sections]] table")
        section_id = _identifier(source_name, where, "id", _required(source_name, where, raw))
        where = f"section {n} {section_id!r}"
        _check_keys(source_name, where, raw, _SECTION_KEYS)
        if section_id in section_ids:
            raise ChecklistError(source_name, where, "id: is used by an earlier section too")
        section_ids.add(section_id)
        section_title = _text(source_name, where, "title", raw["title"])
        raw_items = raw["items"]
        if not isinstance(raw_items, list) or not raw_items:
            raise ChecklistError(
                source_name, where, "items: a section needs at least one [[sections.items]]"
            )
        items = tuple(
            _item(source_name, where, m, raw_item, item_ids)
            for m, raw_item in enumerate(raw_items, start=1)
        )
        sections.append(ChecklistSection(section_id, section_title, items))
    return Checklist(
        checklist_id,
        visit_type,
        version,
        title,
        tuple(sections),
        source_name,
        digest_of(text),
    )


def _item(source: str, section_where: str, n: int, raw: Any, seen: dict[str, str]) -> ChecklistItem:
    where = f"{section_where}, item {n}"
    if not isinstance(raw, dict):
        raise ChecklistError(source, where, "must be a [[sections.items]] table")
    item_id = _identifier(source, where, "id", _required(source, where, raw))
    where = f"{section_where}, item {n} {item_id!r}"
    _check_keys(source, where, raw, _ITEM_KEYS)
    if item_id in seen:
        raise ChecklistError(
            source,
            where,
            f"id: is used by another item too (in {seen[item_id]}); ids must be "
            "unique in the file because stored answers refer to them",
        )
    seen[item_id] = section_where
    text = _text(source, where, "text", raw["text"])
    hint = _text(source, where, "hint", raw["hint"]) if "hint" in raw else None
    concern: VisitConcern | None = None
    if "concern" in raw:
        value = raw["concern"]
        allowed = ", ".join(c.value for c in VisitConcern)
        if not isinstance(value, str) or value not in VisitConcern._value2member_map_:
            raise ChecklistError(source, where, f"concern: must be one of {allowed}, got {value!r}")
        concern = VisitConcern(value)
    return ChecklistItem(item_id, text, hint, concern)


def _required(source: str, where: str, table: dict[str, Any], key: str = "id") -> Any:
    if key not in table:
        raise ChecklistError(source, where, f"{key}: is missing")
    return table[key]


def _check_keys(source: str, where: str, table: dict[str, Any], keys: dict[str, bool]) -> None:
    for key, required in keys.items():
        if required and key not in table:
            raise ChecklistError(source, where, f"{key}: is missing")
    unknown = sorted(set(table) - set(keys))
    if unknown:
        allowed = ", ".join(keys)
        raise ChecklistError(
            source, where, f"{unknown[0]}: is not a known field (known: {allowed})"
        )


def _identifier(source: str, where: str, field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ChecklistError(source, where, f"{field}: must be text, got {_kind(value)}")
    if not ID_PATTERN.fullmatch(value) or len(value) > ID_MAX_LENGTH:
        raise ChecklistError(
            source,
            where,
            f"{field}: {value!r} must be lower-case letters, digits, '-' or '_' "
            f"(at most {ID_MAX_LENGTH}, starting with a letter or digit)",
        )
    return value


def _text(source: str, where: str, field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ChecklistError(source, where, f"{field}: must be text, got {_kind(value)}")
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ChecklistError(source, where, f"{field}: is empty")
    if len(cleaned) > TEXT_MAX_LENGTH:
        raise ChecklistError(
            source, where, f"{field}: is {len(cleaned)} characters, at most {TEXT_MAX_LENGTH}"
        )
    return cleaned


def _visit_type(source: str, value: Any) -> VisitType:
    allowed = ", ".join(t.value for t in VisitType)
    if not isinstance(value, str) or value not in VisitType._value2member_map_:
        raise ChecklistError(source, "", f"visit_type: must be one of {allowed}, got {value!r}")
    return VisitType(value)


def _kind(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list"}
    if isinstance(value, dict):
        return "a table"
    return names.get(type(value), type(value).__name__)


# -- sets of checklists ----------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistSet:
    """The checklists in force: at most one per visit type, ids unique."""

    checklists: tuple[Checklist, ...]

    def for_type(self, visit_type: VisitType) -> Checklist | None:
        for checklist in self.checklists:
            if checklist.visit_type is visit_type:
                return checklist
        return None

    def get(self, checklist_id: str) -> Checklist | None:
        for checklist in self.checklists:
            if checklist.id == checklist_id:
                return checklist
        return None


def checklist_set(texts: Mapping[str, str]) -> ChecklistSet:
    """Parse ``texts`` (file name → text) into a set, by file name; refuse clashes."""
    parsed = [parse_checklist(name, texts[name]) for name in sorted(texts)]
    return _checked_set(parsed)


def _checked_set(checklists: Iterable[Checklist]) -> ChecklistSet:
    by_id: dict[str, Checklist] = {}
    by_type: dict[VisitType, Checklist] = {}
    for checklist in checklists:
        if (other := by_id.get(checklist.id)) is not None:
            raise ChecklistError(
                checklist.source_name,
                "",
                f"id: {checklist.id!r} is used by {other.source_name} too",
            )
        if (other := by_type.get(checklist.visit_type)) is not None:
            raise ChecklistError(
                checklist.source_name,
                "",
                f"visit_type: {other.source_name} is the checklist for "
                f"{checklist.visit_type.value!r} visits already; keep one file per visit type",
            )
        by_id[checklist.id] = by_type[checklist.visit_type] = checklist
    return ChecklistSet(
        tuple(sorted(by_id.values(), key=lambda c: list(VisitType).index(c.visit_type)))
    )


def load_checklists(directory: Path) -> ChecklistSet:
    """The ``*.toml`` checklists in ``directory``; a file that cannot be read is named."""
    return checklist_set(read_checklist_texts(directory))


def read_checklist_texts(directory: Path) -> dict[str, str]:
    """File name → text of the ``*.toml`` files in ``directory``."""
    if not directory.is_dir():
        raise ChecklistError(str(directory), "", "is not a folder of checklists")
    texts: dict[str, str] = {}
    for path in sorted(directory.glob(f"*{FILE_SUFFIX}")):
        try:
            texts[path.name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ChecklistError(path.name, "", f"cannot be read: {exc}") from None
    return texts


def suggested_concerns(
    checklist: Checklist, answers: Mapping[str, Answer | None]
) -> frozenset[VisitConcern]:
    """The concerns the items answered "no" point at (a suggestion to the mentor)."""
    found: set[VisitConcern] = set()
    for item in checklist.items:
        if item.concern is not None and answers.get(item.id) is Answer.NO:
            found.add(item.concern)
    return frozenset(found)
