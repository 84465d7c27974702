"""Shared test set-up: the project's scripts are importable as modules, and the reliability
suite's tally is gathered from every pytest-xdist worker and printed at the end."""

from __future__ import annotations

import json
from typing import Any

from tests.reliability.tally import TALLY, merge, summary_lines


def pytest_sessionfinish(session: Any) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: hand the tally to the controller
        workeroutput["reliability_tally"] = json.dumps({k: dict(v) for k, v in TALLY.items()})


def pytest_testnodedown(node: Any, error: Any) -> None:
    sent = getattr(node, "workeroutput", {}).get("reliability_tally")
    if sent:
        merge(TALLY, json.loads(sent))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    lines = summary_lines(TALLY)
    if lines:
        terminalreporter.section("reliability summary")
        for line in lines:
            terminalreporter.write_line(line)
