"""Arrays without ``items`` get open items."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    all_schemas,
    types_of,
)

from ._shared import Report


def open_array_items(spec: dict[str, Any]) -> Report:
    """Give arrays without ``items`` open items (any JSON value)."""
    report = []
    for where, schema in all_schemas(spec):
        if "array" in types_of(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            report.append(f"{where}: array without items given open items")
    return report
