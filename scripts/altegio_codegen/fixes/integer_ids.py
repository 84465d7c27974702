"""Identifiers and paging counts typed as integers."""

from __future__ import annotations

import re
from typing import Any

from spec_walk import (
    all_schemas,
    label,
    operations,
    resolve,
    types_of,
)

from altegio_async.rules import PAGING_PARAMETERS

from ._shared import Report

_ID_NAME = re.compile(r"(^|_)ids?(\[\])?$")


def integer_ids(spec: dict[str, Any]) -> Report:
    """Declare identifiers (``id``, ``*_id``, ``*_ids`` items) and paging counts as integers, not floats.

    Paging counts are the query parameters ``page``, ``count``, ``page_size``, ``limit`` and
    ``editable_length``: a page number of 1.5 means nothing, and ``1.5`` is what a float sends.
    """
    report = []

    def fix(schema: Any, where: str) -> None:
        for key in ("anyOf", "oneOf"):  # a field merged from operations that disagree: number or integer
            variants = schema.get(key) if isinstance(schema, dict) else None
            if isinstance(variants, list):
                for variant in variants:
                    fix(variant, where)
                unique = [v for i, v in enumerate(variants) if v not in variants[:i]]
                if len(unique) == 1:
                    del schema[key]
                    schema.update(unique[0])
                else:
                    schema[key] = unique
        if "number" in types_of(schema) and schema.get("format") not in ("float", "double"):
            declared = schema["type"]
            schema["type"] = (
                [("integer" if t == "number" else t) for t in declared] if isinstance(declared, list) else "integer"
            )
            schema.pop("format", None)
            report.append(f"{where}: number → integer")

    for path, method, op in operations(spec):
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            name = str(p.get("name", ""))
            if _ID_NAME.search(name) or (p.get("in") == "query" and name in PAGING_PARAMETERS):
                schema = p.get("schema") or {}
                fix(schema, f"{label(path, method)} param {name}")
                fix(schema.get("items"), f"{label(path, method)} param {name} items")
    for where, schema in list(all_schemas(spec)):
        for name, prop in (schema.get("properties") or {}).items():
            if _ID_NAME.search(name) and isinstance(prop, dict):
                fix(prop, f"{where}/properties/{name}")
                if "array" in types_of(prop):
                    fix(prop.get("items"), f"{where}/properties/{name}/items")
    return report
