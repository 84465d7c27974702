"""One rate budget shared by every process and host that uses the same Redis (extra ``[redis]``).

Uvicorn, gunicorn, Celery or arq workers sending with one partner token each have their own
in-process budget: N workers send N times the limit. A :class:`RedisRateLimiter` keeps the
budget in Redis with the same two rules as the in-process limiter:

- **occupancy**: a request holds its place in every window from admission until its answer's
  headers arrive; the place frees one full window after that;
- **a 429 pauses everyone**: the pause is stored in Redis and every process waits it out.

Each decision is one Lua script, so it is atomic across processes, and uses Redis's clock, so
hosts with drifting clocks agree. Every key of a budget shares one hash tag (``{name}``), so the
scripts run on Redis Cluster too. A place whose process was killed before releasing it frees
itself when its lease ends: the call's whole-attempt deadline plus 5 s (35 s with the default
30 s timeout), then it counts for one more window, as a finished request would; every key
expires on its own. A call cancelled at any point gives its place back at once.

One budget has one set of windows: a limiter whose windows differ from those already stored for
its key is refused with ``RateLimitConfigError`` (so a 10/s client cannot slip through a 5/s
budget), and one limiter serves one partner (binding it to a second partner's client is a
``ValueError``; give each partner its own limiter, or name a shared budget with ``key=``).
The limiter works from any event loop (a module-level limiter survives ``asyncio.run`` after
``asyncio.run``, as Celery and arq workers do), and any number of concurrent calls wait their
turn for a Redis connection instead of failing.

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
import weakref
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._extras import missing_extra
from .._redis import redis_from_url
from ..errors import RateLimitConfigError, RateLimiterUnavailable
from .local import DEFAULT_LIMITS, check_limits

__all__ = ["RedisRateLimiter"]

_POLL_MS = 20  # how often a waiter asks again while the places it needs are held by requests in flight
_LEASE_SLACK = 5.0  # seconds a place is held beyond its call's whole-attempt deadline
_CONFLICT = -1  # the acquire script's answer when the stored windows differ from the limiter's

logger = logging.getLogger("altegio_async")

# KEYS: one sorted set per window, then the windows' signature key, then the pause key.
# ARGV: member, lease ms, limit and period ms per window, the poll interval ms, the signature.
# Scores: an in-flight member scores now + lease (it counts until it is released or its lease
# ends); a released one scores its release time. A member stops counting in a window once its
# score is a full period in the past. A stored signature other than ours answers -1.
_ACQUIRE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local windows = #KEYS - 2
local signature = ARGV[4 + 2 * windows]
local stored = redis.call('GET', KEYS[windows + 1])
if stored and stored ~= signature then
  return -1
end
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
local longest = 0
for i = 1, windows do
  local period = tonumber(ARGV[2 + 2 * i])
  redis.call('ZADD', KEYS[i], now + lease, ARGV[1])
  redis.call('PEXPIRE', KEYS[i], lease + period + 1000)
  if period > longest then longest = period end
end
redis.call('SET', KEYS[windows + 1], signature, 'PX', lease + longest + 1000)
return 0
"""

