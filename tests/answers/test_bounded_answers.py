"""Bounded answers: a gzip bomb, an endless body and the size limit."""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    ResponseTooLargeError,
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


# -- 1. bounded answers ---------------------------------------------------------------------------


def gzip_bomb(inflated_mib: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(inflated_mib)) + packer.flush()


async def test_a_gzip_bomb_stops_at_max_response_bytes(client: AltegioClient) -> None:
    bomb = gzip_bomb(1024)  # about 1 MB that inflates to 1 GiB
    assert len(bomb) < 1_100_000
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [bomb], {"Content-Encoding": "gzip"}))
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=4194304"):
            await client.with_options(max_response_bytes=4 << 20).chain(1).call(list_types)


async def test_an_endless_body_stops_at_the_limit(client: AltegioClient) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [b"[" + b"1," * 50_000] * 10_000))
        with pytest.raises(ResponseTooLargeError):
            await client.with_options(max_response_bytes=1 << 20).chain(1).call(list_types)


def test_max_response_bytes_is_checked() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        AltegioClient(PARTNER, max_response_bytes=0)
    with pytest.raises(ValueError, match="max_response_bytes"):
        AltegioClient(PARTNER).with_options(max_response_bytes=-1)
