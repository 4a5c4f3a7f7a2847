"""Letter templates the office edits: a header block, then text with named placeholders.

A template file (``resources/letters/*.txt``, UTF-8) looks like this::

    id: herinnering-pok
    titel: Herinnering ondertekening praktijkovereenkomst
    ontvanger: student            # student, bedrijf, ouder or sbb
    betreft: Je praktijkovereenkomst bij {bedrijf.naam}
    kopie-ouder: ja               # a minor's letter also goes to the legal guardian
    ---
    {aanhef},

    Je begint op {plaatsing.begindatum} bij **{bedrijf.naam}**.

    - een lijstje
    - van punten

The body's paragraphs are separated by blank lines; inside a paragraph a line break stays a
line break. ``**...**`` is bold, a line starting with ``- `` a list item. ``{naam}`` is a
placeholder, ``{naam|tekst}`` one that falls back to ``tekst`` when it has no value, and
``{{``/``}}`` are literal braces. Every mistake names the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from xml.sax.saxutils import escape

from stagedesk.domain.errors import StageDeskError


class RecipientKind(StrEnum):
    """Who a template's letter is addressed to (the values in the ``ontvanger`` header)."""

    STUDENT = "student"
    COMPANY = "bedrijf"
    GUARDIAN = "ouder"
    SBB = "sbb"


class LetterTemplateError(StageDeskError):
    """A template that cannot be used: names the file, the line and, if any, the placeholder."""

    def __init__(
        self,
        source: str,
        line: int | None,
        message: str,
        *,
        placeholder: str | None = None,
        student_number: str | None = None,
    ) -> None:
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.placeholder = placeholder
        self.student_number = student_number


@dataclass(frozen=True)
class Placeholder:
    name: str
    fallback: str | None
    line: int


@dataclass(frozen=True)
class Run:
    """A piece of a block: literal text or a placeholder, bold or not."""

    text: str | Placeholder
    bold: bool


@dataclass(frozen=True)
class Block:
    list_item: bool
    lines: tuple[tuple[Run, ...], ...]


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: str
    recipient: RecipientKind
    guardian_copy: bool
    subject: tuple[Run, ...]
    body: tuple[Block, ...]
    source: str

    def placeholders(self) -> list[Placeholder]:
        """Every placeholder, in the order of the file."""
        found = [run.text for run in self.subject if isinstance(run.text, Placeholder)]
        for block in self.body:
            for line in block.lines:
                found += [run.text for run in line if isinstance(run.text, Placeholder)]
        return found

    def check_names(self, known: Collection[str]) -> None:
        """Refuse a placeholder the program cannot fill (a typo, usually)."""
        for p in self.placeholders():
            if p.name not in known:
                raise LetterTemplateError(
                    self.source,
                    p.line,
                    f"unknown placeholder {{{p.name}}}; known are: " + ", ".join(sorted(known)),
                    placeholder=p.name,
                )

    def check_values(self, values: Mapping[str, str | None], student_number: str) -> None:
        """Refuse to fill the template when a placeholder without fallback has no value."""
        for p in self.placeholders():
            if p.fallback is None and not values.get(p.name):
                raise LetterTemplateError(
                    self.source,
                    p.line,
                    f"{{{p.name}}} has no value for student {student_number}",
                    placeholder=p.name,
                    student_number=student_number,
                )

    def subject_text(self, values: Mapping[str, str | None]) -> str:
        """The subject line as plain text (for the register and the PDF's title)."""
        return "".join(_value(run.text, values) for run in self.subject)

    def fill(self, values: Mapping[str, str | None]) -> list[tuple[bool, str]]:
        """The body as (is list item, ReportLab paragraph markup) pairs, values escaped."""
        return [
            (b.list_item, "<br/>".join(_markup(line, values) for line in b.lines))
            for b in self.body
        ]


def _value(text: str | Placeholder, values: Mapping[str, str | None]) -> str:
    if isinstance(text, str):
        return text
    value = values.get(text.name)
    return value if value else (text.fallback or "")


def _markup(line: tuple[Run, ...], values: Mapping[str, str | None]) -> str:
    parts = []
    bold = False
    for run in line:
        if run.bold != bold:
            parts.append("<b>" if run.bold else "</b>")
            bold = run.bold
        parts.append(escape(_value(run.text, values)))
    if bold:
        parts.append("</b>")
    return "".join(parts)


_HEADER_LINE = re.compile(r"([a-z-]+)\s*:\s*(.*?)\s*(?:#.*)?")
_NAME = re.compile(r"[a-z_]+(\.[a-z_]+)*")
_YES = {"ja": True, "nee": False}


