"""Hardening: bounded answers, deadlines, typed exceptions, secrets, caller input, fan-out,
cancellation and lying paginators. One section per class of the hardening issue."""

# ruff: noqa: F811 - the served_mock fixture is imported, then named as a test parameter
from __future__ import annotations

import asyncio
import logging
import random
import time
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    AltegioError,
    APITimeoutError,
    ClientClosedError,
    PaginationError,
    ResponseFormatError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    ValidationError,
)
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_transaction_list as list_transactions
from tests.bodies import certificate_type_body
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

BASE = "https://api.alteg.io/api/v1"
LIST = "/chain/1/loyalty/certificate_types"
PARTNER = "partner-token-0123456789abcdef"
USER = "user-token-fedcba9876543210"
OK = {"success": True, "data": [], "meta": []}


def streamed(status: int, chunks: list[bytes], headers: dict[str, str] | None = None, pause: float = 0.0) -> Any:
    """A respx side effect answering with a body that arrives chunk by chunk."""

    class Body(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in chunks:
                if pause:
                    await asyncio.sleep(pause)
                yield chunk

    return lambda request: httpx.Response(status, headers=headers or {}, stream=Body())


@pytest.fixture
async def client() -> AsyncIterator[AltegioClient]:
    async with AltegioClient(PARTNER, USER, rate_limit=None, max_retries=0) as altegio:
        yield altegio


# -- 1. bounded answers ---------------------------------------------------------------------------


def gzip_bomb(inflated_mib: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(inflated_mib)) + packer.flush()


async def test_a_gzip_bomb_stops_at_max_response_bytes(client: AltegioClient) -> None:
    bomb = gzip_bomb(1024)  # about 1 MB that inflates to 1 GiB
    assert len(bomb) < 1_100_000
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [bomb], {"Content-Encoding": "gzip"}))
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=4194304"):
            await client.with_options(max_response_bytes=4 << 20).chain(1).call(list_types)


async def test_an_endless_body_stops_at_the_limit(client: AltegioClient) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [b"[" + b"1," * 50_000] * 10_000))
        with pytest.raises(ResponseTooLargeError):
            await client.with_options(max_response_bytes=1 << 20).chain(1).call(list_types)


def test_max_response_bytes_is_checked() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        AltegioClient(PARTNER, max_response_bytes=0)
    with pytest.raises(ValueError, match="max_response_bytes"):
        AltegioClient(PARTNER).with_options(max_response_bytes=-1)


# -- 2. a deadline for the whole attempt ----------------------------------------------------------


async def test_a_trickling_body_times_out_as_a_whole(client: AltegioClient) -> None:
    body = b'{"success": true, "data": [], "meta": []}'
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [bytes([b]) for b in body], pause=0.14))
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"no whole answer within 0\.5 s"):
            await client.with_options(timeout=0.5).chain(1).call(list_types)
    assert time.monotonic() - started < 1.5  # each byte came within the read timeout; the whole did not


# -- 3. nothing escapes untyped -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_corrupt_content_encoding_is_a_format_error(client: AltegioClient, encoding: str) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(side_effect=streamed(200, [b"\x1f\x8b\x08garbage" * 10], {"Content-Encoding": encoding}))
        with pytest.raises(ResponseFormatError, match="could not be decoded"):
            await client.chain(1).call(list_types)


async def test_a_call_after_aclose_is_typed() -> None:
    altegio = AltegioClient(PARTNER, rate_limit=None)
    await altegio.aclose()
    with pytest.raises(ClientClosedError, match="closed"):
        await altegio.chain(1).call(list_types)
    assert issubclass(ClientClosedError, AltegioError)


# -- 4. secrets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["tok\u00e9n", "tok\u2028en", "tok\x00en", "tok\x7fen", "tok,en", "tok\ten"])
def test_tokens_are_printable_ascii_and_errors_do_not_hold_them(token: str) -> None:
    for kwargs in ({"partner_token": token}, {"partner_token": "ok", "user_token": token}):
        with pytest.raises(ValueError) as caught:
            AltegioClient(**kwargs)
        assert token not in str(caught.value) and "position 3" in str(caught.value)


