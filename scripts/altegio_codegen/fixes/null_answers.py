"""A ``type: null`` success answer is an answer with no body."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    contents,
    label,
    operations,
    resolve,
    types_of,
)

from ._shared import ENVELOPE_KEY, Report


def null_answers(spec: dict[str, Any]) -> Report:
    """A success answer documented as JSON ``null`` (``type: null``) is an answer with no body."""
    report = []
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            response = resolve(spec, response)
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            if response.get(ENVELOPE_KEY) is True:
                continue  # an unwrapped envelope whose data is null: the envelope still comes
            for content_type, media in list(contents(response)):
                schema = resolve(spec, media.get("schema"))
                if isinstance(schema, dict) and types_of(schema) == ["null"]:
                    del response["content"][content_type]
                    report.append(f"{label(path, method)} {status}: a null answer documented as no body")
            if response.get("content") == {}:
                del response["content"]
    return report
