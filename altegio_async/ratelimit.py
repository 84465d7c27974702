"""Client-side rate limiting over exact sliding windows.

Altegio allows about 5 requests a second and 200 a minute. A token or leaky bucket (such as
aiolimiter's) lets a full bucket burst on top of its steady rate, so 200/min there admits up to
~400 requests in the first minute; the API counts requests per window, so this limiter keeps
the time of each recent request and admits a new one only when every window has room.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEFAULT_LIMITS", "RateLimiter"]

DEFAULT_LIMITS: tuple[tuple[int, float], ...] = ((5, 1.0), (200, 60.0))


class RateLimiter:
    """Admits at most ``limit`` acquisitions in any ``period`` seconds, for every window given.

    One limiter is shared by every task of a client; waiters are served first come, first
    served. ``clock`` and ``sleep`` (default ``asyncio.sleep``) can be replaced (tests use a
    fake clock).
    """

    def __init__(
        self,
        limits: Sequence[tuple[int, float]] = DEFAULT_LIMITS,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        for limit, period in limits:
            if limit < 1 or period <= 0:
                raise ValueError(f"a rate limit needs limit >= 1 and period > 0, got {limit} per {period} s")
        self.limits = tuple((int(limit), float(period)) for limit, period in limits)
        self._stamps = [deque[float]() for _ in self.limits]
        self._clock = clock
        self._sleep = sleep
        self._lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        windows = ", ".join(f"{limit}/{period:g}s" for limit, period in self.limits)
        return f"RateLimiter({windows})"

    def delay(self) -> float:
        """Seconds until every window has room (0 when a request may go now)."""
        now = self._clock()
        wait = 0.0
        for (limit, period), stamps in zip(self.limits, self._stamps, strict=True):
            while stamps and stamps[0] <= now - period:
                stamps.popleft()
            if len(stamps) >= limit:
                wait = max(wait, stamps[0] + period - now)
        return wait

    async def acquire(self) -> None:
        """Wait until a request may go, then count it in every window."""
        import asyncio

        if self._lock is None:
            self._lock = asyncio.Lock()
        sleep = self._sleep or asyncio.sleep
        async with self._lock:
            while (wait := self.delay()) > 0:
                await sleep(wait)
            now = self._clock()
            for stamps in self._stamps:
                stamps.append(now)
