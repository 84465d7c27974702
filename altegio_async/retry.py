"""How often and how long the client retries, as a frozen value: :class:`RetryPolicy`."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["RetryPolicy"]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry, and the clock it waits on (a frozen value).

    ``AltegioClient(retry_policy=RetryPolicy(...))`` sets it; ``dataclasses.replace`` makes a
    variant. ``sleep`` and ``jitter`` are the hooks tests use to wait without waiting:
    ``RetryPolicy(sleep=recorder, jitter=lambda: 1.0)``.

    Attributes:
        max_retries: retries after the first attempt (so ``max_retries + 1`` attempts at most).
        backoff_base: the first wait, in seconds; each retry doubles it.
        backoff_max: the longest computed wait.
        max_retry_after: the longest ``Retry-After`` waited out; longer ones are raised.
        sleep: how a wait is waited (``asyncio.sleep``).
        jitter: a number in [0, 1) drawn for each wait (``random.random``).
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
    jitter: Callable[[], float] = random.random

    def __post_init__(self) -> None:
        from ._checks import check_retries, check_seconds

        check_retries(self.max_retries)
        for name in ("backoff_base", "backoff_max", "max_retry_after"):
            check_seconds(name, getattr(self, name))

    def backoff(self, retry: int) -> float:
        """The wait before retry number ``retry`` (0-based): exponential with equal jitter."""
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**retry)
        return ceiling / 2 + float(self.jitter()) * ceiling / 2
