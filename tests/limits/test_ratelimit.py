"""The sliding-window limiter, on a fake clock: no window ever holds more than its limit."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from altegio_async import AltegioClient, RateLimiter
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from tests.support.routes import path_of


class FakeClock:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def max_in_window(stamps: list[float], period: float) -> int:
    stamps = sorted(stamps)
    return max(sum(1 for t in stamps if start <= t < start + period) for start in stamps)


async def test_fifty_concurrent_acquisitions_at_five_per_second() -> None:
    clock = FakeClock()
    limiter = RateLimiter([(5, 1.0)], clock=clock, sleep=clock.sleep)
    stamps: list[float] = []

    async def one() -> None:
        slot = await limiter.acquire()
        stamps.append(clock())
        await slot.release()  # an answer that arrives at once

    await asyncio.gather(*(one() for _ in range(50)))
    assert len(stamps) == 50
    assert max_in_window(stamps, 1.0) == 5
    assert stamps[-1] - stamps[0] == pytest.approx(9.0)  # 10 windows of 5, the first at once


async def test_both_windows_hold() -> None:
    clock = FakeClock()
    limiter = RateLimiter([(5, 1.0), (20, 60.0)], clock=clock, sleep=clock.sleep)
    stamps = []
    for _ in range(45):
        slot = await limiter.acquire()
        stamps.append(clock())
        await slot.release()
    assert max_in_window(stamps, 1.0) <= 5
    assert max_in_window(stamps, 60.0) <= 20
    assert stamps[20] - stamps[0] == pytest.approx(60.0)


async def test_a_place_is_held_until_the_answer_arrives() -> None:
    """Occupancy: the next request that needs a place goes one window after the answer, not the send."""
    clock = FakeClock()
    limiter = RateLimiter([(2, 1.0)], clock=clock, sleep=clock.sleep)
    first = await limiter.acquire()
    second = await limiter.acquire()
    admitted: list[float] = []

    async def third() -> None:
        slot = await limiter.acquire()
        admitted.append(clock())
        await slot.release()

    task = asyncio.create_task(third())
    await asyncio.sleep(0)
    await clock.sleep(5.0)  # both answers are slow: five seconds pass, nothing more is admitted
    assert admitted == [] and limiter.in_flight == 2
    await first.release()  # the first answer arrives at 1005
    await second.release()
    await task
    assert admitted == [pytest.approx(1006.0)]


async def test_a_pause_holds_every_task() -> None:
    clock = FakeClock()
    limiter = RateLimiter([(100, 1.0)], clock=clock, sleep=clock.sleep)
    await limiter.pause(2.5)
    stamps = []
    for _ in range(3):
        slot = await limiter.acquire()
        stamps.append(clock())
        await slot.release()
    assert stamps == [pytest.approx(1002.5)] * 3
    await limiter.pause(-1)  # a negative pause is no pause
    slot = await limiter.acquire()
    assert clock() == pytest.approx(1002.5)
    await slot.release()


def test_rate_limit_takes_windows_a_limiter_or_none() -> None:
    from altegio_async import Limiter
    from altegio_async.ratelimit import limiter_from

    assert isinstance(RateLimiter(), Limiter)
    assert limiter_from(None) is None
    assert limiter_from([(3, 1.0)]).limits == ((3, 1.0),)  # type: ignore[union-attr]
    with pytest.raises(TypeError, match="rate_limit takes"):
        limiter_from("5/s")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one window"):
        limiter_from([])


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="whole number >= 1"):
        RateLimiter([(0, 1.0)])
    with pytest.raises(ValueError, match="seconds > 0"):
        RateLimiter([(5, 0.0)])


async def test_the_client_shares_one_limiter_across_tasks() -> None:
    clock = FakeClock()
    limiter = RateLimiter([(5, 1.0)], clock=clock, sleep=clock.sleep)
    stamps: list[float] = []

    def record(request: httpx.Request) -> httpx.Response:
        stamps.append(clock())
        return httpx.Response(200, json={"success": True, "data": [], "meta": []})

    with respx.mock(base_url="https://api.alteg.io/api/v1") as router:
        router.get(path_of("chain_loyalty_certificate_types_list", 1)).mock(side_effect=record)
        async with AltegioClient("p", rate_limit=limiter) as client:
            chain = client.chain(1)
            await asyncio.gather(*(chain.call(list_cert_types) for _ in range(50)))
    assert len(stamps) == 50
    assert max_in_window(stamps, 1.0) == 5
    assert client.rate_limiter is limiter


async def test_default_limits_and_off() -> None:
    async with AltegioClient("p") as client:
        assert client.rate_limiter is not None
        assert client.rate_limiter.limits == ((5, 1.0), (200, 60.0))
    async with AltegioClient("p", rate_limit=None) as client:
        assert client.rate_limiter is None


def test_an_in_process_limiter_works_across_event_loops() -> None:
    limiter = RateLimiter([(100, 1.0)])

    async def use() -> None:
        slots = [await limiter.acquire() for _ in range(3)]
        for slot in slots:
            await slot.release()

    for _ in range(3):  # a worker running one asyncio.run per task, the limiter kept at module level
        asyncio.run(use())
    assert limiter.in_flight == 0