async def test_login_refuses_a_bad_token_from_the_server(client: AltegioClient) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/auth").respond(201, json={"success": True, "data": {"user_token": "bad\u00e9token"}})
        with pytest.raises(ResponseFormatError) as caught:
            await client.login("owner", "hunter2-password")
    assert "bad\u00e9token" not in str(caught.value) and "hunter2" not in str(caught.value)


def all_text(exc: BaseException) -> str:
    """Everything an error lets a caller or a logger see, causes and contexts included."""
    seen, parts, stack = set(), [], [exc]
    while stack:
        error = stack.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        parts += [str(error), repr(error), repr(error.args)]
        parts += [repr(getattr(error, name, None)) for name in ("message", "errors", "meta", "body", "json", "excerpt")]
        stack += [error.__cause__, error.__context__]
    return "\n".join(parts)


async def test_the_password_never_reaches_an_error(client: AltegioClient) -> None:
    password = "s3cret-Password-42"
    echo = {"success": False, "data": None, "meta": {"message": f"bad {password}", "errors": {"password": [password]}}}
    with respx.mock(base_url=BASE) as router:
        router.post("/auth").respond(422, json=echo)
        with pytest.raises(ValidationError) as caught:
            await client.login("owner@example.com", password)
    assert password not in all_text(caught.value)
    assert caught.value.errors == {"password": ["***"]}


async def test_an_excerpt_is_cut_after_the_token_is_removed(client: AltegioClient) -> None:
    body = ("x" * 185 + PARTNER + "y" * 100).encode()  # the token straddles the 200th character
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).respond(200, content=body)
        with pytest.raises(ResponseFormatError) as caught:
            await client.chain(1).call(list_types)
    text = all_text(caught.value)
    for start in range(len(PARTNER) - 5):
        assert PARTNER[start : start + 6] not in text
    assert "***" in caught.value.excerpt


async def test_causes_and_every_logger_stay_free_of_secrets(
    client: AltegioClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[BaseException] = []
    with respx.mock(base_url=BASE) as router:
        router.get(LIST).mock(
            side_effect=[
                httpx.ConnectError(f"refused {PARTNER}"),
                httpx.Response(
                    401, json={"success": False, "data": None, "meta": {"message": f"unknown token {USER}"}}
                ),
            ]
        )
        for _ in range(2):
            try:
                await client.chain(1).call(list_types)
            except AltegioError as exc:
                errors.append(exc)
    assert len(errors) == 2
    for error in errors:
        assert PARTNER not in str(error) and USER not in str(error)
        assert USER not in all_text(error)
    assert PARTNER not in caplog.text and USER not in caplog.text


# -- 5. caller input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error", "where"),
    [
        ({1, 2}, TypeError, "body.service_ids"),
        (b"raw", TypeError, "body.title"),
        (float("nan"), ValueError, "body.balance"),
    ],
)
async def test_a_body_json_cannot_carry_is_refused_before_sending(
    client: AltegioClient, value: Any, error: type[Exception], where: str
) -> None:
    field = where.split(".")[1]
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post(LIST).respond(200, json=OK)
        with pytest.raises(error, match=rf"chain_loyalty_certificate_types_create: parameter '{where}'"):
            await client.chain(1).call(create_type, body=certificate_type_body(**{field: value}))
    assert route.call_count == 0


# -- 6. retries -----------------------------------------------------------------------------------


async def test_a_500_is_retried_for_reads_not_for_writes() -> None:
    no_wait = RetryPolicy(max_retries=1, sleep=lambda seconds: asyncio.sleep(0))
    async with AltegioClient(PARTNER, rate_limit=None, retry_policy=no_wait) as altegio:
        with respx.mock(base_url=BASE) as router:
            reads = router.get(LIST).mock(side_effect=[httpx.Response(500), httpx.Response(200, json=OK)])
            assert await altegio.chain(1).call(list_types) == []
            assert reads.call_count == 2
            writes = router.post(LIST).respond(500)
            with pytest.raises(ServerError):
                await altegio.chain(1).call(create_type, body=certificate_type_body())
            assert writes.call_count == 1


