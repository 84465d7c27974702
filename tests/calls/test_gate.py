"""The in-flight gate: places taken at once while free, handed over in order, never lost to a cancellation."""

from __future__ import annotations

import asyncio

import pytest

from altegio_async._gate import Gate


async def test_free_places_are_taken_without_waiting_and_returned() -> None:
    gate = Gate(2)
    assert gate.take_now() and gate.take_now()
    assert not gate.take_now()
    gate.give_back()
    assert gate.free == 1
    assert gate.take_now()


async def test_a_returned_place_goes_to_the_longest_waiter_not_to_a_newcomer() -> None:
    gate = Gate(1)
    assert gate.take_now()
    order: list[str] = []

    async def waiter(name: str) -> None:
        await gate.wait()
        order.append(name)

    first = asyncio.create_task(waiter("first"))
    await asyncio.sleep(0)
    second = asyncio.create_task(waiter("second"))
    await asyncio.sleep(0)
    gate.give_back()
    assert not gate.take_now()  # the place is the first waiter's, though it has not run yet
    await first
    assert order == ["first"] and gate.free == 0
    gate.give_back()
    await second
    gate.give_back()
    assert order == ["first", "second"] and gate.free == 1


async def test_a_waiter_cancelled_while_queued_holds_nothing_and_leaves_the_queue() -> None:
    gate = Gate(1)
    assert gate.take_now()
    task = asyncio.create_task(gate.wait())
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    gate.give_back()
    assert gate.free == 1
    assert gate.take_now()


async def test_a_waiter_cancelled_just_as_it_was_handed_the_place_passes_it_on() -> None:
    gate = Gate(1)
    assert gate.take_now()
    handed = asyncio.create_task(gate.wait())
    behind = asyncio.create_task(gate.wait())
    await asyncio.sleep(0)
    gate.give_back()  # the place is handed to the first waiter ...
    handed.cancel()  # ... which is cancelled before it runs again
    with pytest.raises(asyncio.CancelledError):
        await handed
    await asyncio.wait_for(behind, 1)  # the place went on to the next one
    assert gate.free == 0
    gate.give_back()
    assert gate.free == 1


async def test_many_callers_never_exceed_the_places() -> None:
    gate = Gate(3)
    held, peak = 0, 0

    async def one() -> None:
        nonlocal held, peak
        await gate.wait()
        try:
            held += 1
            peak = max(peak, held)
            await asyncio.sleep(0)
            held -= 1
        finally:
            gate.give_back()

    tasks = [asyncio.create_task(one()) for _ in range(50)]
    await asyncio.sleep(0)
    tasks[10].cancel()
    tasks[20].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert peak == 3 and gate.free == 3
