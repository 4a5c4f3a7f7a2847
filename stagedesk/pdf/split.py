"""Cutting a PDF that StageDesk wrote into self-contained files of consecutive pages.

One file per student is written as one merged document, cut afterwards: rendering each file
on its own paid ReportLab's per-document work (a font subset made, compressed and formatted
per file; every object formatted anew) a thousand times, about 8 ms per letter. Cutting copies
the bytes of the objects a file's pages reach (the fonts with their embedded programs, the
letterhead form, images) and writes a fresh catalog, page tree, cross-reference table and
trailer around them: about 0.2 ms per file. Each file embeds the fonts its pages use (the
subset holds the glyphs of the whole render, a few more than its own text needs).

It reads only what ReportLab writes (a classic cross-reference table, one object per
``N 0 obj``, no object streams, dictionaries of streams without strings) and raises
``SplitError`` on anything else rather than guess.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

_REF_OR_STRING = re.compile(rb"\((?:\\.|[^\\()])*\)|(\d+) 0 R\b", re.S)
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\s+0 (\d+)\s+")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_TYPE = re.compile(rb"/Type /(\w+)")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_CONTENTS = re.compile(rb"/Contents (?:\d+ 0 R|\[[^\]]*\])")
_INHERITABLE = (b"/Resources", b"/MediaBox", b"/CropBox", b"/Rotate")


class SplitError(Exception):
    """The PDF is not laid out the way this module reads it."""


@dataclass(frozen=True, slots=True)
class _Object:
    # The object's body (between "N 0 obj\n" and "endobj") cut around its references:
    # pieces[0], refs[0], pieces[1], refs[1], ..., pieces[-1].
    pieces: tuple[bytes, ...]
    refs: tuple[int, ...]
    kind: bytes  # the /Type of a dictionary ("Page", "Pages", "Catalog"...), else b""

    def body(self, numbers: dict[int, int]) -> bytes:
        if not self.refs:
            return self.pieces[0]
        out = [self.pieces[0]]
        for ref, piece in zip(self.refs, self.pieces[1:], strict=True):
            out.append(b"%d 0 R" % numbers[ref])
            out.append(piece)
        return b"".join(out)


class PdfPages:
    """A PDF read for cutting: its pages in order, and each object with its references."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(b"%PDF-"):
            raise SplitError("not a PDF")
        offsets, trailer, table = _xref(data)
        self._header = data[: min(offsets.values(), default=0)]
        roots = dict(_TRAILER_REF.findall(trailer))
        if b"Root" not in roots or b"Info" not in roots:
            raise SplitError("the trailer names no catalog or no document information")
        self._objects = _objects(data, offsets, table)
        self._info = self._objects[int(roots[b"Info"])]
        if self._info.refs:
            raise SplitError("the document information refers to other objects")
        catalog = self._objects[int(roots[b"Root"])]
        if catalog.kind != b"Catalog" or len(catalog.refs) != 1:
            raise SplitError("the catalog holds more than the page tree")
        self._catalog = catalog
        self._tree: set[int] = set()  # the page tree's nodes: every file has its own
        self.pages: tuple[int, ...] = tuple(self._walk(catalog.refs[0]))

    def _walk(self, number: int) -> list[int]:
        node = self._objects.get(number)
        if node is None:
            raise SplitError(f"object {number} of the page tree is missing")
        if node.kind == b"Page":
            return [number]
        if node.kind != b"Pages":
            raise SplitError(f"object {number} in the page tree is no page")
        if any(key in _joined(node) for key in _INHERITABLE):
            raise SplitError("the page tree passes attributes on to its pages")
        self._tree.add(number)
        kids = _KIDS.search(_joined(node))
        if kids is None:
            raise SplitError(f"page tree node {number} has no kids")
        found: list[int] = []
        for kid in re.findall(rb"(\d+) 0 R", kids.group(1)):
            found.extend(self._walk(int(kid)))
        return found

    def extract(self, first: int, last: int) -> bytes:
        """Pages ``first`` to ``last`` (0-based, inclusive) as a complete PDF file."""
        pages = self.pages[first : last + 1]
        if not pages:
            raise SplitError(f"no pages {first + 1} to {last + 1} in a {len(self.pages)}-page PDF")
        own = set(pages)
        order: list[int] = list(pages)
        seen = set(pages)
        at = 0
        while at < len(order):
            for ref in self._objects[order[at]].refs:
                if ref in seen or ref in self._tree:
                    continue
                if ref not in self._objects:
                    raise SplitError(f"object {order[at]} refers to a missing object {ref}")
                if self._objects[ref].kind == b"Page" and ref not in own:
                    raise SplitError(f"page object {order[at]} refers to another file's page")
                seen.add(ref)
                order.append(ref)
            at += 1
        # 1 catalog, 2 page tree, 3 document information, then the pages and what they use.
        numbers = {number: index + 4 for index, number in enumerate(order)}
        for node in self._tree:
            numbers[node] = 2
        # The file's identifier: a digest of what is its own (its pages' text), not of the
        # fonts every file shares.
        own_bytes = [self._objects[c].pieces[-1] for p in pages for c in self._contents(p)]
        digest = hashlib.md5(b"".join(own_bytes), usedforsecurity=False).hexdigest().encode()
        kids = b" ".join(b"%d 0 R" % numbers[p] for p in pages)
        bodies = [
            self._catalog.body(numbers),
            b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>\n" % (len(pages), kids),
            self._info.body(numbers),
            *(self._objects[number].body(numbers) for number in order),
        ]
        return _file(self._header, bodies, digest)

    def _contents(self, page: int) -> list[int]:
        found = _CONTENTS.search(_joined(self._objects[page]))
        if found is None:
            return []
        return [int(ref) for ref in re.findall(rb"(\d+) 0 R", found.group(0))]


