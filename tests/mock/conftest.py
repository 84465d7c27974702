"""Fixtures: a fresh mock Altegio and a logged-in client talking to it in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from altegio_async import AltegioClient
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio


@pytest.fixture
def mock() -> MockAltegio:
    return MockAltegio(seed=1)


@pytest.fixture
async def altegio(mock: MockAltegio) -> AsyncIterator[AltegioClient]:
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=None
        ) as client,
    ):
        yield client
