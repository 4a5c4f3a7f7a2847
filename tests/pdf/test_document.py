"""Files of several documents: letterhead on every page, page numbers counted per document."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from stagedesk.pdf.document import Letterhead, Part, write_documents
from stagedesk.pdf.letters import styles
from tests.pdf.pdfcheck import ink_fraction, page_texts, qpdf_ok

HEAD = Letterhead(
    "ROC Ĳsselland",
    ("Postbus 1234", "3500 AA Utrecht"),
    ("030 123 45 67", "stagebureau@roc.example"),
)


def _part(reference: str, paragraphs: int) -> Part:
    text = "Een zin over de beroepspraktijkvorming die de regel vult. " * 8
    return Part(reference, [Paragraph(text, styles().body) for _ in range(paragraphs)])


def test_pages_are_numbered_per_document_with_each_documents_own_total(tmp_path):
    out = tmp_path / "merged.pdf"
    write_documents(out, [_part("SD-2026-AAAA", 2), _part("SD-2026-BBBB", 30)], HEAD)
    qpdf_ok(out)
    texts = [" ".join(t.split()) for t in page_texts(out)]
    assert len(texts) == 5  # one page, then four
    assert "Kenmerk SD-2026-AAAA · pagina 1 van 1" in texts[0]
    for n, text in enumerate(texts[1:], start=1):
        assert f"Kenmerk SD-2026-BBBB · pagina {n} van 4" in text
    assert all("ROC Ĳsselland" in t or "ROC IJsselland" in t for t in texts)


def test_pages_are_not_blank(tmp_path):
    out = tmp_path / "one.pdf"
    write_documents(out, [_part("SD-2026-CCCC", 3)], HEAD)
    assert 0.01 < ink_fraction(out, 1, tmp_path) < 0.5


def test_a_callback_that_raises_stops_the_build_and_writes_nothing(tmp_path):
    out = tmp_path / "stopped.pdf"
    done: list[int] = []

    def on_done(index: int) -> None:
        done.append(index)
        if index == 1:
            raise KeyboardInterrupt  # any exception: the caller's cancel

    with pytest.raises(KeyboardInterrupt):
        write_documents(out, [_part(f"SD-{n}", 1) for n in range(5)], HEAD, on_part_done=on_done)
    assert done == [0, 1]
    assert not out.exists()


def test_a_paragraph_in_every_letter_is_drawn_on_every_page(tmp_path):
    from stagedesk.pdf.letters import Letter, ParagraphCache, letter_part

    cache = ParagraphCache()
    fixed = "Zonder een ondertekende POK mag de bpv niet beginnen, zegt <b>Şükrü</b>."
    letters = [
        Letter(
            f"SD-2026-{n:08d}",
            (f"Student {n}",),
            "Utrecht, 24 november 2026",
            "Betreft iets",
            ((False, f"Beste {n},"), (False, fixed), (True, "een punt")),
        )
        for n in range(4)
    ]
    out = tmp_path / "merged.pdf"
    write_documents(out, [letter_part(letter, cache) for letter in letters], HEAD)
    qpdf_ok(out)
    texts = [" ".join(t.split()) for t in page_texts(out)]
    assert len(texts) == 4
    for n, text in enumerate(texts):
        assert f"Beste {n}," in text
        assert "Zonder een ondertekende POK mag de bpv niet beginnen, zegt Şükrü." in text
        assert "een punt" in text


def test_a_recurring_paragraph_longer_than_a_page_still_splits_across_pages(tmp_path):
    from stagedesk.pdf.letters import Letter, ParagraphCache, letter_part

    text = " ".join(f"Zin {n} van de lange alinea over Şükrü." for n in range(400))
    cache = ParagraphCache()
    parts = [
        letter_part(Letter(f"SD-{n}", ("X",), "Utrecht", "S", ((False, text),)), cache)
        for n in range(3)
    ]
    out = tmp_path / "long.pdf"
    write_documents(out, parts, HEAD)
    qpdf_ok(out)
    whole = " ".join(" ".join(page.split()) for page in page_texts(out))
    for n in (0, 200, 399):
        assert whole.count(f"Zin {n} van de lange alinea over Şükrü.") == 3
