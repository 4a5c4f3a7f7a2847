"""A one- or two-page sheet of facts on the letterhead: titled blocks of label/value rows,
tables and free text. The placement overview and the visit report are fact sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from stagedesk.pdf.document import ACCENT, FRAME_WIDTH, Part
from stagedesk.pdf.fonts import REGULAR
from stagedesk.pdf.letters import styles

EMPTY = "—"
_LINE = Color(0.8, 0.8, 0.8)
_SHADE = Color(0.94, 0.96, 0.96)


@dataclass(frozen=True)
class Facts:
    """Label/value rows; an empty value shows as a dash."""

    title: str
    rows: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class Grid:
    """A table with a header row; ``widths`` are fractions of the page's text width."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = "Geen."


@dataclass(frozen=True)
class Prose:
    """Free text (line breaks kept); ``None`` or empty shows as a dash."""

    title: str
    text: str | None


Block = Facts | Grid | Prose


@dataclass(frozen=True)
class FactSheet:
    reference: str
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    closing: str = ""  # a last line in small print (e.g. who to call)


def paragraph(text: str | None, style: object) -> Paragraph:
    """Plain text (escaped, line breaks kept) as a Paragraph."""
    shown = text.strip() if text and text.strip() else EMPTY
    return Paragraph(escape(shown).replace("\n", "<br/>"), style)


def block_title(title: str) -> Paragraph:
    s = styles()
    return Paragraph(f'<font color="#006b73"><b>{escape(title)}</b></font>', s.subject)


def factsheet_part(sheet: FactSheet) -> Part:
    s = styles()
    flowables: list[Flowable] = [
        Paragraph(f"<b>{escape(sheet.title)}</b>", s.heading),
        paragraph(sheet.subtitle, s.small),
        Spacer(0, 5 * mm),
    ]
    for block in sheet.blocks:
        flowables.append(CondPageBreak(30 * mm))
        flowables.extend(_block(block))
        flowables.append(Spacer(0, 5 * mm))
    if sheet.closing:
        flowables.append(paragraph(sheet.closing, s.small))
    return Part(sheet.reference, flowables, sheet.title)


def factsheet_blocks(blocks: list[Block]) -> list[Flowable]:
    """The flowables of ``blocks`` (for other documents that show facts or tables)."""
    return [f for block in blocks for f in _block(block)]


def _block(block: Block) -> list[Flowable]:
    s = styles()
    head = [block_title(block.title), Spacer(0, 1.5 * mm)]
    if isinstance(block, Prose):
        return [KeepTogether([*head, paragraph(block.text, s.body)])]
    if isinstance(block, Facts):
        data = [
            [paragraph(label, s.cell_label), paragraph(value, s.cell)]
            for label, value in block.rows
        ]
        table = Table(data, colWidths=[0.3 * FRAME_WIDTH, 0.7 * FRAME_WIDTH])
        table.setStyle(_FACT_STYLE)
        return [KeepTogether([*head, table])]
    if not block.rows:
        return [KeepTogether([*head, paragraph(block.empty, s.body)])]
    header = [Paragraph(f"<b>{escape(h)}</b>", s.cell) for h in block.header]
    body = [[paragraph(cell, s.cell) for cell in row] for row in block.rows]
    grid = Table([header, *body], colWidths=[w * FRAME_WIDTH for w in block.widths], repeatRows=1)
    grid.setStyle(_GRID_STYLE)
    return [*head, grid]


# Table cells open a text object in Helvetica, a base font not embedded, before their
# paragraphs set ours: name ours, so no PDF refers to a font it does not carry.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)
_FACT_STYLE = TableStyle(
    [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
)
_GRID_STYLE = TableStyle(
    [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, _LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
)
