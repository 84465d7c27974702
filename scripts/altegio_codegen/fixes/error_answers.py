"""Every error status answers the shared ``ErrorResponse`` (the error envelope)."""

from __future__ import annotations

import copy
from typing import Any

from spec_walk import label, operations

from ._shared import Report

ERROR_STATUSES = ("400", "401", "403", "404", "422", "429", "500")


ERROR_DESCRIPTIONS = {
    "400": "Bad request: the parameters or the body are invalid",
    "401": "Authentication failed: missing or unknown partner or user token",
    "403": "Forbidden: the user has no access to this resource",
    "404": "Not found",
    "422": "Validation failed",
    "429": "Too many requests: the rate limit was exceeded",
    "500": "Internal server error",
}


ERROR_REF = "#/components/schemas/ErrorResponse"


ERROR_COMPONENTS: dict[str, dict[str, Any]] = {
    "ErrorResponse": {
        "description": "The error envelope Altegio answers with on failure.",
        "type": "object",
        "required": ["success", "data"],
        "properties": {
            "success": {"type": "boolean", "description": "Always false"},
            "data": {"type": "null"},
            "meta": {"$ref": "#/components/schemas/ErrorMeta"},
        },
    },
    "ErrorMeta": {
        "type": "object",
        "properties": {
            "message": {"type": "string", "description": "What went wrong"},
            "errors": {
                "description": "Field name → messages",
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            },
        },
        "additionalProperties": True,
    },
}


def shared_error_answers(spec: dict[str, Any]) -> Report:
    """Every operation documents the standard error answers, all as the shared ``ErrorResponse``."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    report = []
    for name, component in ERROR_COMPONENTS.items():
        if name not in schemas:
            schemas[name] = copy.deepcopy(component)
            report.append(f"components: {name} added")
    wanted = {"application/json": {"schema": {"$ref": ERROR_REF}}}
    for path, method, op in operations(spec):
        responses = op.setdefault("responses", {})
        for odd in [s for s in responses if not str(s).isdigit()]:  # "default", "4XX": the shared ones cover them
            del responses[odd]
            report.append(f"{label(path, method)} {odd}: answer dropped, the standard error answers cover it")
        documented = [str(s) for s in responses if not str(s).startswith("2") and str(s) not in ERROR_STATUSES]
        for status in [*ERROR_STATUSES, *documented]:
            current = responses.get(status)
            if not isinstance(current, dict) or current.get("content") != wanted:
                description = (current or {}).get("description") if isinstance(current, dict) else None
                text = description or ERROR_DESCRIPTIONS.get(status) or f"Error {status}"
                responses[status] = {"description": text, "content": wanted}
                report.append(f"{label(path, method)} {status}: the shared ErrorResponse")
    return report
