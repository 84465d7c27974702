"""The one place a request is sent: rate limit → send → retry decision → hooks and logging.

Retries follow one rule: a request is sent again only when sending it again cannot do
anything twice. Connect errors and pool timeouts (the request never left) are retried for
every method; read timeouts and broken connections (the server may have acted) only for
GET/HEAD/OPTIONS; 429 and 503 (refused before processing) for every method; 500, 502 and 504
only for GET/HEAD/OPTIONS. Waits grow exponentially with jitter, or follow ``Retry-After``; a
``Retry-After`` longer than ``max_retry_after`` is not waited out, the answer is returned
at once so the caller raises ``RateLimitError``. A 429 also pauses the whole rate budget.

Each attempt holds its place in the rate budget until the answer's headers arrive, is bounded
as a whole (connect, headers and body) by the timeout, and reads at most
``max_response_bytes`` of decoded body.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx

from ._checks import check_count
from ._context import ATTEMPTS
from ._defaults import DEFAULT_MAX_RESPONSE_BYTES
from ._headers import parse_retry_after
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ResponseFormatError,
    ResponseTooLargeError,
)
from .limits.local import Limiter, Slot
from .retry import RetryPolicy

__all__ = [
    "ACCEPT",
    "ATTEMPTS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "EventHook",
    "RetryPolicy",
    "Transport",
    "attempt_deadline",
    "check_max_response_bytes",
    "read_body",
]

logger = logging.getLogger("altegio_async")

ACCEPT = "application/vnd.api.v2+json"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_ANY_METHOD = frozenset({429, 503})
RETRY_SAFE_METHOD = frozenset({500, 502, 504})  # reads are idempotent: a 500 on a GET is retried too
ABANDON_GRACE = 1.0  # the longest wait for a cancelled exchange to end (it normally takes microseconds)

EventHook = Callable[[Any], Awaitable[object] | object]


class _Failed(Exception):
    """An attempt that got no answer: the typed error, whether a retry is safe, the log word."""

    def __init__(self, error: APIConnectionError, may_retry: bool, outcome: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.may_retry = may_retry
        self.outcome = outcome


def check_max_response_bytes(value: int) -> int:
    """``value`` when it is a whole number >= 1; ValueError otherwise."""
    return check_count("max_response_bytes", value)


def attempt_deadline(timeout: float | httpx.Timeout | None) -> float | None:
    """Seconds one whole attempt may take: the number given, or the longest part of an ``httpx.Timeout``."""
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        return max(parts) if parts else None
    return float(timeout)


class _Exchange:
    """What an attempt's exchange task shares with the attempt: the slot, the answer, a stop flag."""

    def __init__(self, slot: Slot | None, cancel_safe: bool = False) -> None:
        self.slot = slot
        self.response: httpx.Response | None = None
        self.abandoned = False
        # httpcore strands a pool slot when a request is cancelled after the pool gave it a
        # connection but before that connection took the request (a NEW connection no one else
        # may use); once the request's headers are being sent, a cancellation closes the
        # connection cleanly. aiohttp is safe throughout.
        self.on_connection = asyncio.Event()
        if cancel_safe:
            self.on_connection.set()

    async def trace(self, event: str, info: object) -> None:
        """httpcore's trace hook: once the headers are being sent, the connection owns the request."""
        if "send_request_headers" in event and not self.on_connection.is_set():
            self.on_connection.set()

    @property
    def answered(self) -> bool:
        """Whether the answer's headers arrived (the server has the request)."""
        return self.response is not None

    async def release_slot(self) -> None:
        slot, self.slot = self.slot, None
        if slot is not None:
            await slot.release()

    async def abandon(self, exchange: asyncio.Future[httpx.Response]) -> None:
        """Stop the exchange now: close its answer if it has one, cancel it, and wait for it to end.

        Takes a moment, never another timeout: the deadline and the caller's cancellation both
        bound the attempt, abandoning included. The HTTP pool sees the cancellation as a
        connection to close (httpcore and aiohttp both close a connection whose exchange was
        cancelled), so no pool connection is stranded. Further cancellations of the caller
        while this waits are held until the exchange has ended, then re-raised by the caller.
        """
        self.abandoned = True
        cancelled = 0
        if self.response is not None:
            with contextlib.suppress(Exception):
                await self.response.aclose()
        elif not self.on_connection.is_set():
            reached: asyncio.Future[Any] = asyncio.ensure_future(self.on_connection.wait())
            while not (reached.done() or exchange.done()):
                try:
                    await asyncio.wait({reached, exchange}, timeout=ABANDON_GRACE, return_when=asyncio.FIRST_COMPLETED)
                except asyncio.CancelledError:
                    cancelled += 1
                    continue
                break  # reached its connection, ended, or waited out the grace (a pool queue)
            reached.cancel()
        exchange.cancel()
        while not exchange.done():
            try:
                await asyncio.wait({exchange}, timeout=ABANDON_GRACE)
            except asyncio.CancelledError:
                cancelled += 1
                continue
            if not exchange.done():  # a backend that ignores cancellation: stop waiting for it
                break
        if exchange.done() and not exchange.cancelled():
            exchange.exception()  # retrieved: the caller's cancellation or timeout is what counts
        if cancelled and (task := asyncio.current_task()) is not None:
            for _ in range(cancelled):
                task.cancel()


