"""The catalog importer: what it writes, what it skips, and the seed operations field by field."""

from __future__ import annotations

import json
import re
import typing
from typing import Any

import httpx
import import_catalog
import pytest
import respx
from spec_io import dump_spec

from altegio_async import AltegioClient
from altegio_b2b import types as b2b_types
from tests.seeds import SEEDS_DIR, load_seed_examples, match_operation
from tests.spec_support import (
    CATALOG_IMPORT,
    build_call,
    normalized_spec,
    operation_index,
    operation_modules,
    resolve,
    to_python,
)

CATALOG = import_catalog.DEFAULT_CATALOG
needs_catalog = pytest.mark.skipif(not CATALOG.is_file(), reason=f"catalog not found at {CATALOG}")
needs_seeds = pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason=f"seed pages not found at {SEEDS_DIR}")

SEED_OPERATIONS = {
    "chain_loyalty_certificate_types_list",
    "chain_loyalty_certificate_types_create",
    "chain_loyalty_certificate_types_get",
    "chain_loyalty_certificate_types_update",
    "chain_loyalty_certificate_types_delete",
    "chain_loyalty_membership_types_archive",
    "chain_loyalty_membership_types_restore",
    "create_chain_loyalty_program",
    "get_chain_loyalty_program",
    "get_client_gift_cards",
    "get_user_gift_cards",
    "get_gift_card_type_list_by_id",
}


@pytest.fixture(scope="module")
def imported() -> tuple[dict[str, Any], import_catalog.ImportReport]:
    return import_catalog.import_catalog(json.loads(CATALOG.read_text(encoding="utf-8")), SEEDS_DIR)


@needs_catalog
def test_the_reference_pages_request_bodies_are_their_operations_examples(
    imported: tuple[dict[str, Any], Any],
) -> None:
    """Each JSON body a reference page sends is the ``example`` of that operation's body, and no other."""
    spec, report = imported
    expected: dict[str, Any] = {}
    for seed in load_seed_examples():
        if isinstance(seed.body, dict) and seed.body:
            expected.setdefault(match_operation(seed.method, seed.path), seed.body)
    found = {
        op["operationId"]: media["example"]
        for item in spec["paths"].values()
        for op in item.values()
        for media in (op.get("requestBody") or {}).get("content", {}).values()
        if "example" in media
    }
    assert found == expected and len(found) >= 5
    assert report.examples == sorted(expected)


@needs_catalog
def test_writes_every_requestable_v1_operation(imported: tuple[dict[str, Any], Any]) -> None:
    spec, report = imported
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    v1 = [op for op in catalog["operations"] if op.get("source") == "v1"]
    requestable = [op for op in v1 if op["path"].startswith("/") and "://" not in op["path"]]
    assert len(requestable) == len(v1) - 1, "only the fiscalisation callback is not requestable"
    ops = [op for item in spec["paths"].values() for op in item.values()]
    assert len(ops) == len(report.written) == len(requestable)
    assert len({op["operationId"] for op in ops}) == len(requestable)
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "https://api.alteg.io/api/v1"}]


@needs_catalog
def test_skips_v3_preview_and_the_callback_with_reasons(imported: tuple[dict[str, Any], Any]) -> None:
    _, report = imported
    reasons = [why for _, why in report.skipped]
    assert len(report.skipped) == 58
    assert sum("V3 preview" in why for why in reasons) == 57
    (callback,) = [what for what, why in report.skipped if "callback" in why]
    assert "fiscalize_document" in callback
    assert report.lines()[1] == "skipped: 58"


@needs_catalog
def test_committed_description_is_what_the_importer_writes(imported: tuple[dict[str, Any], Any], tmp_path: Any) -> None:
    spec, _ = imported
    fresh = tmp_path / "fresh.yaml"
    dump_spec(spec, fresh)
    assert fresh.read_text(encoding="utf-8") == CATALOG_IMPORT.read_text(encoding="utf-8"), (
        "openapi/altegio-b2b-v1.yaml is stale: run `make import-spec`"
    )


@needs_catalog
def test_operation_shape(imported: tuple[dict[str, Any], Any]) -> None:
    spec, _ = imported
    op = spec["paths"]["/chain/{chain_id}/loyalty/certificate_types"]["get"]
    assert op["operationId"] == "chain_loyalty_certificate_types_list"
    assert op["summary"] == "List certificate types"
    assert op["tags"] == ["Chain Loyalty Programs"]
    assert op["security"] == [{"BearerPartnerUser": []}]
    assert op["externalDocs"]["url"].startswith("https://developer.alteg.io/")
    assert "**" not in op.get("description", ""), "long Markdown prose is dropped"
    assert [p["name"] for p in op["parameters"]] == ["chain_id", "page", "page_size", "title"]
    assert set(op["responses"]) == {"200"}, "error answers are the normaliser's, for every source"
    envelope = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert envelope["required"] == ["success", "data"]
    assert set(envelope["properties"]) == {"success", "data", "meta"}
    assert envelope["properties"]["data"]["type"] == "array", "the data stays inline, as the catalog has it"
    # After the normaliser: the envelope unwrapped (no envelope class), named data, shared ErrorResponse.
    normalized = normalized_spec()
    _, _, op = operation_index()["chain_loyalty_certificate_types_list"]
    assert set(op["responses"]) == {"200", "400", "401", "403", "404", "422", "429", "500"}
    for code in ("400", "401", "403", "404", "422", "429", "500"):
        schema = op["responses"][code]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}
    assert op["responses"]["200"]["x-altegio-envelope"] is True
    data = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert data["anyOf"][0]["items"] == {"$ref": "#/components/schemas/CertificateType"}
    assert "ChainLoyaltyCertificateTypesListResponse" not in normalized["components"]["schemas"]


