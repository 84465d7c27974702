"""The reliability suite's tally: what it sent and saw, printed at the end of the run.

Tests add to ``TALLY``; with pytest-xdist each worker sends its tally to the controller when it
finishes (``tests/conftest.py`` merges them), so the summary covers the whole run.
"""

from __future__ import annotations

from collections import Counter

TALLY: dict[str, Counter[str]] = {"requests": Counter(), "faults": Counter(), "writes": Counter(), "raised": Counter()}


def merge(into: dict[str, Counter[str]], other: dict[str, dict[str, int]]) -> None:
    """Add another process's tally (as plain dicts) to ``into``."""
    for key, counts in other.items():
        into.setdefault(key, Counter()).update(counts)


def summary_lines(tally: dict[str, Counter[str]]) -> list[str]:
    """The printed summary, or nothing when the reliability suite did not run."""
    if not any(tally.values()):
        return []
    return [
        f"requests made: {sum(tally['requests'].values())} ({dict(tally['requests'])})",
        f"faults injected: {sum(tally['faults'].values())} ({dict(tally['faults'])})",
        f"writes: {tally['writes']['attempted']} attempted, {tally['writes']['arrived']} arrived, "
        f"{tally['writes']['duplicated']} duplicated",
        f"exceptions by type: {dict(sorted(tally['raised'].items()))}",
    ]
