"""The default backend: an ``httpx.AsyncClient`` (the client's own, or one given as ``http_client``).

``AltegioClient(http_client=httpx.AsyncClient(...))`` wraps the given client in an
:class:`HttpxBackend`; its transport, limits, proxies, TLS settings and mounts are used as they
are. Answers are streamed raw: the core inflates them within its size cap.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import httpx

from .base import SendFailed

if TYPE_CHECKING:
    from ..wire import Request
    from .base import TimeoutSpec

__all__ = ["HttpxBackend"]

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_NO_PHASE_TIMEOUTS = httpx.Timeout(None)
_DEFAULT_CONNECTIONS = 100


def _failed(exc: httpx.TransportError) -> SendFailed:
    """The core's failure for an httpx one: its kind, and whether the request never left."""
    kind = type(exc).__name__
    return SendFailed(
        kind,
        f"{kind}: the exchange failed",
        never_sent=isinstance(exc, _NEVER_SENT),
        timed_out=isinstance(exc, httpx.TimeoutException),
    )


class _HttpxAnswer:
    """An httpx answer whose headers arrived, its body still to read."""

    __slots__ = ("_response", "decoded_body", "headers", "http_version", "reason_phrase", "status_code")

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status_code = response.status_code
        self.reason_phrase = response.reason_phrase
        self.http_version = response.http_version
        self.headers = response.headers.multi_items()
        # A test double (httpx.MockTransport, respx) hands over a body httpx already read and
        # decoded: that is the body, with no encoding left to undo.
        self.decoded_body: bytes | None = None
        if response.is_stream_consumed and hasattr(response, "_content"):
            self.decoded_body = response._content

    def aiter_raw(self) -> AsyncIterator[bytes]:
        # The stream itself, not Response.aiter_raw(): that closes the answer at its end, inside
        # the read, where the core cannot tell a close from a read. A cancellation landing in
        # httpcore's close strands the connection; the core closes the answer itself (aclose),
        # and never cancels a close.
        stream = self._response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        return _Chunks(stream.__aiter__())

    async def aclose(self) -> None:
        await self._response.aclose()


class _Chunks:
    """The stream's chunks, an httpx failure turned into the core's (a plain iterator, not an async generator)."""

    __slots__ = ("_chunks",)

    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self._chunks = chunks

    def __aiter__(self) -> _Chunks:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self._chunks.__anext__()
        except httpx.TransportError as exc:
            raise _failed(exc) from None


class HttpxBackend:
    """Sends through an ``httpx.AsyncClient``; ``owned``: closed with the backend.

    ``timeout``: what a request gets when the client sets none (default: the httpx client's own).
    """

    def __init__(self, http: httpx.AsyncClient, *, owned: bool = False, timeout: TimeoutSpec = None) -> None:
        self.http = http
        self.owned = owned
        self._timeout = timeout
        # httpcore strands a pool slot when a request is cancelled between getting a new
        # connection and sending on it; a transport that says it is cancel-safe (the mock's
        # in-process one) is trusted.
        self.cancel_safe: bool = bool(getattr(getattr(http, "_transport", None), "cancel_safe", False))

    @property
    def max_connections(self) -> int:
        """The pool's connection limit (httpcore keeps it on its pool), else 100."""
        transport = getattr(self.http, "_transport", None)
        limit = getattr(getattr(transport, "_pool", None), "_max_connections", None)
        return limit if isinstance(limit, int) and limit > 0 else _DEFAULT_CONNECTIONS

    @property
    def default_timeout(self) -> TimeoutSpec:
        """The timeout given, else the httpx client's own."""
        return self.http.timeout if self._timeout is None else self._timeout

    @property
    def is_closed(self) -> bool:
        """Whether the httpx client is closed."""
        return self.http.is_closed

    async def send(self, request: Request, timeout: TimeoutSpec) -> _HttpxAnswer:
        """Send over httpx; return at the answer's headers (``SendFailed`` for a failed exchange)."""
        built = self.http.build_request(
            request.method,
            request.url,
            headers=request.headers.multi_items(),
            content=request.content or None,
            timeout=_phases(timeout),
        )
        on_connection = request.extensions.get("on_connection")
        if on_connection is not None:
            _trace_until_sending(built.extensions, on_connection)
        try:
            response = await self.http.send(built, stream=True)
        except httpx.TransportError as exc:
            raise _failed(exc) from None
        return _HttpxAnswer(response)

    async def aclose(self) -> None:
        """Close the httpx client when this backend owns it."""
        if self.owned:
            await self.http.aclose()


def _phases(timeout: TimeoutSpec) -> Any:
    """httpx's per-phase timeouts for the core's setting.

    A number of seconds bounds the whole attempt, which the core enforces itself: httpx arms no
    timer per phase (the same number per phase would never fire first). An ``httpx.Timeout``
    names phases, and httpx bounds each as given; ``None`` leaves the httpx client's own.
    """
    if timeout is None:
        return httpx.USE_CLIENT_DEFAULT
    if isinstance(timeout, (int, float)):
        return _NO_PHASE_TIMEOUTS
    return timeout


def _trace_until_sending(extensions: dict[str, Any], on_connection: Callable[[], object]) -> None:
    """Call ``on_connection`` when httpcore starts sending the request's headers, through its trace hook.

    httpcore strands a pool slot when a request is cancelled after the pool gave it a connection
    and before that connection took the request (the connection stays NEW, or CONNECTING, and no
    one else may use it). Once the headers are being sent, a cancellation closes the connection
    cleanly. httpcore reads the hook from this dict (the one it is given) at each step it traces
    and awaits it at the step's start and end: a dozen calls per request. After the event the
    hook takes itself out, so the later steps trace nothing.
    """

    async def trace(event: str, info: object) -> None:
        if "send_request_headers" in event:
            extensions.pop("trace", None)
            on_connection()

    extensions["trace"] = trace