def parse_template(source: str, text: str) -> LetterTemplate:
    """Read a template file's text; ``source`` names the file in error messages."""
    lines = text.replace("\r\n", "\n").split("\n")
    header: dict[str, tuple[str, int]] = {}
    body_start = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == "---":
            body_start = number
            break
        if not stripped or stripped.startswith("#"):
            continue
        match = _HEADER_LINE.fullmatch(stripped)
        if match is None:
            raise LetterTemplateError(
                source,
                number,
                f"expected 'key: value' or the '---' line before the text, got {stripped!r}",
            )
        key, value = match.groups()
        if key not in _HEADER_KEYS:
            known = ", ".join(_HEADER_KEYS)
            raise LetterTemplateError(source, number, f"unknown header {key!r} (known: {known})")
        header[key] = (value, number)
    if body_start is None:
        raise LetterTemplateError(source, None, "no '---' line between header and text")
    for key in ("id", "titel", "ontvanger", "betreft"):
        if not header.get(key, ("", 0))[0]:
            raise LetterTemplateError(source, None, f"the header has no {key!r}")
    kind_text, kind_line = header["ontvanger"]
    try:
        kind = RecipientKind(kind_text)
    except ValueError:
        kinds = ", ".join(k.value for k in RecipientKind)
        raise LetterTemplateError(
            source, kind_line, f"ontvanger {kind_text!r} is not one of: {kinds}"
        ) from None
    copy_text, copy_line = header.get("kopie-ouder", ("nee", 0))
    if copy_text not in _YES:
        raise LetterTemplateError(
            source, copy_line, f"kopie-ouder must be ja or nee, not {copy_text!r}"
        )
    subject_text, subject_line = header["betreft"]
    subject = _runs(source, subject_line, subject_text)
    body = _blocks(source, lines[body_start:], body_start + 1)
    if not body:
        raise LetterTemplateError(source, body_start, "the letter has no text after '---'")
    return LetterTemplate(
        id=header["id"][0],
        title=header["titel"][0],
        recipient=kind,
        guardian_copy=_YES[copy_text],
        subject=tuple(subject),
        body=tuple(body),
        source=source,
    )


_HEADER_KEYS = ("id", "titel", "ontvanger", "betreft", "kopie-ouder")


def _blocks(source: str, lines: list[str], first_number: int) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[tuple[Run, ...]] = []

    def close() -> None:
        if paragraph:
            blocks.append(Block(False, tuple(paragraph)))
            paragraph.clear()

    for number, raw in enumerate(lines, start=first_number):
        line = raw.rstrip()
        if not line.strip():
            close()
        elif line.startswith("- "):
            close()
            blocks.append(Block(True, (tuple(_runs(source, number, line[2:].strip())),)))
        else:
            paragraph.append(tuple(_runs(source, number, line.strip())))
    close()
    return blocks


_TOKEN = re.compile(r"\{\{|\}\}|\*\*|\{[^{}]*\}|[{}]")


def _runs(source: str, number: int, text: str) -> list[Run]:
    runs: list[Run] = []
    bold = False
    position = 0

    def literal(piece: str) -> None:
        if piece:
            runs.append(Run(piece, bold))

    for match in _TOKEN.finditer(text):
        literal(text[position : match.start()])
        position = match.end()
        token = match.group()
        if token in ("{{", "}}"):
            literal(token[0])
        elif token == "**":
            bold = not bold
        elif token in ("{", "}"):
            raise LetterTemplateError(
                source, number, f"a lone {token!r}; write {token * 2} for a brace"
            )
        else:
            runs.append(Run(_placeholder(source, number, token[1:-1]), bold))
    literal(text[position:])
    if bold:
        raise LetterTemplateError(source, number, "'**' opened but not closed on this line")
    return _merged(runs)


def _placeholder(source: str, number: int, inner: str) -> Placeholder:
    name, bar, fallback = inner.partition("|")
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise LetterTemplateError(
            source, number, f"{{{inner}}} is not a placeholder name like {{student.naam}}"
        )
    return Placeholder(name, fallback if bar else None, number)


def _merged(runs: list[Run]) -> list[Run]:
    """Adjacent literal runs of the same weight as one (fewer pieces to join per letter)."""
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if (
            last is not None
            and isinstance(last.text, str)
            and isinstance(run.text, str)
            and last.bold == run.bold
        ):
            out[-1] = Run(last.text + run.text, run.bold)
        else:
            out.append(run)
    return out
