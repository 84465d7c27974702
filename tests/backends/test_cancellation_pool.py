"""Cancellation: cancelling mid-request never leaves the pool stuck."""

# ruff: noqa: F811 - the served_mock fixture is imported, then named as a test parameter
from __future__ import annotations

import asyncio
import random

import httpx
import pytest

from altegio_async import (
    AltegioClient,
)
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port


@pytest.mark.parametrize("seed", [4, 7])
async def test_cancelling_mid_request_never_leaves_the_pool_stuck(
    seed: int, served_mock: tuple[str, MockAltegio]
) -> None:
    from altegio_async.testing.faults import Faults

    base_url, mock = served_mock
    mock.set_faults(Faults(latency=0.002))
    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    try:
        async with (
            httpx.AsyncClient(limits=limits, timeout=5) as http,
            AltegioClient(
                MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, http_client=http, rate_limit=None, max_retries=0
            ) as altegio,
        ):
            chain = altegio.chain(mock.chain_ids[0])
            for _ in range(300):
                task = asyncio.create_task(chain.call(list_types))
                await asyncio.sleep(rng.uniform(0, 0.005))
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
            pool = http._transport._pool  # type: ignore[attr-defined]
            stuck = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
            assert stuck == []
            results = await asyncio.wait_for(asyncio.gather(*(chain.call(list_types) for _ in range(8))), 5)
            assert len(results) == 8  # the pool of 4 still serves
    finally:
        mock.set_faults(Faults())
