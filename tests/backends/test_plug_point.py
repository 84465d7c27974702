"""The plug point at the transport: the core prepares a request once; any backend sends it.

- the core's request is what httpx would have made of the generated builder's arguments (URL,
  query, JSON body, multipart), so moving the preparation into the core changed no byte on the wire;
- a backend written against ``backends.base`` alone (no httpx, no aiohttp) carries every call;
- the aiohttp path makes no httpx object;
- the answer objects (``Request``, ``Response``, ``Headers``) read as httpx's did.
"""

# ruff: noqa: F811 - the served_mock fixture is imported, then named as a test parameter
from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio_async import AltegioClient, Headers, NotFoundError, Request, Response
from altegio_async._transport import Transport, query_string
from altegio_async.backends import Backend, SendFailed
from altegio_async.retry import RetryPolicy
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from altegio_b2b.api.utilities import upload_image
from altegio_b2b.models import UploadImageBody
from tests.bodies import certificate_type_body
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

BASE = "https://api.alteg.io/api/v1"

scalars = st.one_of(
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
params = st.dictionaries(st.text(min_size=1, max_size=8), st.one_of(scalars, st.lists(scalars, max_size=3)), max_size=5)


def _transport() -> Transport:
    class _Unused:
        cancel_safe = True
        max_connections = 1
        default_timeout = None
        is_closed = False

    return Transport(
        _Unused(),  # type: ignore[arg-type]
        base_url=BASE,
        authorization=lambda: "Bearer p, User u",
        limiter=None,
        policy=RetryPolicy(),
    )


@settings(max_examples=300, deadline=None)
@given(params)
def test_the_query_is_spelled_as_httpx_spells_it(query: dict[str, Any]) -> None:
    ours = _transport().build({"method": "get", "url": "/chain/1/loyalty/transactions", "params": query})
    theirs = httpx.Request("GET", BASE + "/chain/1/loyalty/transactions", params=query)
    assert ours.url == str(theirs.url)
    assert query_string(query) == str(httpx.QueryParams(query))


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_a_json_body_is_the_bytes_httpx_sends(body: Any) -> None:
    ours = _transport().build({"method": "post", "url": "/chain/1/loyalty/certificate_types", "json": body})
    theirs = httpx.Request("POST", BASE + "/chain/1/loyalty/certificate_types", json=body)
    assert ours.content == theirs.read()
    assert ours.headers.get("Content-Type") == theirs.headers.get("Content-Type")  # none for no body (None)


def test_the_request_carries_the_clients_headers_and_the_escaped_path() -> None:
    request = _transport().build(get_type.build_request(7, "a/b ?"))
    assert request.method == "GET"
    assert request.url == BASE + "/chain/7/loyalty/certificate_types/a%2Fb%20%3F"
    assert request.path == "/api/v1/chain/7/loyalty/certificate_types/a%2Fb%20%3F"
    assert request.headers["accept"] == "application/vnd.api.v2+json"
    assert request.headers["Accept-Encoding"] == "gzip, deflate"
    assert request.headers["authorization"] == "Bearer p, User u"
    assert request.content == b""


def test_a_multipart_body_is_encoded_as_httpx_encodes_it() -> None:
    kwargs = upload_image.build_request("service", body=UploadImageBody(image="aGVsbG8=", company_id=5))
    ours = _transport().build(kwargs)
    theirs = httpx.Request(
        "POST", BASE + kwargs["url"], headers=kwargs["headers"], files=kwargs.get("files"), data=kwargs.get("data")
    )
    assert ours.content == theirs.read()
    assert ours.headers["Content-Type"] == theirs.headers["Content-Type"]
    assert b'name="company_id"' in ours.content and b"aGVsbG8=" in ours.content


class MemoryBackend:
    """A backend written against ``backends.base`` alone: answers from a dict, records what it was sent."""

    cancel_safe = True
    max_connections = 4
    default_timeout = 5.0

    def __init__(self, answers: dict[tuple[str, str], tuple[int, list[tuple[str, str]], bytes]]) -> None:
        self.answers = answers
        self.sent: list[Request] = []
        self.closed = False

    @property
    def is_closed(self) -> bool:
        return self.closed

    async def send(self, request: Request, timeout: object) -> Any:
        self.sent.append(request)
        key = (request.method, request.path)
        if key not in self.answers:
            raise SendFailed("ConnectError", "nothing listens there", never_sent=True)
        status, headers, body = self.answers[key]
        return _MemoryAnswer(status, headers, body)

    async def aclose(self) -> None:
        self.closed = True


class _MemoryAnswer:
    reason_phrase = "OK"
    http_version = "HTTP/1.1"
    decoded_body = None

    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status_code = status
        self.headers = headers
        self._body = body

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self._body), 7):  # in small pieces, as a network gives them
            yield self._body[start : start + 7]

    async def aclose(self) -> None:
        return None


