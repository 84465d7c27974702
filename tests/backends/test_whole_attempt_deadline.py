"""A deadline for the whole attempt: a body that trickles still ends at the timeout."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    APITimeoutError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
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


# -- 2. a deadline for the whole attempt ----------------------------------------------------------


async def test_a_trickling_body_times_out_as_a_whole(client: AltegioClient) -> None:
    body = b'{"success": true, "data": [], "meta": []}'
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [bytes([b]) for b in body], pause=0.14))
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"no whole answer within 0\.5 s"):
            await client.with_options(timeout=0.5).chain(1).call(list_types)
    assert time.monotonic() - started < 1.5  # each byte came within the read timeout; the whole did not