@needs_catalog
def test_security_deprecation_bodies_and_answers(imported: tuple[dict[str, Any], Any]) -> None:
    spec, _ = imported
    ops = {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}
    (open_op,) = [
        (path, method) for path, item in spec["paths"].items() for method, op in item.items() if not op["security"]
    ]
    assert open_op == ("/auth", "post")
    assert sum(1 for op in ops.values() if op.get("deprecated")) == 16
    assert sum(1 for op in ops.values() if op["security"] == [{"BearerPartner": []}]) == 22
    assert sum(1 for op in ops.values() if op["security"] == []) == 1
    bodies = [op["requestBody"] for op in ops.values() if "requestBody" in op]
    kinds = [next(iter(b["content"])) for b in bodies]
    assert kinds.count("*/*") == 19, "kept as the catalog says; the normaliser declares them JSON"
    normalized_kinds = [
        next(iter(op["requestBody"]["content"]))
        for item in normalized_spec()["paths"].values()
        for op in item.values()
        if "requestBody" in op
    ]
    assert "*/*" not in normalized_kinds
    assert kinds.count("multipart/form-data") == 3
    pdf = ops["get_visit_receipt_pdf"]["responses"]["200"]["content"]
    assert pdf == {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}
    no_body = [op for op in ops.values() if all("content" not in r for c, r in op["responses"].items() if c[0] == "2")]
    assert len(no_body) == 44  # 46 without a schema, less the skipped callback and the PDF receipt


def test_answers_get_readable_components_named_by_resource() -> None:
    schemas = normalized_spec()["components"]["schemas"]
    for name in ("CertificateType", "AbonementType", "Client", "ErrorResponse", "ErrorMeta", "Meta"):
        assert name in schemas
    assert not [n for n in schemas if re.search(r"Type\d+Item|Response200", n)]
    answers = json.dumps(normalized_spec()["paths"])
    assert answers.count('"#/components/schemas/CertificateType"') >= 3, "operations on one resource share it"
    assert not [n for n in schemas if n.endswith("Response") and n != "ErrorResponse"], "no envelope classes"


@needs_seeds
def test_seed_pages_are_all_read() -> None:
    examples = load_seed_examples()
    assert {e.source for e in examples} == {p.name for p in SEEDS_DIR.glob("*.txt")}
    assert len(examples) >= 12


@needs_seeds
def test_seed_operations_match_the_description_field_by_field() -> None:
    matched = set()
    for seed in load_seed_examples():
        op_id = match_operation(seed.method, seed.path)
        matched.add(op_id)
        _, _, op = operation_index()[op_id]
        query_names = {resolve(p)["name"] for p in op.get("parameters", []) if resolve(p)["in"] == "query"}
        assert {name for name, _ in seed.query} <= query_names, op_id
        if seed.body is not None:
            schema = resolve(op["requestBody"]["content"]["application/json"]["schema"])
            assert set(seed.body) <= set(schema["properties"]), (op_id, set(seed.body) - set(schema["properties"]))
            for name, value in seed.body.items():
                if isinstance(value, dict):
                    nested = resolve(schema["properties"][name])
                    assert set(value) <= set(nested["properties"]), (op_id, name)
    assert matched == SEED_OPERATIONS


@pytest.mark.parametrize(
    "seed", [s for s in load_seed_examples() if s.has_response], ids=lambda s: f"{s.method} {s.path}"
)
async def test_seed_response_parses_with_no_field_lost(seed: Any) -> None:
    op_id = match_operation(seed.method, seed.path)
    module = operation_modules()[op_id]
    path, _, op = operation_index()[op_id]
    kwargs, _, _, _ = build_call(op_id)
    hints = typing.get_type_hints(module.build_request)
    for template, value in zip(path.strip("/").split("/"), seed.path.strip("/").split("/"), strict=True):
        if template.startswith("{") and value.isdigit():
            kwargs[template[1:-1]] = int(value)
    if seed.body is not None:
        kwargs["body"] = to_python(seed.body, hints["body"])
    status = int(next(code for code in op["responses"] if code.startswith("2")))
    body = json.dumps(seed.response).encode()
    with respx.mock:
        route = respx.route(method=seed.method).mock(return_value=httpx.Response(status, content=body))
        async with AltegioClient("partner-token-t", rate_limit=None, max_retries=0, strict=True) as altegio:
            result = await altegio.call_with_meta(module, **kwargs)
    if seed.body is not None:
        assert json.loads(route.calls.last.request.content) == seed.body
    if seed.response is None:
        assert result.data is None
    elif isinstance(seed.response, dict) and "success" in seed.response:
        assert b2b_types.to_json(result.data) == seed.response["data"]
        assert result.raw == seed.response["data"]
    else:
        assert b2b_types.to_json(result.data) == seed.response
