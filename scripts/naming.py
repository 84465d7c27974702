"""Normaliser fixes that give answers and errors named components, the same for every source.

Model names are public: users import ``CertificateType``. So a name depends only on where a
schema is used and on what the description calls it, never on its exact set of fields:

- an inline success envelope is ``{Operation}Response`` (one per operation);
- the object an answer carries (its ``data``, or the items of a list) is named after the
  resource its path names (``/chain/{chain_id}/loyalty/certificate_types`` → ``CertificateType``);
  every operation naming the same resource shares one component, whose properties are the
  union of theirs, so adding a field anywhere only adds a field;
- a schema the description already names (a ``$ref``) keeps that name;
- error answers are the one shared ``ErrorResponse``, documented for every operation.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from spec_walk import contents, label, operations, resolve, types_of

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
# Last path segments that name an action rather than the resource the answer describes.
ACTION_SEGMENTS = frozenset(
    (
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
    )
)

Report = list[str]


def pascal(text: str) -> str:
    """``certificate_types`` → ``CertificateTypes``; any non-alphanumeric separates words."""
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", text) if w)


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
        if segment.lower() not in ACTION_SEGMENTS and segment not in ("api", "v1"):
            return pascal(singular(segment))
    return pascal(static[-1]) if static else "Root"


# -- error answers ------------------------------------------------------------------------------


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


# -- success answers ----------------------------------------------------------------------------


def _is_inline_envelope(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and isinstance(schema.get("properties"), dict)
        and "success" in schema["properties"]
        and "data" in schema["properties"]
    )


def _object_targets(container: Any, key: Any) -> list[tuple[Any, Any]]:
    """(container, key) of every inline object an answer's data is: itself, a variant, list items."""
    node = container[key]
    if not isinstance(node, dict) or "$ref" in node:
        return []
    if isinstance(node.get("properties"), dict) and node["properties"] and "object" in (types_of(node) or ["object"]):
        return [(container, key)]
    found: list[tuple[Any, Any]] = []
    if "array" in types_of(node) and isinstance(node.get("items"), dict):
        found.extend(_object_targets(node, "items"))
    for combinator in ("anyOf", "oneOf"):
        for i in range(len(node.get(combinator) or [])):
            found.extend(_object_targets(node[combinator], i))
    return found