ACCEPT_ENCODING = "gzip, deflate"  # the encodings read_body can bound; nothing else is asked for
_BOUNDED_ENCODINGS = frozenset({"gzip", "x-gzip", "deflate"})


async def read_body(response: httpx.Response, limit: int, operation: str) -> None:
    """Read the body into ``response`` (``.content`` works after), stopping past ``limit`` bytes.

    Every encoding is undone here, layer by layer (``Content-Encoding: gzip, gzip`` included),
    each layer producing at most ``limit + 1`` bytes at a time and counted against ``limit``,
    so a small body that would inflate to gigabytes never does. An encoding that cannot be
    bounded this way (``br``, ``zstd``, anything unknown) is refused as undecodable.
    """
    if response.is_stream_consumed and hasattr(response, "_content"):
        # Already read (an in-memory transport such as a test double): httpx decoded it.
        if len(response._content) > limit:
            raise ResponseTooLargeError(operation=operation, limit=limit, request=getattr(response, "_request", None))
        return
    header = response.headers.get("Content-Encoding", "")
    encodings = [e.strip().lower() for e in header.split(",") if e.strip() and e.strip().lower() != "identity"]
    unknown = [e for e in encodings if e not in _BOUNDED_ENCODINGS]
    if unknown:
        raise httpx.DecodingError(f"Content-Encoding {', '.join(unknown)} cannot be read within a size limit")
    layers = [_Inflater(e) for e in reversed(encodings)]  # the last encoding applied is undone first
    produced = [0] * (len(layers) + 1)
    chunks: list[bytes] = []

    def keep(chunk: bytes, depth: int) -> None:
        if depth or not layers:  # the raw body of an encoded answer is bounded by what it inflates to
            produced[depth] += len(chunk)
        if produced[depth] > limit:
            raise ResponseTooLargeError(operation=operation, limit=limit, request=getattr(response, "_request", None))
        if depth == len(layers):
            chunks.append(chunk)
            return
        for piece in layers[depth].feed(chunk, limit - produced[-1] + 1):
            keep(piece, depth + 1)

    async for raw in response.aiter_raw():
        keep(raw, 0)
    for depth, layer in enumerate(layers):
        keep(layer.finish(), depth + 1)
    response._content = b"".join(chunks)


class _Inflater:
    """gzip/deflate decoding that never produces more than asked for in one step."""

    def __init__(self, encoding: str) -> None:
        import zlib

        self._zlib = zlib
        self._deflate = encoding == "deflate"
        self._first = True
        self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 16 if not self._deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes, budget: int) -> Iterator[bytes]:
        """Inflate ``data`` in pieces of at most ``budget`` bytes (the caller stops past its limit)."""
        if self._first and self._deflate and len(data) >= 2:
            self._first = False
            # "deflate" is zlib-wrapped by the standard and raw deflate in practice: read the header.
            zlib_wrapped = data[0] & 0x0F == 8 and (data[0] * 256 + data[1]) % 31 == 0
            if not zlib_wrapped:
                self._decoder = self._zlib.decompressobj(-self._zlib.MAX_WBITS)
        pending = data
        while pending:
            try:
                piece = self._decoder.decompress(pending, max(1, budget))
            except self._zlib.error as exc:
                raise httpx.DecodingError(str(exc)) from None
            pending = self._decoder.unconsumed_tail
            yield piece
            if not piece and not pending:
                break

    def finish(self) -> bytes:
        try:
            return self._decoder.flush()
        except self._zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from None


