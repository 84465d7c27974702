"""An upstream-shaped bundle built from the catalog: the description as Altegio publishes it.

``shared/altegio/README.md`` lists what the upstream bundle has that the catalog dropped, and
the quirks both share. This builder puts them all back, so the pipeline is tested on the
bundle's shape without a network: header parameters (``Accept``, ``Content-Type``,
``Authorization``) on every operation, path parameters in alphabetical order, every path
prefixed with ``/api/v1`` under a server URL without a path, OpenAPI 3.1 ``type: [.., "null"]``,
``*/*`` request bodies, every schema inline, envelopes spelled out inline (with and without
``required``), inline error answers, a JSON ``null`` success answer written ``type: null``,
and examples.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import import_catalog

CATALOG = import_catalog.DEFAULT_CATALOG
HEADERS = [
    {
        "name": "Accept",
        "in": "header",
        "required": True,
        "schema": {"type": "string"},
        "example": "application/vnd.api.v2+json",
    },
    {
        "name": "Content-Type",
        "in": "header",
        "required": True,
        "schema": {"type": "string"},
        "example": "application/json",
    },
    {
        "name": "Authorization",
        "in": "header",
        "required": True,
        "schema": {"type": "string"},
        "example": "Bearer <partner_token>, User <user_token>",
    },
]


def load_catalog(path: Path = CATALOG) -> dict[str, Any]:
    """The catalog beside the checkout (``shared/altegio/catalog.json``)."""
    return json.loads(path.read_text(encoding="utf-8"))


def _inline_error(status: str) -> dict[str, Any]:
    return {
        "description": f"Error {status}",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "success": {"type": "boolean", "example": False},
                        "data": {"type": "null"},
                        "meta": {"type": "object", "properties": {"message": {"type": "string"}}},
                    },
                },
                "example": {"success": False, "data": None, "meta": {"message": "Not found"}},
            }
        },
    }


def build_upstream_bundle(catalog: dict[str, Any], *, edit: Any = None) -> dict[str, Any]:
    """The upstream-shaped bundle for the catalog's V1 operations.

    ``edit``, if given, is called with each operation's catalog entry (a copy) before it is
    written: tests use it to change the description the way an upstream release would.
    """
    catalog = copy.deepcopy(catalog)
    if edit is not None:
        for op in catalog["operations"]:
            edit(op)
    spec, _report = import_catalog.import_catalog(catalog)
    spec["servers"] = [{"url": "https://api.alteg.io", "description": "Production"}]
    paths: dict[str, Any] = {}
    for index, (path, item) in enumerate(sorted(spec["paths"].items())):
        for op in item.values():
            op["parameters"] = [*copy.deepcopy(HEADERS), *sorted(op.get("parameters", []), key=lambda p: p["name"])]
            _upstream_answers(op, index)
        prefixed = path if path.startswith("/api/v1/") else f"/api/v1{path}"
        paths[prefixed] = item
    spec["paths"] = paths
    spec["components"] = {"securitySchemes": spec["components"]["securitySchemes"]}
    return spec


def _upstream_answers(op: dict[str, Any], index: int) -> None:
    for status, response in list(op["responses"].items()):
        media = next(iter((response.get("content") or {}).values()), None)
        if media is None:
            if status == "200" and index % 2:
                response["content"] = {"application/json": {"schema": {"type": "null"}, "example": None}}
            continue
        schema = media.get("schema") or {}
        props = schema.get("properties") or {}
        if "success" in props and "data" in props:
            props["success"] = {"type": "boolean", "example": True}
            props["meta"] = {"type": "object", "properties": {"total_count": {"type": "number"}}}
            if index % 2:
                schema.pop("required", None)  # some envelopes say what they hold, not what is required
            media["example"] = {"success": True, "data": None, "meta": []}
    for status in ("400", "401", "404") if index % 3 else ("422",):
        op["responses"][status] = _inline_error(status)
