"""An aiohttp backend for the client (extra ``[aiohttp]``): ``AltegioClient(http_client=AiohttpClient())``.

``AiohttpClient`` sends the client's prepared requests over one ``aiohttp.ClientSession`` directly:
the URL the core built is handed over as it is (parsed once, by yarl, never re-quoted) and no httpx
object is made on the way. Everything the client does on top (retries, rate limits, errors,
whole-attempt timeouts, size caps, cancellation) is the core's, the same as over httpx, because
this backend keeps the promises every backend keeps (``backends.base``):

- only the client's retry loop sends a request again: aiohttp's own retry of idempotent
  requests on a reused connection is switched off;
- a failure is reported as "never sent" only when the connection could not be made; any failure
  after that (a reset, a disconnect, malformed HTTP) is a read or protocol error, so a write is
  never sent twice;
- no aiohttp exception leaves it: each becomes a ``SendFailed`` whose message holds no header
  (aiohttp's exceptions carry the request's headers, tokens included), raised without the
  aiohttp exception as its cause;
- bodies are not decompressed here: the client inflates them itself, within ``max_response_bytes``.

Failures are named as over httpx (``ConnectError``, ``ConnectTimeout``, ``ReadTimeout``,
``ReadError``, ``RemoteProtocolError``), so messages and logs read the same on both backends.
Proxy settings from the environment are not read (aiohttp would read them, and ``.netrc``, on
every request); for a proxy, pass ``httpx.AsyncClient(proxy=...)`` as the HTTP client.
"""

from __future__ import annotations

from .._extras import missing_extra

if (_hint := missing_extra("aiohttp")) is not None:
    raise ModuleNotFoundError(f"AiohttpClient: {_hint}")

import asyncio
import ssl
from collections.abc import AsyncIterator
from types import TracebackType
from typing import TYPE_CHECKING

import aiohttp
from yarl import URL

from .base import SendFailed

if TYPE_CHECKING:
    import httpx

    from ..wire import Request
    from .base import TimeoutSpec

__all__ = ["AiohttpClient"]

DEFAULT_TIMEOUT = 5.0  # seconds per attempt when the client sets none (httpx's default too)


def _failed(exc: BaseException) -> SendFailed:
    """The core's failure for an aiohttp one: "never sent" only for a connection never made.

    The message names the failure's kind and, for malformed HTTP, aiohttp's reason; never
    ``str(exc)`` of an error that holds the request (its headers carry the tokens).
    """
    kind = type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return SendFailed("ConnectTimeout", f"connect timed out ({kind})", never_sent=True, timed_out=True)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return SendFailed("ConnectError", f"could not connect ({kind})", never_sent=True)
    if isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return SendFailed("ReadTimeout", f"no answer in time ({kind})", timed_out=True)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return SendFailed("RemoteProtocolError", f"the server closed the connection ({kind})")
    if isinstance(exc, aiohttp.ClientResponseError):  # malformed status line, headers, chunking, lengths
        reason = str(getattr(exc, "message", "") or "")[:120]
        return SendFailed("RemoteProtocolError", f"malformed HTTP from the server ({kind}: {reason})")
    if isinstance(exc, aiohttp.ClientPayloadError):
        return SendFailed("RemoteProtocolError", f"the body broke off ({kind})")
    if isinstance(exc, (aiohttp.ClientOSError, OSError)):
        return SendFailed("ReadError", f"the connection failed ({kind})")
    return SendFailed("RemoteProtocolError", f"the exchange failed ({kind})")


_HTTP_VERSIONS = {aiohttp.HttpVersion11: "HTTP/1.1", aiohttp.HttpVersion10: "HTTP/1.0"}


class _AiohttpAnswer:
    """An aiohttp answer whose headers arrived, its body still to read (raw)."""

    __slots__ = ("_read_to_the_end", "_response", "headers", "http_version", "reason_phrase", "status_code")

    decoded_body = None  # the body is always streamed here

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self._read_to_the_end = False
        self.status_code = response.status
        self.reason_phrase = response.reason or ""
        version = response.version
        if version is None:
            self.http_version = "HTTP/1.1"
        else:
            self.http_version = _HTTP_VERSIONS.get(version) or f"HTTP/{version.major}.{version.minor}"
        self.headers = list(response.headers.items())

    def aiter_raw(self) -> AsyncIterator[bytes]:
        return _Chunks(self)

    def buffered_body(self) -> bytes | None:
        """The whole raw body when it has all arrived already (no wait), else None."""
        content = self._response.content
        if not content.is_eof():
            return None
        try:
            body = content.read_nowait()
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise _failed(exc) from None
        self._read_to_the_end = True
        return body

    async def aclose(self) -> None:
        # A body read to its end gives the connection back for the next request (keep-alive);
        # one left unread leaves it unusable: closed, never reused.
        if self._read_to_the_end:
            self._response.release()
        else:
            self._response.close()


