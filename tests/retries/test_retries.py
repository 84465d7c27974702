"""What is retried, how often, how long the waits are, and that no write is ever sent twice."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_create as create_cert_type,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_list as list_cert_types,
)
from tests.bodies import certificate_type_body
from tests.conftest import SleepRecorder
from tests.support.routes import path_of

LIST = path_of("chain_loyalty_certificate_types_list", 1)
CREATE = path_of("chain_loyalty_certificate_types_create", 1)
OK = httpx.Response(200, json={"success": True, "data": [], "meta": []})


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_get_is_retried_on_retryable_status(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder, status: int
) -> None:
    route = router.get(LIST).mock(side_effect=[httpx.Response(status), httpx.Response(status), OK])
    assert await altegio.chain(1).call(list_cert_types) == []
    assert route.call_count == 3
    assert sleeps.waits == [0.5, 1.0]  # 0.5 s doubling; the test's jitter draw is 1.0 (the full wait)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 501])
async def test_other_statuses_are_not_retried(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder, status: int
) -> None:
    route = router.get(LIST).respond(status)
    with pytest.raises(Exception):  # noqa: B017 - the class per status is tested in test_envelope
        await altegio.chain(1).call(list_cert_types)
    assert route.call_count == 1
    assert sleeps.waits == []


async def test_retries_stop_at_max_retries(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = router.get(LIST).respond(503)
    with pytest.raises(ServerError):
        await altegio.chain(1).call(list_cert_types)
    assert route.call_count == 3  # the first attempt and max_retries=2
    route.reset()
    with pytest.raises(ServerError):
        await altegio.with_options(max_retries=5).chain(1).call(list_cert_types)
    assert route.call_count == 6
    assert sleeps.waits[-3:] == [2.0, 4.0, 8.0]


async def test_jitter_spreads_waits(router: respx.MockRouter) -> None:
    sleeps = SleepRecorder()
    async with AltegioClient(
        "p", rate_limit=None, retry_policy=RetryPolicy(sleep=sleeps, jitter=lambda: 0.0)
    ) as client:
        router.get(LIST).mock(side_effect=[httpx.Response(503), OK])
        await client.chain(1).call(list_cert_types)
    assert sleeps.waits == [0.25]  # half the 0.5 s ceiling at the lowest draw


async def test_retry_after_seconds_is_honoured(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    router.get(LIST).mock(side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), OK])
    await altegio.chain(1).call(list_cert_types)
    assert sleeps.waits == [3.0]


async def test_retry_after_http_date_is_honoured(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    router.get(LIST).mock(side_effect=[httpx.Response(503, headers={"Retry-After": when}), OK])
    await altegio.chain(1).call(list_cert_types)
    assert len(sleeps.waits) == 1 and 8.0 <= sleeps.waits[0] <= 10.0


async def test_long_retry_after_raises_instead_of_sleeping(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = router.get(LIST).respond(429, headers={"Retry-After": "600"})
    with pytest.raises(RateLimitError) as caught:
        await altegio.chain(1).call(list_cert_types)
    assert caught.value.retry_after == 600
    assert route.call_count == 1
    assert sleeps.waits == []


async def test_connect_error_is_retried_for_any_method(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    created = httpx.Response(201, json={"success": True, "data": {"id": 9}, "meta": []})
    route = router.post(CREATE).mock(side_effect=[httpx.ConnectError("refused"), created])
    data = await altegio.chain(1).call(create_cert_type, body=certificate_type_body(salon_ids=[1]))
    assert data is not None and data.id == 9
    assert route.call_count == 2


async def test_post_is_never_sent_twice_after_a_read_timeout(
    altegio: AltegioClient, router: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = router.post(CREATE).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await altegio.chain(1).call(create_cert_type, body=certificate_type_body(salon_ids=[1]))
    assert route.call_count == 1
    assert sleeps.waits == []


@pytest.mark.parametrize("status", [502, 504])
async def test_post_is_not_retried_on_gateway_errors(
    altegio: AltegioClient, router: respx.MockRouter, status: int
) -> None:
    route = router.post(CREATE).respond(status)
    with pytest.raises(ServerError):
        await altegio.chain(1).call(create_cert_type, body=certificate_type_body(salon_ids=[1]))
    assert route.call_count == 1


@pytest.mark.parametrize("status", [429, 503])
async def test_post_is_retried_when_refused_before_processing(
    altegio: AltegioClient, router: respx.MockRouter, status: int
) -> None:
    created = httpx.Response(201, json={"success": True, "data": {"id": 9}, "meta": []})
    route = router.post(CREATE).mock(side_effect=[httpx.Response(status), created])
    await altegio.chain(1).call(create_cert_type, body=certificate_type_body(salon_ids=[1]))
    assert route.call_count == 2


async def test_get_read_timeout_is_retried_then_raised(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(LIST).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await altegio.chain(1).call(list_cert_types)
    assert route.call_count == 3


async def test_broken_connection_raises_connection_error(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.post(CREATE).mock(side_effect=httpx.RemoteProtocolError("reset"))
    with pytest.raises(APIConnectionError) as caught:
        await altegio.chain(1).call(create_cert_type, body=certificate_type_body(salon_ids=[1]))
    assert not isinstance(caught.value, APITimeoutError)
    assert f"POST /api/v1{CREATE}" in str(caught.value)


async def test_a_timeout_in_seconds_bounds_the_attempt_and_phases_reach_httpx(
    altegio: AltegioClient, router: respx.MockRouter
) -> None:
    """Seconds bound the whole attempt in the core (httpx arms no per-phase timer of the same
    length, which could never fire first); an ``httpx.Timeout`` names phases, and httpx gets them."""
    route = router.get(LIST).mock(return_value=OK)
    await altegio.with_options(timeout=2.5).chain(1).call(list_cert_types)
    assert set(route.calls.last.request.extensions["timeout"].values()) == {None}
    await altegio.chain(1).call(list_cert_types)
    assert set(route.calls.last.request.extensions["timeout"].values()) == {None}
    await altegio.with_options(timeout=httpx.Timeout(3.0, connect=1.5)).chain(1).call(list_cert_types)
    assert route.calls.last.request.extensions["timeout"] == {"connect": 1.5, "read": 3.0, "write": 3.0, "pool": 3.0}


async def test_event_hooks_see_every_attempt(router: respx.MockRouter) -> None:
    seen: list[str] = []

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    hooks = {"request": [lambda request: seen.append(f"request {request.method}")], "response": [on_response]}
    no_wait = RetryPolicy(sleep=SleepRecorder())
    async with AltegioClient("p", rate_limit=None, event_hooks=hooks, retry_policy=no_wait) as client:
        router.get(LIST).mock(side_effect=[httpx.Response(503), OK])
        await client.chain(1).call(list_cert_types)
    assert seen == ["request GET", "response 503", "request GET", "response 200"]
