"""Attempt deadlines on one timer: what ``loop.call_later`` does per attempt, for a fraction of its cost.

Every attempt is bounded by a deadline. A timer per attempt (``call_later``, then ``cancel``)
costs a timer object, a heap push and a cancelled entry left in the loop's heap: about a tenth
of the core's own cost of a small call. Attempts of one client nearly all share one timeout, so
their deadlines come in the order they started: each timeout gets a queue, and the loop holds
one timer, armed for the earliest deadline still watched. Watching is an append; a finished
attempt marks its entry, and finished entries at a queue's head are dropped at once.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import Callable
from typing import Any

__all__ = ["Deadlines", "Watch"]

_EARLY = 0.001  # a loop may run a timer up to its clock's resolution early (uvloop's: a millisecond)


class Watch:
    """One deadline being watched; :meth:`cancel` when the attempt ends first."""

    __slots__ = ("_arg", "_callback", "_queue", "at")

    def __init__(self, at: float, callback: Callable[[Any], object], arg: Any, queue: deque[Watch]) -> None:
        self.at = at
        self._callback: Callable[[Any], object] | None = callback
        self._arg = arg
        self._queue = queue

    @property
    def active(self) -> bool:
        """Whether the deadline is still watched (neither passed nor cancelled)."""
        return self._callback is not None

    def cancel(self) -> None:
        """Stop watching (the attempt ended); the queue drops finished entries at its head."""
        self._callback = None
        self._arg = None
        queue = self._queue
        while queue and queue[0]._callback is None:
            queue.popleft()

    def _fire(self) -> None:
        callback, arg = self._callback, self._arg
        self._callback = None
        self._arg = None
        if callback is not None:
            callback(arg)


class Deadlines:
    """The deadlines of one event loop's attempts: ``watch(seconds, callback, arg)`` calls back once they pass."""

    __slots__ = ("_queues", "_timer", "_timer_at", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._queues: dict[float, deque[Watch]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = math.inf

    def watch(self, seconds: float, callback: Callable[[Any], object], arg: Any) -> Watch:
        """Call ``callback(arg)`` in ``seconds`` (on this loop), unless the returned watch is cancelled first."""
        at = self.loop.time() + seconds
        queue = self._queues.get(seconds)
        if queue is None:
            queue = self._queues[seconds] = deque()
        entry = Watch(at, callback, arg, queue)
        if queue and queue[-1].at > at:  # the clock is monotonic: only a float rounding can do this
            entry.at = queue[-1].at
        queue.append(entry)
        if entry.at < self._timer_at:
            self._arm(entry.at)
        return entry

    def _arm(self, at: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = at
        self._timer = self.loop.call_at(at, self._run)

    def _run(self) -> None:
        """Call back every passed deadline, drop finished entries, and arm for the next deadline."""
        self._timer = None
        self._timer_at = math.inf
        now = self.loop.time() + _EARLY
        earliest = math.inf
        for seconds, queue in list(self._queues.items()):
            while queue and (queue[0]._callback is None or queue[0].at <= now):
                queue.popleft()._fire()
            if queue:
                earliest = min(earliest, queue[0].at)
            else:
                del self._queues[seconds]
        if earliest < math.inf and earliest < self._timer_at:
            self._arm(earliest)
