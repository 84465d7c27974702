"""A JSON request body that requires no field may be left out."""

from __future__ import annotations

from typing import Any

from spec_walk import contents, label, operations, resolve, types_of

from ._shared import Report


def optional_bodies(spec: dict[str, Any]) -> Report:
    """A JSON request body whose schema requires no property may be left out (no body is sent)."""
    report = []
    for path, method, op in operations(spec):
        body = resolve(spec, op.get("requestBody"))
        if not isinstance(body, dict) or body.get("required") is not True:
            continue
        schemas = [resolve(spec, media.get("schema")) for content_type, media in contents(body)]
        if schemas and all(isinstance(s, dict) and "object" in types_of(s) and not s.get("required") for s in schemas):
            body["required"] = False
            report.append(f"{label(path, method)}: request body requires no field, so it is optional")
    return report
