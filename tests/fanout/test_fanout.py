"""Fan-out across many chains: every target once, failures reported, no write twice,
cancellation leaves nothing running, and the rate limit holds in every window."""

# ruff: noqa: F811 - pytest fixtures are parameters named like the imported served_mock fixture
from __future__ import annotations

import asyncio

import httpx
import pytest

from altegio_async import AltegioClient, AltegioError, ChainScope, NotFoundError, RateLimiter, RetryPolicy
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_transaction_list as list_transactions
from tests.bodies import certificate_type_body
from tests.limits.test_ratelimit import FakeClock, max_in_window
from tests.mock.conftest import client_for, count_titles, served_mock  # noqa: F401 - the mock on a real port


async def no_sleep(seconds: float) -> None:
    await asyncio.sleep(0)


async def test_300_chains_with_faults_every_chain_once_no_write_twice() -> None:
    mock = MockAltegio(seed=5, chains=300, locations_per_chain=1)
    mock.set_faults(Faults(rate_limit_every=7, retry_after=0, server_error_rate=0.15))
    seen_progress: list[tuple[int, int, int]] = []

    async def work(chain: ChainScope) -> int:
        created = await chain.call(create_type, body=certificate_type_body("Fan-out Gift"))
        assert created is not None
        listed = await chain.call(list_types, title="Fan-out")
        return len(listed or [])

    async with client_for(mock, retry_policy=RetryPolicy(sleep=no_sleep)) as altegio:
        outcomes = [
            o
            async for o in altegio.fan_out(
                mock.chain_ids, work, concurrency=25, progress=lambda *p: seen_progress.append(p)
            )
        ]

    assert sorted(o.target for o in outcomes) == sorted(mock.chain_ids)
    failed = [o for o in outcomes if not o.ok]
    assert failed, "the injected faults should defeat some chains"
    assert all(isinstance(o.error, AltegioError) and o.value is None for o in failed)
    assert all(o.attempts >= 1 for o in outcomes)
    assert seen_progress[-1] == (300, 300, len(failed))
    for chain in mock.store.chains.values():
        made = [t for t in chain.certificate_types.values() if t["title"] == "Fan-out Gift"]
        assert len(made) <= 1, f"chain {chain.id} got the write {len(made)} times"
    assert mock.handled["chain_loyalty_certificate_types_create"] == count_titles(mock, "Fan-out Gift")
    assert all(o.value == 1 for o in outcomes if o.ok)
    assert mock.plan.counts["rate_limit"] > 0 and mock.plan.counts["server_error"] > 0


async def test_failures_are_reported_per_target_and_fail_fast_stops() -> None:
    mock = MockAltegio(seed=2, chains=3)
    async with client_for(mock) as altegio:
        targets = [*mock.chain_ids, 1]  # chain 1 does not exist
        outcomes = {o.target: o async for o in altegio.fan_out(targets, lambda c: c.call(list_types))}
        assert isinstance(outcomes[1].error, NotFoundError)
        assert all(outcomes[i].ok for i in mock.chain_ids)

        stream = altegio.fan_out([1, 2, 3], lambda c: c.call(list_types), concurrency=1, fail_fast=True)
        collected = [o async for o in stream]
        assert len(collected) == 1 and not collected[0].ok

        with pytest.raises(NotFoundError):
            async for _ in altegio.fan_out([1], lambda c: c.call(list_types), return_exceptions=False):
                pass


async def test_fan_out_paginate_collects_every_item() -> None:
    mock = MockAltegio(seed=2, chains=4)
    async with client_for(mock) as altegio:
        params = {"count": 20, "created_after": "2026-01-01", "created_before": "2026-12-31"}
        stream = altegio.fan_out(mock.chain_ids, lambda chain: chain.paginate(list_transactions, **params).collect())
        results = {o.target: o.value async for o in stream}
    assert set(results) == set(mock.chain_ids)
    for chain_id, items in results.items():
        assert [t.id for t in items or []] == [t["id"] for t in mock.store.chains[chain_id].transactions]


