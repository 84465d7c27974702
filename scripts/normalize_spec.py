#!/usr/bin/env python3
"""Make any Altegio OpenAPI description (ours or the upstream bundle) generator-friendly.

Each fix is one small function ``fix(spec) -> list[str]`` that edits the spec in place and
returns one line per change it made; ``normalize`` runs them all in order and returns the
report. Every fix is idempotent: running the normaliser twice changes nothing the second time.

Usage: ``python scripts/normalize_spec.py IN OUT``
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from answer_shapes import answer_shapes, fold_union_siblings
from naming import name_answer_models, shared_error_answers, unique_model_names
from spec_io import SpecError, dump_spec, load_spec
from spec_walk import (
    _SCHEMA_CHILD_LISTS,
    _SCHEMA_CHILD_MAPS,
    _SCHEMA_CHILDREN,
    all_schemas,
    contents,
    label,
    operations,
    python_name,
    resolve,
    types_of,
)
from wire_fixes import (
    OPTIONAL_PATH_KEY,
    apply_overrides,
    date_parameters,
    datetime_spellings,
    optional_bodies,
    optional_path_parameters,
    stale_overrides,
)

from altegio_async.rules import PAGING_PARAMETERS, is_envelope_schema

TRANSPORT_HEADERS = frozenset({"accept", "content-type", "authorization"})
JSON_TYPES = ("application/json", "*/*")
META_REF = "#/components/schemas/Meta"
META_INFO_REF = "#/components/schemas/MetaInfo"
META_COMPONENTS: dict[str, dict[str, Any]] = {
    "Meta": {
        "description": "The envelope's meta: an object (totals, message) or an empty array.",
        "anyOf": [{"$ref": META_INFO_REF}, {"type": "array", "maxItems": 0, "items": {}}],
    },
    "MetaInfo": {
        "description": "The envelope's meta as an object: totals where the API reports them.",
        "type": "object",
        "properties": {
            "total_count": {"type": "integer", "description": "Items across all pages"},
            "count": {"type": "integer", "description": "Items in total, or on this page"},
            "message": {"type": "string"},
        },
        "additionalProperties": True,
    },
}
API_PREFIX = "/api/v1"
ENVELOPE_KEY = "x-altegio-envelope"
_ID_NAME = re.compile(r"(^|_)ids?(\[\])?$")

Report = list[str]
Fix = Callable[[dict[str, Any]], Report]


# -- the fixes ------------------------------------------------------------------------------------


def safe_paths(spec: dict[str, Any]) -> Report:
    """Refuse a path template that could leave ``/api/v1``: a ``.`` or ``..`` segment (plain or
    percent-encoded), a backslash, an empty segment, a query or a fragment (``SpecError``, one line
    naming the operation). Nothing is changed: a description that asks for this is not used."""
    for path, method, op in operations(spec):
        segments = path.split("/")[1:]
        decoded = [unquote(segment) for segment in segments]
        bad = (
            not path.startswith("/")
            or any(s in (".", "..") for s in decoded)
            or any(s == "" for s in segments[:-1])
            or any(c in path for c in "\\?#")
            or any("/" in s or "\\" in s for s in decoded)
        )
        if bad:
            name = op.get("operationId") or label(path, method)
            raise SpecError(f"{name}: the path template {path!r} could reach outside the API root; refused")
    return []


def strip_server_prefix(spec: dict[str, Any]) -> Report:
    """Remove a path prefix that repeats a server URL's path (``/api/v1/company/…``).

    Every ``servers`` entry counts, and so does Altegio's own ``/api/v1`` whatever the servers
    say: the client's base URL always ends in ``/api/v1``.
    """
    bases = {urlparse(str(server.get("url", ""))).path.rstrip("/") for server in spec.get("servers") or []}
    bases = sorted({b for b in bases | {API_PREFIX} if b}, key=len, reverse=True)
    report = []
    rebuilt: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        base = next((b for b in bases if path.startswith(b + "/")), "")
        new = path[len(base) :] if base else path
        if new != path:
            report.append(f"{path}: server prefix {base} removed")
        if new in rebuilt and isinstance(item, dict):
            for key, value in item.items():
                rebuilt[new].setdefault(key, value)
        else:
            rebuilt[new] = item
    if report:
        spec["paths"] = rebuilt
    return report


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


def order_path_parameters(spec: dict[str, Any]) -> Report:
    """Put path parameters in the order they appear in the path, then the others by place and name."""
    report = []
    for path, method, op in operations(spec):
        params = op.get("parameters")
        if not isinstance(params, list):
            continue
        order = re.findall(r"{([^}]+)}", path)

        def position(param: Any, order: list[str] = order) -> tuple[int, int, str]:
            p = resolve(spec, param)
            if p.get("in") == "path" and p.get("name") in order:
                return (0, order.index(p["name"]), "")
            return (1, 0, f"{p.get('in')}:{p.get('name')}")  # the rest by name: upstream reordering changes nothing

        ordered = sorted(params, key=position)
        if ordered != params:
            op["parameters"] = ordered
            report.append(f"{label(path, method)}: parameters put in path order {order}, then by name")
    return report


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


def merge_bracket_twins(spec: dict[str, Any]) -> Report:
    """Merge a query parameter ``x`` with its array twin ``x[]`` into one ``x``: scalar or list.

    Both would be called ``x`` in Python. The merged parameter accepts a single value (sent as
    ``x=1``) or a list (sent PHP-style, ``x[]=1&x[]=2``), so neither form is lost.
    """
    report = []
    for path, method, op in operations(spec):
        params = op.get("parameters")
        if not isinstance(params, list):
            continue
        by_name = {resolve(spec, p).get("name"): i for i, p in enumerate(params)}
        for name in [n for n in by_name if isinstance(n, str) and n.endswith("[]")]:
            plain = name[:-2]
            if plain not in by_name:
                continue
            scalar = resolve(spec, params[by_name[plain]])
            array = resolve(spec, params[by_name[name]])
            merged = copy.deepcopy(scalar)
            merged["schema"] = {"anyOf": [scalar.get("schema") or {}, array.get("schema") or {"type": "array"}]}
            merged["description"] = (
                f"{scalar.get('description', '').rstrip('.')}. A list is sent as {plain}[]=…&{plain}[]=…"
            ).lstrip(". ")
            params[by_name[plain]] = merged
            params.pop(by_name[name])
            by_name = {resolve(spec, p).get("name"): i for i, p in enumerate(params)}
            report.append(f"{label(path, method)}: query parameters {plain} and {name} merged into {plain}")
    return report


def unique_operation_ids(spec: dict[str, Any]) -> Report:
    """Make every operationId a unique snake_case identifier (missing ones derived from the path)."""
    report = []
    used: set[str] = set()
    for path, method, op in operations(spec):
        original = op.get("operationId")
        base = python_name(original) if isinstance(original, str) and original else ""
        if not base:
            base = python_name(f"{method}_{path}")
        if base[0].isdigit():
            base = f"op_{base}"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}_{n}", n + 1
        used.add(candidate)
        if candidate != original:
            op["operationId"] = candidate
            report.append(f"{label(path, method)}: operationId {original!r} → {candidate!r}")
    return report


def nullable_type_lists(spec: dict[str, Any]) -> Report:
    """Rewrite ``type: [a, b, "null"]`` as ``anyOf`` of single types, which the generator reads.

    A single type plus ``null`` stays a list when the rest of the schema only applies to
    that one type (the generator reads ``[string, "null"]`` as ``str | None``).
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        types = schema.get("type")
        if not isinstance(types, list):
            continue
        concrete = [t for t in types if t != "null"]
        if len(concrete) <= 1 and not _has_structure(schema):
            if len(types) == 1:
                schema["type"] = types[0]
                report.append(f"{where}: type {types} → {types[0]}")
            continue
        base = {k: v for k, v in schema.items() if k not in ("type", "description", "title", "default")}
        variants = []
        for t in concrete:
            variant = {"type": t}
            variant.update({k: copy.deepcopy(v) for k, v in base.items() if _applies_to(k, t)})
            variants.append(variant)
        if "null" in types:
            variants.append({"type": "null"})
        for key in list(schema):
            if key not in ("description", "title", "default") and not key.startswith("x-"):
                del schema[key]
        schema["anyOf"] = variants
        report.append(f"{where}: type {types} → anyOf")
    return report


