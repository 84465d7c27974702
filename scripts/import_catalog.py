#!/usr/bin/env python3
"""Rebuild Altegio's B2B v1 OpenAPI description from the public operation catalog.

The catalog (see ``shared/altegio/README.md``) lists every operation with its parameters,
request body and the schema of its success answer, but without the ``{success, data, meta}``
envelope, the error answers, the security schemes or named components. This script turns it
into an OpenAPI 3.1 description that says all of that, and prints what it skipped and why.

Only what is specific to the catalog lives here. Fixes that the upstream bundle needs too
(path parameter order, the doubled ``/api/v1`` prefix, ``number`` ids, arrays without
``items``, name collisions, binary answers, envelope details) belong to ``normalize_spec.py``,
which runs on every source before generation.

Usage: ``python scripts/import_catalog.py [--catalog PATH] [--out PATH]``
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize_spec import META_COMPONENTS
from spec_io import dump_spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CATALOG = ROOT.parent / "shared" / "altegio" / "catalog.json"
DEFAULT_OUT = ROOT / "openapi" / "altegio-b2b-v1.yaml"

SERVER_URL = "https://api.alteg.io/api/v1"
DOCS_BASE = "https://developer.alteg.io/en/b2b-v1/openapi"
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
SECURITY_SCHEMES = {
    "BearerPartnerUser": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <partner_token>, User <user_token>`",
    },
    "BearerPartner": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <partner_token>`",
    },
}
# Last path segments that name an action rather than the resource the answer describes.
_ACTION_SEGMENTS = frozenset(
    [
        "fetch",
        "search",
        "archive",
        "restore",
        "clone",
        "freeze",
        "unfreeze",
        "check",
        "check_for_activity",
        "search_for_activity",
        "cancel",
        "confirm",
        "send",
        "print",
        "upload",
        "delete",
        "sync",
        "activate",
        "deactivate",
        "move",
        "copy",
        "set",
        "import",
        "export",
        "apply",
        "attach",
        "detach",
        "bind",
        "unbind",
        "enable",
        "disable",
        "accept",
        "reject",
        "calculate",
        "recalculate",
        "count",
        "list",
        "filter",
        "update",
        "create",
        "get",
        "add",
        "remove",
        "reset",
        "status",
        "refund",
        "return",
        "close",
        "open",
        "mark",
        "pay",
    ]
)
# Structural keys that define a shape; descriptions and annotations do not.
_SHAPE_KEYS = (
    "type",
    "format",
    "enum",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "oneOf",
    "anyOf",
    "allOf",
    "const",
    "$ref",
)
_MIN_SHARED_PROPERTIES = 3


@dataclass
class ImportReport:
    """What the importer wrote and what it left out, for printing and for tests."""

    written: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    components: int = 0

    def lines(self) -> list[str]:
        """The report as printable lines."""
        out = [f"written: {len(self.written)} operations, {self.components} schema components"]
        out.append(f"skipped: {len(self.skipped)}")
        out.extend(f"  - {what}: {why}" for what, why in self.skipped)
        return out


def pascal(text: str) -> str:
    """``certificate_types`` → ``CertificateTypes``; any non-alphanumeric separates words."""
    words = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def singular(word: str) -> str:
    """A plain English singular, good enough for resource names in paths."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        return word[:-1]
    return word


def resource_name(path: str) -> str:
    """The resource a path answers with: its last static segment that is not an action."""
    static = [s for s in path.strip("/").split("/") if s and not s.startswith("{")]
    for segment in reversed(static):
        if segment.lower() not in _ACTION_SEGMENTS and segment not in ("api", "v1"):
            return pascal(singular(segment))
    return pascal(static[-1]) if static else "Root"


