"""Objects the catalog cut short accept extra fields."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    all_schemas,
    types_of,
)

from ._shared import Report


def open_truncated_objects(spec: dict[str, Any]) -> Report:
    """Objects cut short by the catalog (``x-truncated``/``x-depth-limited``) accept extra fields."""
    report = []
    for where, schema in all_schemas(spec):
        if not (schema.get("x-truncated") or schema.get("x-depth-limited")):
            continue
        if "object" in types_of(schema) and schema.get("additionalProperties") is not True:
            schema["additionalProperties"] = True
            report.append(f"{where}: truncated object opened to extra fields")
    return report
