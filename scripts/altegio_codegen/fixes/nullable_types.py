"""Nullable type lists rewritten for the generator."""

from __future__ import annotations

import copy
from typing import Any

from spec_walk import (
    all_schemas,
)

from ._shared import Report


def nullable_type_lists(spec: dict[str, Any]) -> Report:
    """Rewrite ``type: [a, b, "null"]`` as ``anyOf`` of single types, which the generator reads.

    A single type plus ``null`` stays a list when the rest of the schema only applies to
    that one type (the generator reads ``[string, "null"]`` as ``str | None``).
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        types = schema.get("type")
        if not isinstance(types, list):
            continue
        concrete = [t for t in types if t != "null"]
        if len(concrete) <= 1 and not _has_structure(schema):
            if len(types) == 1:
                schema["type"] = types[0]
                report.append(f"{where}: type {types} → {types[0]}")
            continue
        base = {k: v for k, v in schema.items() if k not in ("type", "description", "title", "default")}
        variants = []
        for t in concrete:
            variant = {"type": t}
            variant.update({k: copy.deepcopy(v) for k, v in base.items() if _applies_to(k, t)})
            variants.append(variant)
        if "null" in types:
            variants.append({"type": "null"})
        for key in list(schema):
            if key not in ("description", "title", "default") and not key.startswith("x-"):
                del schema[key]
        schema["anyOf"] = variants
        report.append(f"{where}: type {types} → anyOf")
    return report


def _has_structure(schema: dict[str, Any]) -> bool:
    return any(k in schema for k in ("properties", "items", "enum", "allOf", "anyOf", "oneOf"))


def _applies_to(keyword: str, json_type: str) -> bool:
    object_words = {"properties", "required", "additionalProperties", "patternProperties"}
    array_words = {"items", "maxItems", "minItems", "uniqueItems", "prefixItems"}
    if keyword in object_words:
        return json_type == "object"
    if keyword in array_words:
        return json_type == "array"
    if keyword in ("format", "enum", "minimum", "maximum", "maxLength", "minLength", "pattern"):
        return json_type not in ("object", "array")
    return True
