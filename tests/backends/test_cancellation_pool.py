"""Cancellation: cancelling mid-request never leaves the pool stuck."""

# ruff: noqa: F811 - the served_mock fixture is imported, then named as a test parameter
from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from typing import Any

import httpcore
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


class _StepsBackend(httpcore.AsyncNetworkBackend):
    """httpcore's own network backend, calling ``at(step)`` as a connection is made, written to and read."""

    def __init__(self, at: Callable[[str], None]) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._at = at

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        self._at("connecting")
        stream = await self._inner.connect_tcp(*args, **kwargs)
        self._at("connected")
        return _StepsStream(stream, self._at)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _StepsStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, at: Callable[[str], None]) -> None:
        self._inner, self._at = inner, at

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self._at("reading")
        data = await self._inner.read(max_bytes, timeout)
        self._at("read")  # the answer's bytes are in: what follows is reading them and closing
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._at("writing")
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


@pytest.mark.parametrize("step", ["connecting", "connected", "writing", "reading", "read"])
async def test_a_cancellation_at_each_step_of_a_new_connection_leaves_the_pool_whole(
    step: str, served_mock: tuple[str, MockAltegio]
) -> None:
    """The caller is cancelled at each step httpcore takes on a new connection: the pool is whole
    afterwards. httpcore strands a connection when a cancellation lands between connected and
    sending, or while an answer is being closed (after its bytes were read)."""
    base_url, mock = served_mock
    calls: list[asyncio.Task[Any]] = []

    def at(reached: str) -> None:
        if reached == step and calls and not calls[-1].done():
            calls[-1].cancel()  # the caller wakes before this step of the exchange goes on

    limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
    async with httpx.AsyncClient(limits=limits, timeout=5) as http:
        http._transport._pool._network_backend = _StepsBackend(at)  # type: ignore[attr-defined]
        async with AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, http_client=http, rate_limit=None, max_retries=0
        ) as altegio:
            chain = altegio.chain(mock.chain_ids[0])
            for _ in range(6):  # more than the pool holds: a stranded connection would show
                calls.append(asyncio.create_task(chain.call(list_types)))
                with pytest.raises(asyncio.CancelledError):
                    await calls[-1]
            calls.clear()
            pool = http._transport._pool  # type: ignore[attr-defined]
            assert [c for c in pool.connections if not (c.is_idle() or c.is_closed())] == []
            assert isinstance(await asyncio.wait_for(chain.call(list_types), 5), list)  # the pool still serves
