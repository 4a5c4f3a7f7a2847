"""The embedded font has every glyph Dutch and Turkish names need, and PDFs embed it."""

from __future__ import annotations

from pypdf import PdfReader

from stagedesk.pdf.document import Letterhead, Part, write_documents
from stagedesk.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, REQUIRED_CHARS, missing_glyphs
from stagedesk.pdf.letters import styles

NAMES = "Ülkü Şahin · Eline van 't IJsselmeer · İpek Işık · Zoë Geëerd · Anaïs Müller · Ĳssel"


def test_every_style_of_the_family_has_every_required_glyph():
    for font in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        assert missing_glyphs(REQUIRED_CHARS + NAMES, font) == [], font


def test_the_check_would_notice_a_missing_glyph():
    # Ethiopic is not in Liberation Sans: proves the check looks, not just returns [].
    assert missing_glyphs("aሀ") == ["ሀ"]


def test_a_pdf_embeds_the_font_and_no_base_font(tmp_path):
    from reportlab.platypus import Paragraph

    out = tmp_path / "names.pdf"
    head = Letterhead("ROC Ĳssel", ("Postbus 1",), ("030 123 45 67",))
    write_documents(out, [Part("SD-2026-TEST0001", [Paragraph(NAMES, styles().body)])], head)
    fonts = set()
    for page in PdfReader(str(out)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            # ReportLab embeds TrueType subsets as simple fonts: the program is in FontFile2.
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font
    assert fonts and all("+LiberationSans" in name for name in fonts), fonts


def test_a_blank_checklist_and_a_letter_with_a_list_name_only_embedded_fonts(tmp_path):
    from stagedesk.domain.enums import VisitType
    from stagedesk.pdf.letters import Letter, letter_part
    from stagedesk.services.letters_checklists import print_blank_checklist
    from tests.pdf.pdfcheck import font_names

    checklist = print_blank_checklist(VisitType.START, tmp_path / "start.pdf")
    letter = tmp_path / "lijst.pdf"
    body = ((False, NAMES), (True, "een punt met een opsommingsteken"))
    head = Letterhead("ROC Ĳssel", ("Postbus 1",), ("030 123 45 67",))
    write_documents(letter, [letter_part(Letter("SD-1", ("Zoë",), "Utrecht", "S", body))], head)
    for path in (checklist, letter):
        fonts = font_names(path)
        assert fonts and all("+LiberationSans" in font for font in fonts), (path, fonts)
