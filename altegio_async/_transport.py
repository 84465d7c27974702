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
import inspect
import json
import logging
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._checks import check_count
from ._context import ATTEMPTS
from ._deadlines import Deadlines
from ._defaults import DEFAULT_MAX_RESPONSE_BYTES
from ._gate import Gate
from ._headers import parse_retry_after
from .backends.base import BodyDecodeError, SendFailed
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ResponseFormatError,
    ResponseTooLargeError,
)
from .limits.local import Limiter, Slot
from .retry import RetryPolicy
from .wire import Headers, Request, Response

if TYPE_CHECKING:
    from .backends.base import Answer, Backend

__all__ = [
    "ACCEPT",
    "ATTEMPTS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "EventHook",
    "RetryPolicy",
    "Transport",
    "attempt_deadline",
    "check_max_response_bytes",
    "query_string",
    "read_body",
]

logger = logging.getLogger("altegio_async")

ACCEPT = "application/vnd.api.v2+json"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_ANY_METHOD = frozenset({429, 503})
RETRY_SAFE_METHOD = frozenset({500, 502, 504})  # reads are idempotent: a 500 on a GET is retried too
_LOWEST_RETRIED = min(RETRY_ANY_METHOD | RETRY_SAFE_METHOD)
ABANDON_GRACE = 1.0  # the longest wait for a cancelled exchange to end (it normally takes microseconds)

EventHook = Callable[[Any], Awaitable[object] | object]


