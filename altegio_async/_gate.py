"""The in-flight gate: at most N requests of a client on their way at once, the rest queued in order.

``asyncio.Semaphore`` does the same with two coroutines and a lock check per use; a request that
finds a free place here takes it without awaiting anything (the common case: the gate is rarely
full). A place given back goes straight to the longest waiter, so a newcomer never takes a place
someone queued for.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

__all__ = ["Gate"]


class Gate:
    """``size`` places; :meth:`take_now` or :meth:`wait` takes one, :meth:`give_back` returns it."""

    __slots__ = ("_free", "_waiters", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._free = size
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def free(self) -> int:
        """Places nobody holds."""
        return self._free

    def take_now(self) -> bool:
        """Take a free place at once (True), or say there is none (False: :meth:`wait` for one)."""
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return True
        return False

    async def wait(self) -> None:
        """Queue for a place and hold it when this returns; cancelled, it holds none."""
        if self.take_now():
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.give_back()  # handed a place as the cancellation came: pass it on
            else:
                self._forget(waiter)
            raise

    def give_back(self) -> None:
        """Return a place: to the longest waiter still waiting, else to the free ones."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1

    def _forget(self, waiter: asyncio.Future[None]) -> None:
        with contextlib.suppress(ValueError):
            self._waiters.remove(waiter)
