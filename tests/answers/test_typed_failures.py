"""Nothing escapes untyped: undecodable bodies and a closed client are typed errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    AltegioError,
    ClientClosedError,
    ResponseFormatError,
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


# -- 3. nothing escapes untyped -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_corrupt_content_encoding_is_a_format_error(client: AltegioClient, encoding: str) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [b"\x1f\x8b\x08garbage" * 10], {"Content-Encoding": encoding}))
        with pytest.raises(ResponseFormatError, match="could not be decoded"):
            await client.chain(1).call(list_types)


async def test_a_call_after_aclose_is_typed() -> None:
    altegio = AltegioClient(PARTNER, rate_limit=None)
    await altegio.aclose()
    with pytest.raises(ClientClosedError, match="closed"):
        await altegio.chain(1).call(list_types)
    assert issubclass(ClientClosedError, AltegioError)