# A place taken by a call cancelled before it could be used: gone at once, it counts for nothing.
_FORGET = """
for i = 1, #KEYS do
  redis.call('ZREM', KEYS[i], ARGV[1])
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
        url: the Redis URL (``redis://host:6379/0``; with ``cluster=True`` any node of the cluster).
        limits: ``(limit, seconds)`` windows (default 5/s and 200/min).
        key: the budget's name in Redis. By default it is derived from the partner token of the
            client it is given to (a hash: the token never reaches Redis), so clients of one
            partner share a budget and other partners do not; give each partner its own limiter.
        lease: the longest a place is held by a call with no deadline (seconds); a call with a
            whole-attempt deadline holds it for that deadline plus 5 s at most.
        client: an existing ``redis.asyncio.Redis`` or ``RedisCluster`` to use instead of ``url``
            (then used from the event loop it belongs to).
        cluster: connect to a Redis Cluster at ``url``.
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        limits: Sequence[tuple[int, float]] = DEFAULT_LIMITS,
        *,
        key: str | None = None,
        lease: float = 120.0,
        client: Any = None,
        cluster: bool = False,
    ) -> None:
        if (hint := missing_extra("redis")) is not None:
            raise ModuleNotFoundError(f"RedisRateLimiter: {hint}")
        from redis.exceptions import RedisError

        from .._checks import check_seconds

        self.limits = check_limits(limits)
        self.lease = check_seconds("lease", lease, allow_zero=False)
        self.url = url
        self._key = key
        self._explicit_key = key is not None
        self._cluster = cluster
        self._given = client
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[Any, asyncio.Semaphore]] = (
            weakref.WeakKeyDictionary()
        )
        self._forgetting: set[asyncio.Task[None]] = set()
        self._errors: tuple[type[BaseException], ...] = (RedisError, OSError)
        self._signature = ",".join(f"{limit}/{int(period * 1000)}" for limit, period in self.limits)

    def __repr__(self) -> str:
        windows = ", ".join(f"{limit}/{period:g}s" for limit, period in self.limits)
        return f"RedisRateLimiter({self.describe()}, {windows})"

    def describe(self) -> str:
        """Where the budget lives, without a password: the URL (or the given client's host) and the key."""
        if self._given is not None:
            kwargs = getattr(getattr(self._given, "connection_pool", None), "connection_kwargs", None) or {}
            host = kwargs.get("host") or getattr(self._given, "host", None) or "?"
            port = kwargs.get("port") or getattr(self._given, "port", None)
            kind = type(self._given).__name__
            return f"{kind} at {host}{f':{port}' if port else ''} key={self.key!r}"
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return f"{urlunsplit((parts.scheme, netloc, parts.path, '', ''))} key={self.key!r}"

    @property
    def key(self) -> str:
        """The budget's name in Redis (``altegio-async:<hash of the partner token>`` by default)."""
        return self._key or "altegio-async:unbound"

    def bind(self, partner_key: str) -> None:
        """Take the partner's budget unless a key was given; a second partner is refused (ValueError)."""
        if self._explicit_key:
            return
        wanted = f"altegio-async:{partner_key}"
        if self._key is not None and self._key != wanted:
            raise ValueError(
                "this RedisRateLimiter already holds another partner's budget: give each partner token its "
                "own limiter (or name a budget to share with key=...)"
            )
        self._key = wanted

    def _keys(self) -> list[str]:
        tag = "{" + self.key + "}"  # one hash slot for every key of the budget (Redis Cluster)
        return [f"{tag}:w{period:g}" for _, period in self.limits] + [f"{tag}:limits", f"{tag}:pause"]

    def _connection(self) -> tuple[Any, asyncio.Semaphore]:
        """This event loop's Redis client and the semaphore that keeps calls within its pool."""
        loop = asyncio.get_running_loop()
        found = self._clients.get(loop)
        if found is None:
            client = self._given if self._given is not None else self._new_client()
            pool = getattr(client, "connection_pool", None)
            size = getattr(pool, "max_connections", None) or getattr(client, "max_connections", None) or 50
            found = (client, asyncio.Semaphore(max(1, min(int(size), 1000))))
            self._clients[loop] = found
        return found

    def _new_client(self) -> Any:
        return redis_from_url(self.url, cluster=self._cluster)

    async def _run(self, script: str, keys: list[str], args: list[Any]) -> Any:
        client, turns = self._connection()
        async with turns:  # more calls than the pool has connections wait here, never fail
            return await client.eval(script, len(keys), *keys, *args)

    def _arguments(self, member: str, lease: float) -> list[Any]:
        args: list[Any] = [member, int(lease * 1000)]
        for limit, period in self.limits:
            args += [limit, int(period * 1000)]
        return [*args, _POLL_MS, self._signature]

    async def acquire(self) -> _RedisSlot:
        """Wait until every window has room and no pause runs; hold a place. Raises if Redis is down."""
        return await self.acquire_for(None)

    async def acquire_for(self, deadline: float | None) -> _RedisSlot:
        """:meth:`acquire` for a call whose attempt ends within ``deadline`` seconds: the place's lease.

        A place is held at most ``deadline`` + 5 s (``lease`` without a deadline), so a killed
        worker's places free themselves as soon as no live call could still hold them.
        """
        member = uuid.uuid4().hex
        lease = self.lease if deadline is None else min(self.lease, deadline + _LEASE_SLACK)
        keys, args = self._keys(), self._arguments(member, lease)
        while True:
            try:
                wait_ms = int(await self._run(_ACQUIRE, keys, args))
            except self._errors as exc:
                raise RateLimiterUnavailable(
                    f"the shared rate limiter is unreachable ({type(exc).__name__}: {_reason(exc)})",
                    limiter=self.describe(),
                ) from None
            except BaseException:
                # Cancelled while the script's answer was on its way: the place may be taken. Give it
                # back now, in a task of its own (this call is going away), not after the lease.
                self._forget(member)
                raise
            if wait_ms == _CONFLICT:
                raise RateLimitConfigError(
                    f"the budget {self.key!r} is held with other windows than this limiter's "
                    f"({self._signature}); every client of one budget must use the same limits",
                    limiter=self.describe(),
                )
            if wait_ms <= 0:
                return _RedisSlot(self, member)
            # A little jitter, so processes woken together do not all ask at once.
            await asyncio.sleep(wait_ms / 1000 * (1 + random.random() * 0.1))

    def _forget(self, member: str) -> None:
        async def forget() -> None:
            try:
                await self._run(_FORGET, self._keys()[:-2], [member])
            except self._errors as exc:
                logger.warning("rate limiter %s: a cancelled place could not be freed (%s)", self.describe(), exc)

        task = asyncio.get_running_loop().create_task(forget())
        self._forgetting.add(task)
        task.add_done_callback(self._forgetting.discard)

    async def _release(self, member: str) -> None:
        try:
            await self._run(_RELEASE, self._keys()[:-2], [member])
        except self._errors as exc:
            logger.warning("rate limiter %s: release failed (%s); the place frees itself", self.describe(), exc)

    async def pause(self, seconds: float) -> None:
        """Hold every request of this budget, in every process, for ``seconds``."""
        import math

        if not math.isfinite(seconds) or seconds <= 0:
            return
        try:
            await self._run(_PAUSE, [self._keys()[-1]], [int(seconds * 1000)])
        except self._errors as exc:
            logger.warning("rate limiter %s: pause failed (%s)", self.describe(), exc)

    async def aclose(self) -> None:
        """Close this event loop's connection to Redis (a given ``client`` is closed too)."""
        loop = asyncio.get_running_loop()
        found = self._clients.pop(loop, None)
        if self._forgetting:
            await asyncio.gather(*self._forgetting, return_exceptions=True)
        if found is not None:
            await found[0].aclose()


def _reason(exc: BaseException) -> str:
    """A short reason without the URL or a password (redis-py's messages can name the address)."""
    text = str(exc).split("\n", 1)[0]
    return text[:80]
