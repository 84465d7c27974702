"""The plug point at the transport: what a backend is given and what it gives back.

The client's core prepares each attempt's request (:class:`~altegio_async.wire.Request`: method,
whole URL, headers, body bytes) and calls ``await backend.send(request, timeout)``. The backend
returns an :class:`Answer` as soon as the status line and headers have arrived: the status, the
headers as ``(name, value)`` pairs, and the body's raw bytes as an async iterator (not
decompressed: the core inflates within its size cap). Everything above that (rate budget,
retries, whole-attempt deadline, size cap, cancellation, typed errors) is the core's, the same
for every backend.

A backend keeps three promises:

- a failure is a :class:`SendFailed` naming whether the request surely never left
  (``never_sent``: the connection could not be made), so a write is never sent twice;
- it never resends anything on its own;
- no exception of its HTTP library escapes ``send``, ``aiter_raw`` or ``aclose`` (those carry the
  request's headers, tokens included), and a ``SendFailed`` holds no header either.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..wire import Request

__all__ = ["Answer", "Backend", "SendFailed", "TimeoutSpec"]

TimeoutSpec = object
"""A float of seconds, an ``httpx.Timeout``, or ``None``: the attempt's timeout as configured."""


class SendFailed(Exception):
    """An exchange that ended without a usable answer.

    Attributes:
        kind: the failure's name as the client reports it (``ConnectError``, ``ReadTimeout``, ...).
        never_sent: the request surely never reached the server (safe to send again, any method).
        timed_out: the failure was a timeout.
    """

    def __init__(self, kind: str, message: str, *, never_sent: bool = False, timed_out: bool = False) -> None:
        super().__init__(message)
        self.kind = kind
        self.never_sent = never_sent
        self.timed_out = timed_out


class BodyDecodeError(Exception):
    """A body that cannot be decoded (a broken or unboundable ``Content-Encoding``)."""


class Answer(Protocol):
    """An answer whose status and headers arrived; its body is read through :meth:`aiter_raw`.

    An answer may also offer ``buffered_body() -> bytes | None``: the whole raw body when all of
    it has already arrived (read without waiting, and then it counts as read to the end), else
    ``None``. The core asks it first: a small answer usually arrives with its headers.
    """

    status_code: int
    reason_phrase: str
    http_version: str
    headers: list[tuple[str, str]]

    def aiter_raw(self) -> AsyncIterator[bytes]:
        """The body's bytes as they arrive, still encoded (``SendFailed`` if it breaks off)."""
        ...

    async def aclose(self) -> None:
        """Give the connection back (body read to its end) or close it (anything else)."""
        ...


@runtime_checkable
class Backend(Protocol):
    """Sends prepared requests: ``AltegioClient(http_client=backend)`` (``AiohttpClient``, ``HttpxBackend``)."""

    cancel_safe: bool
    """Whether cancelling ``send`` at any moment leaves the connection pool whole.

    A backend that is not (httpx's) runs in a task of its own, and the caller's cancellation or
    deadline reaches it only once it calls ``request.extensions["on_connection"]()``: the
    request is then on a connection that a cancellation closes cleanly. Until then (a queue for
    the pool, a connection being made) the core waits for that call or the exchange's end, at
    most a second (then it cancels the exchange anyway).
    """

    @property
    def max_connections(self) -> int:
        """Connections it opens at most: the client queues requests beyond that itself."""
        ...

    @property
    def default_timeout(self) -> TimeoutSpec:
        """The timeout a request gets when the client sets none."""
        ...

    @property
    def is_closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        ...

    async def send(self, request: Request, timeout: TimeoutSpec) -> Answer:
        """Send ``request``; return once the answer's headers arrived, or raise ``SendFailed``."""
        ...

    async def aclose(self) -> None:
        """Close every connection."""
        ...
