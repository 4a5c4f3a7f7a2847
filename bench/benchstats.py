"""The one definition of the figures every benchmark reports (so a p95 means the same in all)."""

from __future__ import annotations

import statistics


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with at least ``fraction`` of all at or
    below it."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered), round(fraction * len(ordered))) - 1)]


def figures(values: list[float], digits: int = 2) -> dict[str, float]:
    """Median, p95 and max of ``values``."""
    return {
        "median": round(statistics.median(values), digits),
        "p95": round(percentile(values, 0.95), digits),
        "max": round(max(values), digits),
    }
