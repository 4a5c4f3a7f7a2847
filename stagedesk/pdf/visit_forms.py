"""The visit form: a protocol checklist with tick boxes (ja / nee / n.v.t.), blank to take
along or filled in as the visit report, with remarks, agreed actions and signatures.

Blank, every item has three empty boxes and each section ends in ruled lines for remarks;
filled, the answer's box is ticked and the item's remark is printed under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black  # type: ignore[import-untyped]
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
from stagedesk.pdf.factsheet import (
    CELL_FONT,
    EMPTY,
    Grid,
    block_title,
    factsheet_blocks,
    paragraph,
)
from stagedesk.pdf.letters import styles

ANSWERS = ("yes", "no", "na")  # the columns, in this order
ANSWER_LABELS = ("ja", "nee", "n.v.t.")
_LINE = Color(0.75, 0.75, 0.75)
_SHADE = Color(0.94, 0.96, 0.96)
_BOX_COLUMN = 13 * mm


@dataclass(frozen=True)
class FormItem:
    text: str
    hint: str | None = None
    answer: str | None = None  # one of ANSWERS, or None: not answered (or a blank form)
    remark: str | None = None


@dataclass(frozen=True)
class FormSection:
    title: str
    items: tuple[FormItem, ...]


@dataclass(frozen=True)
class VisitForm:
    reference: str
    title: str
    subtitle: str
    facts: tuple[tuple[str, str | None], ...]  # blank form: values None, a line to write on
    sections: tuple[FormSection, ...]
    filled: bool
    notes: str | None = None
    actions: Grid | None = None
    next_visit: str | None = None
    signatories: tuple[str, ...] = ("Bpv-begeleider", "Praktijkopleider", "Student")


class TickBox(Flowable):  # type: ignore[misc]
    """A square to tick by hand, or ticked (a cross) when ``ticked``."""

    size = 3.6 * mm

    def __init__(self, ticked: bool = False) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(black)
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.ticked:
            c.setLineWidth(1.2)
            c.line(0.7, 0.7, s - 0.7, s - 0.7)
            c.line(0.7, s - 0.7, s - 0.7, 0.7)


class _Lines(Flowable):  # type: ignore[misc]
    """``count`` ruled lines to write on, the width of the text."""

    def __init__(self, count: int, gap: float = 7 * mm) -> None:
        super().__init__()
        self.count, self.gap = count, gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.count * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(_LINE)
        self.canv.setLineWidth(0.5)
        for n in range(self.count):
            self.canv.line(0, n * self.gap, self.width, n * self.gap)


def visit_form_part(form: VisitForm) -> Part:
    s = styles()
    flowables: list[Flowable] = [
        Paragraph(f"<b>{escape(form.title)}</b>", s.heading),
        paragraph(form.subtitle, s.small),
        Spacer(0, 4 * mm),
        _facts(form),
        Spacer(0, 5 * mm),
    ]
    for section in form.sections:
        flowables.append(CondPageBreak(40 * mm))
        flowables.extend(_section(section, form.filled))
        flowables.append(Spacer(0, 4 * mm))
    flowables.append(CondPageBreak(60 * mm))
    if form.filled:
        flowables += [block_title("Verslag"), Spacer(0, 1.5 * mm), paragraph(form.notes, s.body)]
        if form.actions is not None:
            flowables += [Spacer(0, 3 * mm), *factsheet_blocks([form.actions])]
        next_visit = form.next_visit or EMPTY
        flowables += [Spacer(0, 3 * mm), paragraph(f"Volgend bezoek: {next_visit}", s.body)]
    else:
        flowables += [
            KeepTogether([block_title("Afspraken (wat, wie, wanneer)"), _Lines(5)]),
            Spacer(0, 3 * mm),
            KeepTogether([block_title("Volgend bezoek"), _Lines(1)]),
        ]
    flowables += [Spacer(0, 6 * mm), _signatures(form.signatories)]
    return Part(form.reference, flowables, form.title)


def _facts(form: VisitForm) -> Table:
    s = styles()
    rows = []
    for label, value in form.facts:
        shown = paragraph(value, s.cell) if (form.filled or value) else ""
        rows.append([paragraph(label, s.cell_label), shown])
    table = Table(rows, colWidths=[0.3 * FRAME_WIDTH, 0.7 * FRAME_WIDTH])
    style = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (1, 0), (1, -1), 0.5, _LINE),
    ]
    table.setStyle(TableStyle(style))
    return table


def _section(section: FormSection, filled: bool) -> list[Flowable]:
    s = styles()
    text_width = FRAME_WIDTH - 3 * _BOX_COLUMN
    header = [Paragraph(f"<b>{escape(section.title)}</b>", s.cell)]
    header += [Paragraph(f"<b>{label}</b>", s.cell) for label in ANSWER_LABELS]
    rows: list[list[object]] = [header]
    for item in section.items:
        cell: list[Flowable] = [paragraph(item.text, s.cell)]
        if item.hint and not filled:
            cell.append(paragraph(item.hint, s.cell_label))
        if filled and item.remark:
            cell.append(Paragraph(f"<i>Opmerking: {escape(item.remark)}</i>", s.cell))
        rows.append([cell, *(TickBox(item.answer == answer) for answer in ANSWERS)])
    table = Table(rows, colWidths=[text_width] + [_BOX_COLUMN] * 3, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, _LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out: list[Flowable] = [table]
    if not filled:
        out += [Spacer(0, 2 * mm), paragraph("Opmerkingen:", s.cell_label), _Lines(3)]
    return out


def _signatures(who: tuple[str, ...]) -> Flowable:
    s = styles()
    width = FRAME_WIDTH / len(who)
    cells = [
        [paragraph(name, s.cell) for name in who],
        [paragraph("Naam:", s.cell_label) for _ in who],
        [paragraph("Datum:", s.cell_label) for _ in who],
        [paragraph("Handtekening:", s.cell_label) for _ in who],
        ["" for _ in who],
    ]
    table = Table(
        cells, colWidths=[width] * len(who), rowHeights=[None, 8 * mm, 8 * mm, None, 14 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, 2), 0.4, _LINE),
                ("LINEBELOW", (0, 4), (-1, 4), 0.4, _LINE),  # the line to sign on
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([block_title("Ondertekening"), Spacer(0, 1.5 * mm), table])
