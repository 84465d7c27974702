"""Nothing escapes untyped: undecodable bodies and a closed client are typed errors."""

from __future__ import annotations

import pytest
import respx

from altegio_async import (
    AltegioClient,
    AltegioError,
    ClientClosedError,
    ResponseFormatError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.support.respx_client import BASE, LIST, PARTNER, streamed


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
