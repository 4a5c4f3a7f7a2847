"""The one font family every StageDesk PDF uses, registered with ReportLab once per process.

Liberation Sans (SIL Open Font License, see resources/fonts/LICENSE-LiberationSans.txt) is
embedded in every document, so no text falls back to a PDF base font that lacks ş, İ, ı or the
Dutch IJ. ``missing_glyphs`` lets a test (and a school swapping in its own font) prove it.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from stagedesk.config import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
FAMILY = "StageDeskSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

# What Dutch and Turkish names, and our own typography, need: the IJ ligature (U+0132/U+0133)
# because some sources store "IJ" as one character, curly quotes and dashes from Word.
REQUIRED_CHARS = "éëïüöäèêáàóòúùçñÉËÏÜÖÄÈÊÁÀÓÒÚÙÇÑşŞİığĞĲĳ’‘“”„–—…·•€"

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (bold/italic for Paragraph's <b> and <i>); returns its name."""
    global _registered
    with _lock:
        if not _registered:
            for name, file in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            _registered = True
    return FAMILY


def missing_glyphs(text: str, font_name: str = REGULAR) -> list[str]:
    """The characters of ``text`` (spaces aside) that the registered font has no glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    char_to_glyph = font.face.charToGlyph
    return sorted({c for c in text if not c.isspace() and ord(c) not in char_to_glyph})
