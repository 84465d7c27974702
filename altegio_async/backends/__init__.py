"""The plug point under the transport (``backends.base``): a backend sends the core's prepared
requests and hands back status, headers and a body stream.

- :class:`HttpxBackend`: httpx (the default; ``http_client=httpx.AsyncClient(...)`` is wrapped in one);
- :class:`AiohttpClient`: aiohttp directly (extra ``[aiohttp]``, imported on first use).
"""

from typing import TYPE_CHECKING

from .base import Answer, Backend, SendFailed

if TYPE_CHECKING:
    from .aiohttp import AiohttpClient
    from .httpx_backend import HttpxBackend

__all__ = ["AiohttpClient", "Answer", "Backend", "HttpxBackend", "SendFailed"]


def __getattr__(name: str) -> object:
    """``AiohttpClient`` (its extra is optional) and ``HttpxBackend`` are imported on first use."""
    if name == "AiohttpClient":
        from .aiohttp import AiohttpClient

        return AiohttpClient
    if name == "HttpxBackend":
        from .httpx_backend import HttpxBackend

        return HttpxBackend
    raise AttributeError(f"module 'altegio_async.backends' has no attribute {name!r}")
