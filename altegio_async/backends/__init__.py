"""The plug point under the transport: httpx's own transport (the default) and aiohttp
(``backends.aiohttp.AiohttpClient``, extra ``[aiohttp]``, imported on first use)."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .aiohttp import AiohttpClient

__all__ = ["AiohttpClient"]


def __getattr__(name: str) -> object:
    """``AiohttpClient`` is imported on first use: its extra is optional."""
    if name == "AiohttpClient":
        from .aiohttp import AiohttpClient

        return AiohttpClient
    raise AttributeError(f"module 'altegio_async.backends' has no attribute {name!r}")