class Transport:
    """Sends prepared requests for the client: authenticates, limits, retries, hooks, logs."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        authorization: Callable[[], str],
        limiter: Limiter | None,
        policy: RetryPolicy,
        event_hooks: Mapping[str, Sequence[EventHook]] | None = None,
        max_in_flight: int = 100,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        unknown = set(event_hooks or {}) - {"request", "response"}
        if unknown:
            raise ValueError(f"event_hooks takes 'request' and 'response', not {sorted(unknown)}")
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.limiter = limiter
        self.policy = policy
        self._authorization = authorization
        self._request_hooks = list((event_hooks or {}).get("request", ()))
        self._response_hooks = list((event_hooks or {}).get("response", ()))
        self.max_in_flight = check_count("max_in_flight", max_in_flight)
        self._in_flight: asyncio.Semaphore | None = None
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)

    def build(self, request_kwargs: Mapping[str, Any], timeout: float | httpx.Timeout | None) -> httpx.Request:
        """An ``httpx.Request`` from a generated operation's ``build_request()``, with our headers."""
        kwargs = dict(request_kwargs)
        headers = dict(kwargs.pop("headers", None) or {})
        headers["Accept"] = ACCEPT
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        headers["Authorization"] = self._authorization()
        return self.http.build_request(
            str(kwargs.pop("method")).upper(),
            self.base_url + str(kwargs.pop("url")),
            headers=headers,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            **kwargs,
        )

    async def send(
        self,
        operation: str,
        request_kwargs: Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> httpx.Response:
        """Send with retries; return the final answer (any status, body read) or raise a typed error."""
        retries_allowed = self.policy.max_retries if max_retries is None else max_retries
        if retries_allowed < 0:
            raise ValueError(f"max_retries must be >= 0, got {retries_allowed}")
        limit = self.max_response_bytes if max_response_bytes is None else max_response_bytes
        deadline = attempt_deadline(self.http.timeout if timeout is None else timeout)
        attempt = 0
        while True:
            if self.http.is_closed:
                raise ClientClosedError(f"{operation}: the client is closed; create a new AltegioClient")
            request = self.build(request_kwargs, timeout)
            started = time.perf_counter()
            failure: _Failed | None = None
            try:
                response = await self._attempt(operation, request, deadline, limit)
            except _Failed as failed:
                failure = failed
            if failure is not None:
                self._log(request, failure.outcome, attempt, started)
                if failure.may_retry and attempt < retries_allowed:
                    await self.policy.sleep(self.policy.backoff(attempt))
                    attempt += 1
                    continue
                # Raised outside the except block, with no cause: the backend's exception holds
                # the request's headers (the tokens); its kind is named in the message.
                error = failure.error
                if self.http.is_closed:
                    error = ClientClosedError(f"{operation}: the client was closed during the call")
                raise error
            self._log(request, str(response.status_code), attempt, started)
            await self._run_hooks(self._response_hooks, response)
            wait = self._retry_wait(request.method, response, attempt)
            if response.status_code == 429 and self.limiter is not None:
                # The budget is spent for everyone who shares it, not only for this task.
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                pause = self.policy.backoff(attempt) if retry_after is None else retry_after
                await self.limiter.pause(min(pause, self.policy.max_retry_after))
            if wait is None or attempt >= retries_allowed:
                return response
            if response.status_code != 429 or self.limiter is None:
                await self.policy.sleep(wait)  # after a 429 the limiter's pause does the waiting
            attempt += 1

    async def _attempt(
        self, operation: str, request: httpx.Request, deadline: float | None, limit: int
    ) -> httpx.Response:
        """One attempt: a place in the budget, then the exchange (send, headers, body) in a task of its own.

        The caller's cancellation (or the deadline) never lands inside httpx, where it can strand
        a pool connection: the exchange is told to stop, its answer is closed, and only when it
        has ended does the cancellation (or ``APITimeoutError``) go on.
        """
        holder = _Exchange(
            await self._acquire(deadline) if self.limiter is not None else None,
            cancel_safe=getattr(getattr(self.http, "_transport", None), "cancel_safe", False),
        )
        request.extensions["trace"] = holder.trace
        try:
            await self._run_hooks(self._request_hooks, request)
            if (counter := ATTEMPTS.get()) is not None:
                counter[0] += 1
            if self._in_flight is None:
                self._in_flight = asyncio.Semaphore(self.max_in_flight)
            # Thousands of requests queued inside httpx's pool cost time quadratic in the queue;
            # waiting here instead keeps that queue short (and outside the attempt's deadline).
            async with self._in_flight:
                exchange = asyncio.ensure_future(self._exchange(holder, request, limit, operation))
                try:
                    async with asyncio.timeout(deadline):
                        return await asyncio.shield(exchange)
                except TimeoutError as exc:
                    await holder.abandon(exchange)
                    where = f"{request.method} {request.url.path}"
                    timed_out = APITimeoutError(
                        f"{where}: no whole answer within {deadline} s", operation=operation, request=request
                    )
                    raise _Failed(timed_out, request.method in SAFE_METHODS, "deadline") from exc
                except asyncio.CancelledError:
                    await holder.abandon(exchange)
                    raise
                except httpx.DecodingError as exc:
                    response = holder.response
                    raise ResponseFormatError(
                        f"the body could not be decoded (Content-Encoding "
                        f"{response.headers.get('Content-Encoding', 'none') if response else 'none'!r}: {exc})",
                        operation=operation,
                        status=response.status_code if response else 0,
                    ) from None
                except httpx.TransportError as exc:
                    error, may_retry = self._connection_error(operation, request, exc, answered=holder.answered)
                    raise _Failed(error, may_retry, type(exc).__name__) from exc
                except RuntimeError:
                    if not self.http.is_closed:
                        raise
                    raise ClientClosedError(f"{operation}: the client was closed during the call") from None
        finally:
            await holder.release_slot()

    async def _acquire(self, deadline: float | None) -> Slot:
        """A place in the budget; a limiter that can (``acquire_for``) holds it no longer than the deadline."""
        assert self.limiter is not None
        acquire_for = getattr(self.limiter, "acquire_for", None)
        if acquire_for is not None:
            slot: Slot = await acquire_for(deadline)
            return slot
        return await self.limiter.acquire()

    async def _exchange(self, holder: _Exchange, request: httpx.Request, limit: int, operation: str) -> httpx.Response:
        response = await self.http.send(request, stream=True)
        holder.response = response
        try:
            await holder.release_slot()  # the answer's headers arrived: the place frees a window from now
            if not holder.abandoned:
                await read_body(response, limit, operation)
        finally:
            await response.aclose()
        return response

    def _retry_wait(self, method: str, response: httpx.Response, attempt: int) -> float | None:
        """How long to wait before retrying this answer, or None to return it as it is."""
        status = response.status_code
        if status not in RETRY_ANY_METHOD and not (status in RETRY_SAFE_METHOD and method in SAFE_METHODS):
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is None:
            return self.policy.backoff(attempt)
        if retry_after > self.policy.max_retry_after:
            return None
        return retry_after

    @staticmethod
    def _connection_error(
        operation: str, request: httpx.Request, exc: httpx.TransportError, *, answered: bool = False
    ) -> tuple[APIConnectionError, bool]:
        """The error to raise for a failed send, and whether sending again is safe."""
        connect_failure = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
        never_sent = not answered and isinstance(exc, connect_failure)
        may_retry = never_sent or request.method in SAFE_METHODS
        where = f"{request.method} {request.url.path}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{where} timed out ({type(exc).__name__})", operation=operation, request=request), (
                may_retry
            )
        reason = "could not connect" if never_sent else "the connection failed"
        return APIConnectionError(f"{where}: {reason} ({type(exc).__name__})", operation=operation, request=request), (
            may_retry
        )

    @staticmethod
    async def _run_hooks(hooks: Sequence[EventHook], subject: Any) -> None:
        for hook in hooks:
            outcome = hook(subject)
            if inspect.isawaitable(outcome):
                await outcome

    @staticmethod
    def _log(request: httpx.Request, outcome: str, attempt: int, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms)", request.method, request.url.path, outcome, attempt + 1, elapsed_ms
            )
