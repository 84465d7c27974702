"""One pipeline for every source: the upstream-shaped bundle yields the committed client surface,
and model names do not hang on a schema's fields."""

from __future__ import annotations

import copy
from typing import Any

import normalize_spec
import pytest
import spec_walk

from tests.spec_support import ROOT
from tests.upstream_bundle import CATALOG, build_upstream_bundle, load_catalog

needs_catalog = pytest.mark.skipif(not CATALOG.is_file(), reason=f"catalog not found at {CATALOG}")
COMMITTED = ROOT / "generated" / "altegio_b2b"


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    return load_catalog()


@needs_catalog
def test_the_bundle_has_every_upstream_quirk(catalog: dict[str, Any]) -> None:
    bundle = build_upstream_bundle(catalog)
    ops = [op for item in bundle["paths"].values() for op in item.values()]
    assert all(path.startswith("/api/v1/") for path in bundle["paths"])
    assert all({"Accept", "Content-Type", "Authorization"} <= {p["name"] for p in op["parameters"]} for op in ops)
    assert "schemas" not in bundle["components"], "every schema inline"
    bodies = [next(iter(op["requestBody"]["content"])) for op in ops if "requestBody" in op]
    assert "*/*" in bodies
    text = str(bundle)
    assert "'type': 'null'" in text and "['string', 'null']" in text


def _component_names(spec: dict[str, Any]) -> set[str]:
    normalize_spec.normalize(spec)
    names = set(spec["components"]["schemas"])
    titles = {
        f"{where}:{schema['title']}"
        for where, schema in spec_walk.all_schemas(spec)
        if isinstance(schema.get("title"), str)
    }
    return names | titles


@needs_catalog
@pytest.mark.parametrize(
    ("operation", "where"),
    [
        ("chain_loyalty_certificate_types_list", "items"),  # a list answer's items
        ("chain_loyalty_certificate_types_get", ""),  # an object answer
        ("get_client_list", "items"),
        ("get_visit", ""),
    ],
)
def test_adding_a_field_never_renames_a_model(catalog: dict[str, Any], operation: str, where: str) -> None:
    def add_field(op: dict[str, Any]) -> None:
        if op.get("operationId") != operation:
            return
        schema = op["response"]["schema"]
        target = schema.get("items") if where == "items" else schema
        target.setdefault("properties", {})["added_upstream"] = {
            "type": "object",
            "properties": {"note": {"type": "string"}, "type": {"type": "object", "properties": {"x": {}}}},
        }

    before = _component_names(build_upstream_bundle(catalog))
    edited = build_upstream_bundle(catalog, edit=add_field)
    after = _component_names(copy.deepcopy(edited))
    assert before == after
    normalize_spec.normalize(edited)
    assert "added_upstream" in str(edited["components"]["schemas"]), "the new field is in the named model"


@needs_catalog
def test_a_field_removed_or_retyped_keeps_the_names(catalog: dict[str, Any]) -> None:
    def change(op: dict[str, Any]) -> None:
        if op.get("operationId") == "chain_loyalty_certificate_types_get":
            props = op["response"]["schema"]["properties"]
            props.pop("title", None)
            props["balance"] = {"type": "string"}

    assert _component_names(build_upstream_bundle(catalog)) == _component_names(
        build_upstream_bundle(catalog, edit=change)
    )
