"""Caller input: a body JSON cannot carry is refused before sending."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
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


# -- 5. caller input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error", "where"),
    [
        ({1, 2}, TypeError, "body.service_ids"),
        (b"raw", TypeError, "body.title"),
        (float("nan"), ValueError, "body.balance"),
    ],
)
async def test_a_body_json_cannot_carry_is_refused_before_sending(
    client: AltegioClient, value: Any, error: type[Exception], where: str
) -> None:
    field = where.split(".")[1]
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post(LIST).respond(200, json=OK)
        with pytest.raises(error, match=rf"chain_loyalty_certificate_types_create: parameter '{where}'"):
            await client.chain(1).call(create_type, body=certificate_type_body(**{field: value}))
    assert route.call_count == 0
