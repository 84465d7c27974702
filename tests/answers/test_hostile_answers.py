"""Bad input from the server, fuzzed: whatever comes back, the client answers with data or a
typed AltegioError, never another exception and never a hang."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from altegio_async import AltegioClient, AltegioError
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.support.tally import TALLY

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
wrong_types = st.one_of(
    st.integers(), st.text(max_size=10), st.booleans(), st.none(), st.lists(st.integers(), max_size=3)
)
certificate_like = st.fixed_dictionaries(
    {},
    optional={
        "id": wrong_types,
        "title": wrong_types,
        "balance": wrong_types,
        "expiration_date": wrong_types,
        "item_type": wrong_types | st.dictionaries(st.text(max_size=5), wrong_types, max_size=3),
        "salon_ids": wrong_types | st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    },
)
envelopes = st.fixed_dictionaries(
    {
        "success": st.one_of(st.booleans(), st.text(max_size=5), st.none(), st.integers()),
        "data": st.one_of(json_values, certificate_like, st.lists(certificate_like, max_size=3)),
        "meta": st.one_of(json_values, st.just([]), st.fixed_dictionaries({"total_count": wrong_types})),
    }
)


def encoded(value: Any) -> bytes:
    return json.dumps(value).encode()


bodies = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"<html><body>502 Bad Gateway</body></html>", b"<!DOCTYPE html><title>Error</title>"]),
    envelopes.map(encoded),
    envelopes.map(encoded).flatmap(lambda b: st.integers(0, max(0, len(b) - 1)).map(lambda n: b[:n])),
    st.integers(1, 50_000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.integers(1, 50_000).map(lambda depth: b'{"success": true, "data": ' + b"[" * depth + b"]" * depth + b"}"),
    st.integers(1, 2_000_000).map(lambda size: encoded({"success": True, "data": {"title": "x" * size}, "meta": []})),
    json_values.map(encoded),
)
statuses = st.sampled_from([200, 201, 204, 400, 401, 404, 422, 429, 500, 502, 503])


async def one_call(status: int, body: bytes, listing: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Retry-After": "0"})

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http,
        AltegioClient("p", "u", http_client=http, rate_limit=None, max_retries=0) as altegio,
    ):
        try:
            if listing:
                await asyncio.wait_for(altegio.chain(1).call(list_types), timeout=10)
            else:
                await asyncio.wait_for(altegio.chain(1).call(get_type, 2), timeout=10)
            TALLY["raised"]["(data returned)"] += 1
        except AltegioError as error:
            TALLY["raised"][type(error).__name__] += 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(status=statuses, body=bodies, listing=st.booleans())
def test_any_answer_gives_data_or_a_typed_error(status: int, body: bytes, listing: bool) -> None:
    asyncio.run(one_call(status, body, listing))
    TALLY["requests"]["fuzzed answers"] += 1


async def outcome(status: int, body: bytes) -> str:
    before = Counter(TALLY["raised"])
    await one_call(status, body, listing=True)
    (kind,) = (TALLY["raised"] - before).keys()
    return kind


async def test_known_hostile_answers() -> None:
    good = encoded({"success": True, "data": [{"id": 1, "title": 5}], "meta": []})
    assert await outcome(200, good) == "(data returned)"
    assert await outcome(200, b"<html>down</html>") == "ResponseFormatError"
    assert await outcome(200, b"[" * 100_000 + b"]" * 100_000) == "ResponseFormatError"
    assert await outcome(200, b'{"success": true, "data": [{"id": 1') == "ResponseFormatError"
    assert await outcome(200, encoded({"success": "yes", "data": 5})) == "ResponseFormatError"
    assert await outcome(502, b"<html>Bad Gateway</html>") == "ServerError"
    assert await outcome(200, encoded({"success": False, "data": None, "meta": "oops"})) == "APIError"
