"""Rate limits as the server sees them: arrival times recorded where requests arrive.

Proofs, not fake clocks: an in-process server behind a transport that delays each request on its
way (0-150 ms), a real mock server in its own process, and 4 worker processes sharing one real
Redis budget. In each, no window of arrivals ever holds more than its limit.
"""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from altegio_async import AltegioClient, RateLimiter, RateLimiterUnavailable, RedisRateLimiter
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.bodies import certificate_type_body
from tests.limits.services import max_in_window, mock_process, mock_stats, redis_server
from tests.spec_support import ROOT

OK = {"success": True, "data": [], "meta": []}


class DelayingServer(httpx.AsyncBaseTransport):
    """A server in this process: each request spends a random time on the way, then is answered.

    ``arrivals`` are the times requests reached the server; ``rate_limit_at`` makes the request
    with that index answer 429 with ``Retry-After``.
    """

    def __init__(self, *, max_delay: float, answer_delay: float, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.max_delay = max_delay
        self.answer_delay = answer_delay
        self.arrivals: list[float] = []
        self.rate_limit_at: dict[int, float] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self.rng.uniform(0, self.max_delay))
        index = len(self.arrivals)
        self.arrivals.append(time.monotonic())
        await asyncio.sleep(self.answer_delay)
        if index in self.rate_limit_at:
            retry_after = self.rate_limit_at[index]
            body = {"success": False, "data": None, "meta": {"message": "Too many requests"}}
            return httpx.Response(429, json=body, headers={"Retry-After": f"{retry_after:g}"})
        return httpx.Response(200, json=OK)


async def fan_out_calls(altegio: AltegioClient, count: int, concurrency: int = 30) -> None:
    chain_ids = [706028 + i for i in range(count)]
    async for outcome in altegio.fan_out(chain_ids, lambda c: c.call(list_types), concurrency=concurrency):
        assert outcome.error is None, outcome.error


@pytest.mark.parametrize("limits", [[(10, 0.5)], [(6, 0.3), (15, 1.0)]])
async def test_in_process_with_delays_on_the_way(limits: list[tuple[int, float]]) -> None:
    server = DelayingServer(max_delay=0.15, answer_delay=0.02)
    async with (
        httpx.AsyncClient(transport=server) as http,
        AltegioClient("partner", "user", http_client=http, rate_limit=limits) as altegio,
    ):
        await fan_out_calls(altegio, 60)
    assert len(server.arrivals) == 60
    for limit, period in limits:
        assert max_in_window(server.arrivals, period) <= limit


async def test_admission_stamps_alone_would_overflow() -> None:
    """Control: stamping at admission (no occupancy) lets the delayed arrivals crowd a window."""

    class StampOnAdmission(RateLimiter):
        async def acquire(self) -> Any:
            slot = await super().acquire()
            await slot.release()  # the place frees a window after admission, not after the answer
            return slot

    server = DelayingServer(max_delay=0.15, answer_delay=0.02, seed=3)
    async with (
        httpx.AsyncClient(transport=server) as http,
        AltegioClient("partner", "user", http_client=http, rate_limit=StampOnAdmission([(10, 0.5)])) as altegio,
    ):
        await fan_out_calls(altegio, 60)
    assert max_in_window(server.arrivals, 0.5) > 10  # what the occupancy rule prevents


async def test_a_429_pauses_every_task() -> None:
    server = DelayingServer(max_delay=0.0, answer_delay=0.01)
    server.rate_limit_at = {12: 1.0}
    async with (
        httpx.AsyncClient(transport=server) as http,
        AltegioClient("partner", "user", http_client=http, rate_limit=[(100, 1.0)]) as altegio,
    ):
        await fan_out_calls(altegio, 40, concurrency=10)
    refused_at = server.arrivals[12]
    answered_at = refused_at + server.answer_delay
    during_pause = [t for t in server.arrivals if answered_at + 0.02 < t < answered_at + 1.0 - 0.02]
    assert during_pause == [], f"{len(during_pause)} requests arrived while the budget was paused"
    assert len(server.arrivals) == 41  # the refused request was retried once


async def test_a_real_server_in_its_own_process() -> None:
    with mock_process(latency=0.05) as base_url:
        async with AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=[(10, 0.5)]
        ) as altegio:
            chain = altegio.chain(706028)
            await asyncio.gather(*(chain.call(list_types) for _ in range(50)))
        arrivals = mock_stats(base_url)["arrivals"]
    assert len(arrivals) == 50
    assert max_in_window(arrivals, 0.5) <= 10


