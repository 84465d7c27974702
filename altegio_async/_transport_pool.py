"""How many connections an ``httpx.AsyncClient`` may open: the default for ``max_in_flight``."""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_IN_FLIGHT", "pool_size"]

DEFAULT_IN_FLIGHT = 100


def pool_size(http: Any) -> int:
    """The client's connection limit (httpx keeps it on its pool), or 100 when it cannot be read.

    Requests beyond the pool's size queue inside httpcore, whose queue costs time quadratic in
    its length; the client keeps them waiting on its own semaphore instead.
    """
    transport = getattr(http, "_transport", None)
    limit = getattr(getattr(transport, "_pool", None), "_max_connections", None)  # httpcore's pool
    if limit is None:  # AiohttpTransport keeps the httpx.Limits it was given
        limit = getattr(getattr(transport, "limits", None), "max_connections", None)
    return limit if isinstance(limit, int) and limit > 0 else DEFAULT_IN_FLIGHT
