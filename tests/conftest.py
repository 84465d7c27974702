"""Shared test set-up: a client with no rate limit and no real sleeping behind respx (``altegio``,
``router``, ``sleeps``), the reliability ``tally``, gathered from every pytest-xdist worker and
printed at the end. Folders are by behaviour (answers, calls, retries, secrets, paging, fan-out,
backends, limits, the mock, the pipeline, docs, the package)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import respx

from altegio_async import AltegioClient, RetryPolicy
from tests.support.respx_client import PARTNER as PARTNER_T
from tests.support.respx_client import USER as USER_T
from tests.support.tally import TALLY, merge, summary_lines

# The fixtures the package ships for its users' tests, used here the way a user would.
pytest_plugins = ["altegio_async.testing.pytest_plugin"]


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


BASE_URL = "https://api.alteg.io/api/v1"
PARTNER = "partner-secret-token-1234"
USER = "user-secret-token-5678"


class SleepRecorder:
    """Stands in for asyncio.sleep: records each wait instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def altegio(sleeps: SleepRecorder) -> AsyncIterator[AltegioClient]:
    policy = RetryPolicy(sleep=sleeps, jitter=lambda: 1.0)
    async with AltegioClient(PARTNER, USER, rate_limit=None, retry_policy=policy) as client:
        yield client


@pytest.fixture
def tally() -> dict[str, Counter[str]]:
    """The reliability tally: what was sent and injected, printed at the end of the run."""
    return TALLY


@pytest.fixture
async def client() -> AsyncIterator[AltegioClient]:
    """A client with no rate limit and no retries, for respx-mocked hardening tests."""
    async with AltegioClient(PARTNER_T, USER_T, rate_limit=None, max_retries=0) as altegio:
        yield altegio
