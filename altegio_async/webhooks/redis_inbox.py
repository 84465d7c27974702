"""The inbox in Redis, for many web workers behind one webhook URL (extra ``[redis]``).

Same contract as :class:`~altegio_async.webhooks.SQLiteInbox`: a body is kept once (a re-send, or
the same delivery reaching two workers, is stored once), stored before it is acknowledged, leased
to one worker at a time, retried, and dead-lettered after ``max_attempts``. Durable as the Redis
server is: run it with ``appendonly yes`` and ``appendfsync always`` for an acknowledged delivery
to survive a crash of Redis itself.
"""

from __future__ import annotations

import time
from typing import Any

from .._checks import check_count
from .._extras import missing_extra
from .._redis import key_prefix, redis_from_url
from .inbox import Delivery, delivery_key

__all__ = ["RedisInbox"]

# KEYS: seen, ready, bodies, attempts. ARGV: key, body, now.
_PUT = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
"""

# KEYS: ready, bodies, attempts. ARGV: now, lease, limit. Returns key, body, attempts triples.
_CLAIM = """
local keys = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, key in ipairs(keys) do
  redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + tonumber(ARGV[2]), key)
  local attempts = redis.call('HINCRBY', KEYS[3], key, 1)
  table.insert(out, key)
  table.insert(out, redis.call('HGET', KEYS[2], key))
  table.insert(out, attempts)
end
return out
"""


class RedisInbox:
    """Deliveries kept in Redis under ``{altegio-webhooks:<name>}:*`` (one hash slot, so a cluster works too).

    Args:
        url: the Redis URL (``redis://host:6379/0``), unless ``client`` is given.
        name: separates several receivers sharing one Redis.
        max_attempts: handler failures before a delivery is dead-lettered.
        lease_seconds: how long a claimed delivery is hidden from other workers.
        client: an existing ``redis.asyncio.Redis`` to use instead of ``url``.
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        name: str = "default",
        max_attempts: int = 5,
        lease_seconds: float = 60.0,
        client: Any = None,
    ) -> None:
        hint = missing_extra("redis")
        if hint is not None and client is None:
            raise ImportError(hint)
        self.url = url
        self.max_attempts = check_count("max_attempts", max_attempts)
        self.lease_seconds = float(lease_seconds)
        prefix = key_prefix("altegio-webhooks", name)
        self._seen, self._ready, self._bodies = f"{prefix}:seen", f"{prefix}:ready", f"{prefix}:bodies"
        self._attempts, self._dead = f"{prefix}:attempts", f"{prefix}:dead"
        self._client = client

    def _redis(self) -> Any:
        if self._client is None:
            self._client = redis_from_url(self.url)
        return self._client

    async def aclose(self) -> None:
        """Close the connection pool (when this inbox opened it)."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def put(self, body: bytes) -> bool:
        """Store a delivery; False when the same body was stored before (nothing stored twice)."""
        keys = (self._seen, self._ready, self._bodies, self._attempts)
        stored = await self._redis().eval(_PUT, len(keys), *keys, delivery_key(body), body, time.time())
        return bool(stored)

    async def claim(self, limit: int = 100) -> list[Delivery]:
        """Lease up to ``limit`` deliveries due now (oldest first) to this worker."""
        keys = (self._ready, self._bodies, self._attempts)
        flat = await self._redis().eval(_CLAIM, len(keys), *keys, time.time(), self.lease_seconds, limit)
        return [Delivery(_text(flat[i]), bytes(flat[i + 1] or b""), int(flat[i + 2])) for i in range(0, len(flat), 3)]

    async def done(self, delivery: Delivery) -> None:
        """Mark a delivery handled (its digest stays known, so a late re-send is still recognised)."""
        redis = self._redis()
        async with redis.pipeline(transaction=True) as pipe:
            pipe.zrem(self._ready, delivery.key).hdel(self._bodies, delivery.key).hdel(self._attempts, delivery.key)
            await pipe.execute()

    async def failed(self, delivery: Delivery, error: str) -> None:
        """A handler failed: due again now, or dead-lettered after ``max_attempts``."""
        redis = self._redis()
        if delivery.attempts >= self.max_attempts:
            async with redis.pipeline(transaction=True) as pipe:
                pipe.zrem(self._ready, delivery.key).rpush(self._dead, delivery.key)
                await pipe.execute()
            return
        await redis.zadd(self._ready, {delivery.key: time.time()})

    async def pending(self) -> list[Delivery]:
        """Deliveries not yet handled (nor dead-lettered)."""
        keys = [_text(k) for k in await self._redis().zrange(self._ready, 0, -1)]
        return await self._load(keys)

    async def dead_letters(self) -> list[Delivery]:
        """Deliveries whose handler failed ``max_attempts`` times."""
        keys = [_text(k) for k in await self._redis().lrange(self._dead, 0, -1)]
        return await self._load(keys)

    async def _load(self, keys: list[str]) -> list[Delivery]:
        if not keys:
            return []
        redis = self._redis()
        bodies = await redis.hmget(self._bodies, keys)
        attempts = await redis.hmget(self._attempts, keys)
        return [
            Delivery(key, bytes(body or b""), int(tried or 0))
            for key, body, tried in zip(keys, bodies, attempts, strict=True)
        ]


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
