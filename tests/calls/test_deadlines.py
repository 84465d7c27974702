"""Attempt deadlines on one timer: each passes on time, in any order of timeouts, and an ended one never fires."""

from __future__ import annotations

import asyncio

from altegio_async._deadlines import Deadlines


async def test_deadlines_of_one_timeout_fire_in_order_and_on_time() -> None:
    loop = asyncio.get_running_loop()
    deadlines = Deadlines(loop)
    fired: list[tuple[str, float]] = []
    started = loop.time()
    for name in ("a", "b", "c"):
        deadlines.watch(0.05, lambda n: fired.append((n, loop.time() - started)), name)
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.1)
    assert [n for n, _ in fired] == ["a", "b", "c"]
    for (_, when), expected in zip(fired, (0.05, 0.07, 0.09), strict=True):
        assert expected - 0.002 <= when < expected + 0.05


async def test_a_shorter_timeout_watched_later_fires_first() -> None:
    loop = asyncio.get_running_loop()
    deadlines = Deadlines(loop)
    fired: list[str] = []
    deadlines.watch(0.2, fired.append, "long")
    deadlines.watch(0.03, fired.append, "short")
    await asyncio.sleep(0.08)
    assert fired == ["short"]
    await asyncio.sleep(0.2)
    assert fired == ["short", "long"]


async def test_a_cancelled_watch_never_fires_and_ones_behind_it_still_do() -> None:
    loop = asyncio.get_running_loop()
    deadlines = Deadlines(loop)
    fired: list[str] = []
    first = deadlines.watch(0.03, fired.append, "first")
    deadlines.watch(0.04, fired.append, "second")
    third = deadlines.watch(0.05, fired.append, "third")
    first.cancel()
    third.cancel()
    assert not first.active and not third.active
    await asyncio.sleep(0.1)
    assert fired == ["second"]


async def test_ended_attempts_leave_nothing_queued() -> None:
    loop = asyncio.get_running_loop()
    deadlines = Deadlines(loop)
    fired: list[None] = []
    for _ in range(1000):
        deadlines.watch(30.0, fired.append, None).cancel()
    assert sum(len(q) for q in deadlines._queues.values()) == 0
    await asyncio.sleep(0)
    assert fired == []


async def test_a_long_attempt_at_the_head_does_not_hold_back_a_passed_deadline_of_another_timeout() -> None:
    loop = asyncio.get_running_loop()
    deadlines = Deadlines(loop)
    fired: list[str] = []
    slow = deadlines.watch(10.0, fired.append, "slow")
    deadlines.watch(0.02, fired.append, "quick")
    await asyncio.sleep(0.06)
    assert fired == ["quick"] and slow.active
    slow.cancel()