def name_answer_models(spec: dict[str, Any]) -> Report:
    """Move inline success envelopes and the objects answers carry into named components."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    report = []
    wanted: dict[str, list[tuple[str, Any, Any]]] = {}
    for path, method, op in sorted(operations(spec), key=lambda t: str(t[2].get("operationId"))):
        op_name = pascal(str(op.get("operationId") or f"{method}_{path}"))
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for _content_type, media in contents(resolve(spec, response)):
                schema = media.get("schema")
                if _is_inline_envelope(schema):
                    name = _free_name(schemas, f"{op_name}Response", schema)
                    schemas[name] = schema
                    media["schema"] = {"$ref": f"#/components/schemas/{name}"}
                    report.append(f"{label(path, method)} {status}: envelope named {name}")
                envelope = resolve(spec, media.get("schema"))
                if _is_inline_envelope(envelope) or (
                    isinstance(envelope, dict) and "success" in (envelope.get("properties") or {})
                ):
                    targets = _object_targets(envelope["properties"], "data")
                elif "schema" in media:
                    targets = _object_targets(media, "schema")
                else:
                    targets = []
                for container, key in targets:
                    wanted.setdefault(resource_name(path), []).append((label(path, method), container, key))
    for name, places in sorted(wanted.items()):
        merged: dict[str, Any] | None = copy.deepcopy(resolve(spec, schemas[name])) if name in schemas else None
        for _where, container, key in places:
            merged = container[key] if merged is None else merge_schemas(merged, container[key])
        schemas[name] = merged
        for _where, container, key in places:
            container[key] = {"$ref": f"#/components/schemas/{name}"}
        report.append(f"{name}: named from {len(places)} place(s), e.g. {places[0][0]}")
    return report


def _free_name(schemas: dict[str, Any], name: str, schema: Any) -> str:
    base, n = name, 2
    while name in schemas and schemas[name] != schema:
        name, n = f"{base}{n}", n + 1
    return name


# -- merging ------------------------------------------------------------------------------------

_ANNOTATIONS = ("description", "title", "example", "examples", "x-truncated", "x-depth-limited")


def _key(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


def _kind(schema: Any) -> str:
    """object / array / a scalar type / ref / any: what a schema is, for merging like with like."""
    if not isinstance(schema, dict) or not schema:
        return "any"
    if "$ref" in schema:
        return "ref:" + str(schema["$ref"])
    if schema.get("anyOf") or schema.get("oneOf"):
        return "union"
    types = [t for t in types_of(schema) if t != "null"]
    if isinstance(schema.get("properties"), dict) or types == ["object"]:
        return "object"
    if types == ["array"] or "items" in schema:
        return "array"
    return "/".join(types) if types else "any"


def _variants(schema: dict[str, Any]) -> list[Any]:
    out = []
    for key in ("anyOf", "oneOf"):
        out.extend(schema.get(key) or [])
    return out or [schema]


def merge_schemas(a: Any, b: Any) -> Any:
    """One schema that reads what either reads: objects get the union of properties, lists merge
    their items, differing scalars become ``anyOf``. Annotations come from ``a``."""
    if _key(a) == _key(b):
        return a
    kind_a, kind_b = _kind(a), _kind(b)
    if kind_a == "any":
        return b if kind_b != "any" else a
    if kind_b == "any":
        return a
    if kind_a == kind_b == "object":
        out = dict(a)
        props = dict(a.get("properties") or {})
        for name, sub in (b.get("properties") or {}).items():
            props[name] = merge_schemas(props[name], sub) if name in props else sub
        out["properties"] = props
        required = [r for r in a.get("required") or [] if r in (b.get("required") or [])]
        if required:
            out["required"] = required
        else:
            out.pop("required", None)
        if a.get("additionalProperties") is True or b.get("additionalProperties") is True:
            out["additionalProperties"] = True
        if "null" in types_of(b) and "null" not in types_of(a):
            out["type"] = [*(types_of(a) or ["object"]), "null"]
        return out
    if kind_a == kind_b == "array":
        out = dict(a)
        if "items" in a or "items" in b:
            out["items"] = merge_schemas(a.get("items", {}), b.get("items", {}))
        return out
    if kind_a == kind_b and kind_a not in ("union",):
        nullable = "null" in types_of(a) or "null" in types_of(b)
        out = dict(a)
        if nullable and "null" not in types_of(a):
            out["type"] = [*types_of(a), "null"]
        return out
    variants: list[Any] = []
    for variant in [*_variants(a), *_variants(b)]:
        clean = {k: v for k, v in variant.items() if k not in _ANNOTATIONS} if isinstance(variant, dict) else variant
        same = next((i for i, v in enumerate(variants) if _kind(v) == _kind(clean) and _kind(clean) != "union"), None)
        if same is None:
            variants.append(clean)
        else:
            variants[same] = merge_schemas(variants[same], clean)
    merged: dict[str, Any] = {"anyOf": variants}
    if isinstance(a, dict) and a.get("description"):
        merged["description"] = a["description"]
    return merged


# -- the generator's names for inline schemas ---------------------------------------------------


def _class_name(parent: str, name: str, schema: dict[str, Any]) -> str:
    from openapi_python_client.strings import pascal_case

    return f"{pascal_case(parent)}{pascal_case(str(schema.get('title') or name))}"


def _needs_class(schema: Any) -> bool:
    """Whether the generator makes a class of an inline schema (an object with fields, or an enum)."""
    return isinstance(schema, dict) and "$ref" not in schema and (bool(schema.get("properties")) or "enum" in schema)


def unique_model_names(spec: dict[str, Any]) -> Report:
    """Give a ``title`` to an inline schema whose generated class name another schema already has.

    The generator names an inline object ``{Parent}{Property}`` (list items ``…Item``, union
    variants ``…Type0``), which can repeat a component's name or another inline one
    (``Abonement.type.balance_container`` and ``AbonementType.balance_container``). The
    component keeps its name; the inline schema found later, in name order, is titled
    ``{Property}Field`` (a name that says where it is, not what fields it has).
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    taken = set(schemas)
    report: Report = []

    def visit(parent: str, name: str, schema: Any) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        own = parent
        if _needs_class(schema):
            own = _class_name(parent, name, schema)
            if own in taken:
                schema["title"] = f"{name}_field"
                own = _class_name(parent, name, schema)
                report.append(f"{parent}.{name}: titled {schema['title']} ({own}), its name was taken")
            taken.add(own)
        children(own if _needs_class(schema) else parent, name, schema, nested=_needs_class(schema))

    def children(parent: str, name: str, schema: dict[str, Any], nested: bool) -> None:
        if nested:
            for prop, sub in (schema.get("properties") or {}).items():
                visit(parent, prop, sub)
        if isinstance(schema.get("items"), dict):
            visit(parent, f"{name}_item", schema["items"])
        for i, variant in enumerate([*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]):
            if isinstance(variant, dict) and variant.get("title") and variant.get("title") != schema.get("title"):
                visit(parent, f"{name}_{variant['title']}", {k: v for k, v in variant.items() if k != "title"})
            else:
                visit(parent, f"{name}_type_{i}", variant)

    for component in sorted(schemas):
        schema = schemas[component]
        if isinstance(schema, dict):
            children(component, component, schema, nested=True)
    return report