async def test_a_backend_of_ones_own_carries_every_call() -> None:
    path = "/api/v1/chain/5/loyalty/certificate_types"
    items = [{"id": 1, "title": "Gift", "expiration_date": "2027-06-30"}]
    backend = MemoryBackend(
        {
            ("GET", path): (200, [("Content-Type", "application/json"), ("X-Request-Id", "r1")], _envelope(items)),
            ("POST", path): (404, [("Content-Type", "application/json")], _refusal("Chain not found")),
        }
    )
    assert isinstance(backend, Backend)
    async with AltegioClient("partner", "user", http_client=backend, rate_limit=None) as altegio:
        result = await altegio.chain(5).call_with_meta(list_types, page_size=100)
        assert [t.id for t in result.data] == [1]
        assert result.data[0].expiration_date == datetime.datetime(2027, 6, 30)
        assert result.headers["x-request-id"] == "r1"
        assert isinstance(result.response, Response) and result.response.request is backend.sent[0]
        with pytest.raises(NotFoundError) as refused:
            await altegio.chain(5).call(create_type, body=certificate_type_body())
        assert refused.value.response is not None and refused.value.response.status_code == 404
        assert "Bearer" not in repr(refused.value.response.request.headers.multi_items())  # masked in errors
    assert not backend.closed  # given, so closed by its owner
    sent = backend.sent[0]
    assert sent.url == f"https://api.alteg.io{path}?page=1&page_size=100"
    assert sent.headers["Authorization"] == "Bearer partner, User user"
    assert json.loads(backend.sent[1].content)["title"] == certificate_type_body()["title"]


async def test_the_aiohttp_path_makes_no_httpx_object(
    served_mock: tuple[str, MockAltegio], monkeypatch: pytest.MonkeyPatch
) -> None:
    from altegio_async import AiohttpClient

    base_url, mock = served_mock
    made: list[str] = []
    for cls in (httpx.Request, httpx.Response, httpx.URL, httpx.Headers, httpx.QueryParams):
        original = cls.__init__

        def counting(self: Any, *args: Any, __original: Any = original, __name: str = cls.__name__, **kw: Any) -> None:
            made.append(__name)
            __original(self, *args, **kw)

        monkeypatch.setattr(cls, "__init__", counting)
    async with (
        AiohttpClient() as http,
        AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, http_client=http) as altegio,
    ):
        chain = altegio.chain(mock.chain_ids[0])
        made.clear()
        types = await chain.call(list_types)
        created = await chain.call(create_type, body=certificate_type_body())
        with pytest.raises(NotFoundError):
            await chain.call(get_type, 999_999_999)
    assert types and created.id
    assert made == []


def test_headers_read_as_httpx_headers_do() -> None:
    raw = [("Content-Type", "application/json"), ("Set-Cookie", "a=1"), ("set-cookie", "b=2")]
    ours, theirs = Headers(raw), httpx.Headers(raw)
    for name in ("content-type", "CONTENT-TYPE", "set-cookie", "missing"):
        assert ours.get(name) == theirs.get(name)
        assert (name in ours) == (name in theirs)
    assert ours.get_list("Set-Cookie") == theirs.get_list("Set-Cookie") == ["a=1", "b=2"]
    assert ours.multi_items() == raw
    assert dict(ours) == dict(theirs)
    assert ours == {"content-type": "application/json", "set-cookie": "a=1, b=2"}
    with pytest.raises(KeyError):
        ours["missing"]


def test_a_response_reads_as_an_httpx_response_does() -> None:
    body = '{"success": true, "data": {"title": "Подарок"}}'.encode("cp1251")
    headers = [("Content-Type", "application/json; charset=windows-1251")]
    ours = Response(200, Headers(headers), body, reason_phrase="OK")
    theirs = httpx.Response(200, headers=headers, content=body)
    assert ours.text == theirs.text
    utf8 = Response(200, Headers(headers[:0]), body.decode("cp1251").encode())
    assert (
        utf8.json()
        == httpx.Response(200, content=utf8.content).json()
        == {"success": True, "data": {"title": "Подарок"}}
    )
    assert ours.is_success and ours.status_code == theirs.status_code
    assert repr(ours) == "<Response [200 OK]>"
    assert Response(500, Headers(), b"\xff").text == "\ufffd"


def _envelope(data: Any) -> bytes:
    return json.dumps({"success": True, "data": data, "meta": {"total_count": len(data)}}).encode()


def _refusal(message: str) -> bytes:
    return json.dumps({"success": False, "data": None, "meta": {"message": message}}).encode()
