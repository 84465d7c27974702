"""How the client's Redis-backed parts connect and name their keys (extra ``[redis]``)."""

from __future__ import annotations

import hashlib
from typing import Any

from ._extras import missing_extra

__all__ = ["key_prefix", "redis_from_url"]


def redis_from_url(url: str, *, cluster: bool = False) -> Any:
    """A ``redis.asyncio`` client (``RedisCluster`` with ``cluster``) with the client's socket timeouts.

    Raises ImportError naming the extra when ``redis`` is not installed.
    """
    hint = missing_extra("redis")
    if hint is not None:
        raise ImportError(hint)
    import redis.asyncio as redis_asyncio

    if cluster:
        return redis_asyncio.RedisCluster.from_url(url, socket_timeout=5.0, socket_connect_timeout=5.0)
    return redis_asyncio.from_url(url, socket_timeout=5.0, socket_connect_timeout=5.0)


def key_prefix(namespace: str, name: str) -> str:
    """``{namespace:<digest of name>}``: a hash tag, so every key under it is in one Redis Cluster slot."""
    return "{" + namespace + ":" + hashlib.sha256(name.encode()).hexdigest()[:16] + "}"
