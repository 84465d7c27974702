"""An aiohttp backend for the client (extra ``[aiohttp]``): ``AltegioClient(http_client=AiohttpClient())``.

``AiohttpClient`` is an ``httpx.AsyncClient`` whose transport sends over an ``aiohttp``
session. Everything the client does on top (retries, rate limits, errors, whole-attempt
timeouts, size caps, cancellation) behaves as with httpx's own transport, because this
transport keeps the same promises httpx's does:

- only the client's retry loop sends a request again: aiohttp's own retry of idempotent
  requests on a reused connection is switched off;
- a failure is reported as "never sent" (``ConnectError``/``ConnectTimeout``) only when the
  connection could not be made; any failure after that (a reset, a disconnect, malformed HTTP)
  is a read or protocol error, so a write is never sent twice;
- no aiohttp exception leaves it: each becomes an ``httpx`` transport error whose message holds
  no header (aiohttp's exceptions carry the request's headers, tokens included), raised without
  the aiohttp exception as its cause;
- bodies are not decompressed here: the client inflates them itself, within ``max_response_bytes``.

Proxy settings from the environment are not read (aiohttp would read them, and ``.netrc``, on
every request); an HTTP client over a proxy is ``httpx.AsyncClient(proxy=...)``.
"""

from __future__ import annotations

from .._extras import missing_extra

if (_hint := missing_extra("aiohttp")) is not None:
    raise ModuleNotFoundError(f"AiohttpClient: {_hint}")

import asyncio
import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx

__all__ = ["AiohttpClient", "AiohttpTransport"]

_CHUNK = 64 * 1024


def _error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp failure: "never sent" only for a connection never made.

    The message names the failure's kind and, for malformed HTTP, aiohttp's reason; never
    ``str(exc)`` of an error that holds the request (its headers carry the tokens).
    """
    kind = type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(f"connect timed out ({kind})", request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(f"could not connect ({kind})", request=request)
    if isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return httpx.ReadTimeout(f"no answer in time ({kind})", request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(f"the server closed the connection ({kind})", request=request)
    if isinstance(exc, aiohttp.ClientResponseError):  # malformed status line, headers, chunking, lengths
        reason = str(getattr(exc, "message", "") or "")[:120]
        return httpx.RemoteProtocolError(f"malformed HTTP from the server ({kind}: {reason})", request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.RemoteProtocolError(f"the body broke off ({kind})", request=request)
    if isinstance(exc, (aiohttp.ClientOSError, OSError)):
        return httpx.ReadError(f"the connection failed ({kind})", request=request)
    return httpx.RemoteProtocolError(f"the exchange failed ({kind})", request=request)


class _Body(httpx.AsyncByteStream):
    """An aiohttp answer's body as httpx reads it, raw (not decompressed)."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request
        self._read_to_the_end = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise _error(exc, self._request) from None
        self._read_to_the_end = True

    async def aclose(self) -> None:
        # A body read to its end gives the connection back for the next request (keep-alive);
        # one left unread leaves it unusable: closed, never reused.
        if self._read_to_the_end:
            self._response.release()
        else:
            self._response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx`` transport that sends over one ``aiohttp.ClientSession`` (created on first use)."""

    cancel_safe = True  # a cancelled exchange closes its connection at any stage; no pool slot is lost

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._ssl = verify
        self._session: aiohttp.ClientSession | None = None

    def _session_now(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self.limits.max_connections or 0,
                keepalive_timeout=self.limits.keepalive_expiry or 15.0,
                ssl=self._ssl,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                # aiohttp's trust_env reads proxy variables and .netrc on every request (about half
                # a small call's cost); proxies go in explicitly, as with httpx-aiohttp before.
                trust_env=False,
                cookie_jar=aiohttp.DummyCookieJar(),
            )
            # aiohttp sends an idempotent request again on its own when a reused connection drops;
            # only the client's retry loop may resend (it knows the rate budget and the attempts).
            session._retry_connection = False
            self._session = session
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` over aiohttp; the answer's body is streamed, raw."""
        timeout = request.extensions.get("timeout", {})
        session = self._session_now()
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        content = request.content or None
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=headers,
                data=content,
                allow_redirects=False,
                auto_decompress=False,
                compress=None,
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=timeout.get("connect"), sock_read=timeout.get("read")
                ),
            )
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise _error(exc, request) from None
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("latin-1")},
            request=request,
        )

    async def aclose(self) -> None:
        """Close the aiohttp session and its connections."""
        if self._session is not None:
            await self._session.close()


class AiohttpClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose requests go out through aiohttp.

    Pass it as ``AltegioClient(..., http_client=AiohttpClient())`` and close it yourself
    (``async with AiohttpClient() as http, AltegioClient(..., http_client=http) as altegio:``).
    It takes httpx's ``AsyncClient`` arguments (``limits=``, ``timeout=``, ``verify=``, ...).
    """

    def _init_transport(
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = httpx.Limits(max_connections=100, max_keepalive_connections=20),  # noqa: B008
        transport: httpx.AsyncBaseTransport | None = None,
        **kwargs: Any,
    ) -> httpx.AsyncBaseTransport:
        if transport is not None:
            return transport
        context: ssl.SSLContext | bool = verify if isinstance(verify, (ssl.SSLContext, bool)) else True
        if cert is not None or isinstance(verify, str):
            context = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        return AiohttpTransport(limits=limits, verify=context)
