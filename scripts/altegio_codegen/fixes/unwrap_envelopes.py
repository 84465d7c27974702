"""Answers described by their data: the envelope unwrapped."""

from __future__ import annotations

import copy
import json
from typing import Any

from spec_walk import (
    contents,
    label,
    operations,
    resolve,
)

from altegio_async.rules import is_envelope_schema

from ._shared import ENVELOPE_KEY, Report


def unwrap_envelopes(spec: dict[str, Any]) -> Report:
    """Describe each success answer by its ``data``: the client unwraps the envelope, not a model.

    The answer's schema becomes the envelope's ``data`` schema and the response is marked
    ``x-altegio-envelope: true`` (the descriptor's ``answer == "envelope"``), so no envelope
    class is generated; the envelope components nothing refers to any more are removed.
    """
    report = []
    envelopes: set[str] = set()
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            response = resolve(spec, response)
            for _content_type, media in contents(response):
                ref = media.get("schema", {}).get("$ref") if isinstance(media.get("schema"), dict) else None
                envelope = resolve(spec, media.get("schema"))
                if not is_envelope_schema(envelope):
                    continue
                if isinstance(ref, str):
                    envelopes.add(ref.rsplit("/", 1)[1])
                media["schema"] = copy.deepcopy(envelope["properties"]["data"])
                response[ENVELOPE_KEY] = True
                report.append(f"{label(path, method)} {status}: the envelope unwrapped, the answer is its data")
    schemas = (spec.get("components") or {}).get("schemas") or {}
    text = json.dumps(spec.get("paths"), sort_keys=True) + json.dumps(
        {k: v for k, v in schemas.items() if k not in envelopes}, sort_keys=True
    )
    for name in sorted(envelopes):
        if f'"#/components/schemas/{name}"' not in text:
            del schemas[name]
            report.append(f"components: envelope {name} removed")
    return report
