"""What the respx-based hardening tests share: the API root, a list path, tokens, an empty answer,
and a streamed body. The ``client`` fixture (no limit, no retries) is in ``tests/conftest.py``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx

from tests.support.routes import path_of

BASE = "https://api.alteg.io/api/v1"
LIST = path_of("chain_loyalty_certificate_types_list", 1)
CREATE = path_of("chain_loyalty_certificate_types_create", 1)
PARTNER = "partner-token-0123456789abcdef"
USER = "user-token-fedcba9876543210"
OK = {"success": True, "data": [], "meta": []}


def streamed(status: int, chunks: list[bytes], headers: dict[str, str] | None = None, pause: float = 0.0) -> Any:
    """A respx side effect answering with a body that arrives chunk by chunk."""

    class Body(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in chunks:
                if pause:
                    await asyncio.sleep(pause)
                yield chunk

    return lambda request: httpx.Response(status, headers=headers or {}, stream=Body())
