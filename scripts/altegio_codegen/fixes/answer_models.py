"""Answer models named by where they are used: the object an answer carries is named after its resource."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

from spec_walk import contents, label, operations, resolve, types_of

from ._shared import OVERRIDDEN_KEY, Report

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
                    place = Place(label(path, method), path, str(op.get("operationId") or ""), container, key)
                    wanted.setdefault(resource_name(path), []).append(place)
    named = _name_clusters(wanted, set(schemas))
    for name, places in sorted(named.items()):
        merged: dict[str, Any] | None = copy.deepcopy(resolve(spec, schemas[name])) if name in schemas else None
        for place in places:
            target = place.container[place.key]
            merged = target if merged is None else merge_schemas(merged, target)
        schemas[name] = merged
        for place in places:
            place.container[place.key] = {"$ref": f"#/components/schemas/{name}"}
        report.append(f"{name}: named from {len(places)} place(s), e.g. {places[0].where}")
    return report


@dataclass
class Place:
    """One inline object an answer carries, and where it sits."""

    where: str
    path: str
    operation: str
    container: Any
    key: Any

    @property
    def fields(self) -> set[str]:
        """The object's property names."""
        return set((self.container[self.key].get("properties") or {}).keys())


SIMILAR = 0.25
"""Objects under one resource name sharing at least this share of their fields are one model."""

_SCOPE_SEGMENTS = frozenset(("company", "companies", "chain", "group", "api", "v1"))


def _clusters(places: list[Place]) -> list[list[Place]]:
    """The places split into groups of similar objects (linked when their fields overlap enough)."""
    parent = list(range(len(places)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(places):
        for j in range(i + 1, len(places)):
            fa, fb = a.fields, places[j].fields
            if fa == fb or len(fa & fb) / max(1, len(fa | fb)) >= SIMILAR:
                parent[root(j)] = root(i)
    groups: dict[int, list[Place]] = {}
    for i, place in enumerate(places):
        groups.setdefault(root(i), []).append(place)
    return list(groups.values())


def _qualifier(path: str) -> str:
    """The static segment before a path's resource (``/chain/{id}/loyalty/transactions`` → ``Loyalty``)."""
    static = [s for s in path.strip("/").split("/") if s and not s.startswith("{")]
    words = [s for s in static if s.lower() not in ACTION_SEGMENTS and s.lower() not in _SCOPE_SEGMENTS]
    return pascal(singular(words[-2])) if len(words) >= 2 else ""


def _name_clusters(wanted: dict[str, list[Place]], taken: set[str]) -> dict[str, list[Place]]:
    """A model name per group of similar objects: one resource name may hold unrelated objects.

    The group served at the resource's own path (``/transactions/…``), then the one with the most
    places, then the most fields, keeps the resource's name; each other
    group is named by the path segment before the resource (``LoyaltyTransaction``), else by its
    first operation (``GetVisitVisit``). The result does not depend on document order.
    """
    named: dict[str, list[Place]] = {}
    used = set(taken) | set(wanted)
    for name, places in sorted(wanted.items()):
        clusters = sorted(
            _clusters(sorted(places, key=lambda p: (p.operation, p.where))),
            key=lambda c: (
                all(_qualifier(p.path) for p in c),  # the resource's own path (``/transactions/…``) first
                -len(c),
                -len(set().union(*(p.fields for p in c))),
                min(p.operation for p in c),
            ),
        )
        named[name] = clusters[0]
        for cluster in clusters[1:]:
            first = min(cluster, key=lambda p: (p.operation, p.where))
            qualifier = _qualifier(first.path)
            candidate = f"{qualifier}{name}" if qualifier and qualifier != name else ""
            if not candidate or candidate in used:
                candidate = f"{pascal(first.operation)}{name}"
            n = 2
            while candidate in used:
                candidate, n = f"{pascal(first.operation)}{name}{n}", n + 1
            used.add(candidate)
            named[candidate] = cluster
    return _join_same_objects(named)


SAME = 0.9
"""A lone object sharing at least this share of its (five or more) fields with a group elsewhere joins it."""


def _join_same_objects(named: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """One model for the same object served under different path words (a path renamed upstream).

    An object only one operation answers with joins a larger group of nearly the same fields, so
    renaming one operation's path does not rename or split the model its answer is.
    """
    order = sorted(named, key=lambda n: (-len(named[n]), n))
    fields = {n: set().union(*(p.fields for p in named[n])) for n in order}
    for smaller in reversed(order):
        if smaller not in named:
            continue
        for larger in order:
            if larger == smaller or larger not in named or len(named[smaller]) != 1 or len(named[larger]) < 2:
                continue
            a, b = fields[smaller], fields[larger]
            if len(a) >= 5 and len(a & b) / len(a | b) >= SAME:
                named[larger] = named[larger] + named.pop(smaller)
                fields[larger] = a | b
                break
    return named


def _free_name(schemas: dict[str, Any], name: str, schema: Any) -> str:
    base, n = name, 2
    while name in schemas and schemas[name] != schema:
        name, n = f"{base}{n}", n + 1
    return name


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
    for side in (a, b):  # an override is what the maintainer decided: another operation's copy does not undo it
        if isinstance(side, dict) and side.get(OVERRIDDEN_KEY) is True:
            return side
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
        # What the two agree on, whichever comes first: a format only one gives is kept, two
        # different formats leave plain text; an enum stays only if both have one (their union).
        format_a, format_b = a.get("format"), b.get("format")
        if format_a != format_b:
            if format_a and format_b:
                out.pop("format", None)
            else:
                out["format"] = format_a or format_b
        enum_a, enum_b = a.get("enum"), b.get("enum")
        if enum_a is None or enum_b is None:
            out.pop("enum", None)
        else:
            out["enum"] = list(dict.fromkeys([*enum_a, *enum_b]))
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
