"""Authentication headers, login, and tokens kept out of repr, logs and errors."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from altegio_async import AltegioClient, APIError, AuthenticationError, ResponseFormatError, RetryPolicy
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from tests.conftest import PARTNER, USER, SleepRecorder
from tests.support.routes import path_of

LIST = path_of("chain_loyalty_certificate_types_list", 1)
OK = {"success": True, "data": [], "meta": []}


async def test_headers_with_and_without_user_token(router: respx.MockRouter) -> None:
    route = router.get(LIST).respond(200, json=OK)
    async with AltegioClient(PARTNER, USER, rate_limit=None) as client:
        await client.chain(1).call(list_cert_types)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}, User {USER}"
    assert route.calls.last.request.headers["Accept"] == "application/vnd.api.v2+json"
    async with AltegioClient(PARTNER, rate_limit=None) as client:
        await client.chain(1).call(list_cert_types)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}"


async def test_login_keeps_the_user_token(router: respx.MockRouter) -> None:
    auth = router.post(path_of("authorize_user")).respond(
        201, json={"success": True, "data": {"id": 1, "user_token": USER}, "meta": []}
    )
    route = router.get(LIST).respond(200, json=OK)
    async with AltegioClient(PARTNER, rate_limit=None) as client:
        assert not client.has_user_token
        assert await client.login("owner@example.com", "pw") == USER
        assert client.has_user_token
        await client.chain(1).call(list_cert_types)
    assert auth.calls.last.request.content == b'{"login":"owner@example.com","password":"pw"}'
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}, User {USER}"


async def test_login_failure_and_empty_answer(router: respx.MockRouter) -> None:
    router.post(path_of("authorize_user")).mock(
        side_effect=[
            httpx.Response(401, json={"success": False, "data": None, "meta": {"message": "Wrong password"}}),
            httpx.Response(201, json={"success": True, "data": {"id": 1}, "meta": []}),
        ]
    )
    async with AltegioClient(PARTNER, rate_limit=None) as client:
        with pytest.raises(AuthenticationError, match="Wrong password"):
            await client.login("owner@example.com", "pw")
        with pytest.raises(ResponseFormatError, match="no user_token"):
            await client.login("owner@example.com", "pw")
        assert not client.has_user_token


@pytest.mark.parametrize("bad", ["", "  ", None, 5, "a\nb", "a,b"])
def test_bad_partner_token_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="partner_token"):
        AltegioClient(bad)  # type: ignore[arg-type]


def test_repr_hides_tokens() -> None:
    client = AltegioClient(PARTNER, USER)
    text = repr(client) + repr(client.chain(1)) + repr(client.with_options(timeout=1))
    assert PARTNER not in text and USER not in text
    assert "'***'" in repr(client)


async def test_tokens_never_reach_logs_or_errors(router: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"success": False, "data": None, "meta": {"message": f"Token {USER} expired for partner {PARTNER}"}}
    router.get(LIST).mock(side_effect=[httpx.Response(503), httpx.ConnectError("down"), httpx.Response(401, json=echo)])
    async with AltegioClient(PARTNER, USER, rate_limit=None, retry_policy=RetryPolicy(sleep=SleepRecorder())) as client:
        with pytest.raises(APIError) as caught:
            await client.chain(1).call(list_cert_types)
    text = str(caught.value) + repr(caught.value) + caught.value.message
    assert PARTNER not in text and USER not in text
    assert "Token *** expired" in text
    lines = [record.getMessage() for record in caplog.records]
    assert any(f"GET /api/v1{LIST} -> 503 (attempt 1" in line for line in lines)
    assert any("-> 401 (attempt 3" in line for line in lines)
    for line in lines:
        assert PARTNER not in line and USER not in line
