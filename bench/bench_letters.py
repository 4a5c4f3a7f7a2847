"""Benchmark letters: 1,000 one-page letters as one merged PDF, as 1,000 files, and through
LibreOffice headless (the mail-merge path offices use today).

A demo store with 1,000 students is made in a temporary folder. The letter is the shipped
BBL 31-December letter, without its guardian copy so that 1,000 students give exactly 1,000
letters. StageDesk is timed end to end through the service (read the store, fill and check
every letter, write the PDF, record every letter in the register), once merged and once split.
The same 1,000 filled letters (letterhead text, address, date, reference, subject, body with
its bold text and list) are then written as .odt files and converted by
``soffice --headless --convert-to pdf``, 200 files per call (one call stops after about 250);
a one-file conversion first warms up LibreOffice's profile and is not timed.
Goals (issue 5): >= 200 letters/s merged, and >= 20x faster than LibreOffice both merged and
as one file per letter. Wall-clock ratios are the goal; the CPU-time ratios beside them say
how much a busy machine moved them.

LibreOffice is not a StageDesk dependency; for this benchmark only:
``apt-get install libreoffice-writer-nogui``.

    .venv/bin/python bench/bench_letters.py [--letters 1000] [--lo-letters N] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from stagedesk.pdf.document import Letterhead
    from stagedesk.pdf.letters import Letter

GOAL_RATE = 200
GOAL_RATIO = 20
TEMPLATE = "bbl-31-december"
TODAY = date(2026, 11, 24)

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"'
)
_STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Sans"
 svg:font-family="'Liberation Sans'"/></office:font-face-decls><office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.25cm"/><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="10pt"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:text-properties
 style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#595959"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:text-properties
 style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"
 fo:color="#006b73"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties
 fo:font-weight="bold"/></style:style></office:automatic-styles>"""
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _odt_markup(markup: str) -> str:
    """ReportLab paragraph markup (escaped text, <b>, <br/>) as ODF inline content."""
    return (
        markup.replace("<b>", '<text:span text:style-name="B">')
        .replace("</b>", "</text:span>")
        .replace("<br/>", "<text:line-break/>")
    )


def write_odt(path: Path, letter: Letter, head: Letterhead) -> None:
    """The letter as an .odt with the same text: letterhead, address, date, subject, body."""
    p = []

    def para(style: str, text: str) -> None:
        p.append(f'<text:p text:style-name="{style}">{text}</text:p>')

    para("H", escape(head.school_name))
    para("S", escape(" · ".join((*head.address_lines, *head.contact_lines))))
    para("P", "")
    para("P", "<text:line-break/>".join(escape(x) for x in letter.recipient_lines))
    para("P", "")
    para("S", escape(letter.place_and_date))
    para("S", f"Kenmerk: {escape(letter.reference)}")
    para("P", f'<text:span text:style-name="B">Betreft: {escape(letter.subject)}</text:span>')
    items: list[str] = []
    for list_item, markup in letter.body:
        if list_item:
            items.append(
                f'<text:list-item><text:p text:style-name="P">{_odt_markup(markup)}'
                "</text:p></text:list-item>"
            )
            continue
        if items:
            p.append(f"<text:list>{''.join(items)}</text:list>")
            items = []
        para("P", _odt_markup(markup))
    if items:
        p.append(f"<text:list>{''.join(items)}</text:list>")
    para("S", f"Kenmerk {escape(letter.reference)} · pagina 1 van 1")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>{_STYLES}'
        f"<office:body><office:text>{''.join(p)}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


# LibreOffice 7.4 (Debian 12) stops without an error after about 250 files in one call.
LO_FILES_PER_CALL = 200


