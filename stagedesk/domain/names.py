"""Dutch personal names: how to show them, sort them and search them.

A name has three parts: given name, *tussenvoegsel* ("van der", "de", "'t") and surname.
Lists sort on the surname without its tussenvoegsel ("Berg, Zoë van der" sorts under B).

Searching folds case and diacritics so that "zoe", "ZOË" and "Zoë" are one word and a
Turkish dotless ı matches a plain i ("yilmaz" finds "Yılmaz"). The digraph IJ is folded and
sorted as the two letters i + j, as Dutch dictionaries do (not as y, as old telephone books
did); for capitals it is one letter pair ("IJsbrand", see ``capitalize_first``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Applied before decomposition (the acute accent "´" would decompose into a space) and after
# it (compatibility forms decompose into dashes and letters the table maps).
_FOLD_TABLE = str.maketrans(
    {
        # Punctuation that varies with the keyboard or the source system.
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark (Word's apostrophe)
        "\u02bc": "'",  # modifier letter apostrophe
        "\u00b4": "'",  # acute accent typed as an apostrophe
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00b7": "",  # Catalan l·l ("Gal·la") and the ŀ of its decomposition
        # Latin letters that carry no separable accent (lower case: casefolding comes first).
        "æ": "ae",
        "ð": "d",
        "ø": "o",
        "þ": "th",
        "đ": "d",
        "ħ": "h",
        "ı": "i",  # Turkish dotless i: Yılmaz → yilmaz
        "ĸ": "k",
        "ł": "l",
        "ŋ": "n",
        "œ": "oe",
        "ŧ": "t",
        "ə": "e",  # Azerbaijani schwa
        "ƒ": "f",
        "ǥ": "g",
        "ɨ": "i",
        "ʾ": "",
        "ẜ": "s",
        "ẝ": "s",
        "ẟ": "d",
        "ỻ": "ll",
        "ỽ": "v",
        "ỿ": "y",
    }
)

_SORT_PUNCTUATION = str.maketrans({"'": "", "-": " ", ".": "", ",": ""})
# Two spaces cannot occur inside a folded part (fold collapses whitespace), and sort below
# every letter and digit, so "Berg, Zoë" sorts before "Berg Aalders, Anna" and "Bergen, Ab".
_SORT_SEPARATOR = "  "


def _sortable(part: str) -> str:
    return " ".join(fold(part).translate(_SORT_PUNCTUATION).split())


def _clean(part: str | None) -> str:
    return " ".join(part.split()) if part else ""


def display_name(given: str, tussenvoegsel: str | None, surname: str) -> str:
    """The name as written in running text: ``"Zoë van der Berg"``."""
    parts = (_clean(given), _clean(tussenvoegsel), _clean(surname))
    return " ".join(part for part in parts if part)


def formal_name(given: str, tussenvoegsel: str | None, surname: str) -> str:
    """The name as shown in lists sorted by surname: ``"Berg, Zoë van der"``."""
    rest = " ".join(part for part in (_clean(given), _clean(tussenvoegsel)) if part)
    last = _clean(surname)
    if not rest:
        return last
    if not last:
        return rest
    return f"{last}, {rest}"


def capitalize_first(text: str) -> str:
    """Capitalise the first letter, with Dutch IJ as one letter: ``"ijsbrand"`` → ``"IJsbrand"``.

    Words that start with an apostrophe (``'t``, ``'s``) are left alone: Dutch never
    capitalises them.
    """
    if not text or text.startswith(("'", "\u2019")):
        return text
    if text[:2] in ("ij", "Ij", "iJ"):
        return "IJ" + text[2:]
    return text[0].upper() + text[1:]


def salutation_surname(tussenvoegsel: str | None, surname: str) -> str:
    """The surname as used without a given name, e.g. after "Beste mevrouw": ``"Van der Berg"``.

    Dutch capitalises the first word of the tussenvoegsel when no given name or initial
    precedes it; ``'t Hart`` stays as it is.
    """
    prefix = _clean(tussenvoegsel)
    last = _clean(surname)
    if not prefix:
        return capitalize_first(last)
    return f"{capitalize_first(prefix)} {last}".strip()


def fold(text: str) -> str:
    """Text reduced for comparison: casefolded, accents removed, whitespace collapsed.

    Latin letters come out as ASCII (ß → ss, ø → o, ł → l, ı → i, æ → ae); letters of other
    scripts are casefolded but kept, so an Arabic or Cyrillic name can still be searched.
    Curly apostrophes become ``'`` and dashes ``-``.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE)).casefold()
    # Casefolding can produce new combining marks (İ → i + U+0307), so strip after it.
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.translate(_FOLD_TABLE).split())


def sort_key(surname: str, given: str, tussenvoegsel: str | None = None) -> str:
    """A key that orders people by surname (without tussenvoegsel), given name, tussenvoegsel.

    Apostrophes and full stops are ignored and hyphens count as spaces, so "O'Brien" sorts
    as "obrien" and "Berg-Jansen" just after "Berg". Compare keys code point by code point
    (Python ``sorted``; SQLite's default BINARY; PostgreSQL ``COLLATE "C"``): a
    locale-aware collation would skip the separators.
    """
    parts = (surname, given, tussenvoegsel or "")
    return _SORT_SEPARATOR.join(_sortable(part) for part in parts)


def search_text(
    given: str,
    tussenvoegsel: str | None,
    surname: str,
    student_number: str,
    *extra: str,
) -> str:
    """The folded text a student row is searched in, to be stored next to the row.

    Holds the name in both orders ("zoe van der berg" and "berg, zoe van der"), the student
    number and any extra fields (class group, e-mail, ...), so that "zoe van der berg",
    "van der berg", "berg, zoe" and, through ``matches``, "zoe berg" all find the student.
    """
    pieces = (
        display_name(given, tussenvoegsel, surname),
        formal_name(given, tussenvoegsel, surname),
        student_number,
        *extra,
    )
    return " ".join(folded for folded in (fold(piece) for piece in pieces) if folded)


@lru_cache(maxsize=256)
def query_words(query: str) -> tuple[str, ...]:
    """The folded words of a search query (cached: the same query is tested on every row)."""
    return tuple(fold(query).split())


def matches(search_text: str, query: str) -> bool:
    """True if every word of ``query`` occurs somewhere in ``search_text`` (already folded).

    Word order does not matter and words may be parts of words: "zoe berg" and "ber zo"
    both match "zoe van der berg ...". An empty query matches everything.
    """
    # A plain loop: about twice as fast as all() over a generator, and this runs per row.
    for word in query_words(query):  # noqa: SIM110 (see above)
        if word not in search_text:
            return False
    return True


def matcher(query: str) -> Callable[[str], bool]:
    """A predicate for one query, for filtering many rows without re-reading the query."""
    words = query_words(query)
    if not words:
        return lambda text: True
    if len(words) == 1:
        (word,) = words
        return lambda text: word in text

    def match_all(text: str) -> bool:
        for word in words:  # noqa: SIM110 (a loop is faster than all(), as in matches)
            if word not in text:
                return False
        return True

    return match_all
