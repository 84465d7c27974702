"""Declare ``*/*`` request bodies as JSON."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    label,
    operations,
    resolve,
)

from ._shared import Report


def json_request_bodies(spec: dict[str, Any]) -> Report:
    """A request body documented as ``*/*`` is JSON in practice: declare it ``application/json``."""
    report = []
    for path, method, op in operations(spec):
        body = resolve(spec, op.get("requestBody"))
        content = body.get("content") if isinstance(body, dict) else None
        if isinstance(content, dict) and "*/*" in content:
            media = content.pop("*/*")
            content.setdefault("application/json", media)
            report.append(f"{label(path, method)}: */* request body declared application/json")
    return report