def shape_key(schema: Any) -> str:
    """A hash of a schema's structure (types, properties, items), ignoring prose."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key in _SHAPE_KEYS:
                if key not in node:
                    continue
                value = node[key]
                if key == "properties":
                    out[key] = {name: strip(sub) for name, sub in sorted(value.items())}
                elif key == "required" and isinstance(value, list):
                    out[key] = sorted(value)
                else:
                    out[key] = strip(value)
            return out
        if isinstance(node, list):
            return [strip(item) for item in node]
        return node

    text = json.dumps(strip(schema), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def is_object_shape(schema: Any) -> bool:
    """An object schema with declared properties (something worth a model)."""
    return (
        isinstance(schema, dict)
        and isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
        and schema.get("type", "object") in ("object", ["object"])
    )


def first_paragraph(text: str | None) -> str | None:
    """The opening paragraph of a Markdown description, or None when it is all structure."""
    if not text:
        return None
    para = text.strip().split("\n\n", 1)[0].strip()
    if not para or para.startswith(("|", "#", "-", "*", "`")):
        return None
    return " ".join(para.split())


class ComponentNamer:
    """Gives operation answers and recurring shapes named, de-duplicated components.

    Names are chosen in two passes so that the result does not depend on catalog order more
    than it must: first every candidate (name, shape) is counted, then each name goes to the
    shape that asked for it most often; other shapes with that name get a qualified name.
    """

    def __init__(self) -> None:
        self.schemas: dict[str, dict[str, Any]] = {}
        self._name_of_shape: dict[str, str] = {}
        self._wanted: dict[str, Counter[str]] = defaultdict(Counter)
        self._first_seen: dict[str, int] = {}

    def want(self, name: str, schema: dict[str, Any]) -> None:
        """Record that ``schema`` would like to be called ``name``."""
        key = shape_key(schema)
        self._wanted[name][key] += 1
        self._first_seen.setdefault(key, len(self._first_seen))

    def owner(self, name: str) -> str | None:
        """The shape that gets the plain ``name``: the one that asked most often."""
        wanted = self._wanted.get(name)
        if not wanted:
            return None
        return min(wanted, key=lambda k: (-wanted[k], self._first_seen[k]))

    def ref(self, name: str, fallback: str, schema: dict[str, Any]) -> dict[str, str]:
        """Register ``schema`` as a component and return a ``$ref`` to it."""
        key = shape_key(schema)
        if key in self._name_of_shape:
            return {"$ref": f"#/components/schemas/{self._name_of_shape[key]}"}
        chosen = name if self.owner(name) == key and name not in self.schemas else fallback
        base, n = chosen, 2
        while chosen in self.schemas:
            chosen, n = f"{base}{n}", n + 1
        self._name_of_shape[key] = chosen
        self.schemas[chosen] = schema
        return {"$ref": f"#/components/schemas/{chosen}"}


def _nested_objects(schema: Any, key: str | None, found: list[tuple[str, dict[str, Any]]]) -> None:
    """Collect (property name, object schema) for every object nested below ``schema``."""
    if isinstance(schema, dict):
        for name, sub in (schema.get("properties") or {}).items():
            _nested_objects(sub, name, found)
            if is_object_shape(sub):
                found.append((name, sub))
        items = schema.get("items")
        if isinstance(items, dict):
            _nested_objects(items, key, found)
            if is_object_shape(items) and key:
                found.append((key, items))
        for combinator in ("oneOf", "anyOf", "allOf"):
            for sub in schema.get(combinator) or []:
                _nested_objects(sub, key, found)


def _replace_shared(schema: Any, key: str | None, shared: dict[str, str], namer: ComponentNamer, context: str) -> Any:
    """Return ``schema`` with every shared nested object replaced by a component ``$ref``."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    if isinstance(schema.get("properties"), dict):
        props = {}
        for name, sub in schema["properties"].items():
            sub = _replace_shared(sub, name, shared, namer, context)
            props[name] = _as_ref(sub, name, shared, namer, context)
        out["properties"] = props
    if isinstance(schema.get("items"), dict):
        items = _replace_shared(schema["items"], key, shared, namer, context)
        out["items"] = _as_ref(items, key, shared, namer, context) if key else items
    for combinator in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(combinator), list):
            out[combinator] = [_replace_shared(s, key, shared, namer, context) for s in schema[combinator]]
    return out


def _as_ref(schema: Any, key: str | None, shared: dict[str, str], namer: ComponentNamer, context: str) -> Any:
    if key is None or not is_object_shape(schema):
        return schema
    shape = shape_key(schema)
    if shape not in shared:
        return schema
    description = schema.get("description")
    ref = namer.ref(shared[shape], f"{context}{pascal(singular(key))}", schema)
    return {**ref, "description": description} if description else ref


