"""Retries: a 500 is retried for reads, never for writes."""

from __future__ import annotations

import asyncio

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
from tests.support.respx_client import BASE, CREATE, LIST, OK, PARTNER


async def test_a_500_is_retried_for_reads_not_for_writes() -> None:
    no_wait = RetryPolicy(max_retries=1, sleep=lambda seconds: asyncio.sleep(0))
    async with AltegioClient(PARTNER, rate_limit=None, retry_policy=no_wait) as altegio:
        with respx.mock(base_url=BASE) as router:
            reads = router.get(LIST).mock(side_effect=[httpx.Response(500), httpx.Response(200, json=OK)])
            assert await altegio.chain(1).call(list_types) == []
            assert reads.call_count == 2
            writes = router.post(CREATE).respond(500)
            with pytest.raises(ServerError):
                await altegio.chain(1).call(create_type, body=certificate_type_body())
            assert writes.call_count == 1
