"""Bad input from the caller is escaped or refused before sending; tokens never leak."""

from __future__ import annotations

import logging
from collections import Counter

import httpx
import pytest
import respx
from typer.testing import CliRunner

from altegio_async import AltegioClient, RetryPolicy
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
            PARTNER,
            USER,
            base_url="http://altegio.mock/api/v1",
            http_client=http,
            rate_limit=None,
            retry_policy=RetryPolicy(sleep=lambda seconds: _noop()),
        ) as altegio,
    ):
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


BAD_SETTINGS = [
    {"base_url": "https://api.alteg.io/api/v1?lang=en"},
    {"base_url": "https://api.alteg.io/api/v1#top"},
    {"base_url": "https://api.alteg.io:99999/api/v1"},
    {"base_url": "https://api.alteg.io:port/api/v1"},
    {"base_url": "https://[::1/api/v1"},
    {"base_url": "https://api.alteg.io/api/v1\r\nX-Injected: 1"},
    {"base_url": "https://user:pass@api.alteg.io/api/v1"},
    {"base_url": "ftp://api.alteg.io/api/v1"},
    {"timeout": -1},
    {"timeout": 0},
    {"timeout": float("nan")},
    {"timeout": float("inf")},
    {"timeout": httpx.Timeout(-1.0)},
    {"max_retries": 1.5},
    {"max_retries": -1},
    {"max_retries": True},
    {"max_retry_after": float("nan")},
    {"rate_limit": [(5, float("nan"))]},
    {"rate_limit": [(5, float("inf"))]},
    {"rate_limit": [(5, 0)]},
    {"rate_limit": [(float("inf"), 1.0)]},
    {"rate_limit": [(2.5, 1.0)]},
    {"rate_limit": [(5,)]},
]


@pytest.mark.parametrize("settings", BAD_SETTINGS, ids=[repr(s)[:60] for s in BAD_SETTINGS])
def test_bad_settings_are_refused_at_construction(settings: dict[str, object]) -> None:
    with pytest.raises(ValueError) as refused:
        AltegioClient(PARTNER, USER, **settings)  # type: ignore[arg-type]
    assert type(refused.value) is ValueError and str(refused.value)
    assert PARTNER not in str(refused.value)


@pytest.mark.parametrize("settings", [{"timeout": -1}, {"max_retries": 0.5}, {"timeout": float("nan")}])
def test_bad_options_are_refused_by_with_options(settings: dict[str, object]) -> None:
    altegio = AltegioClient(PARTNER, USER)
    with pytest.raises(ValueError):
        altegio.with_options(**settings)  # type: ignore[arg-type]


def test_good_settings_are_kept() -> None:
    altegio = AltegioClient(PARTNER, USER, base_url="http://[::1]:8080/api/v1/", timeout=httpx.Timeout(5.0))
    assert altegio.base_url == "http://[::1]:8080/api/v1"


@pytest.mark.parametrize("bad", [0, 1.5, True, -2])
def test_counts_are_whole_numbers(bad: object) -> None:
    with pytest.raises(ValueError):
        AltegioClient(PARTNER, USER, max_in_flight=bad)  # type: ignore[arg-type]
    altegio = AltegioClient(PARTNER, USER)
    with pytest.raises(ValueError):
        altegio.fan_out([1], lambda chain: chain.call(get_type, 1), concurrency=bad)  # type: ignore[arg-type]