async def test_cancelling_mid_fan_out_leaves_no_tasks_or_connections(served_mock: tuple[str, MockAltegio]) -> None:
    base_url, mock = served_mock
    mock.set_faults(Faults(latency=0.05))
    try:
        async with AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=None) as altegio:
            chain_ids = mock.chain_ids * 20
            stream = altegio.fan_out(chain_ids, lambda c: c.call(list_types), concurrency=10)
            got = 0
            async for _ in stream:
                got += 1
                if got == 5:
                    break
            await stream.aclose()  # type: ignore[attr-defined]
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
            assert others == []
            pool = altegio._session.backend.http._transport._pool  # type: ignore[attr-defined]
            assert [c for c in pool.connections if not (c.is_idle() or c.is_closed())] == []
    finally:
        mock.set_faults(Faults())


async def test_rate_limit_holds_across_a_fan_out() -> None:
    clock = FakeClock()
    limiter = RateLimiter([(5, 1.0), (20, 60.0)], clock=clock, sleep=clock.sleep)
    stamps: list[float] = []
    mock = MockAltegio(seed=4, chains=30, locations_per_chain=1)

    def stamp(request: httpx.Request) -> None:
        stamps.append(clock())

    async with client_for(mock, rate_limit=limiter, event_hooks={"request": [stamp]}) as altegio:
        outcomes = [o async for o in altegio.fan_out(mock.chain_ids, lambda c: c.call(list_types), concurrency=15)]
    assert len(outcomes) == 30 and all(o.ok for o in outcomes)
    assert max_in_window(stamps, 1.0) <= 5
    assert max_in_window(stamps, 60.0) <= 20
    assert stamps[-1] - stamps[0] >= 60.0  # the minute window made the last ten wait


async def test_a_plain_break_leaves_nothing_started_or_pending(served_mock: tuple[str, MockAltegio]) -> None:
    base_url, mock = served_mock
    mock.set_faults(Faults(latency=0.05))
    try:
        async with AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=None) as altegio:
            chain_ids = mock.chain_ids * 10
            handled = mock.requests["chain_loyalty_certificate_types_list"]
            async for _ in altegio.fan_out(chain_ids, lambda c: c.call(list_types), concurrency=3):
                break  # no aclose, no async with: what the docs say works
            for _ in range(20):
                await asyncio.sleep(0.01)
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
            assert others == []
            sent = mock.requests["chain_loyalty_certificate_types_list"] - handled
            await asyncio.sleep(0.2)
            assert mock.requests["chain_loyalty_certificate_types_list"] - handled == sent <= 3
    finally:
        mock.set_faults(Faults())


async def test_cancelling_the_consumer_of_async_with_leaves_nothing_pending(
    served_mock: tuple[str, MockAltegio],
) -> None:
    base_url, mock = served_mock
    mock.set_faults(Faults(latency=0.3))
    try:
        async with AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=None) as altegio:

            async def consume() -> None:
                async with altegio.fan_out(mock.chain_ids * 4, lambda c: c.call(list_types), concurrency=4) as outs:
                    async for _ in outs:
                        pass

            consumer = asyncio.create_task(consume())
            await asyncio.sleep(0.1)  # waiting for the first outcome, in Queue.get
            consumer.cancel()
            with pytest.raises(asyncio.CancelledError):
                await consumer
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
            assert others == []
    finally:
        mock.set_faults(Faults())


async def test_one_fan_out_for_chains_and_locations_and_the_old_names_warn() -> None:
    mock = MockAltegio(seed=2, chains=2)
    async with client_for(mock) as altegio:
        locations = [location for chain in mock.store.chains.values() for location in chain.location_ids][:3]
        outcomes = [
            o async for o in altegio.fan_out(locations, lambda loc: asyncio.sleep(0, loc.location_id), scope="location")
        ]
        assert sorted(o.value for o in outcomes) == sorted(locations)
        with pytest.warns(DeprecationWarning, match='fan_out\\(..., scope="location"\\)'):
            old = [o async for o in altegio.fan_out_locations(locations, lambda loc: asyncio.sleep(0, loc.id))]
        assert sorted(o.value for o in old) == sorted(locations)
        with pytest.warns(DeprecationWarning, match="fan_out_paginate"):
            pages = [o async for o in altegio.fan_out_paginate(mock.chain_ids, list_types)]
        assert all(o.ok for o in pages)