class _Failed(Exception):
    """An attempt that got no answer: the typed error, whether a retry is safe, the log word."""

    def __init__(self, error: APIConnectionError, may_retry: bool, outcome: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.may_retry = may_retry
        self.outcome = outcome


class _DeadlinePassed(Exception):
    """Set on an exchange's outcome when its attempt's deadline passes first."""


def _expire(outcome: asyncio.Future[Any]) -> None:
    if not outcome.done():
        outcome.set_exception(_DeadlinePassed())


def _cancel_at_deadline(holder: _Exchange) -> None:
    """The deadline of an exchange in the caller's task: cancel the task, saying it was the deadline."""
    holder.expired = True
    if holder.task is not None:
        holder.task.cancel()


if sys.version_info >= (3, 12):

    def _start_task(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """A task that runs to its first wait now, not at the loop's next turn."""
        return asyncio.Task(coro, loop=loop, eager_start=True)

else:

    def _start_task(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """A task that starts at the loop's next turn (Python 3.11 has no eager start)."""
        return loop.create_task(coro)


def check_max_response_bytes(value: int) -> int:
    """``value`` when it is a whole number >= 1; ValueError otherwise."""
    return check_count("max_response_bytes", value)


def attempt_deadline(timeout: object) -> float | None:
    """Seconds one whole attempt may take: the number given, or the longest part of an ``httpx.Timeout``."""
    if timeout is None:
        return None
    if isinstance(timeout, (int, float)):
        return float(timeout)
    parts = [getattr(timeout, name, None) for name in ("connect", "read", "write", "pool")]
    numbers = [float(t) for t in parts if isinstance(t, (int, float))]
    return max(numbers) if numbers else None


def _query_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def query_string(params: Mapping[str, Any]) -> str:
    """The query as httpx spells it (``name=a&name=b`` for a list, ``true``/``false``, ``+`` for a space)."""
    items: list[tuple[str, str]] = []
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            items.extend((name, _query_value(item)) for item in value)
        else:
            items.append((name, _query_value(value)))
    return urlencode(items)


def _multipart(method: str, url: str, headers: dict[str, str], kwargs: Mapping[str, Any]) -> bytes:
    """A multipart (or form) body encoded by httpx, which the generated models hand their parts to.

    Its ``Content-Type`` (with the boundary) and length go into ``headers``. Only file uploads
    take this path; every other request is prepared without httpx.
    """
    import httpx

    built = httpx.Request(method, url, headers=headers, files=kwargs.get("files"), data=kwargs.get("data"))
    content = built.read()
    headers["Content-Type"] = built.headers["Content-Type"]
    return content


class _Exchange:
    """What an attempt's exchange task shares with the attempt: the slot, the answer, a stop flag."""

    __slots__ = ("_connection_waiter", "abandoned", "closing", "connected", "expired", "response", "slot", "task")

    def __init__(self, slot: Slot | None, cancel_safe: bool = False) -> None:
        self.slot = slot
        self.response: Answer | None = None
        self.abandoned = False
        self.expired = False  # the deadline's timer cancelled the caller's task (a cancel-safe backend)
        self.closing = False  # the exchange is closing its answer: a cancellation now would strand it
        # A backend that is not cancel-safe (httpx's) says when the request has reached a
        # connection that a cancellation closes cleanly; until then, abandoning waits for it.
        # aiohttp is safe throughout: nothing to wait for.
        self.connected = cancel_safe
        self._connection_waiter: asyncio.Future[None] | None = None  # made only when abandoning waits
        self.task: asyncio.Task[Any] | None = None  # the caller's, for a deadline that cancels it

    def reached_connection(self) -> None:
        """The backend's word that the request is on its connection (``request.extensions["on_connection"]``)."""
        self.connected = True
        waiter = self._connection_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    @property
    def answered(self) -> bool:
        """Whether the answer's headers arrived (the server has the request)."""
        return self.response is not None

    async def release_slot(self) -> None:
        slot, self.slot = self.slot, None
        if slot is not None:
            await slot.release()

    async def abandon(self, exchange: asyncio.Future[Any]) -> None:
        """Stop the exchange now: cancel it (once), and wait for it to end.

        Takes a moment, never another timeout: the deadline and the caller's cancellation both
        bound the attempt, abandoning included. The HTTP pool sees the cancellation as a
        connection to close (httpcore and aiohttp both close a connection whose exchange was
        cancelled), so no pool connection is stranded. Two moments are not cancelled, because
        httpcore strands the connection when a cancellation lands there: before the request is
        on its connection (this waits until it is), and while the exchange closes its answer
        (this waits for the close). The answer is closed by the exchange only, never from here.
        Further cancellations of the caller while this waits are held until the exchange has
        ended, then re-raised by the caller.
        """
        self.abandoned = True
        cancelled = 0
        if self.response is None and not self.connected:
            reached = self._connection_waiter = asyncio.get_running_loop().create_future()
            while not (reached.done() or exchange.done()):
                try:
                    await asyncio.wait({reached, exchange}, timeout=ABANDON_GRACE, return_when=asyncio.FIRST_COMPLETED)
                except asyncio.CancelledError:
                    cancelled += 1
                    continue
                break  # reached its connection, ended, or waited out the grace (a pool queue)
            reached.cancel()
        if not self.closing:
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
_ACCEPT_PAIR = ("Accept", ACCEPT)
_ACCEPT_ENCODING_PAIR = ("Accept-Encoding", ACCEPT_ENCODING)
_BOUNDED_ENCODINGS = frozenset({"gzip", "x-gzip", "deflate"})


async def read_body(answer: Answer, limit: int, operation: str, request: Request | None = None) -> bytes:
    """The answer's body, decoded, stopping past ``limit`` bytes (``ResponseTooLargeError``).

    Every encoding is undone here, layer by layer (``Content-Encoding: gzip, gzip`` included),
    each layer producing at most ``limit + 1`` bytes at a time and counted against ``limit``,
    so a small body that would inflate to gigabytes never does. An encoding that cannot be
    bounded this way (``br``, ``zstd``, anything unknown) is refused as undecodable.
    """
    decoded = getattr(answer, "decoded_body", None)
    if decoded is not None:  # already read and decoded (a test double's in-memory answer)
        if len(decoded) > limit:
            raise ResponseTooLargeError(operation=operation, limit=limit, request=request)
        return bytes(decoded)
    header = _content_encoding(answer)
    encodings = (
        [e.strip().lower() for e in header.split(",") if e.strip() and e.strip().lower() != "identity"]
        if header
        else None
    )
    buffered = getattr(answer, "buffered_body", None)
    whole: bytes | None = buffered() if buffered is not None else None
    if not encodings and whole is not None:
        if len(whole) > limit:
            raise ResponseTooLargeError(operation=operation, limit=limit, request=request)
        return whole
    if not encodings:
        first = b""
        chunks: list[bytes] | None = None  # made only for a body of more than one chunk
        size = 0
        async for raw in answer.aiter_raw():
            size += len(raw)
            if size > limit:
                raise ResponseTooLargeError(operation=operation, limit=limit, request=request)
            if chunks is not None:
                chunks.append(raw)
            elif first:
                chunks = [first, raw]
            else:
                first = raw
        return first if chunks is None else b"".join(chunks)
    unknown = [e for e in encodings if e not in _BOUNDED_ENCODINGS]
    if unknown:
        raise BodyDecodeError(f"Content-Encoding {', '.join(unknown)} cannot be read within a size limit")
    layers = [_Inflater(e) for e in reversed(encodings)]  # the last encoding applied is undone first
    produced = [0] * (len(layers) + 1)
    out: list[bytes] = []

    def keep(chunk: bytes, depth: int) -> None:
        if depth:  # the raw body of an encoded answer is bounded by what it inflates to
            produced[depth] += len(chunk)
        if produced[depth] > limit:
            raise ResponseTooLargeError(operation=operation, limit=limit, request=request)
        if depth == len(layers):
            out.append(chunk)
            return
        for piece in layers[depth].feed(chunk, limit - produced[-1] + 1):
            keep(piece, depth + 1)

    if whole is not None:
        keep(whole, 0)
    else:
        async for raw in answer.aiter_raw():
            keep(raw, 0)
    for depth, layer in enumerate(layers):
        keep(layer.finish(), depth + 1)
    return b"".join(out)


def _content_encoding(answer: Answer) -> str:
    """The answer's ``Content-Encoding`` header (its pairs are searched by any case), or ``""``."""
    for name, value in answer.headers:
        if len(name) == 16 and name.lower() == "content-encoding":
            return value
    return ""


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
                raise BodyDecodeError(str(exc)) from None
            pending = self._decoder.unconsumed_tail
            yield piece
            if not piece and not pending:
                break

    def finish(self) -> bytes:
        try:
            return self._decoder.flush()
        except self._zlib.error as exc:
            raise BodyDecodeError(str(exc)) from None


class Transport:
    """Sends prepared requests for the client: authenticates, limits, retries, hooks, logs."""

    def __init__(
        self,
        backend: Backend,
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
        self.backend = backend
        self.base_url = base_url.rstrip("/")
        self.limiter = limiter
        self.policy = policy
        self._authorization = authorization
        self._request_hooks = list((event_hooks or {}).get("request", ()))
        self._response_hooks = list((event_hooks or {}).get("response", ()))
        self.max_in_flight = check_count("max_in_flight", max_in_flight)
        self._in_flight = Gate(self.max_in_flight)
        self._deadlines: Deadlines | None = None
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)

    def build(self, request_kwargs: Mapping[str, Any]) -> Request:
        """The request a generated operation's ``build_request()`` describes, with our headers, built once.

        The URL is the API root, the escaped path and the query (as httpx spells one); a JSON body
        is encoded as httpx encodes it (compact, UTF-8, no NaN).
        """
        method = str(request_kwargs["method"]).upper()
        url = self.base_url + str(request_kwargs["url"])
        params = request_kwargs.get("params")
        if params:
            url = f"{url}?{query_string(params)}"
        given = request_kwargs.get("headers")
        json_body = request_kwargs.get("json")
        bodyless = json_body is None and request_kwargs.get("files") is None and request_kwargs.get("data") is None
        if not given and bodyless:  # the common case: our three headers and no body
            pairs = [_ACCEPT_PAIR, _ACCEPT_ENCODING_PAIR, ("Authorization", self._authorization())]
            return Request(method, url, Headers._of(pairs), b"")
        headers: dict[str, str] = {}
        for name, value in (given or {}).items():
            headers[str(name)] = str(value)
        headers["Accept"] = ACCEPT
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        headers["Authorization"] = self._authorization()
        content = b""
        if json_body is not None:
            content = json.dumps(json_body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif not bodyless:  # files or form data
            content = _multipart(method, url, headers, request_kwargs)
        return Request(method, url, Headers._of(list(headers.items())), content)

    async def send(
        self,
        operation: str,
        request_kwargs: Mapping[str, Any],
        *,
        timeout: object = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> Response:
        """Send with retries; return the final answer (any status, body read) or raise a typed error."""
        retries_allowed = self.policy.max_retries if max_retries is None else max_retries
        if retries_allowed < 0:
            raise ValueError(f"max_retries must be >= 0, got {retries_allowed}")
        limit = self.max_response_bytes if max_response_bytes is None else max_response_bytes
        backend = self.backend
        if timeout is None:
            timeout = backend.default_timeout
        deadline = attempt_deadline(timeout)
        attempt = 0
        while True:
            if backend.is_closed:
                raise ClientClosedError(f"{operation}: the client is closed; create a new AltegioClient")
            request = self.build(request_kwargs)
            started = time.perf_counter()
            failure: _Failed | None = None
            try:
                response = await self._attempt(operation, request, timeout, deadline, limit)
            except _Failed as failed:
                failure = failed
            if failure is not None:
                self._log(request, failure.outcome, attempt, started)
                if failure.may_retry and attempt < retries_allowed:
                    await self.policy.sleep(self.policy.backoff(attempt))
                    attempt += 1
                    continue
                error = failure.error
                if backend.is_closed:
                    error = ClientClosedError(f"{operation}: the client was closed during the call")
                raise error
            self._log(request, str(response.status_code), attempt, started)
            if self._response_hooks:
                await self._run_hooks(self._response_hooks, response)
            status = response.status_code
            if status < _LOWEST_RETRIED:  # the common case decides here
                return response
            wait = self._retry_wait(request.method, response, attempt)
            if status == 429 and self.limiter is not None:
                # The budget is spent for everyone who shares it, not only for this task.
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                pause = self.policy.backoff(attempt) if retry_after is None else retry_after
                await self.limiter.pause(min(pause, self.policy.max_retry_after))
            if wait is None or attempt >= retries_allowed:
                return response
            if status != 429 or self.limiter is None:
                await self.policy.sleep(wait)  # after a 429 the limiter's pause does the waiting
            attempt += 1

    async def _attempt(
        self, operation: str, request: Request, timeout: object, deadline: float | None, limit: int
    ) -> Response:
        """One attempt: a place in the budget, then the exchange (send, headers, body), bounded as a whole.

        On a backend that is not cancel-safe (httpx's: a cancellation inside httpcore can strand
        a pool connection), the exchange runs in a task of its own and the caller's cancellation
        (or the deadline) never lands inside it: the exchange is told to stop (``_Exchange.abandon``),
        and only when it has ended does the cancellation (or ``APITimeoutError``) go on.
        A cancel-safe backend (aiohttp) is awaited directly: no task of its own.
        """
        backend = self.backend
        slot = await self._acquire(deadline) if self.limiter is not None else None
        holder = _Exchange(slot, cancel_safe=backend.cancel_safe)
        try:
            if self._request_hooks:
                await self._run_hooks(self._request_hooks, request)
            if (counter := ATTEMPTS.get()) is not None:
                counter[0] += 1
            # Thousands of requests queued inside the HTTP pool cost time quadratic in the queue
            # (httpcore's); waiting here instead keeps that queue short (and outside the deadline).
            gate = self._in_flight
            if not gate.take_now():
                await gate.wait()
            try:
                if backend.cancel_safe:
                    return await self._exchange_here(holder, request, timeout, deadline, limit, operation)
                return await self._exchange_apart(holder, request, timeout, deadline, limit, operation)
            except TimeoutError as exc:
                timed_out = APITimeoutError(
                    f"{request.method} {request.path}: no whole answer within {deadline} s",
                    operation=operation,
                    request=request,
                )
                raise _Failed(timed_out, request.method in SAFE_METHODS, "deadline") from exc
            except BodyDecodeError as exc:
                answer = holder.response
                encoding = (_content_encoding(answer) if answer is not None else "") or "none"
                raise ResponseFormatError(
                    f"the body could not be decoded (Content-Encoding {encoding!r}: {exc})",
                    operation=operation,
                    status=answer.status_code if answer is not None else 0,
                ) from None
            except SendFailed as exc:
                error, may_retry = self._connection_error(operation, request, exc, answered=holder.answered)
                raise _Failed(error, may_retry, exc.kind) from None
            except RuntimeError:
                if not backend.is_closed:
                    raise
                raise ClientClosedError(f"{operation}: the client was closed during the call") from None
            finally:
                gate.give_back()
        finally:
            if holder.slot is not None:
                await holder.release_slot()

    def _deadlines_of(self, loop: asyncio.AbstractEventLoop) -> Deadlines:
        """The deadline timer of the running loop (made on first use, again if the loop changed)."""
        deadlines = self._deadlines
        if deadlines is None or deadlines.loop is not loop:
            deadlines = self._deadlines = Deadlines(loop)
        return deadlines

    async def _exchange_here(
        self, holder: _Exchange, request: Request, timeout: object, deadline: float | None, limit: int, operation: str
    ) -> Response:
        """The exchange in the caller's task (a cancel-safe backend), cancelled by a timer at the deadline.

        What ``asyncio.timeout`` does, without its context manager's cost: the timer's own
        cancellation becomes ``TimeoutError``; any other cancellation goes on as it came.
        """
        if deadline is None:
            return await self._exchange(holder, request, timeout, limit, operation)
        task = asyncio.current_task()
        assert task is not None
        cancelling = task.cancelling()
        holder.task = task
        timer = self._deadlines_of(task.get_loop()).watch(deadline, _cancel_at_deadline, holder)
        try:
            return await self._exchange(holder, request, timeout, limit, operation)
        except asyncio.CancelledError:
            if holder.expired and task.uncancel() <= cancelling:
                raise TimeoutError from None
            raise
        finally:
            timer.cancel()

    async def _exchange_apart(
        self, holder: _Exchange, request: Request, timeout: object, deadline: float | None, limit: int, operation: str
    ) -> Response:
        """The exchange in a task of its own, awaited through a future only it and the deadline settle.

        The caller's cancellation cancels that future, never the task; the deadline settles it
        with ``_DeadlinePassed`` (its timer touches no task). Either way the exchange is then
        abandoned (``_Exchange.abandon``) before the cancellation or ``TimeoutError`` goes on.
        On Python 3.12+ the task starts at once, in this step of the loop.
        """
        loop = asyncio.get_running_loop()
        outcome: asyncio.Future[Response] = loop.create_future()
        timer = self._deadlines_of(loop).watch(deadline, _expire, outcome) if deadline is not None else None
        request.extensions["on_connection"] = holder.reached_connection
        exchange = _start_task(loop, self._exchange_into(outcome, holder, request, timeout, limit, operation))
        try:
            return await outcome
        except _DeadlinePassed:
            await holder.abandon(exchange)
            raise TimeoutError from None
        except asyncio.CancelledError:
            await holder.abandon(exchange)
            if outcome.done() and not outcome.cancelled():
                outcome.exception()  # settled as the cancellation came: the cancellation is what counts
            raise
        finally:
            if timer is not None:
                timer.cancel()

    async def _exchange_into(
        self,
        outcome: asyncio.Future[Response],
        holder: _Exchange,
        request: Request,
        timeout: object,
        limit: int,
        operation: str,
    ) -> None:
        """Run the exchange and settle ``outcome`` with its answer or error (unless settled already)."""
        try:
            response = await self._exchange(holder, request, timeout, limit, operation)
        except asyncio.CancelledError:
            if not outcome.done():
                outcome.cancel()
            raise
        except Exception as exc:
            if not outcome.done():
                outcome.set_exception(exc)
            return
        if not outcome.done():
            outcome.set_result(response)

    async def _acquire(self, deadline: float | None) -> Slot:
        """A place in the budget; a limiter that can (``acquire_for``) holds it no longer than the deadline."""
        assert self.limiter is not None
        acquire_for = getattr(self.limiter, "acquire_for", None)
        if acquire_for is not None:
            slot: Slot = await acquire_for(deadline)
            return slot
        return await self.limiter.acquire()

    async def _exchange(
        self, holder: _Exchange, request: Request, timeout: object, limit: int, operation: str
    ) -> Response:
        answer = await self.backend.send(request, timeout)
        holder.response = answer
        try:
            if holder.slot is not None:
                await holder.release_slot()  # the answer's headers arrived: the place frees a window from now
            content = b"" if holder.abandoned else await read_body(answer, limit, operation, request)
        finally:
            holder.closing = True
            await answer.aclose()
        return Response(
            answer.status_code,
            Headers._of(answer.headers),
            content,
            request=request,
            reason_phrase=answer.reason_phrase,
            http_version=answer.http_version,
        )

    def _retry_wait(self, method: str, response: Response, attempt: int) -> float | None:
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
        operation: str, request: Request, exc: SendFailed, *, answered: bool = False
    ) -> tuple[APIConnectionError, bool]:
        """The error to raise for a failed exchange, and whether sending again is safe."""
        never_sent = not answered and exc.never_sent
        may_retry = never_sent or request.method in SAFE_METHODS
        where = f"{request.method} {request.path}"
        if exc.timed_out:
            return APITimeoutError(f"{where} timed out ({exc.kind})", operation=operation, request=request), may_retry
        reason = "could not connect" if never_sent else "the connection failed"
        return APIConnectionError(f"{where}: {reason} ({exc.kind})", operation=operation, request=request), may_retry

    @staticmethod
    async def _run_hooks(hooks: Sequence[EventHook], subject: Any) -> None:
        for hook in hooks:
            outcome = hook(subject)
            if inspect.isawaitable(outcome):
                await outcome

    @staticmethod
    def _log(request: Request, outcome: str, attempt: int, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms)", request.method, request.path, outcome, attempt + 1, elapsed_ms
            )
