"""A deadline for the whole attempt: a body that trickles still ends at the timeout."""

from __future__ import annotations

import time

import pytest
import respx

from altegio_async import (
    AltegioClient,
    APITimeoutError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.support.respx_client import BASE, LIST, streamed


async def test_a_trickling_body_times_out_as_a_whole(client: AltegioClient) -> None:
    body = b'{"success": true, "data": [], "meta": []}'
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [bytes([b]) for b in body], pause=0.14))
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"no whole answer within 0\.5 s"):
            await client.with_options(timeout=0.5).chain(1).call(list_types)
    assert time.monotonic() - started < 1.5  # each byte came within the read timeout; the whole did not
