"""The change report: every kind of change a new description can bring, marked breaking or not."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import spec_diff
from spec_io import dump_spec

from tests.spec_support import SPEC_PATH, normalized_spec


def _op(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    return next(op for item in spec["paths"].values() for op in item.values() if op.get("operationId") == op_id)


def _path(spec: dict[str, Any], op_id: str) -> str:
    return next(path for path, item in spec["paths"].items() for op in item.values() if op.get("operationId") == op_id)


def _changes(edit: Any) -> list[spec_diff.Change]:
    old = normalized_spec()
    new = copy.deepcopy(old)
    edit(new)
    return spec_diff.diff(old, new)


def _texts(changes: list[spec_diff.Change]) -> set[tuple[str, bool]]:
    return {(c.text, c.breaking) for c in changes}


def test_no_change_no_report() -> None:
    assert _changes(lambda spec: None) == []


def test_operation_removed_and_added() -> None:
    path = _path(normalized_spec(), "chain_loyalty_certificate_types_list")

    def edit(spec: dict[str, Any]) -> None:
        item = spec["paths"][path]
        op = item.pop("get")
        item["get"] = {**op, "operationId": "chain_loyalty_certificate_types_list_v2"}

    changes = _changes(edit)
    assert (f"operation removed (GET {path})", True) in _texts(changes)
    assert (f"operation added (GET {path})", False) in _texts(changes)


def test_path_parameter_renamed_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        for op in spec["paths"]["/company/{location_id}/services/{service_id}"].values():
            for param in op["parameters"]:
                if param["name"] == "location_id":
                    param["name"] = "company_id"

    changes = [c for c in _changes(edit) if c.where == "get_service"]
    assert ("path parameter `location_id` renamed to `company_id`", True) in _texts(changes)


def test_chain_id_renamed_to_company_group_id_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        for param in _op(spec, "chain_loyalty_certificate_types_list")["parameters"]:
            if param["name"] == "chain_id":
                param["name"] = "company_group_id"

    changes = _changes(edit)
    assert any(c.breaking and "`chain_id` renamed to `company_group_id`" in c.text for c in changes)


def test_query_parameters_added_optional_or_required() -> None:
    def edit(spec: dict[str, Any]) -> None:
        params = _op(spec, "chain_loyalty_certificate_types_list")["parameters"]
        params.append({"name": "sort", "in": "query", "required": False, "schema": {"type": "string"}})
        params.append({"name": "must", "in": "query", "required": True, "schema": {"type": "string"}})
        for param in params:
            if param["name"] == "title":
                param["required"] = True

    texts = _texts(_changes(edit))
    assert ("query parameter `sort` added", False) in texts
    assert ("query parameter `must` added (required)", True) in texts
    assert ("parameter `title` is now required", True) in texts


def test_answer_field_retyped_removed_added() -> None:
    def edit(spec: dict[str, Any]) -> None:
        props = spec["components"]["schemas"]["CertificateType"]["properties"]
        props["balance"] = {"type": "string"}
        props.pop("title")
        props["added_upstream"] = {"type": "string"}

    changes = [c for c in _changes(edit) if c.where == "chain_loyalty_certificate_types_get"]
    texts = _texts(changes)
    assert ("answer field `balance` retyped integer → string", True) in texts or (
        "answer field `balance` retyped number → string",
        True,
    ) in texts
    assert ("answer field `title` removed", True) in texts
    assert ("answer field `added_upstream` added", False) in texts


def test_body_fields_and_enums() -> None:
    def edit(spec: dict[str, Any]) -> None:
        body = _op(spec, "chain_loyalty_certificate_types_create")["requestBody"]["content"]["application/json"][
            "schema"
        ]
        body["properties"]["new_required"] = {"type": "string"}
        body.setdefault("required", []).append("new_required")
        body["properties"]["new_optional"] = {"type": "integer"}

    texts = _texts(_changes(edit))
    assert ("body field `new_required` added (required)", True) in texts
    assert ("body field `new_optional` added", False) in texts


def test_enum_values_removed_and_added() -> None:
    def edit(spec: dict[str, Any]) -> None:
        prop = spec["components"]["schemas"]["Program"]["properties"]["expiration_timeout_unit"]
        prop["enum"] = ["week", "month", "year", "decade"]

    changes = [c for c in _changes(edit) if c.where == "create_chain_loyalty_program"]
    assert ("answer field `expiration_timeout_unit`: enum value 'day' removed", True) in _texts(changes)
    assert ("answer field `expiration_timeout_unit`: enum value 'decade' added", False) in _texts(changes)


def test_answer_model_renamed_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        schemas["GiftCertificateType"] = schemas.pop("CertificateType")
        renamed = json.loads(json.dumps(spec["paths"]).replace('/CertificateType"', '/GiftCertificateType"'))
        spec["paths"] = renamed

    changes = _changes(edit)
    assert any(c.breaking and "answer model renamed CertificateType → GiftCertificateType" in c.text for c in changes)


def test_cli_writes_markdown_and_exits_1_on_breaking(tmp_path: Path) -> None:
    new = copy.deepcopy(normalized_spec())
    new["paths"][_path(new, "chain_loyalty_certificate_types_list")].pop("get")
    dump_spec(new, tmp_path / "new.yaml")
    assert spec_diff.main([str(SPEC_PATH), str(tmp_path / "new.yaml"), "--markdown", str(tmp_path / "r.md")]) == 1
    text = (tmp_path / "r.md").read_text()
    assert "**breaking** `chain_loyalty_certificate_types_list`: operation removed" in text
    assert spec_diff.main([str(SPEC_PATH), str(SPEC_PATH)]) == 0
