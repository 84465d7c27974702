"""The one place a request is sent: rate limit → send → retry decision → hooks and logging.

Retries follow one rule: a request is sent again only when sending it again cannot do
anything twice. Connect errors and pool timeouts (the request never left) are retried for
every method; read timeouts and broken connections (the server may have acted) only for
GET/HEAD/OPTIONS; 429 and 503 (refused before processing) for every method; 502 and 504 only
for GET/HEAD/OPTIONS. Waits grow exponentially with jitter, or follow ``Retry-After``; a
``Retry-After`` longer than ``max_retry_after`` is not waited out, the answer is returned
at once so the caller raises ``RateLimitError``.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._context import ATTEMPTS
from ._headers import parse_retry_after
from .errors import APIConnectionError, APITimeoutError
from .ratelimit import RateLimiter

__all__ = ["ACCEPT", "ATTEMPTS", "EventHook", "RetryPolicy", "Transport"]

logger = logging.getLogger("altegio_async")

ACCEPT = "application/vnd.api.v2+json"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_ANY_METHOD = frozenset({429, 503})
RETRY_SAFE_METHOD = frozenset({502, 504})

EventHook = Callable[[Any], Awaitable[object] | object]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    Attributes:
        max_retries: retries after the first attempt (so ``max_retries + 1`` attempts at most).
        backoff_base: the first wait, in seconds; each retry doubles it.
        backoff_max: the longest computed wait.
        max_retry_after: the longest ``Retry-After`` waited out; longer ones are raised.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.max_retry_after < 0:
            raise ValueError("retry waits must not be negative")

    def backoff(self, retry: int, rand: Callable[[], float]) -> float:
        """The wait before retry number ``retry`` (0-based): exponential with equal jitter."""
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**retry)
        return ceiling / 2 + float(rand()) * ceiling / 2


class Transport:
    """Sends prepared requests for the client: authenticates, limits, retries, hooks, logs."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        authorization: Callable[[], str],
        limiter: RateLimiter | None,
        policy: RetryPolicy,
        event_hooks: Mapping[str, Sequence[EventHook]] | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
        max_in_flight: int = 100,
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
        self._sleep = sleep
        self._rand = rand
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight must be >= 1, got {max_in_flight}")
        self.max_in_flight = max_in_flight
        self._in_flight: asyncio.Semaphore | None = None

    def build(self, request_kwargs: Mapping[str, Any], timeout: float | httpx.Timeout | None) -> httpx.Request:
        """An ``httpx.Request`` from a generated operation's ``_get_kwargs()``, with our headers."""
        kwargs = dict(request_kwargs)
        headers = dict(kwargs.pop("headers", None) or {})
        headers["Accept"] = ACCEPT
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
    ) -> httpx.Response:
        """Send with retries; return the final answer (any status) or raise a connection error."""
        retries_allowed = self.policy.max_retries if max_retries is None else max_retries
        if retries_allowed < 0:
            raise ValueError(f"max_retries must be >= 0, got {retries_allowed}")
        attempt = 0
        while True:
            request = self.build(request_kwargs, timeout)
            if self.limiter is not None:
                await self.limiter.acquire()
            await self._run_hooks(self._request_hooks, request)
            if (counter := ATTEMPTS.get()) is not None:
                counter[0] += 1
            started = time.perf_counter()
            if self._in_flight is None:
                self._in_flight = asyncio.Semaphore(self.max_in_flight)
            try:
                # Thousands of requests queued inside httpx's pool cost time quadratic in the
                # queue; waiting here instead keeps that queue short.
                async with self._in_flight:
                    response = await self.http.send(request)
            except httpx.TransportError as exc:
                error, may_retry = self._connection_error(operation, request, exc)
                self._log(request, f"{type(exc).__name__}", attempt, started)
                if may_retry and attempt < retries_allowed:
                    await self._sleep(self.policy.backoff(attempt, self._rand))
                    attempt += 1
                    continue
                raise error from exc
            self._log(request, str(response.status_code), attempt, started)
            await self._run_hooks(self._response_hooks, response)
            wait = self._retry_wait(request.method, response, attempt)
            if wait is None or attempt >= retries_allowed:
                return response
            await response.aclose()
            await self._sleep(wait)
            attempt += 1

    def _retry_wait(self, method: str, response: httpx.Response, attempt: int) -> float | None:
        """How long to wait before retrying this answer, or None to return it as it is."""
        status = response.status_code
        if status not in RETRY_ANY_METHOD and not (status in RETRY_SAFE_METHOD and method in SAFE_METHODS):
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is None:
            return self.policy.backoff(attempt, self._rand)
        if retry_after > self.policy.max_retry_after:
            return None
        return retry_after

    @staticmethod
    def _connection_error(
        operation: str, request: httpx.Request, exc: httpx.TransportError
    ) -> tuple[APIConnectionError, bool]:
        """The error to raise for a failed send, and whether sending again is safe."""
        never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
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
