"""Resources: 10,000 concurrent calls through a pool of 20 finish with bounded memory and no
leaked connections; a cancelled call gives its connection back."""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from altegio_async import AltegioClient
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.mock.conftest import free_port, served_mock  # noqa: F401 - the mock on a real port
from tests.spec_support import ROOT
from tests.support.routes import path_of

CALLS = 10_000
POOL = 20


@pytest.fixture(scope="module")
def mock_process() -> Iterator[str]:
    """A fast Altegio-like server in its own process (so this process measures only the client)."""
    port = free_port()
    command = [sys.executable, "-m", "tests.backends.fast_server", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(base + path_of("chain_loyalty_certificate_types_list", 706028), timeout=2)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("the mock server did not start") from None
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def busy(pool: object) -> list[object]:
    return [c for c in pool.connections if not (c.is_idle() or c.is_closed())]  # type: ignore[attr-defined]


async def test_10000_concurrent_calls_through_a_pool_of_20(mock_process: str, tally: dict[str, Counter[str]]) -> None:
    limits = httpx.Limits(max_connections=POOL, max_keepalive_connections=POOL)
    async with (
        httpx.AsyncClient(limits=limits, timeout=60) as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=mock_process, http_client=http, rate_limit=None
        ) as altegio,
    ):
        chain = altegio.chain(706028)
        first = (await chain.call(list_types) or [])[0]
        assert isinstance(first.id, int)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        results = await asyncio.gather(*(chain.call(get_type, first.id) for _ in range(CALLS)))
        grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
        pool = http._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) <= POOL
        assert busy(pool) == []
    assert all(r is not None and r.id == first.id for r in results)
    # 10,000 pending coroutines and their results; not 10,000 connections, nor bodies kept
    assert grown_mb < 150, f"peak RSS grew {grown_mb:.0f} MB"
    tally["requests"]["resource run"] += CALLS + 1


async def test_a_cancelled_call_releases_its_connection(served_mock: tuple[str, MockAltegio]) -> None:  # noqa: F811
    base_url, mock = served_mock
    chain_id = mock.chain_ids[1]
    mock.set_faults(Faults(latency=2.0), path=f"/chain/{chain_id}")
    try:
        async with (
            httpx.AsyncClient(limits=httpx.Limits(max_connections=1)) as http,
            AltegioClient(
                MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, http_client=http, rate_limit=None
            ) as altegio,
        ):
            task = asyncio.create_task(altegio.chain(chain_id).call(list_types))
            await asyncio.sleep(0.2)
            pool = http._transport._pool  # type: ignore[attr-defined]
            assert len(busy(pool)) == 1
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert busy(pool) == []
            # the single connection slot is free again: another call goes through at once
            answer = await asyncio.wait_for(altegio.chain(mock.chain_ids[0]).call(list_types), timeout=5)
            assert answer
    finally:
        mock.set_faults(Faults(), path=f"/chain/{chain_id}")