def soffice_convert(files: list[Path], out: Path, profile: Path) -> None:
    """Convert ``files`` to PDF in ``out``, in calls of at most LO_FILES_PER_CALL files."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    for start in range(0, len(files), LO_FILES_PER_CALL):
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                *map(str, files[start : start + LO_FILES_PER_CALL]),
            ],
            check=True,
            capture_output=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument(
        "--lo-letters", type=int, help="convert only this many through LibreOffice (default: all)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from sqlalchemy import select

    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.demo import generate_demo
    from stagedesk.services.letters import TEMPLATES_DIR, prepare_letters, print_letters
    from stagedesk.store.opening import open_store
    from stagedesk.store.students import Student

    results: dict[str, object] = {"letters": args.letters}
    with tempfile.TemporaryDirectory(prefix="stagedesk-bench-letters-") as folder:
        work = Path(folder)
        templates = work / "templates"
        templates.mkdir()
        text = (TEMPLATES_DIR / f"{TEMPLATE}.txt").read_text(encoding="utf-8")
        text = text.replace("kopie-ouder: ja", "kopie-ouder: nee")
        text = text.replace("{mentor.naam}", "{mentor.naam|je bpv-begeleider}")
        (templates / f"{TEMPLATE}.txt").write_text(text, encoding="utf-8")

        store = open_store(work / "demo.sqlite")
        generate_demo(store, students=args.letters, seed=1, today=TODAY)
        with store.sessions() as s:
            ids = list(s.execute(select(Student.id).order_by(Student.sort_key)).scalars())
        ids = ids[: args.letters]
        sessions = store.sessions

        started, cpu = time.perf_counter(), time.process_time()
        merged = print_letters(
            sessions,
            SYSTEM,
            TEMPLATE,
            ids,
            out=work / "merged.pdf",
            today=TODAY,
            templates_dir=templates,
        )
        merged_s, merged_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        split = print_letters(
            sessions,
            SYSTEM,
            TEMPLATE,
            ids,
            split_dir=work / "split",
            today=TODAY,
            templates_dir=templates,
        )
        split_s, split_cpu = time.perf_counter() - started, time.process_time() - cpu
        assert merged.letters == split.letters == len(ids)
        pages = _pages(work / "merged.pdf")
        results |= {
            "merged_s": round(merged_s, 3),
            "merged_cpu_s": round(merged_cpu, 3),
            "merged_letters_per_s": round(len(ids) / merged_s, 1),
            "merged_pages": pages,
            "merged_mb": round((work / "merged.pdf").stat().st_size / 1e6, 2),
            "split_s": round(split_s, 3),
            "split_cpu_s": round(split_cpu, 3),
            "split_letters_per_s": round(len(ids) / split_s, 1),
            "split_kb_per_file": round(
                sum(f.stat().st_size for f in (work / "split").glob("*.pdf")) / len(ids) / 1e3, 1
            ),
        }

        prepared = prepare_letters(
            sessions, SYSTEM, TEMPLATE, ids, today=TODAY, templates_dir=templates
        )
        store.close()
        lo_count = min(args.lo_letters or len(ids), len(ids))
        if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
            results["libreoffice"] = "not installed (apt-get install libreoffice-writer-nogui)"
        else:
            odt = work / "odt"
            odt.mkdir()
            files = []
            for n, planned in enumerate(prepared.letters[:lo_count]):
                path = odt / f"{n:04d}.odt"
                write_odt(path, planned.letter, prepared.letterhead)
                files.append(path)
            profile = work / "lo-profile"
            soffice_convert(files[:1], work / "lo-warm", profile)  # profile set-up, not timed
            started, children = time.perf_counter(), _children_cpu()
            soffice_convert(files, work / "lo-pdf", profile)
            lo_s, lo_cpu = time.perf_counter() - started, _children_cpu() - children
            converted = len(list((work / "lo-pdf").glob("*.pdf")))
            assert converted == lo_count, f"LibreOffice wrote {converted} of {lo_count} PDFs"
            lo_per_letter = lo_s / lo_count
            results |= {
                "libreoffice_letters": lo_count,
                "libreoffice_s": round(lo_s, 3),
                "libreoffice_cpu_s": round(lo_cpu, 3),
                "libreoffice_letters_per_s": round(1 / lo_per_letter, 1),
                "ratio_merged": round(lo_per_letter * len(ids) / merged_s, 1),
                "ratio_split": round(lo_per_letter * len(ids) / split_s, 1),
                # On a shared machine wall time depends on the neighbours; CPU time less so.
                "ratio_merged_cpu": round(lo_cpu / lo_count * len(ids) / merged_cpu, 1),
                "ratio_split_cpu": round(lo_cpu / lo_count * len(ids) / split_cpu, 1),
            }

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:<28} {value}")
        print(
            f"goals: >= {GOAL_RATE} letters/s merged, >= {GOAL_RATIO}x LibreOffice merged and split"
        )
    rate_ok = float(results["merged_letters_per_s"]) >= GOAL_RATE  # type: ignore[arg-type]
    ratios = [results.get("ratio_merged"), results.get("ratio_split")]
    ratio_ok = all(r is None or float(r) >= GOAL_RATIO for r in ratios)  # type: ignore[arg-type]
    return 0 if rate_ok and ratio_ok else 1


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    sys.exit(main())
