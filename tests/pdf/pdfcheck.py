"""Checks every PDF test shares: qpdf's structure check, text through pypdf, pixels through
pdftoppm (a page that renders white everywhere is blank)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader


def qpdf_ok(path: Path) -> None:
    """``qpdf --check`` finds no error (exit 0, or 3 for warnings it can repair)."""
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"qpdf --check {path}:\n{result.stdout}{result.stderr}"


def page_texts(path: Path) -> list[str]:
    """The text of each page, lines joined with newlines."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def ink_fraction(path: Path, page: int, tmp_dir: Path) -> float:
    """The share of pixels that are not white on page ``page`` (1-based), rendered at 40 dpi."""
    prefix = tmp_dir / f"render-{path.stem}-{page}"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "40", "-f", str(page), "-l", str(page), str(path), str(prefix)],
        check=True,
        capture_output=True,
    )
    (image,) = tmp_dir.glob(f"{prefix.name}*.pgm")
    data = image.read_bytes()
    # Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    header_end = 0
    for _ in range(3):
        header_end = data.index(b"\n", header_end) + 1
    pixels = data[header_end:]
    return sum(1 for value in pixels if value < 200) / len(pixels)


def font_names(path: Path) -> set[str]:
    """The base font of every font a page or a form of the file names; asserts that each
    embeds its program (no base font a reader substitutes, lacking ş or Ĳ)."""
    found: set[str] = set()

    def visit(resources) -> None:
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{path}: {font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), f"{path}: {font['/BaseFont']}"
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                visit(xobject["/Resources"].get_object())

    for page in PdfReader(str(path)).pages:
        visit(page["/Resources"].get_object())
    return found
