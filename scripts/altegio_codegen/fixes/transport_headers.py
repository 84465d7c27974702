"""Drop the header parameters the client sets itself."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    label,
    operations,
    resolve,
)

from ._shared import Report

TRANSPORT_HEADERS = frozenset({"accept", "content-type", "authorization"})


def drop_transport_headers(spec: dict[str, Any]) -> Report:
    """Remove ``Accept``/``Content-Type``/``Authorization`` parameters: the client sets them."""
    report = []
    for path, method, op in operations(spec):
        params = op.get("parameters")
        if not isinstance(params, list):
            continue
        kept = []
        for param in params:
            p = resolve(spec, param)
            if p.get("in") in ("header", "query") and str(p.get("name", "")).lower() in TRANSPORT_HEADERS:
                report.append(f"{label(path, method)}: {p['in']} parameter {p['name']} removed")
            else:
                kept.append(param)
        if len(kept) != len(params):
            op["parameters"] = kept
    return report
