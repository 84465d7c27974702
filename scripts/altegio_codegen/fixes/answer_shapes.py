"""Normaliser fixes for the shape of answers and bodies where Altegio's description and server differ.

- ``fold_union_siblings``: a body written as ``properties`` beside a ``oneOf``/``anyOf`` whose
  variants only say which of those properties are required (create and update appointment)
  becomes one object with every property; the generator would otherwise build one model per
  variant holding only the variant's own fields, and every other field would be lost.
- ``answer_shapes``: the whole data of a success answer corrected by rule, where the description's
  shape is known to be wrong in a whole class of operations (each change reported):
    * an operation whose trailing path id may be left out answers one item with the id and a
      list without it, whatever single shape is documented;
    * a create or update of one thing whose data the catalog documents with its generic
      "Array of objects" wording answers the one record it wrote (or, in older versions, a list
      of it): one item or a list of them.
  ``openapi/overrides.yaml`` entries with ``answer: {shape: ...}`` (applied by
  ``wire_fixes.apply_overrides``, through :func:`reshape_answer`) correct single operations
  where recorded answers are the evidence; a data schema they set is marked and never widened
  again by a rule.

Shapes: ``item`` (a list documented where one object comes), ``list`` (one object documented
where a list of them comes), ``item-or-list`` (either arrives)."""

from __future__ import annotations

import copy
import re
from typing import Any

from spec_walk import contents, label, operations, resolve, types_of

from ._shared import OPTIONAL_PATH_KEY, Report

SHAPE_KEY = "x-altegio-shape"


SHAPES = ("item", "list", "item-or-list")


_GENERIC_LIST_WORDING = re.compile(r"^\s*array of objects( with data)?\.?\s*$", re.IGNORECASE)


_ONE_THING_WRITE = re.compile(r"^(create|update|leave|disable|enable|patch)_")


_MANY_THINGS = re.compile(r"(^|_)(list|search|batch|mass|bulk|schedule|consumables|files?)(_|$)")


def data_holders(spec: dict[str, Any], op: dict[str, Any], own: bool = False) -> list[tuple[str, dict[str, Any], str]]:
    """(status, holder, key) for each success answer's data: ``holder[key]`` is the data's schema.

    With ``own``, an envelope given by reference is copied inline first, so reshaping one
    operation's answer never changes another's.
    """
    holders = []
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        for _content_type, media in contents(resolve(spec, response)):
            schema = media.get("schema")
            if own and isinstance(schema, dict) and "$ref" in schema:
                media["schema"] = schema = copy.deepcopy(resolve(spec, schema))
            schema = resolve(spec, schema)
            props = schema.get("properties") if isinstance(schema, dict) else None
            if isinstance(props, dict) and "success" in props and "data" in props:
                holders.append((str(status), props, "data"))
            elif isinstance(schema, dict) and schema.get("format") != "binary":
                holders.append((str(status), media, "schema"))
    return holders


def reshape_answer(spec: dict[str, Any], op: dict[str, Any], shape: str) -> bool | None:
    """Give ``op``'s success data the ``shape``; True when changed, False when already so, None when no data."""
    if shape not in SHAPES:
        raise ValueError(f"answer shape must be one of {', '.join(SHAPES)}, got {shape!r}")
    found: bool | None = None
    for _status, holder, key in data_holders(spec, op):
        current = resolve(spec, holder[key])
        if isinstance(current, dict):
            found = found or shape_of(spec, current) != shape
    if not found:
        return found
    for _status, holder, key in data_holders(spec, op, own=True):
        current = resolve(spec, holder[key])
        if not isinstance(current, dict) or shape_of(spec, current) == shape:
            continue
        item = _item_of(spec, current)
        holder[key] = _shaped(item, shape, current.get("description"))
    return True


def shape_of(spec: dict[str, Any], schema: dict[str, Any]) -> str | None:
    """The shape an override or rule gave this data schema (also once it was made nullable), or None."""
    if schema.get(SHAPE_KEY):
        return str(schema[SHAPE_KEY])
    variants = [resolve(spec, v) for v in schema.get("anyOf") or []]
    concrete = [v for v in variants if isinstance(v, dict) and v.get("type") != "null"]
    if len(concrete) == 1 and len(variants) == 2 and concrete[0].get(SHAPE_KEY):
        return str(concrete[0][SHAPE_KEY])
    return None


def _item_of(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The one item a data schema describes: a list's items, the object of an item-or-list, or itself."""
    if schema.get(SHAPE_KEY) == "item-or-list" and isinstance(schema.get("anyOf"), list):
        return copy.deepcopy(resolve(spec, schema["anyOf"][0]))
    if "array" in types_of(schema) and isinstance(schema.get("items"), dict):
        return copy.deepcopy(resolve(spec, schema["items"]))
    return {k: copy.deepcopy(v) for k, v in schema.items() if k != SHAPE_KEY}


def _shaped(item: dict[str, Any], shape: str, description: Any) -> dict[str, Any]:
    out: dict[str, Any]
    if shape == "item":
        out = copy.deepcopy(item)
    elif shape == "list":
        out = {"type": "array", "items": copy.deepcopy(item)}
    else:
        out = {"anyOf": [copy.deepcopy(item), {"type": "array", "items": copy.deepcopy(item)}]}
    if description and "description" not in out:
        out["description"] = description
    out[SHAPE_KEY] = shape
    return out


def answer_shapes(spec: dict[str, Any]) -> Report:
    """Widen answers to one item or a list where a whole class of operations is documented wrongly."""
    report = []
    for path, method, op in operations(spec):
        reason = _widening_reason(spec, path, method, op)
        if reason is None or all(
            not isinstance(resolve(spec, h[k]), dict) or shape_of(spec, resolve(spec, h[k]))
            for _s, h, k in data_holders(spec, op)
        ):
            continue
        for status, holder, key in data_holders(spec, op, own=True):
            current = resolve(spec, holder[key])
            if not isinstance(current, dict) or shape_of(spec, current):
                continue  # an override (or an earlier run) decided this answer's shape
            if not ({"object", "array"} & set(types_of(current)) or isinstance(current.get("properties"), dict)):
                continue
            holder[key] = _shaped(_item_of(spec, current), "item-or-list", current.get("description"))
            report.append(f"{label(path, method)} {status}: data is one item or a list of them ({reason})")
    return report


def _widening_reason(spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> str | None:
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if last.startswith("{") and last.endswith("}"):
        name = last[1:-1]
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            if p.get("in") == "path" and p.get("name") == name and p.get(OPTIONAL_PATH_KEY) is True:
                return f"its trailing {name} may be left out: one item with it, a list without"
    name = str(op.get("operationId") or "")
    if method.upper() in ("POST", "PUT", "PATCH") and _ONE_THING_WRITE.search(name) and not _MANY_THINGS.search(name):
        for _status, holder, key in data_holders(spec, op):
            data = resolve(spec, holder[key])
            if (
                isinstance(data, dict)
                and "array" in types_of(data)
                and _GENERIC_LIST_WORDING.match(str(data.get("description") or ""))
            ):
                return "a write of one thing answers the record it wrote; the catalog's list wording is generic"
    return None
