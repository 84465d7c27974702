"""Secrets: tokens and the password in no error, excerpt, cause or log line."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    AltegioError,
    ResponseFormatError,
    ValidationError,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.support.respx_client import BASE, LIST, PARTNER, USER
from tests.support.routes import path_of


@pytest.mark.parametrize("token", ["tok\u00e9n", "tok\u2028en", "tok\x00en", "tok\x7fen", "tok,en", "tok\ten"])
def test_tokens_are_printable_ascii_and_errors_do_not_hold_them(token: str) -> None:
    for kwargs in ({"partner_token": token}, {"partner_token": "ok", "user_token": token}):
        with pytest.raises(ValueError) as caught:
            AltegioClient(**kwargs)
        assert token not in str(caught.value) and "position 3" in str(caught.value)


async def test_login_refuses_a_bad_token_from_the_server(client: AltegioClient) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post(path_of("authorize_user")).respond(
            201, json={"success": True, "data": {"user_token": "bad\u00e9token"}}
        )
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
        router.post(path_of("authorize_user")).respond(422, json=echo)
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
