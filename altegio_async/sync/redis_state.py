"""What many sync workers share in Redis: checkpoints, and a lease so one location is synced by one worker at a time."""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import AsyncIterator
from typing import Any

from .._redis import key_prefix, redis_from_url

__all__ = ["RedisCheckpoints", "RedisLease"]

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisCheckpoints:
    """:class:`~altegio_async.sync.Checkpoints` in a Redis hash, shared by every worker using ``name``."""

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", *, name: str = "default", client: Any = None) -> None:
        self._redis = client if client is not None else redis_from_url(url)
        self._key = key_prefix("altegio-sync", name) + ":checkpoints"

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()

    async def load(self, key: str) -> dict[str, Any] | None:
        """The saved place, or None before the first sync."""
        raw = await self._redis.hget(self._key, key)
        return None if raw is None else dict(json.loads(raw))

    async def save(self, key: str, value: dict[str, Any]) -> None:
        """Keep ``value`` as the place for ``key``."""
        await self._redis.hset(self._key, key, json.dumps(value, sort_keys=True))


class RedisLease:
    """Leases on names in Redis: :meth:`hold` yields True to the one holder, False to everyone else.

    A lease expires after ``seconds`` even if its holder died, and is released only by its holder.
    """

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", *, name: str = "default", client: Any = None) -> None:
        self._redis = client if client is not None else redis_from_url(url)
        self._prefix = key_prefix("altegio-sync", name) + ":lease:"

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()

    @contextlib.asynccontextmanager
    async def hold(self, what: str, seconds: float = 600.0) -> AsyncIterator[bool]:
        """Try to take the lease on ``what`` for ``seconds``; released when the block ends."""
        token = secrets.token_hex(16)
        key = self._prefix + what
        held = bool(await self._redis.set(key, token, nx=True, px=int(seconds * 1000)))
        try:
            yield held
        finally:
            if held:
                await self._redis.eval(_RELEASE, 1, key, token)
