"""Unique snake_case operationIds."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    label,
    operations,
    python_name,
)

from ._shared import Report


def unique_operation_ids(spec: dict[str, Any]) -> Report:
    """Make every operationId a unique snake_case identifier (missing ones derived from the path)."""
    report = []
    used: set[str] = set()
    for path, method, op in operations(spec):
        original = op.get("operationId")
        base = python_name(original) if isinstance(original, str) and original else ""
        if not base:
            base = python_name(f"{method}_{path}")
        if base[0].isdigit():
            base = f"op_{base}"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}_{n}", n + 1
        used.add(candidate)
        if candidate != original:
            op["operationId"] = candidate
            report.append(f"{label(path, method)}: operationId {original!r} → {candidate!r}")
    return report
