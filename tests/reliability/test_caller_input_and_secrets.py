"""Bad input from the caller is escaped or refused before sending; tokens never leak."""

from __future__ import annotations

import logging
from collections import Counter

import httpx
import pytest
import respx
from typer.testing import CliRunner

from altegio_async import AltegioClient
from altegio_async.cli import app
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type
from altegio_b2b.api.custom_fields import get_custom_field_list
from altegio_b2b.api.loyalty_cards import get_loyalty_card_list_by_phone
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

BASE = "https://api.alteg.io/api/v1"
PARTNER, USER = "partner-Secret-7788", "user-Secret-9900"


@pytest.mark.parametrize("value", ["a/b", "..", ".", "../../admin", "x?admin=1", "x#frag", "a b", "ünï©ødé", "%2F"])
async def test_string_path_values_are_escaped(value: str, tally: dict[str, Counter[str]]) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route(method="GET").respond(200, json={"success": True, "data": [], "meta": []})
        async with AltegioClient(PARTNER, USER, rate_limit=None) as altegio:
            await altegio.call(get_custom_field_list, value, 5)
    request = route.calls.last.request
    raw_path = request.url.raw_path.decode()
    assert raw_path.split("?")[0].count("/") == 5, raw_path  # /api/v1/custom_fields/<one segment>/5
    assert request.url.query == b""
    assert "#" not in raw_path and "?" not in raw_path
    assert httpx.URL(BASE + "/custom_fields/x/5").path.count("/") == raw_path.count("/")
    tally["requests"]["escaping checks"] += 1


async def test_empty_path_value_is_refused() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={"success": True, "data": [], "meta": []})
        async with AltegioClient(PARTNER, USER, rate_limit=None) as altegio:
            with pytest.raises(ValueError, match="get_custom_field_list: path parameter 'field_category' must not be"):
                await altegio.call(get_custom_field_list, "", 5)
    assert not route.called


async def test_phone_in_path_cannot_add_a_query() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route(method="GET").respond(200, json={"success": True, "data": [], "meta": []})
        async with AltegioClient(PARTNER, USER, rate_limit=None) as altegio:
            await altegio.call(get_loyalty_card_list_by_phone, "+351 91?x=1&y=2#z", 1, 2)
    assert route.calls.last.request.url.raw_path.decode() == (
        "/api/v1/loyalty/cards/%2B351%2091%3Fx%3D1%26y%3D2%23z/1/2"
    )


@pytest.mark.parametrize("bad", ["../1", "1/2", 1.5, None, True, [1], {"id": 1}])
async def test_wrong_types_raise_before_anything_is_sent(bad: object, tally: dict[str, Counter[str]]) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={"success": True, "data": None, "meta": []})
        async with AltegioClient(PARTNER, USER, rate_limit=None) as altegio:
            with pytest.raises(TypeError, match="parameter 'type_id'"):
                await altegio.chain(1).call(get_type, bad)  # type: ignore[arg-type]
    assert not route.called
    tally["raised"]["TypeError (before sending)"] += 1


async def test_tokens_in_no_log_line_repr_or_error_through_retries(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    mock = MockAltegio(partner_tokens=[PARTNER], user_tokens=[USER], seed=1)
    mock.set_faults(Faults(server_error_rate=1.0, server_error_statuses=(503,), retry_after=0))
    errors = []
    async with (
        mock.http_client() as http,
        AltegioClient(
            PARTNER, USER, base_url="http://altegio.mock/api/v1", http_client=http, rate_limit=None
        ) as altegio,
    ):
        altegio._session.transport._sleep = lambda seconds: _noop()
        for call in (altegio.chain(706028).call(get_type, 1), altegio.chain(706028).call(get_type, 1)):
            try:
                await call
            except Exception as exc:
                errors.append(exc)
        text = repr(altegio) + "".join(repr(e) + str(e) for e in errors)
    lines = [r.getMessage() + str(r.args) for r in caplog.records]
    assert len(lines) >= 6  # three attempts for each call, logged
    for secret in (PARTNER, USER):
        assert secret not in text
        assert all(secret not in line for line in lines)


async def _noop() -> None:
    return None


def test_tokens_never_in_cli_output(served_mock: tuple[str, MockAltegio]) -> None:  # noqa: F811
    base_url, mock = served_mock
    runner = CliRunner()
    cases = [
        ["call", "chain_loyalty_certificate_types_list", "--chain-id", "1", "--partner-token", MOCK_PARTNER_TOKEN],
        ["call", "chain_loyalty_certificate_types_list", "--chain-id", str(mock.chain_ids[0])],
        ["fan-out", "chain_loyalty_certificate_types_list", "--chain-ids", "1,2"],
    ]
    for args in cases:
        result = runner.invoke(
            app,
            [*args, "--base-url", base_url, "--user-token", MOCK_USER_TOKEN],
            env={"ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN},
        )
        assert result.exit_code != 0 or result.stdout
        assert MOCK_PARTNER_TOKEN not in result.output and MOCK_USER_TOKEN not in result.output
