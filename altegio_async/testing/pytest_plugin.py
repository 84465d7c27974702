"""Pytest fixtures for testing code that uses the client: a mock Altegio and a client bound to it.

Enable in your ``conftest.py``::

    pytest_plugins = ["altegio_async.testing.pytest_plugin"]

Fixtures (async ones need ``pytest-asyncio``):

- ``altegio_mock``: a fresh :class:`~altegio_async.testing.MockAltegio` per test (set faults on it,
  read ``stats()``, ``set_webhook``);
- ``altegio_client``: an :class:`~altegio_async.AltegioClient` that talks to it in-process, with no
  rate limit and retries that do not sleep (a test with injected faults runs at full speed).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from ..client import AltegioClient
from ..retry import RetryPolicy
from . import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio

__all__ = ["altegio_client", "altegio_mock"]


async def _no_sleep(seconds: float) -> None:
    """Retries in tests wait no real time."""


@pytest.fixture
def altegio_mock() -> MockAltegio:
    """A fresh mock Altegio (seeded chains and locations, no faults)."""
    return MockAltegio()


@pytest_asyncio.fixture
async def altegio_client(altegio_mock: MockAltegio) -> AsyncIterator[AltegioClient]:
    """A client bound to ``altegio_mock`` in-process: no rate limit, retries without sleeping."""
    async with (
        altegio_mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN,
            MOCK_USER_TOKEN,
            base_url=MOCK_BASE_URL,
            http_client=http,
            rate_limit=None,
            retry_policy=RetryPolicy(sleep=_no_sleep),
        ) as client,
    ):
        yield client
