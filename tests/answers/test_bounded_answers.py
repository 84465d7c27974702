"""Bounded answers: a gzip bomb, an endless body and the size limit."""

from __future__ import annotations

import zlib

import pytest
import respx

from altegio_async import (
    AltegioClient,
    ResponseTooLargeError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.support.respx_client import BASE, LIST, PARTNER, streamed


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
