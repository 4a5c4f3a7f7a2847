"""Cutting a merged file into one file per student: each file complete on its own."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from stagedesk.pdf.document import Letterhead, Part, write_documents
from stagedesk.pdf.letters import Letter, ParagraphCache, letter_part, styles
from stagedesk.pdf.split import SplitError, split_pages
from tests.pdf.pdfcheck import font_names, ink_fraction, page_texts, qpdf_ok

HEAD = Letterhead("ROC Ĳsselland", ("Postbus 1234", "3500 AA Utrecht"), ("030 123 45 67",))
NAMES = ("Zoë Geëerd", "Anaïs Müller", "Ülkü Şahin", "Eline van 't IJsselmeer", "Ĳsbrand Öz")


def _letter(n: int, name: str) -> Letter:
    body = (
        (False, "Beste student, dit is de vaste tekst van de brief over de bpv."),
        (True, "een punt in de lijst;"),
        (True, "nog een punt."),
        (False, f"Een alinea alleen voor {name}: één keer."),
    )
    return Letter(
        f"SD-2026-SPLIT{n:03d}",
        (name, f"studentnummer {n}"),
        "Utrecht, 24 november 2026",
        f"Brief aan {name}",
        body,
    )


def _merged(parts: list[Part]) -> tuple[bytes, list[tuple[int, int]]]:
    buffer = io.BytesIO()
    spans = write_documents(buffer, parts, HEAD, title="Brief")
    return buffer.getvalue(), spans


def _write(tmp_path: Path, files: list[bytes]) -> list[Path]:
    paths = []
    for n, data in enumerate(files):
        path = tmp_path / f"file{n}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_each_file_holds_its_own_letter_with_its_reference_and_page_count(tmp_path):
    cache = ParagraphCache()
    data, spans = _merged([letter_part(_letter(n, name), cache) for n, name in enumerate(NAMES)])
    assert spans == [(n, n) for n in range(len(NAMES))]
    paths = _write(tmp_path, split_pages(data, spans))
    for n, (path, name) in enumerate(zip(paths, NAMES, strict=True)):
        qpdf_ok(path)
        (text,) = [" ".join(t.split()) for t in page_texts(path)]
        assert f"Kenmerk SD-2026-SPLIT{n:03d} · pagina 1 van 1" in text
        assert f"Een alinea alleen voor {name}: één keer." in text
        assert "Beste student, dit is de vaste tekst" in text and "een punt in de lijst" in text
        others = [other for other in NAMES if other != name]
        assert not any(other in text for other in others)
        assert 0.01 < ink_fraction(path, 1, tmp_path) < 0.5
        fonts = font_names(path)
        assert fonts and all("+LiberationSans" in font for font in fonts), fonts
    assert len(paths[0].read_bytes()) < len(data)


def test_a_file_can_hold_several_documents_and_multi_page_ones(tmp_path):
    text = "Een zin over de beroepspraktijkvorming die de regel vult. " * 8
    long = Part("SD-2026-LONG", [Paragraph(text, styles().body) for _ in range(30)])
    short = [Part(f"SD-2026-KORT{n}", [Paragraph(NAMES[n], styles().body)]) for n in range(3)]
    data, spans = _merged([short[0], long, short[1], short[2]])
    assert spans == [(0, 0), (1, 4), (5, 5), (6, 6)]
    first, second = _write(tmp_path, split_pages(data, [(0, 4), (5, 6)]))
    qpdf_ok(first)
    qpdf_ok(second)
    texts = [" ".join(t.split()) for t in page_texts(first)]
    assert len(texts) == 5
    assert "Kenmerk SD-2026-KORT0 · pagina 1 van 1" in texts[0]
    for n, page in enumerate(texts[1:], start=1):
        assert f"Kenmerk SD-2026-LONG · pagina {n} van 4" in page
    texts = [" ".join(t.split()) for t in page_texts(second)]
    assert [NAMES[1] in texts[0], NAMES[2] in texts[1]] == [True, True]


def test_what_this_module_cannot_read_is_refused_not_guessed(tmp_path):
    data, _ = _merged([Part("SD-2026-X", [Paragraph("Zoë", styles().body)])])
    with pytest.raises(SplitError):
        split_pages(b"%PDF-1.4\nnot really", [(0, 0)])
    with pytest.raises(SplitError, match="no pages 2 to 2"):
        split_pages(data, [(1, 1)])
    # The same file with object streams and a cross-reference stream (as qpdf writes it).
    source, packed = tmp_path / "in.pdf", tmp_path / "packed.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["qpdf", "--object-streams=generate", str(source), str(packed)],
        check=True,
        capture_output=True,
    )
    with pytest.raises(SplitError):
        split_pages(packed.read_bytes(), [(0, 0)])
