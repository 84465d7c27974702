"""Fan-out: BaseExceptions from fn are reported, a consumer that stops pulling starts no new
work, and leaving ``async with`` closes everything."""

from __future__ import annotations

import asyncio
from typing import Any

from altegio_async import (
    AltegioClient,
)
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types


async def test_a_base_exception_from_fn_does_not_hang_the_iterator(client: AltegioClient) -> None:
    async def fn(scope: Any) -> int:
        if scope.id == 3:
            raise asyncio.CancelledError()
        await asyncio.sleep(0.001)
        return int(scope.id)

    outcomes = [o async for o in client.fan_out(range(1, 7), fn, concurrency=3)]
    assert sorted(o.chain_id for o in outcomes) == [1, 2, 3, 4, 5, 6]
    (failed,) = [o for o in outcomes if not o.ok]
    assert failed.chain_id == 3 and isinstance(failed.error, asyncio.CancelledError)


async def test_a_consumer_that_stops_pulling_starts_no_new_work() -> None:
    mock = MockAltegio(seed=5, chains=60, locations_per_chain=1)
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN,
            MOCK_USER_TOKEN,
            base_url="http://altegio.mock/api/v1",
            http_client=http,
            rate_limit=None,
        ) as altegio,
    ):
        stream = altegio.fan_out(mock.chain_ids, lambda c: c.call(list_types), concurrency=5)
        async for _outcome in stream:
            break  # the iterator is still held in `stream`, not closed
        before = sum(mock.requests.values())
        await asyncio.sleep(0.7)
        assert sum(mock.requests.values()) - before == 0
        assert before <= 5
        await stream.aclose()


async def test_async_with_closes_everything_at_once(client: AltegioClient) -> None:
    started: list[int] = []

    async def slow(scope: Any) -> int:
        started.append(scope.id)
        await asyncio.sleep(10)
        return 0

    async with client.fan_out(range(100), slow, concurrency=8) as outcomes:
        assert outcomes.total == 100
        await asyncio.sleep(0.05)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert others == []
    assert len(started) == 8
