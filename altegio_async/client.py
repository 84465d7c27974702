"""``AltegioClient``: settings, authentication, lifecycle, scopes, and the one typed call path."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar, overload

from ._answers import OFF_LOOP_BYTES, binary_result, read_answer, read_answer_off_loop
from ._checks import check_base_url, check_retries, check_seconds, check_timeout
from ._defaults import DEFAULT_MAX_RESPONSE_BYTES
from ._operations import check_json_body, describe, prepare_arguments
from ._secrets import check_token
from ._session import _Session
from ._typing import OperationArg, PagedOperationArg
from .errors import AltegioError, ResponseFormatError
from .fanout import FanOut, ProgressCallback, fan_out
from .limits.local import DEFAULT_LIMITS, Limiter, limiter_from, partner_key
from .options import RequestOptions
from .pagination import Paginator
from .result import Result

if TYPE_CHECKING:
    import httpx

    from ._transport import EventHook
    from .backends.base import Backend
    from .retry import RetryPolicy
    from .scopes import ChainScope, LocationScope

__all__ = ["DEFAULT_BASE_URL", "AltegioClient", "Result"]

DEFAULT_BASE_URL = "https://api.alteg.io/api/v1"
P = ParamSpec("P")
T = TypeVar("T")


class AltegioClient:
    """An asyncio client for the Altegio B2B API v1.

    Use it as an async context manager; it owns one ``httpx.AsyncClient`` (or sends through the
    HTTP client given as ``http_client``, without closing it)::

        async with AltegioClient(partner_token=P, user_token=U) as altegio:
            chain = altegio.chain(706028)
            types = await chain.call(list_cert_types, title="Gift")

    Args:
        partner_token: the partner (developer) token.
        user_token: the user token; ``await client.login(...)`` obtains one.
        base_url: the API root.
        timeout: seconds (or an ``httpx.Timeout``) for each whole attempt: connect, headers and body.
        max_retries: retries after the first attempt, for what is safe to retry.
        rate_limit: ``(limit, seconds)`` windows shared by every request of this client
            (default 5/s and 200/min, held in this process), any :class:`~altegio_async.Limiter`
            (a ``RateLimiter``, or a ``RedisRateLimiter`` shared by many processes), or ``None``.
        max_retry_after: the longest ``Retry-After`` (seconds) waited out before raising.
        http_client: what to send with, closed by its owner: an ``httpx.AsyncClient`` (its
            ``base_url`` is not used), an :class:`~altegio_async.AiohttpClient`, or any
            :class:`~altegio_async.backends.Backend`.
        event_hooks: ``{"request": [...], "response": [...]}`` callables (sync or async),
            called for every attempt with its :class:`~altegio_async.wire.Request` (before it is
            sent) and its :class:`~altegio_async.wire.Response`.
        max_in_flight: requests sent at once by this client; more wait their turn here, not in
            the HTTP pool's queue (httpcore's costs time quadratic in its length). Default: the
            backend's connection limit (100 when it cannot be read).
        max_response_bytes: the largest answer body read, counted after decompression (default
            64 MiB); a larger one raises ``ResponseTooLargeError``.
        strict: what to do with a successful answer whose data does not fit its description. By
            default (``False``) the data is returned as received, what fits built into models,
            and a warning is logged once per operation; ``True`` raises ``ResponseFormatError``
            carrying the decoded data.
        retry_policy: a :class:`~altegio_async.RetryPolicy` (backoff, and the ``sleep`` and
            ``jitter`` hooks tests replace); its ``max_retries`` and ``max_retry_after`` win over
            the arguments of those names.
    """

    def __init__(
        self,
        partner_token: str,
        user_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        rate_limit: Sequence[tuple[int, float]] | Limiter | None = DEFAULT_LIMITS,
        max_retry_after: float = 60.0,
        http_client: httpx.AsyncClient | Backend | None = None,
        event_hooks: Mapping[str, Sequence[EventHook]] | None = None,
        max_in_flight: int | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        from ._transport import Transport

        check_token("partner_token", partner_token)
        check_token("user_token", user_token, optional=True)
        base_url = check_base_url(base_url)
        timeout = check_timeout(timeout)
        max_retries = check_retries(max_retries)
        max_retry_after = check_seconds("max_retry_after", max_retry_after)
        limiter = limiter_from(rate_limit)
        if limiter is not None:
            limiter.bind(partner_key(partner_token))
        backend = _backend_for(http_client, timeout)
        transport = Transport(
            backend,
            base_url=base_url,
            authorization=lambda: self._session.authorization(),
            limiter=limiter,
            policy=retry_policy or _default_policy(max_retries, max_retry_after),
            event_hooks=event_hooks,
            max_in_flight=max_in_flight if max_in_flight is not None else backend.max_connections,
            max_response_bytes=max_response_bytes,
        )
        self._session = _Session(
            partner_token=partner_token,
            user_token=user_token,
            base_url=base_url,
            backend=backend,
            owns_backend=http_client is None,
            transport=transport,
        )
        self._options = RequestOptions(timeout=None if http_client is None else timeout, strict=strict)
        self._is_view = False

    # -- lifecycle and settings ---------------------------------------------------------------

    async def __aenter__(self) -> AltegioClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client if this client created it (a view from ``with_options`` does not)."""
        if not self._is_view and self._session.owns_backend:
            await self._session.backend.aclose()

    def __repr__(self) -> str:
        user = "'***'" if self._session.user_token else "None"
        return f"AltegioClient(base_url={self._session.base_url!r}, partner_token='***', user_token={user})"

    @property
    def base_url(self) -> str:
        """The API root requests go to."""
        return self._session.base_url

    @property
    def rate_limiter(self) -> Limiter | None:
        """The limiter every request of this client passes (``None`` when off)."""
        return self._session.transport.limiter

    @property
    def has_user_token(self) -> bool:
        """Whether requests carry a user token."""
        return bool(self._session.user_token)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        strict: bool | None = None,
    ) -> AltegioClient:
        """A view of this client with other per-request settings; it shares the connection and limiter.

        ``await altegio.with_options(timeout=5, max_retries=0).call(op, ...)``; the view's
        :attr:`options` are this client's, replaced where given.
        """
        options = self._options.changed(
            timeout=timeout, max_retries=max_retries, max_response_bytes=max_response_bytes, strict=strict
        )
        view = copy.copy(self)
        view._is_view = True
        view._options = options
        return view

    @property
    def options(self) -> RequestOptions:
        """The per-request settings this client (or view) sends with."""
        return self._options

    def chain(self, chain_id: int) -> ChainScope:
        """A scope that binds ``chain_id`` (the first path parameter) for every call."""
        from .scopes import ChainScope

        return ChainScope(self, chain_id)

    def location(self, location_id: int) -> LocationScope:
        """A scope that binds ``location_id`` (or ``company_id``/``salon_id``) for every call."""
        from .scopes import LocationScope

        return LocationScope(self, location_id)

    async def login(self, login: str, password: str) -> str:
        """Authorise a user with the generated ``authorize_user`` operation; keep its token.

        Returns the user token, which every later request of this client (and its scopes)
        then carries.
        """
        from altegio_b2b.api.authentication_b2b import authorize_user

        if not isinstance(login, str) or not isinstance(password, str) or not login or not password:
            raise ValueError("login and password must be non-empty strings")
        try:
            result = await self._request(
                authorize_user, (), {"body": {"login": login, "password": password}}, secrets=(password,)
            )
        except AltegioError as exc:
            self._session.redact(exc, password)  # Altegio may echo the password in meta.errors
            raise
        token = result.raw.get("user_token") if isinstance(result.raw, Mapping) else None
        if not isinstance(token, str) or not token:
            error = ResponseFormatError(
                "the answer holds no user_token",
                operation="authorize_user",
                status=result.status,
                response=result.response,
                json=None,
            )
            self._session.redact(error, password)
            raise error
        try:
            check_token("the user token Altegio returned", token)
        except ValueError as exc:
            raise ResponseFormatError(
                str(exc), operation="authorize_user", status=result.status, response=None, json=None
            ) from None
        self._session.user_token = token
        return token

    # -- calls ------------------------------------------------------------------------------

    async def call(self, op: OperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run an operation and return the envelope's ``data``, parsed into its model.

        ``op`` is a generated operation module (``altegio_b2b.api.<section>.<operation>``) or
        its ``asyncio`` function; the arguments are that operation's own.
        """
        result: Result[T] = await self._request(op, args, kwargs)
        return result.data

    async def call_with_meta(self, op: OperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Result[T]:
        """Like :meth:`call`, returning a :class:`Result` with ``meta``, status and headers too."""
        return await self._request(op, args, kwargs)

    async def call_raw(self, op: OperationArg[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """Like :meth:`call`, returning the envelope's ``data`` as decoded JSON, untouched."""
        result: Result[Any] = await self._request(op, args, kwargs, parse=False)
        return result.raw

    def paginate(self, op: PagedOperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Paginator[T]:
        """Every item of every page of a paged operation: ``async for item in altegio.paginate(op, ...)``.

        The paging style is read from the operation; ``.with_options(max_items=, start_page=)``
        bounds it, ``.pages()`` yields whole pages. A non-paged operation is a TypeError.
        """
        return self._paginator(op, args, kwargs)

    def pages(
        self, op: PagedOperationArg[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[Result[list[T]]]:
        """Each page of a paged operation as a :class:`Result` (shorthand for ``paginate(...).pages()``)."""
        return self._paginator(op, args, kwargs).pages()

    def _paginator(
        self,
        op: object,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        bind: tuple[int, frozenset[str], str] | None = None,
    ) -> Paginator[Any]:
        if bind is not None:
            self._check_scope(op, bind)
        return Paginator(lambda arguments: self._request(op, args, arguments, bind=bind), op, kwargs)

    @overload
    def fan_out(
        self,
        targets: Iterable[int | ChainScope],
        fn: Callable[[ChainScope], Awaitable[T]],
        *,
        scope: Literal["chain"] = "chain",
        concurrency: int = 10,
        fail_fast: bool = False,
        return_exceptions: bool = True,
        progress: ProgressCallback | None = None,
    ) -> FanOut[T]: ...
    @overload
    def fan_out(
        self,
        targets: Iterable[int | LocationScope],
        fn: Callable[[LocationScope], Awaitable[T]],
        *,
        scope: Literal["location"],
        concurrency: int = 10,
        fail_fast: bool = False,
        return_exceptions: bool = True,
        progress: ProgressCallback | None = None,
    ) -> FanOut[T]: ...
    def fan_out(
        self,
        targets: Iterable[int | ChainScope | LocationScope],
        fn: Callable[[Any], Awaitable[T]],
        *,
        scope: Literal["chain", "location"] = "chain",
        concurrency: int = 10,
        fail_fast: bool = False,
        return_exceptions: bool = True,
        progress: ProgressCallback | None = None,
    ) -> FanOut[T]:
        """Run ``fn(scope)`` for every target; yield an :class:`Outcome` per target as each completes.

        Targets are chain ids (``scope="location"``: location ids), or scopes. ``async for
        outcome in altegio.fan_out(...)``, or ``async with altegio.fan_out(...) as outcomes:`` to
        close everything when the block is left. All requests share this client's rate limiter.
        Every item of a paged operation per target:
        ``altegio.fan_out(ids, lambda chain: chain.paginate(op, ...).collect())``.
        See :class:`altegio_async.fanout.FanOut`.
        """
        return fan_out(
            self,
            targets,
            fn,
            concurrency=concurrency,
            fail_fast=fail_fast,
            return_exceptions=return_exceptions,
            progress=progress,
            scope=scope,
        )

    def fan_out_locations(
        self,
        targets: Iterable[int | LocationScope],
        fn: Callable[[LocationScope], Awaitable[T]],
        *,
        concurrency: int = 10,
        fail_fast: bool = False,
        return_exceptions: bool = True,
        progress: ProgressCallback | None = None,
    ) -> FanOut[T]:
        """Deprecated (kept for one release): ``fan_out(targets, fn, scope="location", ...)``."""
        _deprecated("fan_out_locations(...)", 'fan_out(..., scope="location")')
        return self.fan_out(
            targets,
            fn,
            scope="location",
            concurrency=concurrency,
            fail_fast=fail_fast,
            return_exceptions=return_exceptions,
            progress=progress,
        )

    def fan_out_paginate(
        self,
        targets: Iterable[int | ChainScope],
        op: object,
        params: Mapping[str, Any] | None = None,
        *,
        concurrency: int = 10,
        progress: ProgressCallback | None = None,
    ) -> FanOut[list[Any]]:
        """Deprecated (kept for one release): ``fan_out(ids, lambda c: c.paginate(op, **params).collect())``."""
        _deprecated("fan_out_paginate(ids, op, params)", "fan_out(ids, lambda c: c.paginate(op, **params).collect())")
        arguments = dict(params or {})

        async def collect(scope: ChainScope) -> list[Any]:
            return await self._paginator(op, (), arguments, scope._bind()).collect()

        return self.fan_out(targets, collect, concurrency=concurrency, progress=progress)

    async def _request(
        self,
        op: object,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        *,
        bind: tuple[int, frozenset[str], str] | None = None,
        parse: bool = True,
        secrets: tuple[str, ...] = (),
    ) -> Result[Any]:
        """The one call path: describe the operation, bind its arguments, send, unwrap, parse.

        With ``parse=False`` the data stays decoded JSON (``call_raw``): no model is built.
        """
        info = describe(op)
        if bind is not None:
            self._check_scope(op, bind)
            args = (bind[0], *args)
        try:
            request = info.module.build_request(**prepare_arguments(info, args, kwargs))
        except (KeyError, ValueError) as exc:
            raise ValueError(
                exc.args[0] if exc.args and info.name in str(exc.args[0]) else f"{info.name}: {exc}"
            ) from None
        if "json" in request:
            request["json"] = check_json_body(info.name, request["json"])
        try:
            response = await self._session.transport.send(
                info.name,
                request,
                timeout=self._options.timeout,
                max_retries=self._options.max_retries,
                max_response_bytes=self._options.max_response_bytes,
            )
            if info.answer == "binary":
                return binary_result(info.name, response)
            if len(response.content) <= OFF_LOOP_BYTES:
                answer, data = read_answer(info, response, parse, self._options.strict)
            else:
                answer, data = await read_answer_off_loop(info, response, parse, self._options.strict)
        except AltegioError as exc:
            self._session.redact(exc, *secrets)
            raise
        return Result._of(data, answer.meta, response.status_code, response.headers, response, answer.data)

    @staticmethod
    def _check_scope(op: object, bind: tuple[int, frozenset[str], str]) -> None:
        """TypeError naming the operation when its first path parameter is not the scope's."""
        info = describe(op)
        _, accepted, scope = bind
        first = info.path_params[0] if info.path_params else None
        if first not in accepted:
            expected = " or ".join(repr(name) for name in sorted(accepted))
            found = f"its first path parameter is {first!r}" if first else "it has no path parameter"
            raise TypeError(f"{info.name} cannot run on a {scope} scope: {found}, the scope binds {expected}")


def _deprecated(old: str, new: str) -> None:
    import warnings

    warnings.warn(f"{old} is deprecated; use {new}", DeprecationWarning, stacklevel=3)


def _backend_for(http_client: object, timeout: object) -> Backend:
    """The backend to send with: the one given, an ``httpx.AsyncClient`` wrapped, or an httpx client of our own."""
    import httpx  # here, not at import time: httpx costs more to import than this package

    from .backends.base import Backend
    from .backends.httpx_backend import HttpxBackend

    if http_client is None:
        return HttpxBackend(httpx.AsyncClient(timeout=timeout), owned=True, timeout=timeout)  # type: ignore[arg-type]
    if isinstance(http_client, httpx.AsyncClient):
        return HttpxBackend(http_client)
    if isinstance(http_client, Backend):
        return http_client
    raise TypeError(
        f"http_client must be an httpx.AsyncClient, an AiohttpClient or a Backend, got {type(http_client).__name__}"
    )


def _default_policy(max_retries: int, max_retry_after: float) -> RetryPolicy:
    from .retry import RetryPolicy

    return RetryPolicy(max_retries=max_retries, max_retry_after=max_retry_after)
