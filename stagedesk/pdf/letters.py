"""A filled letter as flowables: address block, place and date, reference, subject, body.

The paragraph styles are made once per process and shared by every letter. In a batch most
paragraphs are the same in every letter (the template's fixed text, or text that varies only
with the programme or mentor): a ``ParagraphCache`` lays such a paragraph out once and, from
its second use on, draws it once per file and repeats the drawing operators it wrote, so a
merged batch neither breaks nor encodes the same lines a thousand times. (Repeating the
operators inline costs less than placing a form: no resource entry per page, no object.)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer  # type: ignore[import-untyped]

from stagedesk.pdf.document import GREY, Part
from stagedesk.pdf.fonts import BOLD, FAMILY, REGULAR, register_fonts


@dataclass(frozen=True)
class Letter:
    """Everything one letter shows; ``body`` is (is list item, paragraph markup) pairs."""

    reference: str
    recipient_lines: tuple[str, ...]
    place_and_date: str  # "Utrecht, 24 november 2026"
    subject: str
    body: tuple[tuple[bool, str], ...]
    title: str = ""


@dataclass(frozen=True)
class Styles:
    address: ParagraphStyle
    small: ParagraphStyle
    subject: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared paragraph styles (fonts registered first)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FAMILY, fontSize=10, leading=14, spaceAfter=7)
    return Styles(
        address=ParagraphStyle("address", parent=body, spaceAfter=0),
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=12, spaceAfter=0),
        subject=ParagraphStyle("subject", parent=body, spaceAfter=0),
        body=body,
        item=ParagraphStyle(
            "item",
            parent=body,
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=3,
            bulletFontSize=9,
            bulletFontName=REGULAR,  # else Helvetica: a base font, not embedded
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontSize=13, leading=17, spaceAfter=4, fontName=FAMILY
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_label=ParagraphStyle(
            "cell_label", parent=body, fontSize=9, leading=11.5, spaceAfter=0, textColor=GREY
        ),
    )


class _Reused(Flowable):  # type: ignore[misc]
    """A paragraph seen before in this run: wrapped once per width, drawn once per canvas
    (the operators are repeated after that)."""

    def __init__(self, para: Paragraph, key: str) -> None:
        super().__init__()
        self._para = para
        self._key = key
        self._sizes: dict[float, tuple[float, float]] = {}
        self._wrapped_at: float | None = None
        self._avail = 0.0
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = self._sizes.get(availWidth)
        if size is None:
            size = self._sizes[availWidth] = self._para.wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        self.width, self.height = size
        self._avail = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = self._para.split(availWidth, availHeight)
        self._wrapped_at = None  # split may re-wrap the paragraph at another width
        return parts

    def getSpaceBefore(self) -> float:
        return float(self._para.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._para.getSpaceAfter())

    def draw(self) -> None:
        canv = self.canv
        # The drawing operators of each paragraph, per canvas: they name the canvas's fonts.
        drawn: dict[tuple[str, float], list[str]] = canv.__dict__.setdefault("_stagedesk_drawn", {})
        key = (self._key, self._avail)
        code = drawn.get(key)
        if code is None:
            if self._wrapped_at != self._avail:
                self._para.wrap(self._avail, 1e6)
                self._wrapped_at = self._avail
            start = len(canv._code)
            self._para.drawOn(canv, 0, 0)
            drawn[key] = canv._code[start:]
        else:
            canv._code.extend(code)


class ParagraphCache:
    """Paragraphs of one run by style and markup: see the module docstring. Not shared
    between threads."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str, str | None]] = set()
        self._reused: dict[tuple[str, str, str | None], _Reused] = {}

    def paragraph(self, markup: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
        key = (style.name, markup, bullet)
        found = self._reused.get(key)
        if found is not None:
            return found
        para = Paragraph(markup, style, bulletText=bullet)
        if key not in self._seen:
            self._seen.add(key)  # once so far: a plain paragraph, no form for it
            return para
        digest = hashlib.blake2b(repr(key).encode(), digest_size=8).hexdigest()
        reused = self._reused[key] = _Reused(para, digest)
        return reused


class _Heading(Flowable):  # type: ignore[misc]
    """Address block, place and date, reference and subject: plain lines drawn directly
    (no markup to parse: these differ in every letter, and there are a thousand of them)."""

    _GAPS = (16 * mm, 5 * mm, 7 * mm)  # after the address, after the reference, at the end

    def __init__(self, letter: Letter) -> None:
        super().__init__()
        self._letter = letter
        self._subject: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        subject = f"Betreft: {self._letter.subject}"
        self._subject = simpleSplit(subject, BOLD, 10, availWidth) or [subject]
        lines = len(self._letter.recipient_lines) * 14 + 2 * 12 + len(self._subject) * 14
        self.width, self.height = availWidth, lines + sum(self._GAPS)
        return self.width, self.height

    def draw(self) -> None:
        # One text object for all lines: drawString would begin one, and measure the line
        # for nothing, per line.
        text = self.canv.beginText()
        y = self.height - 10  # the first baseline: a 10-point line's ascent below the top
        letter = self._letter
        reference = (letter.place_and_date, f"Kenmerk: {letter.reference}")
        blocks = (  # font, size, leading, lines, space down to the next block's baseline
            (REGULAR, 10, 14, letter.recipient_lines, self._GAPS[0] + 12 - 14),
            (REGULAR, 9, 12, reference, self._GAPS[1] + 14 - 12),
            (BOLD, 10, 14, self._subject, 0),
        )
        for font, size, leading, lines, gap in blocks:
            text.setTextOrigin(0, y)
            text.setFont(font, size, leading)
            for line in lines:
                text.textLine(line)
            y -= leading * len(lines) + gap
        self.canv.drawText(text)


class _Body(Flowable):  # type: ignore[misc]
    """The body's paragraphs as one flowable, laid out as a frame would lay them out one by
    one (the space between two is the larger of the one's space after and the next one's
    space before). A page takes what fits and the rest goes on as another ``_Body``: a
    one-page letter costs the page layout one flowable instead of a dozen."""

    def __init__(self, children: list[Flowable]) -> None:
        super().__init__()
        self._children = children
        self._placed: list[tuple[Flowable, float]] = []  # child, its bottom from our top
        self.width = self.height = 0.0

    def getSpaceBefore(self) -> float:
        return float(self._children[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._children[-1].getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._placed = []
        y = 0.0
        for index, child in enumerate(self._children):
            y += self._gap(index)
            _, height = child.wrap(availWidth, _UNBOUNDED)
            y += height
            self._placed.append((child, y))
        self.width, self.height = availWidth, y
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fitting: list[Flowable] = []
        rest: list[Flowable] = []
        y = 0.0
        for index, child in enumerate(self._children):
            room = availHeight - y - self._gap(index)
            _, height = child.wrap(availWidth, room)
            if height <= room + _FUZZ:
                fitting.append(child)
                y = availHeight - room + height
                continue
            parts: list[Flowable] = child.split(availWidth, room) if room > 0 else []
            if parts:
                fitting.append(parts[0])
            rest = [*parts[1:], *self._children[index + 1 :]] if parts else self._children[index:]
            break
        if not fitting:
            return []
        return [_Body(fitting), *([_Body(rest)] if rest else [])]

    def _gap(self, index: int) -> float:
        if index == 0:
            return 0.0
        after = self._children[index - 1].getSpaceAfter()
        return float(max(after, self._children[index].getSpaceBefore()))

    def draw(self) -> None:
        for child, bottom in self._placed:
            child.drawOn(self.canv, 0, self.height - bottom)


_UNBOUNDED = 1e6  # paragraphs wrap to their whole height whatever room they are offered
_FUZZ = 1e-6


def letter_part(letter: Letter, cache: ParagraphCache | None = None) -> Part:
    """The letter as one document of a file; pass one ``cache`` for all letters of a run."""
    s = styles()
    cache = cache or ParagraphCache()
    flowables: list[Flowable] = []
    in_list = False
    for list_item, markup in letter.body:
        if list_item:
            flowables.append(cache.paragraph(markup, s.item, "•"))
        else:
            if in_list:
                flowables.append(Spacer(0, 4))  # a list ends with a paragraph's space
            flowables.append(cache.paragraph(markup, s.body))
        in_list = list_item
    body = [_Body(flowables)] if flowables else []
    return Part(letter.reference, [_Heading(letter), *body], letter.title or letter.subject)
