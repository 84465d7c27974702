"""Retries: a 500 is retried for reads, never for writes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    RetryPolicy,
    ServerError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.bodies import certificate_type_body
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

BASE = "https://api.alteg.io/api/v1"
LIST = "/chain/1/loyalty/certificate_types"
PARTNER = "partner-token-0123456789abcdef"
USER = "user-token-fedcba9876543210"
OK = {"success": True, "data": [], "meta": []}


def streamed(status: int, chunks: list[bytes], headers: dict[str, str] | None = None, pause: float = 0.0) -> Any:
    """A respx side effect answering with a body that arrives chunk by chunk."""

    class Body(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in chunks:
                if pause:
                    await asyncio.sleep(pause)
                yield chunk

    return lambda request: httpx.Response(status, headers=headers or {}, stream=Body())


@pytest.fixture
async def client() -> AsyncIterator[AltegioClient]:
    async with AltegioClient(PARTNER, USER, rate_limit=None, max_retries=0) as altegio:
        yield altegio


# -- 6. retries -----------------------------------------------------------------------------------


async def test_a_500_is_retried_for_reads_not_for_writes() -> None:
    no_wait = RetryPolicy(max_retries=1, sleep=lambda seconds: asyncio.sleep(0))
    async with AltegioClient(PARTNER, rate_limit=None, retry_policy=no_wait) as altegio:
        with respx.mock(base_url=BASE) as router:
            reads = router.get(LIST).mock(side_effect=[httpx.Response(500), httpx.Response(200, json=OK)])
            assert await altegio.chain(1).call(list_types) == []
            assert reads.call_count == 2
            writes = router.post(LIST).respond(500)
            with pytest.raises(ServerError):
                await altegio.chain(1).call(create_type, body=certificate_type_body())
            assert writes.call_count == 1
