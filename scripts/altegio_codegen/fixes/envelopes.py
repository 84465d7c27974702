"""Success envelopes that parse any real answer."""

from __future__ import annotations

import copy
from typing import Any

from spec_walk import (
    contents,
    label,
    operations,
    resolve,
)

from altegio_async.rules import is_envelope_schema

from ._shared import Report

META_REF = "#/components/schemas/Meta"
META_INFO_REF = "#/components/schemas/MetaInfo"
META_COMPONENTS: dict[str, dict[str, Any]] = {
    "Meta": {
        "description": "The envelope's meta: an object (totals, message) or an empty array.",
        "anyOf": [{"$ref": META_INFO_REF}, {"type": "array", "maxItems": 0, "items": {}}],
    },
    "MetaInfo": {
        "description": "The envelope's meta as an object: totals where the API reports them.",
        "type": "object",
        "properties": {
            "total_count": {"type": "integer", "description": "Items across all pages"},
            "count": {"type": "integer", "description": "Items in total, or on this page"},
            "message": {"type": "string"},
        },
        "additionalProperties": True,
    },
}


def normalize_envelopes(spec: dict[str, Any]) -> Report:
    """Make every success envelope parse any real answer; never wrap an envelope twice.

    An envelope is an object schema whose properties include ``success`` and ``data``.
    Its ``data`` becomes nullable (errors may arrive as ``200 {"success": false, "data": null}``)
    and its ``meta`` the shared ``Meta`` component (an object or an empty array).
    """
    report = []
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    done: set[int] = set()
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for _content_type, media in contents(response):
                envelope = resolve(spec, media.get("schema"))
                if not _is_envelope(envelope) or id(envelope) in done:
                    continue
                done.add(id(envelope))
                where = f"{label(path, method)} {status}"
                props = envelope["properties"]
                required = envelope.get("required") if isinstance(envelope.get("required"), list) else []
                if not {"success", "data"} <= set(required):
                    envelope["required"] = sorted({*required, "success", "data"}, key=["success", "data"].index)
                    report.append(f"{where}: envelope success and data required")
                if not _is_nullable(spec, props["data"]):
                    props["data"] = _nullable(props["data"])
                    report.append(f"{where}: envelope data made nullable")
                if props.get("meta") != {"$ref": META_REF}:
                    props["meta"] = {"$ref": META_REF}
                    report.append(f"{where}: envelope meta set to the shared Meta component")
                for name, component in META_COMPONENTS.items():
                    if name not in schemas:
                        schemas[name] = copy.deepcopy(component)
                        report.append(f"components: {name} added")
    return report


def _is_envelope(schema: Any) -> bool:
    return is_envelope_schema(schema)


def _is_nullable(spec: dict[str, Any], schema: Any) -> bool:
    if not isinstance(schema, dict) or schema == {}:
        return True
    if schema.get("nullable") is True or schema.get("type") == "null":
        return True
    if isinstance(schema.get("type"), list) and "null" in schema["type"]:
        return True
    variants = [s for key in ("anyOf", "oneOf") for s in schema.get(key) or [] if s != {}]
    return any(_is_nullable(spec, s) for s in variants)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    description = schema.get("description")
    inner = {k: v for k, v in schema.items() if k != "description"}
    out: dict[str, Any] = {"anyOf": [inner, {"type": "null"}]}
    if description:
        out["description"] = description
    return out
