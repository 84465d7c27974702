"""Lifecycle: who closes the HTTP client, and what importing the package costs."""

from __future__ import annotations

import subprocess
import sys

import httpx
import respx

from altegio_async import AltegioClient
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from tests.support.routes import path_of

OK = {"success": True, "data": [], "meta": []}


async def test_own_http_client_is_closed() -> None:
    client = AltegioClient("p")
    async with client:
        pass
    assert client._session.backend.is_closed


async def test_callers_http_client_is_used_and_left_open(router: respx.MockRouter) -> None:
    route = router.get(path_of("chain_loyalty_certificate_types_list", 1)).respond(200, json=OK)
    async with httpx.AsyncClient(headers={"X-Trace": "abc"}) as http:
        async with AltegioClient("p", http_client=http, rate_limit=None, timeout=4.0) as client:
            await client.chain(1).call(list_cert_types)
        assert not http.is_closed
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "abc"
    assert request.extensions["timeout"]["connect"] is None  # 4 s bounds the whole attempt, in the core


async def test_option_views_share_the_connection_and_do_not_close_it() -> None:
    async with AltegioClient("p") as client:
        view = client.with_options(max_retries=0)
        await view.aclose()
        assert not client._session.backend.is_closed
        assert view.rate_limiter is client.rate_limiter


def test_importing_the_package_imports_no_operation() -> None:
    code = "import sys, altegio_async; print(sorted(m for m in sys.modules if m.startswith('altegio_b2b')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


async def test_max_in_flight_bounds_concurrent_sends(router: respx.MockRouter) -> None:
    import asyncio

    in_flight, peak = 0, 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, json=OK)

    router.get(path_of("chain_loyalty_certificate_types_list", 1)).mock(side_effect=slow)
    async with AltegioClient("p", rate_limit=None, max_in_flight=3) as client:
        await asyncio.gather(*(client.chain(1).call(list_cert_types) for _ in range(20)))
    assert peak == 3


def test_options_are_a_frozen_value_and_views_replace_them() -> None:
    import dataclasses

    import pytest

    from altegio_async import RequestOptions

    altegio = AltegioClient("partner-token-1", strict=False)
    view = altegio.with_options(timeout=5, max_retries=0, strict=True)
    assert view.options == RequestOptions(timeout=5.0, max_retries=0, strict=True)
    assert altegio.options == RequestOptions()  # the client itself is unchanged
    assert view.with_options(max_response_bytes=1024).options.timeout == 5.0  # a view of a view keeps the rest
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.options.strict = False  # type: ignore[misc]
    with pytest.raises(ValueError):
        RequestOptions(timeout=-1)
