"""The envelope → data or a typed error, through the whole call path."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from altegio_async import (
    AltegioClient,
    APIError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
    ValidationError,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_get as get_cert_type,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_list as list_cert_types,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_membership_types_delete as delete_membership_type,
)
from altegio_b2b.models import CertificateType
from tests.support.routes import path_of

LIST = path_of("chain_loyalty_certificate_types_list", 1)
GET = path_of("chain_loyalty_certificate_types_get", 1, 2)


def envelope(data: Any, meta: Any = None) -> dict[str, Any]:
    return {"success": True, "data": data, "meta": [] if meta is None else meta}


async def test_object_data(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(GET).respond(200, json=envelope({"id": 2, "title": "Gift", "unknown": 1}))
    data = await altegio.chain(1).call(get_cert_type, 2)
    assert isinstance(data, CertificateType)
    assert (data.id, data.title, data["unknown"]) == (2, "Gift", 1)


async def test_list_data_and_meta(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(200, json=envelope([{"id": 1}, {"id": 2}], {"total_count": 7}))
    result = await altegio.chain(1).call_with_meta(list_cert_types)
    assert [t.id for t in result.data or []] == [1, 2]
    assert result.meta == {"total_count": 7}
    assert result.status == 200
    assert result.raw == [{"id": 1}, {"id": 2}]


async def test_empty_meta_array_is_an_empty_dict(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(200, json=envelope([], []))
    result = await altegio.chain(1).call_with_meta(list_cert_types)
    assert result.data == []
    assert result.meta == {}


@pytest.mark.parametrize("body", [b"", b"null", b'{"success": true, "data": null, "meta": []}'])
async def test_null_or_empty_answers_give_none(altegio: AltegioClient, router: respx.MockRouter, body: bytes) -> None:
    router.get(LIST).respond(200, content=body)
    assert await altegio.chain(1).call(list_cert_types) is None


async def test_any_2xx_succeeds_where_another_is_documented(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.delete(path_of("chain_loyalty_membership_types_delete", 1, 3)).respond(200, json=envelope(None))
    assert await altegio.chain(1).call(delete_membership_type, 3) is None
    router.delete(path_of("chain_loyalty_membership_types_delete", 1, 4)).respond(204)
    assert await altegio.chain(1).call(delete_membership_type, 4) is None


async def test_bare_body_where_an_envelope_is_documented(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(GET).respond(200, json={"id": 2, "title": "Bare"})
    data = await altegio.chain(1).call(get_cert_type, 2)
    assert isinstance(data, CertificateType) and data.title == "Bare"


async def test_call_raw_returns_json_untouched(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(200, json=envelope([{"id": 1, "x": [1]}]))
    assert await altegio.chain(1).call_raw(list_cert_types) == [{"id": 1, "x": [1]}]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, APIError),
        (422, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
    ],
)
async def test_every_error_status(
    altegio: AltegioClient, router: respx.MockRouter, status: int, error: type[APIError]
) -> None:
    body = {"success": False, "data": None, "meta": {"message": "Nope", "errors": {"title": ["Required"]}}}
    router.get(LIST).respond(status, json=body)
    with pytest.raises(error) as caught:
        await altegio.with_options(max_retries=0).chain(1).call(list_cert_types)
    exc = caught.value
    assert type(exc) is error
    assert (exc.status, exc.message, exc.errors, exc.operation) == (
        status,
        "Nope",
        {"title": ["Required"]},
        "chain_loyalty_certificate_types_list",
    )
    assert exc.response is not None and exc.response.status_code == status
    assert exc.body == body
    assert "title: Required" in str(exc)


async def test_success_false_on_200_is_an_api_error(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(200, json={"success": False, "data": None, "meta": {"message": "Chain not found"}})
    with pytest.raises(APIError) as caught:
        await altegio.chain(1).call(list_cert_types)
    assert type(caught.value) is APIError
    assert caught.value.status == 200
    assert caught.value.message == "Chain not found"


async def test_rate_limit_error_carries_retry_after(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(429, headers={"Retry-After": "120"}, json={"success": False, "meta": {}})
    with pytest.raises(RateLimitError) as caught:
        await altegio.chain(1).call(list_cert_types)
    assert caught.value.retry_after == 120


async def test_html_error_page(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(502, content=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    with pytest.raises(ServerError) as caught:
        await altegio.with_options(max_retries=0).chain(1).call(list_cert_types)
    assert caught.value.body is None
    assert caught.value.message == "Bad Gateway"


@pytest.mark.parametrize(
    "body", [b"<html><body>maintenance</body></html>", b'{"success": true, "data": [', b"\xff\xfe"]
)
async def test_2xx_that_is_not_json(altegio: AltegioClient, router: respx.MockRouter, body: bytes) -> None:
    router.get(LIST).respond(200, content=body)
    with pytest.raises(ResponseFormatError) as caught:
        await altegio.chain(1).call(list_cert_types)
    exc = caught.value
    assert exc.status == 200 and exc.operation == "chain_loyalty_certificate_types_list"
    assert exc.json is None
    assert len(exc.excerpt) <= 200


async def test_wrong_field_types_are_kept_not_raised(altegio: AltegioClient, router: respx.MockRouter) -> None:
    data = {"id": "two", "title": 5, "salon_ids": "all", "item_type": [], "expiration_date": ""}
    router.get(GET).respond(200, json=envelope(data))
    parsed = await altegio.chain(1).call(get_cert_type, 2)
    assert isinstance(parsed, CertificateType)
    assert parsed.to_dict() == data


async def test_data_that_cannot_be_built_is_kept_or_refused_when_strict(
    altegio: AltegioClient, router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(src: Any) -> Any:
        raise KeyError("id")

    body = envelope({"id": 2})
    router.get(GET).respond(200, json=body)
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as module

    monkeypatch.setattr(module, "parse_success", broken)
    assert await altegio.chain(1).call(get_cert_type, 2) == {"id": 2}  # type: ignore[comparison-overlap]
    with pytest.raises(ResponseFormatError) as caught:
        await altegio.with_options(strict=True).chain(1).call(get_cert_type, 2)
    assert caught.value.json == body and caught.value.data == {"id": 2}
    assert "does not fit" in str(caught.value)
