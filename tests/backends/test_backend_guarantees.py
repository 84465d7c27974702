"""Every guarantee on both backends, against a hostile server on loopback.

No write sent twice, failures typed alike (and holding no secret, in any field, cause, traceback
or pickle), every encoding within the size cap, deadlines and cancellations that take their
time and no more. Each test runs on httpx's own transport and on ``AiohttpClient``.
"""

from __future__ import annotations

import asyncio
import pickle
import time
import traceback
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from altegio_async import (
    AiohttpClient,
    AltegioClient,
    AltegioError,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ResponseFormatError,
    ResponseTooLargeError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_delete as delete_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_update as update_type
from tests.backends.hostile_server import HostileServer, hostile_server
from tests.bodies import certificate_type_body

PARTNER = "partner-Secret-31337"
USER = "user-Secret-42424"
PASSWORD = 'pa"ss-wörd-Secret'
SECRETS = (PARTNER, USER, PASSWORD, 'pa\\"ss')
BACKENDS = ["httpx", "aiohttp"]


def _http(backend: str, **options: Any) -> httpx.AsyncClient:
    return AiohttpClient(**options) if backend == "aiohttp" else httpx.AsyncClient(**options)


@pytest.fixture(params=BACKENDS)
async def server_and_client(request: pytest.FixtureRequest) -> AsyncIterator[tuple[HostileServer, Callable[..., Any]]]:
    """The hostile server and ``make(**client_options)`` for an AltegioClient on the chosen backend."""
    opened: list[tuple[httpx.AsyncClient, AltegioClient]] = []
    async with hostile_server() as server:

        def make(timeout: float = 5, **options: Any) -> AltegioClient:
            http = _http(request.param)
            options.setdefault("rate_limit", None)
            client = AltegioClient(
                PARTNER, USER, base_url=server.base_url, http_client=http, timeout=timeout, **options
            )
            opened.append((http, client))
            return client

        yield server, make
        for http, client in opened:
            await client.aclose()
            await http.aclose()


def _no_secret_anywhere(error: BaseException) -> None:
    """No secret in the error's text, repr, fields, request, cause chain, traceback or pickle."""
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    seen: set[int] = set()
    node: BaseException | None = error
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        texts += [repr(node), str(node), repr(vars(node))]
        request = getattr(node, "request", None) if not isinstance(node, httpx.RequestError) else node._request
        response = getattr(node, "response", None)
        for message in (request, getattr(response, "_request", None)):
            if isinstance(message, httpx.Request):
                texts += [repr(message.headers), message.content.decode("utf-8", "replace")]
        node = node.__cause__ or node.__context__
    if isinstance(error, AltegioError):
        texts.append(pickle.dumps(error).decode("latin-1"))
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked into {text[:300]!r}"


# -- writes are never sent twice, reads are retried only by the client ---------------------------

WRITES = [
    ("POST", lambda a: a.chain(1).call(create_type, body=certificate_type_body())),
    ("PUT", lambda a: a.chain(1).call(update_type, 2, body=certificate_type_body())),
    ("DELETE", lambda a: a.chain(1).call(delete_type, 2)),
]


@pytest.mark.parametrize("mode", ["reset", "close"])
@pytest.mark.parametrize(("method", "call"), WRITES, ids=[w[0] for w in WRITES])
async def test_a_write_the_server_read_is_never_sent_again(
    server_and_client: tuple[HostileServer, Callable[..., Any]], mode: str, method: str, call: Any
) -> None:
    server, make = server_and_client
    altegio = make(max_retries=3)
    await altegio.chain(1).call(list_types)  # a kept-alive connection: where aiohttp would retry on its own
    server.mode = mode
    with pytest.raises(APIConnectionError) as info:
        await call(altegio)
    assert not isinstance(info.value, APITimeoutError)
    assert server.arrived[method] == 1, f"{method} arrived {server.arrived[method]} times"
    _no_secret_anywhere(info.value)


@pytest.mark.parametrize("mode", ["reset", "close"])
async def test_a_read_is_sent_max_retries_plus_one_times(
    server_and_client: tuple[HostileServer, Callable[..., Any]], mode: str
) -> None:
    server, make = server_and_client
    altegio = make(max_retries=2)
    await altegio.chain(1).call(list_types)
    server.mode = mode
    server.arrived.clear()
    with pytest.raises(APIConnectionError):
        await altegio.chain(1).call(list_types)
    assert server.arrived["GET"] == 3


# -- malformed HTTP is a typed error holding no secret --------------------------------------------


@pytest.mark.parametrize("mode", ["bad_status_line", "huge_header", "bad_chunking", "two_lengths", "short_body"])
async def test_malformed_http_is_a_typed_error_without_secrets(
    server_and_client: tuple[HostileServer, Callable[..., Any]], mode: str
) -> None:
    server, make = server_and_client
    server.mode = mode
    altegio = make(max_retries=0)
    with pytest.raises(AltegioError) as info:
        await altegio.chain(1).call(list_types)
    assert isinstance(info.value, (APIConnectionError, ResponseFormatError)), repr(info.value)
    _no_secret_anywhere(info.value)


async def test_the_login_password_is_in_no_error(server_and_client: tuple[HostileServer, Callable[..., Any]]) -> None:
    server, make = server_and_client
    server.mode = "unauthorized"
    altegio = make(max_retries=0)
    with pytest.raises(AuthenticationError) as refused:
        await altegio.login("someone", PASSWORD)
    assert PASSWORD.encode() not in refused.value.response.request.content  # type: ignore[union-attr]
    _no_secret_anywhere(refused.value)
    server.mode = "reset"
    with pytest.raises(APIConnectionError) as broken:
        await altegio.login("someone", PASSWORD)
    assert broken.value.request is not None and b"***" in broken.value.request.content
    _no_secret_anywhere(broken.value)
    assert server.arrived["POST"] == 2  # login is a write: once each, never again


# -- every error travels between processes --------------------------------------------------------


@pytest.mark.parametrize("mode", ["unauthorized", "reset", "bad_status_line", "gzip_twice"])
async def test_every_error_pickles_without_secrets(
    server_and_client: tuple[HostileServer, Callable[..., Any]], mode: str
) -> None:
    server, make = server_and_client
    server.mode = mode
    altegio = make(max_retries=0, max_response_bytes=1 << 20)
    with pytest.raises(AltegioError) as info:
        await altegio.chain(1).call(list_types)
    clone = pickle.loads(pickle.dumps(info.value))
    assert type(clone) is type(info.value) and str(clone) == str(info.value)
    for field in ("status", "message", "meta", "errors", "operation", "limit"):
        assert getattr(clone, field, None) == getattr(info.value, field, None)
    _no_secret_anywhere(info.value)


# -- every encoding within the size cap -----------------------------------------------------------


async def test_stacked_gzip_is_inflated_within_the_cap(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "gzip_twice"
    altegio = make(max_retries=0, max_response_bytes=1 << 20)
    with pytest.raises(ResponseTooLargeError):
        await altegio.chain(1).call(list_types)


async def test_an_encoding_that_cannot_be_bounded_is_refused(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "brotli"
    altegio = make(max_retries=0)
    with pytest.raises(ResponseFormatError, match="br cannot be read within a size limit"):
        await altegio.chain(1).call(list_types)


# -- deadlines, closes and cancellation take their time, no more ----------------------------------


async def test_trickling_headers_end_at_the_deadline(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "trickle_headers"
    altegio = make(timeout=1.0, max_retries=0)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await altegio.chain(1).call(list_types)
    assert time.monotonic() - started < 1.8  # the timeout bounds the attempt, abandoning included


async def test_a_close_before_the_headers_is_a_connection_error(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "close"
    altegio = make(max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        await altegio.chain(1).call(list_types)
    assert type(info.value) is APIConnectionError


async def test_calls_in_flight_when_the_client_closes_are_client_closed(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "hang"
    altegio = make(max_retries=0)
    calls = [asyncio.create_task(altegio.chain(1).call(list_types)) for _ in range(3)]
    await asyncio.sleep(0.3)
    await getattr(altegio._session.backend, "http", altegio._session.backend).aclose()
    outcomes = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 5)
    assert [type(o) for o in outcomes] == [ClientClosedError] * 3


async def test_cancelling_a_call_waiting_on_the_server_is_prompt(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "hang"
    altegio = make(timeout=30, max_retries=0)
    for _ in range(3):
        call = asyncio.create_task(altegio.chain(1).call(list_types))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert time.monotonic() - started < 0.5
    server.mode = "ok"
    assert await asyncio.wait_for(altegio.chain(1).call(list_types), 5) == []  # the pool still serves


async def test_the_callers_own_shorter_timeout_stays_the_callers(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "hang"
    altegio = make(timeout=30, max_retries=0)
    started = time.monotonic()
    with pytest.raises(TimeoutError) as info:
        async with asyncio.timeout(0.3):
            await altegio.chain(1).call(list_types)
    assert not isinstance(info.value, AltegioError)  # the caller's timeout, not the client's deadline
    assert time.monotonic() - started < 0.8
    server.mode = "ok"
    assert await asyncio.wait_for(altegio.chain(1).call(list_types), 5) == []


async def test_the_clients_deadline_inside_a_callers_longer_timeout_is_the_clients(
    server_and_client: tuple[HostileServer, Callable[..., Any]],
) -> None:
    server, make = server_and_client
    server.mode = "hang"
    altegio = make(timeout=0.3, max_retries=0)
    async with asyncio.timeout(5):
        with pytest.raises(APITimeoutError):
            await altegio.chain(1).call(list_types)
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0  # the deadline's own cancellation was taken back
