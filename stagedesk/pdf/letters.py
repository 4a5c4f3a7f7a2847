"""A filled letter as flowables: address block, place and date, reference, subject, body.

The paragraph styles are made once per process and shared by every letter: a batch of a
thousand letters builds a thousand small lists of Paragraphs and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer  # type: ignore[import-untyped]

from stagedesk.pdf.document import GREY, Part
from stagedesk.pdf.fonts import FAMILY, register_fonts


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
            "item", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontSize=9
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontSize=13, leading=17, spaceAfter=4, fontName=FAMILY
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_label=ParagraphStyle(
            "cell_label", parent=body, fontSize=9, leading=11.5, spaceAfter=0, textColor=GREY
        ),
    )


def letter_part(letter: Letter) -> Part:
    """The letter as one document of a file."""
    s = styles()
    address = "<br/>".join(escape(line) for line in letter.recipient_lines)
    flowables: list[Flowable] = [
        Paragraph(address, s.address),
        Spacer(0, 16 * mm),
        Paragraph(escape(letter.place_and_date), s.small),
        Paragraph(f"Kenmerk: {escape(letter.reference)}", s.small),
        Spacer(0, 5 * mm),
        Paragraph(f"<b>Betreft: {escape(letter.subject)}</b>", s.subject),
        Spacer(0, 7 * mm),
    ]
    in_list = False
    for list_item, markup in letter.body:
        if list_item:
            flowables.append(Paragraph(markup, s.item, bulletText="•"))
        else:
            if in_list:
                flowables.append(Spacer(0, 4))  # a list ends with a paragraph's space
            flowables.append(Paragraph(markup, s.body))
        in_list = list_item
    return Part(letter.reference, flowables, letter.title or letter.subject)
