"""One rate budget shared by every process and host that uses the same Redis (extra ``[redis]``).

Uvicorn, gunicorn, Celery or arq workers sending with one partner token each have their own
in-process budget: N workers send N times the limit. A :class:`RedisRateLimiter` keeps the
budget in Redis with the same two rules as the in-process limiter:

- **occupancy**: a request holds its place in every window from admission until its answer's
  headers arrive; the place frees one full window after that;
- **a 429 pauses everyone**: the pause is stored in Redis and every process waits it out.

Each decision is one Lua script, so it is atomic across processes, and uses Redis's clock, so
hosts with drifting clocks agree. A place whose process died before releasing it frees itself
after ``lease`` seconds (plus the window), and every key expires on its own.

When Redis cannot be reached the call fails with :class:`~altegio_async.RateLimiterUnavailable`
and the request is **not sent**: sending without the shared budget could overrun it for every
worker. (A release or pause that fails after the request was sent is logged, not raised: the
answer is already here, and the place frees itself when its lease ends.)
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ._entry import missing_extra
from .errors import RateLimiterUnavailable
from .ratelimit import DEFAULT_LIMITS, check_limits

__all__ = ["RedisRateLimiter"]

_POLL_MS = 20  # how often a waiter asks again while the places it needs are held by requests in flight

logger = logging.getLogger("altegio_async")

# KEYS: one sorted set per window, then the pause key. ARGV: member, lease ms, limit and period
# ms per window, then the poll interval ms. Scores: an in-flight member scores now + lease (it counts until it is
# released or its lease ends); a released one scores its release time. A member stops counting
# in a window once its score is a full period in the past.
_ACQUIRE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local windows = #KEYS - 1
local paused = tonumber(redis.call('GET', KEYS[#KEYS]) or '0')
if paused > now then
  return paused - now
end
local lease = tonumber(ARGV[2])
local wait = 0
for i = 1, windows do
  local limit = tonumber(ARGV[1 + 2 * i])
  local period = tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - period)
  local taken = redis.call('ZCARD', KEYS[i])
  if taken >= limit then
    local oldest = redis.call('ZRANGE', KEYS[i], taken - limit, taken - limit, 'WITHSCORES')
    local score = tonumber(oldest[2])
    local until_free = score + period - now + 1
    if score > now then
      until_free = tonumber(ARGV[3 + 2 * windows])  -- still in flight: ask again soon
    end
    if until_free > wait then wait = until_free end
  end
end
if wait > 0 then
  return wait
end
for i = 1, windows do
  local period = tonumber(ARGV[2 + 2 * i])
  redis.call('ZADD', KEYS[i], now + lease, ARGV[1])
  redis.call('PEXPIRE', KEYS[i], lease + period + 1000)
end
return 0
"""

_RELEASE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], 'XX', now, ARGV[1])
end
return 0
"""

_PAUSE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local until_ms = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > current then
  redis.call('SET', KEYS[1], until_ms, 'PX', tonumber(ARGV[1]) + 1000)
end
return 0
"""


class _RedisSlot:
    __slots__ = ("_limiter", "_member")

    def __init__(self, limiter: RedisRateLimiter, member: str) -> None:
        self._limiter = limiter
        self._member = member

    async def release(self) -> None:
        await self._limiter._release(self._member)


class RedisRateLimiter:
    """An exact rate budget in Redis, shared by every client that uses the same Redis and key.

    Args:
        url: the Redis URL (``redis://host:6379/0``).
        limits: ``(limit, seconds)`` windows (default 5/s and 200/min).
        key: the budget's name in Redis. By default it is derived from the partner token of the
            first client it is given to (a hash: the token never reaches Redis), so clients of one
            partner share a budget and other partners do not; give each partner its own limiter.
        lease: the longest a request may hold its place without releasing it (seconds): the
            place of a process that died mid-request frees itself after that.
        client: an existing ``redis.asyncio.Redis`` to use instead of ``url``.
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        limits: Sequence[tuple[int, float]] = DEFAULT_LIMITS,
        *,
        key: str | None = None,
        lease: float = 120.0,
        client: Any = None,
    ) -> None:
        if (hint := missing_extra("redis")) is not None:
            raise ModuleNotFoundError(f"RedisRateLimiter: {hint}")
        import redis.asyncio as redis_asyncio
        from redis.exceptions import RedisError

        self.limits = check_limits(limits)
        if lease <= 0:
            raise ValueError(f"lease must be > 0 seconds, got {lease}")
        self.lease = float(lease)
        self.url = url
        self._key = key
        self._redis = (
            client
            if client is not None
            else redis_asyncio.from_url(url, socket_timeout=5.0, socket_connect_timeout=5.0)
        )
        self._acquire_script = self._redis.register_script(_ACQUIRE)
        self._release_script = self._redis.register_script(_RELEASE)
        self._pause_script = self._redis.register_script(_PAUSE)
        self._errors: tuple[type[BaseException], ...] = (RedisError, OSError)

    def __repr__(self) -> str:
        windows = ", ".join(f"{limit}/{period:g}s" for limit, period in self.limits)
        return f"RedisRateLimiter({self.describe()}, {windows})"

    def describe(self) -> str:
        """The Redis URL without its password, and the key: how errors name this limiter."""
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return f"{urlunsplit((parts.scheme, netloc, parts.path, '', ''))} key={self.key!r}"

    @property
    def key(self) -> str:
        """The budget's name in Redis (``altegio-async:<hash of the partner token>`` by default)."""
        return self._key or "altegio-async:unbound"

    def bind(self, partner_key: str) -> None:
        """Take the partner's budget unless a key was given explicitly."""
        if self._key is None:
            self._key = f"altegio-async:{partner_key}"

    def _keys(self) -> list[str]:
        return [f"{self.key}:w{period:g}" for _, period in self.limits] + [f"{self.key}:pause"]

    def _arguments(self, member: str) -> list[Any]:
        args: list[Any] = [member, int(self.lease * 1000)]
        for limit, period in self.limits:
            args += [limit, int(period * 1000)]
        return [*args, _POLL_MS]

    async def acquire(self) -> _RedisSlot:
        """Wait until every window has room and no pause runs; hold a place. Raises if Redis is down."""
        member = uuid.uuid4().hex
        keys, args = self._keys(), self._arguments(member)
        while True:
            try:
                wait_ms = int(await self._acquire_script(keys=keys, args=args))
            except self._errors as exc:
                raise RateLimiterUnavailable(
                    f"the shared rate limiter is unreachable ({type(exc).__name__})", limiter=self.describe()
                ) from None
            if wait_ms <= 0:
                return _RedisSlot(self, member)
            # A little jitter, so processes woken together do not all ask at once.
            await asyncio.sleep(wait_ms / 1000 * (1 + random.random() * 0.1))

    async def _release(self, member: str) -> None:
        try:
            await self._release_script(keys=self._keys()[:-1], args=[member])
        except self._errors as exc:
            logger.warning("rate limiter %s: release failed (%s); the place frees itself", self.describe(), exc)

    async def pause(self, seconds: float) -> None:
        """Hold every request of this budget, in every process, for ``seconds``."""
        if seconds <= 0:
            return
        try:
            await self._pause_script(keys=[self._keys()[-1]], args=[int(seconds * 1000)])
        except self._errors as exc:
            logger.warning("rate limiter %s: pause failed (%s)", self.describe(), exc)

    async def aclose(self) -> None:
        """Close the connection to Redis."""
        await self._redis.aclose()
