"""The same behaviour on both backends: httpx's own transport and aiohttp (``AiohttpClient``).

Against the mock on a real loopback port: answers and typed errors, retries, whole-attempt
timeouts, size caps, a closed client, cancellation, and rate windows seen by the server.
"""

# ruff: noqa: F811 - pytest fixtures are parameters named like the imported served_mock fixture
from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from altegio_async import (
    AltegioClient,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    NotFoundError,
    ResponseTooLargeError,
    RetryPolicy,
)
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.limits.services import max_in_window
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

BACKENDS = ["httpx", "aiohttp"]


def http_client(backend: str, **options: Any) -> httpx.AsyncClient:
    if backend == "aiohttp":
        from altegio_async import AiohttpClient

        return AiohttpClient(**options)
    return httpx.AsyncClient(**options)


@pytest.fixture(params=BACKENDS)
async def connect(
    request: pytest.FixtureRequest,
    served_mock: tuple[str, MockAltegio],
) -> AsyncIterator[Callable[..., Any]]:
    """``connect(**client_options)``: an AltegioClient on the chosen backend, talking to the served mock."""
    base_url, mock = served_mock
    opened: list[Any] = []

    async def make(http_options: dict[str, Any] | None = None, **options: Any) -> AltegioClient:
        http = http_client(request.param, **(http_options or {"timeout": 10}))
        options.setdefault("rate_limit", None)
        client = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, http_client=http, **options)
        opened.append((http, client))
        return client

    yield make
    for http, client in opened:
        await client.aclose()
        await http.aclose()
    mock.set_faults(Faults())
    mock.path_faults.clear()


async def test_answers_and_typed_errors(connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]) -> None:
    _, mock = served_mock
    altegio = await connect()
    types = await altegio.chain(mock.chain_ids[0]).call(list_types)
    assert types and all(t.company_group_id == mock.chain_ids[0] for t in types)
    with pytest.raises(NotFoundError):
        await altegio.chain(1).call(list_types)
    stranger = await connect()
    stranger._session.user_token = "unknown-user-token"
    with pytest.raises(AuthenticationError):
        await stranger.chain(mock.chain_ids[0]).call(list_types)


async def test_429_and_5xx_are_retried(connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]) -> None:
    _, mock = served_mock
    altegio = await connect(retry_policy=RetryPolicy(max_retries=3, sleep=lambda seconds: asyncio.sleep(0)))
    mock.set_faults(Faults(rate_limit_every=2, retry_after=0))
    before = mock.stats()
    for _ in range(4):
        assert await altegio.chain(mock.chain_ids[0]).call(list_types)
    after = mock.stats()
    assert after["faults"] - before["faults"] >= 3
    assert after["handled"] - before["handled"] == 4


async def test_a_trickling_body_times_out_as_a_whole(
    connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]
) -> None:
    _, mock = served_mock
    altegio = await connect(max_retries=0)
    mock.set_faults(Faults(slow_body=0.3))
    with pytest.raises(APITimeoutError):
        await altegio.with_options(timeout=0.5).chain(mock.chain_ids[0]).call(list_types)


async def test_the_size_cap(connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]) -> None:
    _, mock = served_mock
    altegio = await connect(max_response_bytes=200)
    with pytest.raises(ResponseTooLargeError):
        await altegio.chain(mock.chain_ids[0]).call(list_types)


async def test_a_closed_client_is_typed(connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]) -> None:
    _, mock = served_mock
    altegio = await connect()
    await getattr(altegio._session.backend, "http", altegio._session.backend).aclose()
    with pytest.raises(ClientClosedError):
        await altegio.chain(mock.chain_ids[0]).call(list_types)


async def test_cancellations_leave_the_client_usable(
    connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]
) -> None:
    _, mock = served_mock
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    altegio = await connect({"timeout": 5, "limits": limits}, max_retries=0)
    chain = altegio.chain(mock.chain_ids[0])
    rng = random.Random(2)
    for _ in range(100):
        task = asyncio.create_task(chain.call(list_types))
        await asyncio.sleep(rng.uniform(0, 0.005))
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    results = await asyncio.wait_for(asyncio.gather(*(chain.call(list_types) for _ in range(8))), 10)
    assert len(results) == 8


async def test_rate_windows_at_the_server(connect: Callable[..., Any], served_mock: tuple[str, MockAltegio]) -> None:
    _, mock = served_mock
    altegio = await connect(rate_limit=[(5, 0.5)])
    start = len(mock.arrivals)
    chain = altegio.chain(mock.chain_ids[0])
    await asyncio.gather(*(chain.call(list_types) for _ in range(20)))
    assert max_in_window(mock.arrivals[start:], 0.5) <= 5