def _has_structure(schema: dict[str, Any]) -> bool:
    return any(k in schema for k in ("properties", "items", "enum", "allOf", "anyOf", "oneOf"))


def _applies_to(keyword: str, json_type: str) -> bool:
    object_words = {"properties", "required", "additionalProperties", "patternProperties"}
    array_words = {"items", "maxItems", "minItems", "uniqueItems", "prefixItems"}
    if keyword in object_words:
        return json_type == "object"
    if keyword in array_words:
        return json_type == "array"
    if keyword in ("format", "enum", "minimum", "maximum", "maxLength", "minLength", "pattern"):
        return json_type not in ("object", "array")
    return True


def integer_ids(spec: dict[str, Any]) -> Report:
    """Declare identifiers (``id``, ``*_id``, ``*_ids`` items) and paging counts as integers, not floats.

    Paging counts are the query parameters ``page``, ``count``, ``page_size``, ``limit`` and
    ``editable_length``: a page number of 1.5 means nothing, and ``1.5`` is what a float sends.
    """
    report = []

    def fix(schema: Any, where: str) -> None:
        if "number" in types_of(schema) and schema.get("format") not in ("float", "double"):
            declared = schema["type"]
            schema["type"] = (
                [("integer" if t == "number" else t) for t in declared] if isinstance(declared, list) else "integer"
            )
            schema.pop("format", None)
            report.append(f"{where}: number → integer")

    for path, method, op in operations(spec):
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            name = str(p.get("name", ""))
            if _ID_NAME.search(name) or (p.get("in") == "query" and name in PAGING_PARAMETERS):
                schema = p.get("schema") or {}
                fix(schema, f"{label(path, method)} param {name}")
                fix(schema.get("items"), f"{label(path, method)} param {name} items")
    for where, schema in list(all_schemas(spec)):
        for name, prop in (schema.get("properties") or {}).items():
            if _ID_NAME.search(name) and isinstance(prop, dict):
                fix(prop, f"{where}/properties/{name}")
                if "array" in types_of(prop):
                    fix(prop.get("items"), f"{where}/properties/{name}/items")
    return report


