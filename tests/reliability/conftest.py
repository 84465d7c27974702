"""The reliability suite's shared tally, printed in pytest's summary.

Tests add what they sent and saw to ``TALLY``; the terminal summary prints it, so a run
shows how many requests were made, which faults were injected, how many writes arrived
twice (always 0) and which exceptions the client raised.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

TALLY: dict[str, Counter[str]] = {"requests": Counter(), "faults": Counter(), "writes": Counter(), "raised": Counter()}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not any(TALLY.values()):
        return
    write = terminalreporter.write_line
    terminalreporter.section("reliability summary")
    write(f"requests made: {sum(TALLY['requests'].values())} ({dict(TALLY['requests'])})")
    write(f"faults injected: {sum(TALLY['faults'].values())} ({dict(TALLY['faults'])})")
    write(
        f"writes: {TALLY['writes']['attempted']} attempted, {TALLY['writes']['arrived']} arrived, "
        f"{TALLY['writes']['duplicated']} duplicated"
    )
    write(f"exceptions by type: {dict(sorted(TALLY['raised'].items()))}")


@pytest.fixture
def tally() -> dict[str, Counter[str]]:
    return TALLY
