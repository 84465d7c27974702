"""One test per generated operation, driven by the description (no hand-written list).

Each operation's raw ``asyncio(client, ...)`` is called through respx with example values for
every parameter and its body (it sends through the client's one call path); the test checks the
request (method, escaped path, PHP-style query, JSON body) against the spec, then answers with a
body built from the response schema and checks that its data parses into the generated model
and serialises back with no field lost.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from altegio_async import AltegioClient
from altegio_b2b import types as b2b_types
from altegio_b2b.operation_index import OPERATIONS
from altegio_b2b.types import File
from tests.spec_support import build_call, example, operation_index, operation_modules

BASE_URL = "https://api.alteg.io/api/v1"
OPERATION_IDS = sorted(operation_index())


def success_response(op: dict[str, Any]) -> tuple[int, str | None, Any]:
    """(status, content type, schema) of the documented success answer."""
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            content = response.get("content") or {}
            for content_type, media in content.items():
                return int(status), content_type, media.get("schema")
            return int(status), None, None
    raise AssertionError(f"{op['operationId']} documents no success answer")


def test_every_operation_has_a_module() -> None:
    assert len(OPERATION_IDS) >= 255
    assert set(OPERATION_IDS) == set(operation_modules())


@pytest.mark.parametrize("op_id", OPERATION_IDS)
async def test_operation_request_and_response(op_id: str) -> None:
    _path, method, op = operation_index()[op_id]
    module = operation_modules()[op_id]
    kwargs, expected_path, expected_query, body_json = build_call(op_id)
    status, content_type, schema = success_response(op)

    if content_type is None:
        answer = httpx.Response(status)
        expected_body: Any = None
    elif content_type == "application/json":
        expected_body = example(schema, "answer")  # the data: the description is unwrapped
        enveloped = OPERATIONS[op_id].answer == "envelope"
        wire = {"success": True, "data": expected_body, "meta": []} if enveloped else expected_body
        answer = httpx.Response(status, json=wire)
    else:
        expected_body = b"%PDF-1.4 receipt"
        answer = httpx.Response(status, content=expected_body, headers={"Content-Type": content_type})

    with respx.mock(assert_all_called=True) as router:
        route = router.route(method=method.upper()).mock(return_value=answer)
        async with AltegioClient("test-token", rate_limit=None, max_retries=0, strict=True) as altegio:
            result = await module.asyncio(altegio, **kwargs)
    request = route.calls.last.request

    assert request.method == method.upper()
    assert request.url.raw_path.decode().split("?")[0] == "/api/v1" + expected_path
    assert sorted(request.url.params.multi_items()) == sorted(expected_query)
    if body_json is not None:
        if request.headers["Content-Type"].startswith("multipart/form-data"):
            for field_name in body_json:
                assert f'name="{field_name}"'.encode() in request.content
        else:
            assert json.loads(request.content) == body_json

    if content_type is None:
        assert result is None
    elif content_type == "application/json":
        if expected_body is not None:
            assert result is not None
        assert b2b_types.to_json(result) == expected_body
    else:
        assert isinstance(result, File)
        assert result.payload.read() == expected_body