def open_truncated_objects(spec: dict[str, Any]) -> Report:
    """Objects cut short by the catalog (``x-truncated``/``x-depth-limited``) accept extra fields."""
    report = []
    for where, schema in all_schemas(spec):
        if not (schema.get("x-truncated") or schema.get("x-depth-limited")):
            continue
        if "object" in types_of(schema) and schema.get("additionalProperties") is not True:
            schema["additionalProperties"] = True
            report.append(f"{where}: truncated object opened to extra fields")
    return report


def open_array_items(spec: dict[str, Any]) -> Report:
    """Give arrays without ``items`` open items (any JSON value)."""
    report = []
    for where, schema in all_schemas(spec):
        if "array" in types_of(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            report.append(f"{where}: array without items given open items")
    return report


def drop_colliding_properties(spec: dict[str, Any]) -> Report:
    """Of sibling properties that share a Python name (``image_group``/``ImageGroup``), keep one.

    The one kept is the snake_case spelling; the other still reaches the caller at run time,
    in the model's ``additional_properties``.
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        props = schema.get("properties")
        if not isinstance(props, dict):
            continue
        seen: dict[str, str] = {}
        for name in sorted(props, key=lambda n: (n != python_name(n), n)):
            key = python_name(name)
            if key in seen:
                del props[name]
                if isinstance(schema.get("required"), list) and name in schema["required"]:
                    schema["required"].remove(name)
                report.append(f"{where}: property {name} dropped, it collides with {seen[key]}")
            else:
                seen[key] = name
    return report


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


def normalize_envelopes(spec: dict[str, Any]) -> Report:
    """Make every success envelope parse any real answer; never wrap an envelope twice.

    An envelope is an object schema whose properties include ``success`` and ``data``.
    Its ``data`` becomes nullable (errors may arrive as ``200 {"success": false, "data": null}``)
    and its ``meta`` the shared ``Meta`` component (an object or an empty array).
    """
    report = []
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    done: set[int] = set()
    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for _content_type, media in contents(response):
                envelope = resolve(spec, media.get("schema"))
                if not _is_envelope(envelope) or id(envelope) in done:
                    continue
                done.add(id(envelope))
                where = f"{label(path, method)} {status}"
                props = envelope["properties"]
                required = envelope.get("required") if isinstance(envelope.get("required"), list) else []
                if not {"success", "data"} <= set(required):
                    envelope["required"] = sorted({*required, "success", "data"}, key=["success", "data"].index)
                    report.append(f"{where}: envelope success and data required")
                if not _is_nullable(spec, props["data"]):
                    props["data"] = _nullable(props["data"])
                    report.append(f"{where}: envelope data made nullable")
                if props.get("meta") != {"$ref": META_REF}:
                    props["meta"] = {"$ref": META_REF}
                    report.append(f"{where}: envelope meta set to the shared Meta component")
                for name, component in META_COMPONENTS.items():
                    if name not in schemas:
                        schemas[name] = copy.deepcopy(component)
                        report.append(f"components: {name} added")
    return report


def _is_envelope(schema: Any) -> bool:
    return is_envelope_schema(schema)


def _is_nullable(spec: dict[str, Any], schema: Any) -> bool:
    if not isinstance(schema, dict) or schema == {}:
        return True
    if schema.get("nullable") is True or schema.get("type") == "null":
        return True
    if isinstance(schema.get("type"), list) and "null" in schema["type"]:
        return True
    variants = [s for key in ("anyOf", "oneOf") for s in schema.get(key) or [] if s != {}]
    return any(_is_nullable(spec, s) for s in variants)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    description = schema.get("description")
    inner = {k: v for k, v in schema.items() if k != "description"}
    out: dict[str, Any] = {"anyOf": [inner, {"type": "null"}]}
    if description:
        out["description"] = description
    return out


def optional_answer_fields(spec: dict[str, Any]) -> Report:
    """Treat fields of success answers as optional (the envelope's own keep their ``required``).

    Altegio's examples omit fields its schemas call required; a required field that is
    missing would make the whole answer unreadable, where an absent optional field is ``UNSET``.
    """
    report = []
    seen: set[int] = set()

    def relax(node: Any, where: str) -> None:
        node = resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node.get("required"), list) and node["required"] and not _is_envelope(node):
            report.append(f"{where}: required {node['required']} made optional")
            del node["required"]
        for key in _SCHEMA_CHILD_MAPS:
            for name, child in (node.get(key) or {}).items():
                relax(child, f"{where}/{name}")
        for key in _SCHEMA_CHILD_LISTS:
            for i, child in enumerate(node.get(key) or []):
                relax(child, f"{where}/{key}/{i}")
        for key in _SCHEMA_CHILDREN:
            relax(node.get(key), f"{where}/{key}")

    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                for _content_type, media in contents(resolve(spec, response)):
                    relax(media.get("schema"), f"{label(path, method)} {status}")
    return report


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
                if not _is_envelope(envelope):
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


FIXES: tuple[Fix, ...] = (
    safe_paths,
    strip_server_prefix,
    order_path_parameters,
    drop_transport_headers,
    merge_bracket_twins,
    unique_operation_ids,
    json_request_bodies,
    null_answers,
    fold_union_siblings,
    optional_path_parameters,
    apply_overrides,
    answer_shapes,
    date_parameters,
    optional_bodies,
    binary_answers,
    name_answer_models,
    open_array_items,
    nullable_type_lists,
    datetime_spellings,
    integer_ids,
    open_truncated_objects,
    normalize_envelopes,
    optional_answer_fields,
    drop_colliding_properties,
    shared_error_answers,
    unique_model_names,
    unwrap_envelopes,
)


def normalize(spec: dict[str, Any]) -> dict[str, Report]:
    """Apply every fix to ``spec`` in place; return each fix's report by fix name."""
    return {fix.__name__: fix(spec) for fix in FIXES}


def summary(reports: dict[str, Report], detail: int = 3) -> list[str]:
    """Printable lines: a count per fix and its first ``detail`` changes."""
    lines = []
    for name, report in reports.items():
        lines.append(f"{name}: {len(report)} change(s)")
        lines.extend(f"    {line}" for line in report[:detail])
        if len(report) > detail:
            lines.append(f"    … and {len(report) - detail} more")
    return lines


def template_facts(spec: dict[str, Any]) -> str:
    """``facts.jinja``: what the generator templates need to know beyond the generator's own model.

    ``optional_path`` maps an operationId to its trailing path parameter that callers may leave out.
    """
    optional = {}
    for _path, _method, op in operations(spec):
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            if p.get("in") == "path" and p.get(OPTIONAL_PATH_KEY) is True:
                optional[op["operationId"]] = p["name"]
    pairs = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(optional.items()))
    return (
        "{# Written by scripts/normalize_spec.py --template-facts from the normalised description. #}\n"
        f"{{% set optional_path = {{{pairs}}} %}}\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: normalise IN into OUT and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--detail", type=int, default=3, help="changes listed per fix")
    parser.add_argument("--template-facts", type=Path, help="also write the templates' facts.jinja here")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.source)
        reports = normalize(spec)
    except SpecError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2
    dump_spec(spec, args.out)
    if args.template_facts:
        args.template_facts.write_text(template_facts(spec), encoding="utf-8")
    print("\n".join(summary(reports, args.detail)))
    for line in stale_overrides(spec):
        print(f"warning: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
