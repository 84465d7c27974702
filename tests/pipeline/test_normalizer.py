"""Each normaliser fix on a tiny spec fragment, and the whole normaliser on an upstream-shaped one."""

from __future__ import annotations

import copy
from typing import Any

import normalize_spec as ns
import spec_walk


def spec_with(path: str, method: str, op: dict[str, Any], **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "https://api.alteg.io/api/v1"}],
        "paths": {path: {method: op}},
        "components": {"schemas": components},
    }


def ok(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def test_strip_server_prefix() -> None:
    spec = spec_with("/api/v1/company/{location_id}/x", "get", {"responses": {}})
    report = ns.strip_server_prefix(spec)
    assert list(spec["paths"]) == ["/company/{location_id}/x"]
    assert report == ["/api/v1/company/{location_id}/x: server prefix /api/v1 removed"]
    assert ns.strip_server_prefix(spec) == []


def test_order_path_parameters() -> None:
    params = [
        {"name": "b_id", "in": "path", "required": True, "schema": {"type": "integer"}},
        {"name": "q", "in": "query", "schema": {"type": "string"}},
        {"name": "a_id", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    spec = spec_with("/x/{a_id}/y/{b_id}", "get", {"parameters": params, "responses": {}})
    assert len(ns.order_path_parameters(spec)) == 1
    assert [p["name"] for p in spec["paths"]["/x/{a_id}/y/{b_id}"]["get"]["parameters"]] == ["a_id", "b_id", "q"]
    assert ns.order_path_parameters(spec) == []


def test_drop_transport_headers() -> None:
    params = [
        {"name": "Accept", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "Content-Type", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "authorization", "in": "query", "schema": {"type": "string"}},
        {"name": "X-Other", "in": "header", "schema": {"type": "string"}},
    ]
    spec = spec_with("/x", "get", {"parameters": params, "responses": {}})
    assert len(ns.drop_transport_headers(spec)) == 3
    assert [p["name"] for p in spec["paths"]["/x"]["get"]["parameters"]] == ["X-Other"]


def test_merge_bracket_twins() -> None:
    params = [
        {"name": "id", "in": "query", "description": "Client ID", "schema": {"type": "integer"}},
        {"name": "id[]", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
        {"name": "ids[]", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
    ]
    spec = spec_with("/clients", "get", {"parameters": params, "responses": {}})
    assert ns.merge_bracket_twins(spec) == ["GET /clients: query parameters id and id[] merged into id"]
    merged, lone = spec["paths"]["/clients"]["get"]["parameters"]
    assert merged["name"] == "id"
    assert merged["schema"]["anyOf"] == [{"type": "integer"}, {"type": "array", "items": {"type": "integer"}}]
    assert lone["name"] == "ids[]"


def test_unique_operation_ids() -> None:
    spec = spec_with("/a", "get", {"operationId": "Get-Thing", "responses": {}})
    spec["paths"]["/b"] = {"get": {"operationId": "get_thing", "responses": {}}, "post": {"responses": {}}}
    report = ns.unique_operation_ids(spec)
    ids = [op["operationId"] for _, _, op in spec_walk.operations(spec)]
    # Both are GETs, so both are told apart by their route: neither name depends on document order.
    assert ids == ["get_thing_get_a", "get_thing_get_b", "post_b"]
    assert len(report) == 3


def test_nullable_type_lists() -> None:
    schema = {
        "type": "object",
        "properties": {
            "plain": {"type": ["string", "null"]},
            "mixed": {"type": ["object", "null", "string"], "properties": {"id": {"type": "integer"}}},
            "single": {"type": ["boolean"]},
        },
    }
    spec = spec_with("/x", "get", {"responses": ok(schema)})
    ns.nullable_type_lists(spec)
    props = spec["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert props["plain"] == {"type": ["string", "null"]}
    assert props["mixed"]["anyOf"] == [
        {"type": "object", "properties": {"id": {"type": "integer"}}},
        {"type": "string"},
        {"type": "null"},
    ]
    assert props["single"] == {"type": "boolean"}


def test_integer_ids() -> None:
    params = [
        {"name": "location_id", "in": "path", "required": True, "schema": {"type": "number"}},
        {"name": "staff_ids", "in": "query", "schema": {"type": "array", "items": {"type": "number"}}},
        {"name": "price", "in": "query", "schema": {"type": "number"}},
        {"name": "count", "in": "query", "schema": {"type": "number"}},
    ]
    schema = {
        "type": "object",
        "properties": {
            "id": {"type": ["number", "null"]},
            "rate_id": {"type": "number", "format": "float"},
            "cost": {"type": "number"},
        },
    }
    spec = spec_with("/x/{location_id}", "get", {"parameters": params, "responses": ok(schema)})
    ns.integer_ids(spec)
    op = spec["paths"]["/x/{location_id}"]["get"]
    assert op["parameters"][0]["schema"] == {"type": "integer"}
    assert op["parameters"][1]["schema"]["items"] == {"type": "integer"}
    assert op["parameters"][2]["schema"] == {"type": "number"}
    assert op["parameters"][3]["schema"] == {"type": "integer"}, "paging counts are integers"
    props = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert props["id"]["type"] == ["integer", "null"]
    assert props["rate_id"]["type"] == "number", "an explicit float format is kept"
    assert props["cost"]["type"] == "number"


def test_open_truncated_objects_and_array_items() -> None:
    schema = {
        "type": "object",
        "properties": {
            "cut": {"type": "object", "x-truncated": True, "properties": {"id": {"type": "integer"}}},
            "list": {"type": "array"},
            "maybe_list": {"type": ["array", "null"]},
        },
    }
    spec = spec_with("/x", "get", {"responses": ok(schema)})
    assert len(ns.open_truncated_objects(spec)) == 1
    assert len(ns.open_array_items(spec)) == 2
    props = spec["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert props["cut"]["additionalProperties"] is True
    assert props["list"]["items"] == {}
    assert props["maybe_list"]["items"] == {}


def test_drop_colliding_properties() -> None:
    schema = {
        "type": "object",
        "required": ["ImageGroup"],
        "properties": {"ImageGroup": {"type": "object"}, "image_group": {"type": "object"}, "id": {"type": "integer"}},
    }
    spec = spec_with("/x", "post", {"responses": ok(schema)})
    report = ns.drop_colliding_properties(spec)
    assert report == ["POST /x 200 application/json: property ImageGroup dropped, it collides with image_group"]
    kept = spec["paths"]["/x"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert set(kept["properties"]) == {"image_group", "id"}
    assert kept["required"] == []


def test_binary_answers() -> None:
    responses = {"200": {"description": "pdf", "content": {"application/pdf": {"schema": {"type": "object"}}}}}
    spec = spec_with("/receipt/{visit_id}", "get", {"responses": responses})
    assert len(ns.binary_answers(spec)) == 1
    media = spec["paths"]["/receipt/{visit_id}"]["get"]["responses"]["200"]["content"]["application/pdf"]
    assert media["schema"] == {"type": "string", "format": "binary"}
    assert ns.binary_answers(spec) == []


def test_normalize_envelopes_never_wraps_twice() -> None:
    envelope = {
        "type": "object",
        "properties": {
            "success": {"type": "boolean"},
            "data": {"$ref": "#/components/schemas/Thing"},
            "meta": {"type": "array"},
        },
    }
    thing = {"type": "object", "properties": {"id": {"type": "integer"}}}
    spec = spec_with("/things", "get", {"responses": ok(envelope)}, Thing=thing)
    report = ns.normalize_envelopes(spec)
    assert len(report) == 5  # success and data required, data nullable, meta shared, Meta and MetaInfo added
    schema = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["data"] == {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]}
    assert schema["properties"]["meta"] == {"$ref": "#/components/schemas/Meta"}
    assert set(schema["properties"]) == {"success", "data", "meta"}, "not wrapped in another envelope"
    assert ns.normalize_envelopes(spec) == []


def test_optional_answer_fields_keeps_the_envelope_required() -> None:
    envelope = {
        "type": "object",
        "required": ["success", "data"],
        "properties": {
            "success": {"type": "boolean"},
            "data": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
        },
    }
    body = {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}}}
    op = {"requestBody": {"content": {"application/json": {"schema": body}}}, "responses": ok(envelope)}
    spec = spec_with("/x", "post", op)
    assert len(ns.optional_answer_fields(spec)) == 1
    assert envelope["required"] == ["success", "data"]
    assert "required" not in envelope["properties"]["data"]
    assert body["required"] == ["title"], "request bodies keep their required fields"


def upstream_fragment() -> dict[str, Any]:
    """Shaped like the upstream bundle: header parameters, envelope present, prefixed path."""
    headers = [
        {"name": "Accept", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "Content-Type", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "Authorization", "in": "header", "required": True, "schema": {"type": "string"}},
    ]
    envelope = {
        "type": "object",
        "properties": {
            "success": {"type": "boolean", "example": True},
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/CertificateType"}},
            "meta": {"type": "object", "properties": {"total_count": {"type": "number"}}},
        },
        "example": {"success": True, "data": [], "meta": {"total_count": 0}},
    }
    op = {
        "operationId": "chain_loyalty_certificate_types_list",
        "parameters": [
            *headers,
            {"name": "page", "in": "query", "schema": {"type": "integer"}},
            {"name": "chain_id", "in": "path", "required": True, "schema": {"type": "number"}},
        ],
        "responses": ok(envelope),
    }
    cert = {"type": "object", "properties": {"id": {"type": "number"}, "title": {"type": "string"}}}
    return spec_with("/api/v1/chain/{chain_id}/loyalty/certificate_types", "get", op, CertificateType=cert)


def test_normalize_upstream_shaped_fragment() -> None:
    spec = upstream_fragment()
    reports = ns.normalize(spec)
    (path,) = spec["paths"]
    assert path == "/chain/{chain_id}/loyalty/certificate_types"
    op = spec["paths"][path]["get"]
    assert [p["name"] for p in op["parameters"]] == ["chain_id", "page"]
    assert op["parameters"][0]["schema"] == {"type": "integer"}
    # The envelope is unwrapped: the answer is described by its data, and marked as enveloped.
    answer = op["responses"]["200"]
    assert answer["x-altegio-envelope"] is True
    data = answer["content"]["application/json"]["schema"]
    assert data["anyOf"][1] == {"type": "null"}
    assert data["anyOf"][0]["items"] == {"$ref": "#/components/schemas/CertificateType"}
    assert "ChainLoyaltyCertificateTypesListResponse" not in spec["components"]["schemas"], "no envelope class"
    assert spec["components"]["schemas"]["CertificateType"]["properties"]["id"] == {"type": "integer"}
    assert {name for name, report in reports.items() if report} >= {
        "strip_server_prefix",
        "order_path_parameters",
        "drop_transport_headers",
        "integer_ids",
        "normalize_envelopes",
        "unwrap_envelopes",
    }
    lines = ns.summary(reports)
    assert "drop_transport_headers: 3 change(s)" in lines


def test_normalize_is_idempotent() -> None:
    spec = upstream_fragment()
    ns.normalize(spec)
    again = copy.deepcopy(spec)
    reports = ns.normalize(again)
    assert again == spec
    assert all(not report for report in reports.values())


def test_normalize_is_idempotent_on_the_committed_description() -> None:
    from tests.spec_support import normalized_spec

    again = copy.deepcopy(normalized_spec())
    reports = ns.normalize(again)
    assert {name: report for name, report in reports.items() if report} == {}