class _Chunks:
    """An answer's body as its chunks arrive, raw (a plain iterator: no async generator for the loop to track)."""

    __slots__ = ("_answer",)

    def __init__(self, answer: _AiohttpAnswer) -> None:
        self._answer = answer

    def __aiter__(self) -> _Chunks:
        return self

    async def __anext__(self) -> bytes:
        answer = self._answer
        try:
            chunk = await answer._response.content.readany()
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise _failed(exc) from None
        if not chunk:
            answer._read_to_the_end = True
            raise StopAsyncIteration
        return chunk


class AiohttpClient:
    """A backend that sends over aiohttp: ``AltegioClient(..., http_client=AiohttpClient())``.

    Close it yourself, or let ``async with`` do it
    (``async with AiohttpClient() as http, AltegioClient(..., http_client=http) as altegio:``).

    Args:
        max_connections: connections open at once (the client queues the rest itself).
        keepalive_expiry: seconds an idle connection is kept.
        timeout: seconds per attempt when the client sets none (an ``AltegioClient`` given this
            backend sets its own ``timeout``, 30 s by default).
        verify: ``True`` (the system's certificates), ``False``, or an ``ssl.SSLContext``.
        limits: an ``httpx.Limits`` instead of the two numbers above (as httpx's clients take it).
    """

    cancel_safe = True  # a cancelled exchange closes its connection at any stage; no pool slot is lost

    def __init__(
        self,
        *,
        max_connections: int = 100,
        keepalive_expiry: float = 15.0,
        timeout: float = DEFAULT_TIMEOUT,
        verify: ssl.SSLContext | bool = True,
        limits: httpx.Limits | None = None,
    ) -> None:
        if limits is not None:
            max_connections = limits.max_connections or 0
            keepalive_expiry = limits.keepalive_expiry or keepalive_expiry
        if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 0:
            raise ValueError(f"max_connections must be a whole number >= 0 (0: no limit), got {max_connections!r}")
        if not isinstance(verify, (ssl.SSLContext, bool)):
            raise TypeError(f"verify must be True, False or an ssl.SSLContext, got {type(verify).__name__}")
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._timeout = timeout
        self._ssl = verify
        self._session: aiohttp.ClientSession | None = None
        self._closed = False
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    @property
    def max_connections(self) -> int:
        """Connections open at once (100 when unlimited, for the client's own queue)."""
        return self._max_connections or 100

    @property
    def default_timeout(self) -> float:
        """Seconds per attempt when the client sets none."""
        return self._timeout

    @property
    def is_closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        return self._closed

    def _session_now(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections, keepalive_timeout=self._keepalive_expiry, ssl=self._ssl
            )
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                # aiohttp's trust_env reads proxy variables and .netrc on every request (about half
                # a small call's cost).
                trust_env=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
            )
            # aiohttp sends an idempotent request again on its own when a reused connection drops;
            # only the client's retry loop may resend (it knows the rate budget and the attempts).
            session._retry_connection = False
            self._session = session
        return self._session

    def _client_timeout(self, timeout: TimeoutSpec) -> aiohttp.ClientTimeout:
        """aiohttp's timeout for the core's setting, made once per value.

        A number of seconds bounds the whole attempt, and the core enforces that itself, so
        aiohttp sets no timer of its own (it would re-arm a read timer on every chunk). An
        ``httpx.Timeout`` names phases: connect and each read are bounded by aiohttp as given.
        """
        if timeout is None:
            timeout = self._timeout
        if isinstance(timeout, (int, float)):
            key: tuple[float | None, float | None] = (None, None)
        else:  # an httpx.Timeout: its parts
            key = (getattr(timeout, "connect", None), getattr(timeout, "read", None))
        made = self._timeouts.get(key)
        if made is None:
            made = self._timeouts[key] = aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1])
        return made

    async def send(self, request: Request, timeout: TimeoutSpec) -> _AiohttpAnswer:
        """Send over aiohttp; return at the answer's headers (``SendFailed`` for a failed exchange)."""
        if self._closed:
            raise RuntimeError("the AiohttpClient is closed")
        session = self._session_now()
        try:
            response = await session.request(
                request.method,
                URL(request.url, encoded=True),  # the core built and escaped it: parsed once, not re-quoted
                headers=request.headers._items,  # aiohttp copies them into its own CIMultiDict
                data=request.content or None,
                allow_redirects=False,
                auto_decompress=False,
                compress=None,
                timeout=self._client_timeout(timeout),
            )
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise _failed(exc) from None
        return _AiohttpAnswer(response)

    async def aclose(self) -> None:
        """Close the aiohttp session and its connections."""
        self._closed = True
        if self._session is not None:
            await self._session.close()

    async def __aenter__(self) -> AiohttpClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AiohttpClient(max_connections={self._max_connections}, timeout={self._timeout})"
