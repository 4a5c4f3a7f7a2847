"""Small helpers for putting values into translated text: ``%1``-style placeholders, numbers."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object) -> str:
    """Replace ``%1``, ``%2``, ... in a translated template in one pass, like QString::arg.

    Translators may reorder the placeholders; a value that itself contains ``%2`` (a company
    called "Top%2") is inserted as it is, never expanded again.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def count(n: int) -> str:
    """A whole number with the current language's thousands separator: 1.234 or 1,234."""
    return QLocale().toString(n)


def money(cents: int) -> str:
    """Euro cents as the current language writes an amount: "€ 250,00" or "€250.00"."""
    return QLocale().toCurrencyString(cents / 100, "€", 2)
