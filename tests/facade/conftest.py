"""Fixtures for facade tests: a client with no rate limit and no real sleeping, behind respx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from altegio_async import AltegioClient, RetryPolicy

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
