"""The Redis budget under what workers do to it: cancellations, conflicting settings, many event
loops, Redis Cluster, thousands of concurrent calls, killed workers. Each test runs real
redis-server processes on loopback."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import httpx
import pytest

from altegio_async import AltegioClient, RateLimitConfigError, RedisRateLimiter
from altegio_async.limits.redis import _ACQUIRE
from tests.limits.services import redis_cluster, redis_server


async def _held(url: str, limiter: RedisRateLimiter) -> int:
    """Places counted in the limiter's shortest window right now."""
    import redis.asyncio as redis_asyncio

    store = redis_asyncio.from_url(url)
    try:
        return int(await store.zcard(limiter._keys()[0]))
    finally:
        await store.aclose()


async def test_a_call_cancelled_while_the_reply_is_on_its_way_gives_its_place_back() -> None:
    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(5, 60.0)], key="cancel-test")
        real_run = limiter._run

        async def reply_lost(script: str, keys: list[str], args: list[Any]) -> Any:
            answer = await real_run(script, keys, args)
            if script == _ACQUIRE:
                raise asyncio.CancelledError  # the script ran; the caller went away before reading it
            return answer

        limiter._run = reply_lost  # type: ignore[method-assign]
        for _ in range(20):
            with pytest.raises(asyncio.CancelledError):
                await limiter.acquire()
        await asyncio.sleep(0.2)  # the places are given back in tasks of their own
        assert await _held(redis.url, limiter) == 0
        limiter._run = real_run  # type: ignore[method-assign]
        started = time.monotonic()
        slots = [await limiter.acquire() for _ in range(5)]  # the whole budget, at once
        assert time.monotonic() - started < 1.0
        for slot in slots:
            await slot.release()
        await limiter.aclose()


async def test_cancelling_calls_at_random_never_leaks_a_place() -> None:
    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(3, 60.0)], key="random-cancel")
        rng = random.Random(5)
        for _ in range(30):
            task = asyncio.create_task(limiter.acquire())
            await asyncio.sleep(rng.uniform(0, 0.003))
            task.cancel()
            result = await asyncio.gather(task, return_exceptions=True)
            if not isinstance(result[0], BaseException):
                await result[0].release()  # it won the race: a finished request, one window's worth
                break
        await asyncio.sleep(0.2)
        assert await _held(redis.url, limiter) <= 1
        await limiter.aclose()


async def test_two_clients_with_different_windows_on_one_budget_are_refused() -> None:
    with redis_server() as redis:
        strict = RedisRateLimiter(redis.url, [(5, 1.0)], key="shared")
        loose = RedisRateLimiter(redis.url, [(10, 1.0)], key="shared")
        same = RedisRateLimiter(redis.url, [(5, 1.0)], key="shared")
        await (await strict.acquire()).release()
        with pytest.raises(RateLimitConfigError, match="other windows"):
            await loose.acquire()
        await (await same.acquire()).release()
        for limiter in (strict, loose, same):
            await limiter.aclose()


def test_one_limiter_cannot_serve_two_partners() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0")
    AltegioClient("partner-a", rate_limit=limiter)
    AltegioClient("partner-a", rate_limit=limiter)  # the same partner again: one budget
    with pytest.raises(ValueError, match="another partner's budget"):
        AltegioClient("partner-b", rate_limit=limiter)
    named = RedisRateLimiter("redis://127.0.0.1:1/0", key="one-ip")
    AltegioClient("partner-a", rate_limit=named)
    AltegioClient("partner-b", rate_limit=named)  # a budget named on purpose is shared on purpose


def test_a_module_level_limiter_works_across_event_loops() -> None:
    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(50, 1.0)], key="loops")

        async def use() -> None:
            for _ in range(3):
                await (await limiter.acquire()).release()

        for _ in range(3):  # a worker running one asyncio.run per task
            asyncio.run(use())


async def test_thousands_of_concurrent_calls_wait_their_turn() -> None:
    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(100_000, 1.0)], key="crowd")

        async def one() -> None:
            await (await limiter.acquire()).release()

        results = await asyncio.gather(*(one() for _ in range(2000)), return_exceptions=True)
        assert [r for r in results if r is not None] == []
        await limiter.aclose()


async def test_a_place_is_held_no_longer_than_the_deadline_allows() -> None:
    import redis.asyncio as redis_asyncio

    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(5, 1.0)], key="lease")
        await limiter.acquire_for(2.0)  # never released: a worker killed mid-call
        store = redis_asyncio.from_url(redis.url)
        now_s, now_us = await store.time()
        ((_member, score),) = await store.zrange(limiter._keys()[0], 0, -1, withscores=True)
        held_ms = score - (now_s * 1000 + now_us // 1000)
        assert 6000 <= held_ms <= 7100  # the deadline plus 5 s, not the 120 s lease
        await store.aclose()
        await limiter.aclose()


async def test_the_client_holds_places_for_its_deadline() -> None:
    with redis_server() as redis:
        limiter = RedisRateLimiter(redis.url, [(5, 1.0)], key="client-lease")
        seen: list[float | None] = []
        real = limiter.acquire_for

        async def spy(deadline: float | None) -> Any:
            seen.append(deadline)
            return await real(deadline)

        limiter.acquire_for = spy  # type: ignore[method-assign]
        transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"success": True, "data": [], "meta": []}))
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AltegioClient("p", http_client=http, rate_limit=limiter, timeout=7) as altegio,
        ):
            from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types

            await altegio.chain(1).call(list_types)
        assert seen == [7.0]
        await limiter.aclose()


async def test_redis_cluster_holds_one_budget() -> None:
    with redis_cluster(3) as nodes:
        url = f"redis://127.0.0.1:{nodes[0].port}/0"
        limiter = RedisRateLimiter(url, [(4, 1.0)], key="cluster-budget", cluster=True)
        other = RedisRateLimiter(f"redis://127.0.0.1:{nodes[1].port}/0", [(4, 1.0)], key="cluster-budget", cluster=True)
        started = time.monotonic()
        slots = [await limiter.acquire() for _ in range(2)] + [await other.acquire() for _ in range(2)]
        assert time.monotonic() - started < 0.9  # the whole budget at once (1 s would mean a wait)
        released = time.monotonic()
        for slot in slots:
            await slot.release()
        await (await limiter.acquire()).release()  # the shared window is full: free a window after the releases
        assert time.monotonic() - released >= 0.95
        await limiter.aclose()
        await other.aclose()
