"""An aiohttp backend for the client (extra ``[aiohttp]``): ``AltegioClient(http_client=AiohttpClient())``.

``AiohttpClient`` is an ``httpx.AsyncClient`` that sends over aiohttp, built on the maintained
``httpx-aiohttp`` package (the way openai-python offers ``DefaultAioHttpClient``). Everything
the client does on top of httpx (retries, rate limits, errors, whole-attempt timeouts, size
caps, cancellation) behaves the same; aiohttp makes each request cheaper, most of all at high
concurrency. aiohttp does not decompress: the client inflates bodies itself, within
``max_response_bytes``.
"""

from __future__ import annotations

from ._entry import missing_extra

if (_hint := missing_extra("aiohttp")) is not None:
    raise ModuleNotFoundError(f"AiohttpClient: {_hint}")

from httpx_aiohttp import HttpxAiohttpClient

__all__ = ["AiohttpClient"]


class AiohttpClient(HttpxAiohttpClient):
    """An ``httpx.AsyncClient`` whose requests go out through aiohttp.

    Pass it as ``AltegioClient(..., http_client=AiohttpClient())`` and close it yourself
    (``async with AiohttpClient() as http, AltegioClient(..., http_client=http) as altegio:``).
    It takes httpx's ``AsyncClient`` arguments (``limits=``, ``timeout=``, ...).
    """