# -- 7. fan-out -----------------------------------------------------------------------------------


async def test_a_base_exception_from_fn_does_not_hang_the_iterator(client: AltegioClient) -> None:
    async def fn(scope: Any) -> int:
        if scope.id == 3:
            raise asyncio.CancelledError()
        await asyncio.sleep(0.001)
        return int(scope.id)

    outcomes = [o async for o in client.fan_out(range(1, 7), fn, concurrency=3)]
    assert sorted(o.chain_id for o in outcomes) == [1, 2, 3, 4, 5, 6]
    (failed,) = [o for o in outcomes if not o.ok]
    assert failed.chain_id == 3 and isinstance(failed.error, asyncio.CancelledError)


async def test_a_consumer_that_stops_pulling_starts_no_new_work() -> None:
    mock = MockAltegio(seed=5, chains=60, locations_per_chain=1)
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN,
            MOCK_USER_TOKEN,
            base_url="http://altegio.mock/api/v1",
            http_client=http,
            rate_limit=None,
        ) as altegio,
    ):
        stream = altegio.fan_out(mock.chain_ids, lambda c: c.call(list_types), concurrency=5)
        async for _outcome in stream:
            break  # the iterator is still held in `stream`, not closed
        before = sum(mock.requests.values())
        await asyncio.sleep(0.7)
        assert sum(mock.requests.values()) - before == 0
        assert before <= 5
        await stream.aclose()


async def test_async_with_closes_everything_at_once(client: AltegioClient) -> None:
    started: list[int] = []

    async def slow(scope: Any) -> int:
        started.append(scope.id)
        await asyncio.sleep(10)
        return 0

    async with client.fan_out(range(100), slow, concurrency=8) as outcomes:
        assert outcomes.total == 100
        await asyncio.sleep(0.05)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert others == []
    assert len(started) == 8


# -- 8. cancellation and the pool -----------------------------------------------------------------


@pytest.mark.parametrize("seed", [4, 7])
async def test_cancelling_mid_request_never_leaves_the_pool_stuck(
    seed: int, served_mock: tuple[str, MockAltegio]
) -> None:
    from altegio_async.testing.faults import Faults

    base_url, mock = served_mock
    mock.set_faults(Faults(latency=0.002))
    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    try:
        async with (
            httpx.AsyncClient(limits=limits, timeout=5) as http,
            AltegioClient(
                MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, http_client=http, rate_limit=None, max_retries=0
            ) as altegio,
        ):
            chain = altegio.chain(mock.chain_ids[0])
            for _ in range(300):
                task = asyncio.create_task(chain.call(list_types))
                await asyncio.sleep(rng.uniform(0, 0.005))
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
            pool = http._transport._pool  # type: ignore[attr-defined]
            stuck = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
            assert stuck == []
            results = await asyncio.wait_for(asyncio.gather(*(chain.call(list_types) for _ in range(8))), 5)
            assert len(results) == 8  # the pool of 4 still serves
    finally:
        mock.set_faults(Faults())


# -- 9. paginators against lying servers ----------------------------------------------------------


@pytest.mark.parametrize("cycle", [2, 3])
async def test_a_cycling_server_is_caught_within_a_cycle(client: AltegioClient, cycle: int) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        first = ((number - 1) % cycle) * 10
        items = [{"id": first + i, "amount": i} for i in range(10)]
        return httpx.Response(200, json={"success": True, "data": items, "meta": {"total_count": 1000}})

    with respx.mock(base_url=BASE) as router:
        route = router.get("/chain/1/loyalty/transactions").mock(side_effect=page)
        with pytest.raises(PaginationError, match=f"page {cycle + 1} repeats page 1"):
            window = {"created_after": "2026-01-01", "created_before": "2026-12-31"}
            await client.chain(1).paginate(list_transactions, count=10, **window).collect()  # type: ignore[arg-type]
    assert route.call_count == cycle + 1
