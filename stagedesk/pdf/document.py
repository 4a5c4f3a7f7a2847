"""One PDF file holding one or more documents (letters, overviews) on the school's letterhead.

Every page carries the letterhead (drawn once per file as a form XObject and placed on each
page), and a footer with the document's reference code and "pagina n van m", counted per
document: a merged batch of 1,000 letters numbers each letter's pages on its own. The file is
built in a single pass: a document's last page (the only one of most letters) is finished after
its last flowable, so it prints the total ``m`` itself; the pages before it place a form that the
document defines when its last flowable is drawn (PDF allows pages to use a form defined later).

``write_documents`` reports each finished document to a callback, which may stop the build by
raising; nothing is written to ``target`` then (ReportLab writes only on save).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate  # type: ignore[import-untyped]

from stagedesk.pdf.fonts import BOLD, REGULAR, register_fonts
from stagedesk.pdf.logo import draw_logo

# Binary (compressed) streams, not ASCII85 on top: smaller files, and encoding base 85 in
# Python took a third of the time to save a merged batch.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TOP = 50 * mm  # below the letterhead; the address then sits in a window envelope's window
BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT
GREY = Color(0.35, 0.35, 0.35)
ACCENT = Color(0.0, 0.42, 0.45)  # the school's colour in the drawn logo and rules

_LETTERHEAD_FORM = "sdLetterhead"


@dataclass(frozen=True)
class Letterhead:
    """What the top of every page shows: from the school settings."""

    school_name: str
    address_lines: tuple[str, ...]
    contact_lines: tuple[str, ...]  # phone, e-mail, website: whatever the school filled in
    logo_path: Path | None = None  # an image; None: the drawn StageDesk mark


@dataclass(frozen=True)
class Part:
    """One document in a file: its reference code and its flowables (first page first)."""

    reference: str
    flowables: list[Flowable]
    title: str = ""


@dataclass
class _State:
    index: int = -1
    reference: str = ""
    first_page: int = 1
    total: int | None = None  # the document's page count, once its last flowable is drawn
    forward: bool = False  # a page of the document placed the total form before that
    letterhead_defined: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)  # (first, last) page, 0-based


class _PartStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on belong to document ``index``."""

    def __init__(self, state: _State, index: int, reference: str) -> None:
        super().__init__()
        self._state, self._index, self._reference = state, index, reference
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._state.index = self._index
        self._state.reference = self._reference
        self._state.first_page = self.canv.getPageNumber()
        self._state.total = None
        self._state.forward = False


class _PartEnd(Flowable):  # type: ignore[misc]
    """Zero-size marker after a document's last flowable: defines its page total, reports it."""

    def __init__(self, state: _State, index: int, done: Callable[[int], None] | None) -> None:
        super().__init__()
        self._state, self._index, self._done = state, index, done
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv, state = self.canv, self._state
        last = canv.getPageNumber()
        state.total = last - state.first_page + 1
        state.spans.append((state.first_page - 1, last - 1))
        if state.forward:
            canv.beginForm(_total_form(self._index), lowerx=0, lowery=-3, upperx=40, uppery=10)
            canv.setFont(REGULAR, 8)
            canv.setFillColor(GREY)
            canv.drawString(0, 0, str(state.total))
            canv.endForm()
        if self._done is not None:
            self._done(self._index)


def _total_form(index: int) -> str:
    return f"sdTotal{index}"


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: str | IO[bytes], letterhead: Letterhead, title: str) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            subject=title,
            author=letterhead.school_name,
            creator="StageDesk",
            # Else the canvas starts in Helvetica, and a base font lacks ş and İ.
            initialFontName=REGULAR,
            initialFontSize=10,
        )
        self.letterhead = letterhead
        self.state = _State()
        frame = Frame(
            LEFT, BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body", showBoundary=0
        )
        frame._leftPadding = frame._rightPadding = 0
        frame._topPadding = frame._bottomPadding = 0
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPageEnd=self._decorate_page)]
        )

    def _decorate_page(self, canv: Canvas, doc: Any) -> None:
        if not self.state.letterhead_defined:
            _define_letterhead(canv, self.letterhead)
            self.state.letterhead_defined = True
        canv.doForm(_LETTERHEAD_FORM)
        state = self.state
        if state.index < 0:
            return
        page = canv.getPageNumber() - state.first_page + 1
        text = f"Kenmerk {state.reference}   ·   pagina {page} van "
        canv.setFont(REGULAR, 8)
        canv.setFillColor(GREY)
        if state.total is not None:  # the document's last page
            canv.drawString(LEFT, 12 * mm, f"{text}{state.total}")
            return
        state.forward = True
        canv.drawString(LEFT, 12 * mm, text)
        width = canv.stringWidth(text, REGULAR, 8)
        canv.saveState()
        canv.translate(LEFT + width, 12 * mm)
        canv.doForm(_total_form(state.index))
        canv.restoreState()


def _define_letterhead(canv: Canvas, head: Letterhead) -> None:
    canv.beginForm(_LETTERHEAD_FORM)
    top = PAGE_HEIGHT - 14 * mm
    logo = 17 * mm
    if head.logo_path is not None:
        canv.drawImage(
            str(head.logo_path),
            LEFT,
            top - logo,
            width=logo,
            height=logo,
            preserveAspectRatio=True,
            mask="auto",
        )
    else:
        draw_logo(canv, LEFT, top - logo, logo, ACCENT)
    canv.setFillColor(ACCENT)
    canv.setFont(BOLD, 14)
    canv.drawString(LEFT + logo + 5 * mm, top - 7 * mm, head.school_name)
    canv.setFont(REGULAR, 8.5)
    canv.setFillColor(GREY)
    canv.drawString(LEFT + logo + 5 * mm, top - 12 * mm, "Stagebureau")
    right = PAGE_WIDTH - RIGHT
    # Two right-aligned columns: the postal address, and how to reach the office.
    for column_right, lines in ((right - 62 * mm, head.address_lines), (right, head.contact_lines)):
        y = top - 3 * mm
        for line in lines:
            canv.drawRightString(column_right, y, line)
            y -= 3.8 * mm
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(0.8)
    rule = top - logo - 3 * mm
    canv.line(LEFT, rule, right, rule)
    canv.endForm()


def write_documents(
    target: str | Path | IO[bytes],
    parts: Iterable[Part],
    letterhead: Letterhead,
    *,
    title: str = "",
    on_part_done: Callable[[int], None] | None = None,
) -> list[tuple[int, int]]:
    """Write ``parts`` to ``target``, each starting on a new page; see the module docstring.

    Returns each part's first and last page (0-based): where to cut the file apart.
    """
    register_fonts()
    doc = _Template(str(target) if isinstance(target, Path) else target, letterhead, title)
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        story.append(_PartStart(doc.state, index, part.reference))
        story.extend(part.flowables)
        story.append(_PartEnd(doc.state, index, on_part_done))
    doc.build(story)
    return doc.state.spans