def split_pages(data: bytes, ranges: Sequence[tuple[int, int]]) -> list[bytes]:
    """The files of page ``ranges`` (first, last; 0-based, inclusive) of the PDF ``data``."""
    pdf = PdfPages(data)
    return [pdf.extract(first, last) for first, last in ranges]


def _joined(obj: _Object) -> bytes:
    return obj.body({ref: ref for ref in obj.refs})


def _xref(data: bytes) -> tuple[dict[int, int], bytes, int]:
    """The objects' offsets, the trailer dictionary, and where the table starts."""
    tail = _STARTXREF.search(data, max(0, len(data) - 64))
    if tail is None:
        raise SplitError("no startxref at the end")
    start = int(tail.group(1))
    head = _XREF_HEAD.match(data, start)
    if head is None:
        raise SplitError("no classic cross-reference table where startxref points")
    size = int(head.group(1))
    table = head.end()
    offsets: dict[int, int] = {}
    for number in range(1, size):
        entry = data[table + 20 * number : table + 20 * number + 18]
        if entry.endswith(b" n"):
            offsets[number] = int(entry[:10])
    trailer = data[table + 20 * size : tail.start()]
    if not trailer.lstrip().startswith(b"trailer"):
        raise SplitError("the cross-reference table has no trailer after it")
    return offsets, trailer, start


def _objects(data: bytes, offsets: dict[int, int], table: int) -> dict[int, _Object]:
    ends = sorted(offsets.values())
    next_start = dict(zip(ends, [*ends[1:], table], strict=True))
    objects = {}
    for number, offset in offsets.items():
        head = b"%d 0 obj\n" % number
        chunk = data[offset : next_start[offset]]
        if not chunk.startswith(head):
            raise SplitError(f"object {number} is not where the cross-reference table says")
        end = chunk.rfind(b"endobj")
        if end < 0:
            raise SplitError(f"object {number} has no endobj")
        body = chunk[len(head) : end]
        objects[number] = _parse(number, body)
    return objects


def _parse(number: int, body: bytes) -> _Object:
    if body.rstrip().endswith(b"endstream"):
        split = body.find(b"stream")
        dictionary, stream = body[:split], body[split:]
        if b"(" in dictionary:
            raise SplitError(f"stream object {number} has a string in its dictionary")
    else:
        dictionary, stream = body, b""
    pieces: list[bytes] = []
    refs: list[int] = []
    at = 0
    for match in _REF_OR_STRING.finditer(dictionary):
        if match.group(1) is None:
            continue  # a string: text, not a reference
        pieces.append(dictionary[at : match.start()])
        refs.append(int(match.group(1)))
        at = match.end()
    pieces.append(dictionary[at:] + stream)
    kind = _TYPE.search(dictionary)
    return _Object(tuple(pieces), tuple(refs), kind.group(1) if kind else b"")


def _file(header: bytes, bodies: list[bytes], digest: bytes) -> bytes:
    out = [header]
    size = len(header)
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(size)
        chunk = b"%d 0 obj\n%sendobj\n" % (number, body)
        out.append(chunk)
        size += len(chunk)
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)]
    xref.extend(b"%010d 00000 n \n" % offset for offset in offsets)
    out.extend(xref)
    out.append(
        b"trailer\n<<\n/ID [<%s><%s>]\n/Info 3 0 R\n/Root 1 0 R\n/Size %d\n>>\n"
        b"startxref\n%d\n%%%%EOF\n" % (digest, digest, len(bodies) + 1, size)
    )
    return b"".join(out)