class CatalogImporter:
    """Turns the catalog's V1 operations into one OpenAPI 3.1 document."""

    def __init__(self, catalog: dict[str, Any]) -> None:
        self.catalog = catalog
        self.report = ImportReport()
        self.namer = ComponentNamer()

    def selected(self) -> list[dict[str, Any]]:
        """The requestable V1 operations; every other entry goes to the skip list."""
        chosen = []
        for op in self.catalog["operations"]:
            label = f"{op.get('method', '?')} {op.get('path', '?')} ({op.get('operationId', '?')})"
            if op.get("source") != "v1":
                self.report.skipped.append((label, f"source {op.get('source')!r} is the V3 preview, not V1"))
            elif not str(op.get("path", "")).startswith("/") or "://" in op["path"]:
                self.report.skipped.append((label, "a callback Altegio sends to the partner's server, not an endpoint"))
            else:
                chosen.append(op)
        return chosen

    def build(self) -> dict[str, Any]:
        """The whole OpenAPI document."""
        ops = self.selected()
        answers = {op["operationId"]: copy.deepcopy((op.get("response") or {}).get("schema")) for op in ops}
        answers = self._share_recurring_shapes(ops, answers)
        for op in ops:
            self._want_data_name(op, answers[op["operationId"]])
        paths: dict[str, dict[str, Any]] = {}
        for op in ops:
            paths.setdefault(op["path"], {})[op["method"].lower()] = self._operation(op, answers[op["operationId"]])
            self.report.written.append(op["operationId"])
        schemas = dict(sorted(self.namer.schemas.items()))
        self.report.components = len(schemas)
        schemas.update(self._fixed_components())
        tags = sorted({tag for op in ops for tag in op.get("tags", [])})
        source = next((s for s in self.catalog.get("sources", []) if s.get("source") == "v1"), {})
        return {
            "openapi": "3.1.0",
            "info": {
                "title": "Altegio Business Management API",
                "version": str(source.get("version", "1.0.0")),
                "description": "Altegio B2B API v1, rebuilt by scripts/import_catalog.py from the public "
                "operation catalog. Every answer is wrapped in the {success, data, meta} envelope "
                "unless documented bare.",
            },
            "servers": [{"url": SERVER_URL}],
            "tags": [{"name": t} for t in tags],
            "paths": paths,
            "components": {"schemas": schemas, "securitySchemes": SECURITY_SCHEMES},
        }

    # -- shapes -----------------------------------------------------------------------------

    def _share_recurring_shapes(self, ops: list[dict[str, Any]], answers: dict[str, Any]) -> dict[str, Any]:
        """Give one component to every nested object shape found in two or more places."""
        counts: Counter[str] = Counter()
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for op in ops:
            found: list[tuple[str, dict[str, Any]]] = []
            _nested_objects(answers[op["operationId"]], None, found)
            for key, schema in found:
                if len(schema["properties"]) < _MIN_SHARED_PROPERTIES:
                    continue
                shape = shape_key(schema)
                counts[shape] += 1
                names[shape][pascal(singular(key))] += 1
        shared = {shape: names[shape].most_common(1)[0][0] for shape, n in counts.items() if n >= 2}
        for op in ops:
            found = []
            _nested_objects(answers[op["operationId"]], None, found)
            for _key, schema in found:
                if shape_key(schema) in shared:
                    self.namer.want(shared[shape_key(schema)], schema)
        return {
            op_id: _replace_shared(schema, None, shared, self.namer, pascal(op_id)) for op_id, schema in answers.items()
        }

    def _data_target(self, schema: Any) -> dict[str, Any] | None:
        """The object that names an answer: the answer itself, or its array's items."""
        if is_object_shape(schema):
            return schema
        if isinstance(schema, dict) and schema.get("type") == "array" and is_object_shape(schema.get("items")):
            return schema["items"]
        return None

    def _want_data_name(self, op: dict[str, Any], schema: Any) -> None:
        target = self._data_target(schema)
        if target is not None:
            self.namer.want(resource_name(op["path"]), target)

    def _named_data(self, op: dict[str, Any], schema: Any) -> Any:
        """The answer schema with its object (or array item object) moved to a component."""
        target = self._data_target(schema)
        if target is None:
            return schema
        op_name = pascal(op["operationId"])
        if target is schema:
            return self.namer.ref(resource_name(op["path"]), f"{op_name}Data", schema)
        out = dict(schema)
        out["items"] = self.namer.ref(resource_name(op["path"]), f"{op_name}Item", target)
        return out

    # -- operations -------------------------------------------------------------------------

    def _operation(self, op: dict[str, Any], answer: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"operationId": op["operationId"]}
        if op.get("summary"):
            out["summary"] = op["summary"]
        description = first_paragraph(op.get("description"))
        if description and description != op.get("summary"):
            out["description"] = description
        out["tags"] = list(op.get("tags", []))
        if op.get("deprecated"):
            out["deprecated"] = True
        out["security"] = self._security(op)
        out["externalDocs"] = {
            "description": "Altegio reference",
            "url": f"{DOCS_BASE}/{slug(op['tags'][0]) if op.get('tags') else 'operations'}/{op['operationId']}",
        }
        if op.get("parameters"):
            out["parameters"] = [self._parameter(p) for p in op["parameters"]]
        if op.get("requestBody"):
            out["requestBody"] = self._request_body(op["requestBody"])
        out["responses"] = self._responses(op, answer)
        return out

    @staticmethod
    def _security(op: dict[str, Any]) -> list[dict[str, list[str]]]:
        security = op.get("security") or {}
        return [{scheme: []} for scheme in security.get("schemes", [])]

    @staticmethod
    def _parameter(param: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"name": param["name"], "in": param["in"]}
        if param.get("description"):
            out["description"] = param["description"]
        out["required"] = bool(param.get("required")) or param["in"] == "path"
        out["schema"] = copy.deepcopy(param.get("schema") or {})
        return out

    @staticmethod
    def _request_body(body: dict[str, Any]) -> dict[str, Any]:
        content_type = body.get("contentType") or "application/json"
        if content_type == "*/*":
            content_type = "application/json"
        schema = copy.deepcopy(body.get("schema") or {"type": "object"})
        if content_type == "multipart/form-data":
            schema.setdefault("type", "object")
        return {"required": bool(body.get("required")), "content": {content_type: {"schema": schema}}}

    def _responses(self, op: dict[str, Any], answer: Any) -> dict[str, Any]:
        response = op.get("response") or {}
        status = str(response.get("statusCode") or "200")
        success: dict[str, Any] = {"description": "Success"}
        content_type = response.get("contentType") or "application/json"
        if response.get("envelope") == "v1":
            success["description"] = "Success, in the {success, data, meta} envelope"
            envelope = self._envelope(op, answer)
            success["content"] = {content_type: {"schema": envelope}}
        elif answer is not None:
            success["description"] = "Success (documented without the envelope)"
            success["content"] = {content_type: {"schema": self._named_data(op, answer)}}
        elif content_type != "application/json":
            success["content"] = {content_type: {"schema": {"type": "string", "format": "binary"}}}
        else:
            success["description"] = "Success (no body documented; the API may answer an envelope or null)"
        responses = {status: success}
        for code in ERROR_STATUSES:
            responses[code] = {
                "description": ERROR_DESCRIPTIONS[code],
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
            }
        return responses

    def _envelope(self, op: dict[str, Any], answer: Any) -> dict[str, Any]:
        data = self._named_data(op, answer) if answer is not None else {}
        envelope = {
            "type": "object",
            "required": ["success", "data"],
            "properties": {
                "success": {"type": "boolean"},
                "data": data,
                "meta": {"$ref": "#/components/schemas/Meta"},
            },
        }
        name = f"{pascal(op['operationId'])}Response"
        self.namer.schemas[name] = envelope  # one envelope per operation, never shared
        return {"$ref": f"#/components/schemas/{name}"}

    @staticmethod
    def _fixed_components() -> dict[str, Any]:
        return {
            **copy.deepcopy(META_COMPONENTS),
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


def slug(text: str) -> str:
    """``Chain Loyalty Programs`` → ``chain-loyalty-programs``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def import_catalog(catalog: dict[str, Any]) -> tuple[dict[str, Any], ImportReport]:
    """Build the OpenAPI document from a loaded catalog; return it with the report."""
    importer = CatalogImporter(catalog)
    spec = importer.build()
    return spec, importer.report


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: read the catalog, write the description, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.catalog.is_file():
        print(f"error: catalog not found at {args.catalog}", file=sys.stderr)
        return 2
    catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
    spec, report = import_catalog(catalog)
    dump_spec(spec, args.out)
    print("\n".join(report.lines()))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
