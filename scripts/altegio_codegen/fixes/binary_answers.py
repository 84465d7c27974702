"""Non-JSON answers are binary."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    contents,
    label,
    operations,
)

from ._shared import Report

JSON_TYPES = ("application/json", "*/*")


def binary_answers(spec: dict[str, Any]) -> Report:
    """Answers in a non-JSON, non-text media type (PDF, images, octet streams) are binary."""
    report = []
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            for content_type, media in contents(response):
                if content_type in JSON_TYPES or content_type.endswith("+json") or content_type.startswith("text/"):
                    continue
                if content_type == "multipart/form-data":
                    continue
                wanted = {"type": "string", "format": "binary"}
                if media.get("schema") != wanted:
                    media["schema"] = wanted
                    report.append(f"{label(path, method)} {status}: {content_type} answer made binary")
    return report
