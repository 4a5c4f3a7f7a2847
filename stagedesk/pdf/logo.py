"""The drawn StageDesk mark for the letterhead, for schools that configure no logo image.

A rounded square in the school colour with three rising steps and a figure on the top step:
a student on the way up through the bpv. Vector paths only, so it stays sharp when printed.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, white  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]


def draw_logo(canv: Canvas, x: float, y: float, size: float, colour: Color) -> None:
    """Draw the mark with its lower-left corner at (x, y), ``size`` points wide and high."""
    u = size / 20  # the mark is designed on a 20 × 20 grid
    canv.saveState()
    canv.setFillColor(colour)
    canv.roundRect(x, y, size, size, 3.5 * u, stroke=0, fill=1)
    canv.setFillColor(white)
    for step in range(3):
        left = x + (3 + step * 4.5) * u
        canv.rect(left, y + 3 * u, 4 * u, (3 + step * 3) * u, stroke=0, fill=1)
    # The figure: a head and a body on the top step.
    figure_x = x + 14.25 * u
    canv.circle(figure_x, y + 16.2 * u, 1.5 * u, stroke=0, fill=1)
    canv.roundRect(figure_x - 1.4 * u, y + 12 * u, 2.8 * u, 3.3 * u, 1 * u, stroke=0, fill=1)
    canv.restoreState()