# -- one budget in Redis --------------------------------------------------------------------------


def test_four_worker_processes_share_one_redis_budget() -> None:
    with redis_server() as redis, mock_process(latency=0.02) as base_url:
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.limits.worker", base_url, redis.url, "15", "8", "0.5"],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        outcomes = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
        arrivals = mock_stats(base_url)["arrivals"]
    assert outcomes == [{"ok": 15}] * 4
    assert len(arrivals) == 60
    assert max_in_window(arrivals, 0.5) <= 8


async def test_redis_keys_hold_no_token_and_expire() -> None:
    import redis.asyncio as redis_asyncio

    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(5, 1.0), (50, 60.0)])
        server = DelayingServer(max_delay=0.0, answer_delay=0.0)
        async with (
            httpx.AsyncClient(transport=server) as http,
            AltegioClient("partner-secret-token", "user-secret", http_client=http, rate_limit=limiter) as altegio,
        ):
            await fan_out_calls(altegio, 5)
            await limiter.pause(0.5)
        assert limiter.key.startswith("altegio-async:") and "partner-secret-token" not in limiter.key
        store = redis_asyncio.from_url(redis.url)
        keys = [k.decode() for k in await store.keys("*")]
        tag = "{" + limiter.key + "}"  # one hash slot per budget (Redis Cluster)
        assert sorted(keys) == sorted([f"{tag}:w1", f"{tag}:w60", f"{tag}:limits", f"{tag}:pause"])
        for key in keys:
            assert 0 < await store.pttl(key) <= (120 + 60 + 1) * 1000
            if key.endswith(("w1", "w60")):  # members are random ids
                members = await store.zrange(key, 0, -1)
                assert all(b"secret" not in m for m in members)
        await store.aclose()
        await limiter.aclose()


async def test_a_429_pauses_every_process_sharing_the_budget() -> None:
    with redis_server() as redis:
        first_server = DelayingServer(max_delay=0.0, answer_delay=0.0)
        first_server.rate_limit_at = {0: 1.0}
        other_server = DelayingServer(max_delay=0.0, answer_delay=0.0)
        async with (
            httpx.AsyncClient(transport=first_server) as http_a,
            httpx.AsyncClient(transport=other_server) as http_b,
            AltegioClient("p", http_client=http_a, rate_limit=RedisRateLimiter(redis.url, [(50, 1.0)])) as first,
            AltegioClient("p", http_client=http_b, rate_limit=RedisRateLimiter(redis.url, [(50, 1.0)])) as other,
        ):
            refused = asyncio.create_task(first.chain(1).call(list_types))
            while not first_server.arrivals:
                await asyncio.sleep(0.005)
            await asyncio.sleep(0.05)  # the 429 has been answered and the pause stored
            started = time.monotonic()
            await other.chain(1).call(list_types)
            assert other_server.arrivals[0] - started >= 0.85
            await refused


async def test_redis_going_away_fails_typed_and_sends_nothing_twice() -> None:
    from altegio_async.testing import MockAltegio

    mock = MockAltegio(seed=11)
    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(6, 0.3)])
        async with (
            mock.http_client() as http,
            AltegioClient(
                MOCK_PARTNER_TOKEN,
                MOCK_USER_TOKEN,
                base_url="http://altegio.mock/api/v1",
                http_client=http,
                rate_limit=limiter,
            ) as altegio,
        ):
            chain = altegio.chain(mock.chain_ids[0])

            async def create(i: int) -> str:
                try:
                    await chain.call(create_type, body=certificate_type_body(f"Killed {i}"))
                    return "ok"
                except RateLimiterUnavailable as exc:
                    assert "redis://127.0.0.1" in str(exc) and "not sent" in str(exc)
                    return "unavailable"

            tasks = [asyncio.create_task(create(i)) for i in range(40)]
            while mock.handled["chain_loyalty_certificate_types_create"] < 10:
                await asyncio.sleep(0.01)
            redis.kill()
            results = await asyncio.gather(*tasks)
    created = [t["title"] for c in mock.store.chains.values() for t in c.certificate_types.values()]
    killed = [t for t in created if t.startswith("Killed ")]
    assert len(killed) == len(set(killed)), "a write arrived twice"
    assert results.count("ok") == len(killed) >= 10
    assert results.count("unavailable") >= 1
    assert mock.requests["chain_loyalty_certificate_types_create"] == len(killed)
