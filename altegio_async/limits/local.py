"""Rate limits held where Altegio counts them: exact windows, occupancy until the answer, shared pauses.

Altegio allows about 5 requests a second and 200 a minute, counted where requests *arrive*.
A request arrives somewhere between the moment the client admits it and the moment its
answer's headers come back (connection set-up, a pool slot and the network all sit in
between), so a limiter that stamps requests when it admits them lets windows overflow at the
server. Here a request **occupies** its place in every window from admission until its answer
arrives (or it fails); the place frees one full window after that. Then no window, as the
server sees it, ever holds more than its limit, whatever the delays.

A 429 pauses the whole budget: every task sharing the limiter waits out ``Retry-After``.

The :class:`Limiter` protocol is what ``AltegioClient(rate_limit=...)`` accepts besides
windows and ``None``; :class:`RateLimiter` is the in-process default and
:class:`altegio_async.RedisRateLimiter` shares one budget between processes and hosts.
"""

from __future__ import annotations

import bisect
import itertools
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEFAULT_LIMITS", "Limiter", "RateLimiter", "Slot", "check_limits", "limiter_from", "partner_key"]

DEFAULT_LIMITS: tuple[tuple[int, float], ...] = ((5, 1.0), (200, 60.0))


class Slot(Protocol):
    """A request's place in the budget, from admission until its answer arrives."""

    async def release(self) -> None:
        """The answer's headers arrived (or the attempt failed): the place frees one window later."""


@runtime_checkable
class Limiter(Protocol):
    """What a rate limiter offers the client. Every request of the client passes it.

    ``acquire`` waits until every window has room (and no pause is running), then holds a
    place for the request; the client calls ``release`` on the returned slot as soon as the
    answer's headers arrive or the attempt fails. ``pause`` makes every holder of the budget
    wait (a 429's ``Retry-After``). ``bind`` tells a shared limiter which partner the client
    sends for (a hash of the partner token, never the token); in-process limiters ignore it.
    """

    limits: tuple[tuple[int, float], ...]

    async def acquire(self) -> Slot: ...

    async def pause(self, seconds: float) -> None: ...

    def bind(self, partner_key: str) -> None: ...


def check_limits(limits: Sequence[tuple[int, float]]) -> tuple[tuple[int, float], ...]:
    """The windows as ``(limit, seconds)`` pairs.

    ValueError for a window that admits nothing or that is not a window: a limit that is not a
    whole number >= 1 (``inf``, ``1.5``), a period that is not a finite number > 0 (``nan``).
    """
    from .._checks import check_count, check_seconds

    out = []
    for window in limits:
        if not isinstance(window, (tuple, list)) or len(window) != 2:
            raise ValueError(f"a rate limit window is a (limit, seconds) pair, got {window!r}")
        limit, period = window
        out.append(
            (
                check_count("a rate limit's limit", limit),
                check_seconds("a rate limit's period", period, allow_zero=False),
            )
        )
    if not out:
        raise ValueError("give at least one window, or rate_limit=None for no limit")
    return tuple(out)


class _LocalSlot:
    __slots__ = ("_limiter", "_number")

    def __init__(self, limiter: RateLimiter, number: int) -> None:
        self._limiter = limiter
        self._number = number

    async def release(self) -> None:
        self._limiter._release(self._number)


class RateLimiter:
    """Exact windows for the tasks of one process, with occupancy and shared 429 pauses.

    ``limits`` are ``(limit, seconds)`` windows (default 5/s and 200/min). Waiters are served
    first come, first served. ``clock`` and ``sleep`` can be replaced (tests use a fake clock).
    """

    def __init__(
        self,
        limits: Sequence[tuple[int, float]] = DEFAULT_LIMITS,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        self.limits = check_limits(limits)
        self._in_flight: set[int] = set()
        self._finished: list[float] = []  # when the answers of recent requests arrived, oldest first
        self._numbers = itertools.count()
        self._paused_until = 0.0
        self._clock = clock
        self._sleep = sleep
        self._lock: asyncio.Lock | None = None
        self._changed: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        windows = ", ".join(f"{limit}/{period:g}s" for limit, period in self.limits)
        return f"RateLimiter({windows})"

    def bind(self, partner_key: str) -> None:
        """Nothing to do: this budget belongs to the one process that holds it."""

    @property
    def in_flight(self) -> int:
        """Requests admitted whose answers have not arrived yet."""
        return len(self._in_flight)

    def delay(self) -> float | None:
        """Seconds until a request may go (0: now); None while answers it must wait for are out.

        Logarithmic in the answers held: the finish times are sorted, so each window's share is
        found by bisection, and old ones are dropped in bulk.
        """
        now = self._clock()
        finished = self._finished
        horizon = max(period for _, period in self.limits)
        old = bisect.bisect_right(finished, now - horizon)
        if old:
            del finished[:old]
        wait = max(0.0, self._paused_until - now)
        for limit, period in self.limits:
            first = bisect.bisect_right(finished, now - period)
            recent = len(finished) - first
            taken = len(self._in_flight) + recent
            if taken < limit:
                continue
            # Room comes when enough finished requests leave the window; in-flight ones first finish.
            needed = taken - limit + 1
            if needed > recent:
                return None
            wait = max(wait, finished[first + needed - 1] + period - now)
        return wait

    async def acquire(self) -> _LocalSlot:
        """Wait until every window has room and no pause runs; hold a place for one request."""
        import asyncio

        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:
            # asyncio's locks belong to one event loop: a limiter kept at module level and used
            # again from a second asyncio.run() (Celery, arq workers) gets fresh ones.
            self._lock = asyncio.Lock()
            self._changed = asyncio.Event()
            self._loop = loop
            if self._in_flight:  # places held by calls of a loop that is gone can never be released
                now = self._clock()
                self._finished.extend(now for _ in self._in_flight)
                self._in_flight.clear()
        assert self._changed is not None
        sleep = self._sleep or asyncio.sleep
        async with self._lock:
            while (wait := self.delay()) != 0:
                if wait is None:  # every place is held by a request in flight: wait for an answer
                    self._changed.clear()
                    await self._changed.wait()
                else:
                    await sleep(wait)
            number = next(self._numbers)
            self._in_flight.add(number)
            return _LocalSlot(self, number)

    def _release(self, number: int) -> None:
        if number in self._in_flight:
            self._in_flight.discard(number)
            self._finished.append(self._clock())
            if self._changed is not None:
                self._changed.set()

    async def pause(self, seconds: float) -> None:
        """Hold every request of this budget for ``seconds`` (a 429's ``Retry-After``)."""
        import math

        if math.isfinite(seconds):
            self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))


def limiter_from(rate_limit: Sequence[tuple[int, float]] | Limiter | None) -> Limiter | None:
    """The limiter for ``AltegioClient(rate_limit=...)``: windows become an in-process ``RateLimiter``."""
    if rate_limit is None:
        return None
    if isinstance(rate_limit, Limiter):
        return rate_limit
    if isinstance(rate_limit, (str, bytes)) or not isinstance(rate_limit, Sequence):
        raise TypeError(
            f"rate_limit takes (limit, seconds) windows, a Limiter or None, got {type(rate_limit).__name__}"
        )
    return RateLimiter(rate_limit)


def partner_key(partner_token: str) -> str:
    """A stable, non-reversible name for a partner token (what a shared limiter keys its budget by)."""
    import hashlib

    return hashlib.sha256(f"altegio-async:{partner_token}".encode()).hexdigest()[:24]
