"""The mock refuses bad input the way Altegio does (a 400/422 envelope) and its store survives it.

Users test against this server, so hostile input must never crash it, answer a bare 500, or
corrupt what later requests see. Sent raw, in-process and on a real port.
"""

from __future__ import annotations

import json

import httpx
import pytest

from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from tests.bodies import certificate_type_body
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port
from tests.support.routes import path_of

AUTH = {"Authorization": f"Bearer {MOCK_PARTNER_TOKEN}, User {MOCK_USER_TOKEN}"}


def _is_altegio_error(answer: httpx.Response, statuses: tuple[int, ...] = (400, 422)) -> dict[str, object]:
    assert answer.status_code in statuses, (answer.status_code, answer.text[:200])
    body = answer.json()
    assert body["success"] is False and body["data"] is None and body["meta"]["message"]
    return body  # type: ignore[no-any-return]


@pytest.fixture
async def raw() -> httpx.AsyncClient:
    mock = MockAltegio(seed=9)
    client = mock.http_client(base_url="http://altegio.mock/api/v1", headers=AUTH)
    client.mock = mock  # type: ignore[attr-defined]
    return client


@pytest.mark.parametrize("chain", ["abc", "1.5", "-3", "%2F", "1%2F2", "%00"])
async def test_a_bad_id_in_the_path_is_a_400_envelope(raw: httpx.AsyncClient, chain: str) -> None:
    async with raw:
        answer = await raw.get(path_of("chain_loyalty_certificate_types_list", chain))
    _is_altegio_error(answer, (400, 404))


async def test_bad_ids_on_a_real_port_are_400_envelopes(served_mock: tuple[str, MockAltegio]) -> None:  # noqa: F811
    base_url, _mock = served_mock
    async with httpx.AsyncClient(base_url=base_url, headers=AUTH) as client:
        for chain in ("abc", "%2F", "9" * 50 + "x"):
            _is_altegio_error(await client.get(path_of("chain_loyalty_certificate_types_list", chain)), (400, 404))


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"title": "x", "balance": 1e400}',
        b'{"title": "x", "balance": NaN}',
        b'{"title": "x", "balance": 1' + b"0" * 5000 + b"}",
        b"{not json",
    ],
    ids=["deep", "1e400", "NaN", "huge-int", "not-json"],
)
async def test_a_body_json_cannot_hold_is_a_400_and_changes_nothing(raw: httpx.AsyncClient, body: bytes) -> None:
    mock: MockAltegio = raw.mock  # type: ignore[attr-defined]
    chain = mock.chain_ids[0]
    async with raw:
        before = (await raw.get(path_of("chain_loyalty_certificate_types_list", chain))).json()
        answer = await raw.post(
            path_of("chain_loyalty_certificate_types_create", chain),
            content=body,
            headers={"Content-Type": "application/json"},
        )
        _is_altegio_error(answer)
        after = await raw.get(path_of("chain_loyalty_certificate_types_list", chain))
    assert after.status_code == 200 and after.json() == before


@pytest.mark.parametrize("title", [5, ["a"], {"x": 1}, True, None])
async def test_a_title_of_the_wrong_type_is_refused_and_lists_still_work(raw: httpx.AsyncClient, title: object) -> None:
    mock: MockAltegio = raw.mock  # type: ignore[attr-defined]
    chain = mock.chain_ids[0]
    async with raw:
        body = {**certificate_type_body(), "title": title}
        _is_altegio_error(await raw.post(path_of("chain_loyalty_certificate_types_create", chain), json=body))
        for operation in ("chain_loyalty_certificate_types_list", "chain_loyalty_membership_types_list"):
            listed = await raw.get(path_of(operation, chain), params={"title": "a"})
            assert listed.status_code == 200, listed.text
    json.dumps(mock.stats())  # the store still serialises
