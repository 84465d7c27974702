#!/usr/bin/env python3
"""What changed between two versions of the API description, for a caller of this client.

Both descriptions are normalised first (as the generator sees them), then compared per
operation: the operation itself (added, removed, moved to another module), its parameters,
its request body's fields, its answer (kind, model name, fields) and enum values. Each change
is marked breaking when code written against the old client can fail against the new one:
an operation or field removed or retyped, a parameter renamed, removed or newly required, an
enum value removed, a model renamed.

Usage: ``python scripts/spec_diff.py OLD NEW [--markdown FILE] [--title TEXT]``; exit 1 when
anything is breaking, 0 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path
from typing import Any

from altegio_codegen.fixes._shared import OPTIONAL_PATH_KEY
from altegio_codegen.surface import Change, report
from normalize_spec import normalize
from spec_io import load_spec
from spec_walk import contents, operations, resolve, types_of

_MAX_DEPTH = 4


def _type(spec: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A short, comparable type: ``integer``, ``date``, ``enum``, ``array<object>``, ``Model``, ``a|b``."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth == 0:
        return schema["$ref"].rsplit("/", 1)[1]
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or not schema or depth > 3:
        return "any"
    if schema.get("format") in ("date", "date-time", "binary"):
        return str(schema["format"])
    if "enum" in schema:
        return "enum"
    variants = [v for key in ("anyOf", "oneOf") for v in schema.get(key) or []]
    if variants:
        kinds = sorted({_type(spec, v) for v in variants} - {"null"})
        return "|".join(kinds) or "null"
    types = [t for t in types_of(schema) if t != "null"]
    if types == ["array"] or "items" in schema:
        return f"array<{_type(spec, schema.get('items'), depth + 1)}>"
    if not types and isinstance(schema.get("properties"), dict):
        return "object"
    return "|".join(sorted(types)) or ("null" if types_of(schema) == ["null"] else "any")


def _enum(spec: dict[str, Any], schema: Any) -> set[str]:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return set()
    values = {repr(v) for v in schema.get("enum") or []}
    for key in ("anyOf", "oneOf"):
        for variant in schema.get(key) or []:
            values |= _enum(spec, variant)
    return values


def _fields(spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, tuple[Any, bool]]:
    """Dotted field name → (schema, required), for the object(s) a body or answer's data is."""
    out: dict[str, tuple[Any, bool]] = {}
    node = resolve(spec, schema)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return out
    for key in ("anyOf", "oneOf", "allOf"):
        for variant in node.get(key) or []:
            out.update(_fields(spec, variant, prefix, depth))
    if isinstance(node.get("items"), dict):
        out.update(_fields(spec, node["items"], prefix, depth))
    required = set(node.get("required") or [])
    for name, sub in (node.get("properties") or {}).items():
        dotted = f"{prefix}{name}"
        out[dotted] = (sub, name in required)
        out.update(_fields(spec, sub, f"{dotted}.", depth + 1))
    return out


def _answer(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, Any]:
    """(answer kind, the data schema) of the first documented success answer."""
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        media = next(iter(contents(resolve(spec, response))), None)
        if media is None:
            return "none", None
        schema = resolve(spec, media[1].get("schema"))
        if isinstance(schema, dict) and schema.get("format") == "binary":
            return "binary", None
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict) and "success" in props and "data" in props:
            return "envelope", props["data"]
        if resolve(spec, response).get("x-altegio-envelope") is True:  # a normalised description: unwrapped
            return "envelope", media[1].get("schema")
        return "bare", media[1].get("schema")
    return "none", None


def _model(spec: dict[str, Any], data: Any) -> str:
    """The name of the model an answer's data is (or lists), if it is a named component."""
    node = data
    for _ in range(4):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return str(node["$ref"].rsplit("/", 1)[1])
        node = resolve(spec, node)
        if not isinstance(node, dict):
            return ""
        variants = [v for key in ("anyOf", "oneOf") for v in node.get(key) or [] if _type(spec, v) != "null"]
        node = variants[0] if variants else node.get("items")
    return ""


def _parameters(spec: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (str(p.get("in")), str(p.get("name"))): p
        for p in (resolve(spec, param) for param in op.get("parameters") or [])
        if isinstance(p, dict) and p.get("in") in ("path", "query")
    }


def _required(param: dict[str, Any]) -> bool:
    return bool(param.get("required")) and not param.get(OPTIONAL_PATH_KEY)


def _compare_parameters(
    name: str, old: tuple[dict[str, Any], dict[str, Any]], new: tuple[dict[str, Any], dict[str, Any]]
) -> list[Change]:
    (old_spec, old_op), (new_spec, new_op) = old, new
    before, after = _parameters(old_spec, old_op), _parameters(new_spec, new_op)
    changes = []
    removed = [k for k in before if k not in after]
    added = [k for k in after if k not in before]
    for where in ("path", "query"):
        gone = [k for k in removed if k[0] == where]
        came = [k for k in added if k[0] == where]
        for old_key, new_key in zip(gone, came, strict=False):
            changes.append(Change(name, f"{where} parameter `{old_key[1]}` renamed to `{new_key[1]}`", True))
            removed.remove(old_key)
            added.remove(new_key)
    for key in removed:
        changes.append(Change(name, f"{key[0]} parameter `{key[1]}` removed", True))
    for key in added:
        required = _required(after[key])
        changes.append(
            Change(name, f"{key[0]} parameter `{key[1]}` added{' (required)' if required else ''}", required)
        )
    for key in [k for k in before if k in after]:
        b, a = before[key], after[key]
        if _type(old_spec, b.get("schema")) != _type(new_spec, a.get("schema")):
            text = (
                f"parameter `{key[1]}` retyped {_type(old_spec, b.get('schema'))} → {_type(new_spec, a.get('schema'))}"
            )
            changes.append(Change(name, text, True))
        if _required(a) and not _required(b):
            changes.append(Change(name, f"parameter `{key[1]}` is now required", True))
        elif _required(b) and not _required(a):
            changes.append(Change(name, f"parameter `{key[1]}` is now optional", False))
        changes.extend(
            _compare_enum(name, f"parameter `{key[1]}`", old_spec, b.get("schema"), new_spec, a.get("schema"))
        )
    order_b = [k[1] for k in before if k[0] == "path"]
    order_a = [k[1] for k in after if k[0] == "path"]
    if set(order_b) == set(order_a) and order_b != order_a:
        changes.append(Change(name, f"path parameters reordered {order_b} → {order_a}", True))
    return changes


def _compare_enum(
    name: str, what: str, old_spec: dict[str, Any], old: Any, new_spec: dict[str, Any], new: Any
) -> list[Change]:
    before, after = _enum(old_spec, old), _enum(new_spec, new)
    if not before and not after:
        return []
    changes = [Change(name, f"{what}: enum value {v} removed", True) for v in sorted(before - after)]
    changes += [Change(name, f"{what}: enum value {v} added", False) for v in sorted(after - before)]
    return changes


def _compare_fields(
    name: str, what: str, old: tuple[dict[str, Any], Any], new: tuple[dict[str, Any], Any], *, request: bool
) -> list[Change]:
    (old_spec, old_schema), (new_spec, new_schema) = old, new
    before, after = _fields(old_spec, old_schema), _fields(new_spec, new_schema)
    changes = []
    for field in sorted(set(before) - set(after)):
        if field.rsplit(".", 1)[0] in before and field.rsplit(".", 1)[0] not in after and "." in field:
            continue  # its parent is reported removed
        changes.append(Change(name, f"{what} field `{field}` removed", True))
    for field in sorted(set(after) - set(before)):
        required = request and after[field][1]
        changes.append(Change(name, f"{what} field `{field}` added{' (required)' if required else ''}", required))
    for field in sorted(set(before) & set(after)):
        (b, b_required), (a, a_required) = before[field], after[field]
        tb, ta = _type(old_spec, b), _type(new_spec, a)
        if tb != ta:
            changes.append(Change(name, f"{what} field `{field}` retyped {tb} → {ta}", True))
        if request and a_required and not b_required:
            changes.append(Change(name, f"{what} field `{field}` is now required", True))
        changes.extend(_compare_enum(name, f"{what} field `{field}`", old_spec, b, new_spec, a))
    return changes


def _body(spec: dict[str, Any], op: dict[str, Any]) -> tuple[Any, bool]:
    body = resolve(spec, op.get("requestBody"))
    media = next(iter(contents(body)), None)
    return (media[1].get("schema"), bool(body.get("required"))) if media else (None, False)


def diff(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Every change between two normalised descriptions, operation by operation."""
    old_ops = {op["operationId"]: (path, method, op) for path, method, op in operations(old_spec)}
    new_ops = {op["operationId"]: (path, method, op) for path, method, op in operations(new_spec)}
    changes: list[Change] = []
    for name in sorted(set(old_ops) - set(new_ops)):
        path, method, _op = old_ops[name]
        changes.append(Change(name, f"operation removed ({method.upper()} {path})", True))
    for name in sorted(set(new_ops) - set(old_ops)):
        path, method, _op = new_ops[name]
        changes.append(Change(name, f"operation added ({method.upper()} {path})", False))
    for name in sorted(set(old_ops) & set(new_ops)):
        (old_path, old_method, old_op), (new_path, new_method, new_op) = old_ops[name], new_ops[name]
        if (old_op.get("tags") or [""])[0] != (new_op.get("tags") or [""])[0]:
            tags = f"{(old_op.get('tags') or [''])[0]!r} → {(new_op.get('tags') or [''])[0]!r}"
            changes.append(Change(name, f"moved to another section (its import path changes): {tags}", True))
        if (old_method, old_path) != (new_method, new_path):
            text = f"now {new_method.upper()} {new_path} (was {old_method.upper()} {old_path})"
            changes.append(Change(name, text, False))
        if new_op.get("deprecated") and not old_op.get("deprecated"):
            changes.append(Change(name, "deprecated", False))
        changes += _compare_parameters(name, (old_spec, old_op), (new_spec, new_op))
        (old_body, old_required), (new_body, new_required) = _body(old_spec, old_op), _body(new_spec, new_op)
        if old_body is not None and new_body is None:
            changes.append(Change(name, "request body removed", True))
        elif old_body is None and new_body is not None:
            changes.append(Change(name, f"request body added{' (required)' if new_required else ''}", new_required))
        elif old_body is not None:
            if new_required and not old_required:
                changes.append(Change(name, "request body is now required", True))
            changes += _compare_fields(name, "body", (old_spec, old_body), (new_spec, new_body), request=True)
        (old_kind, old_data), (new_kind, new_data) = _answer(old_spec, old_op), _answer(new_spec, new_op)
        if old_kind != new_kind:
            changes.append(Change(name, f"answer is now {new_kind} (was {old_kind})", old_kind != "none"))
        old_model, new_model = _model(old_spec, old_data), _model(new_spec, new_data)
        if old_model and new_model and old_model != new_model:
            changes.append(Change(name, f"answer model renamed {old_model} → {new_model}", True))
        if old_data is not None and new_data is not None:
            if _type(old_spec, old_data, 1) != _type(new_spec, new_data, 1):
                text = f"answer data retyped {_type(old_spec, old_data, 1)} → {_type(new_spec, new_data, 1)}"
                changes.append(Change(name, text, True))
            changes += _compare_fields(name, "answer", (old_spec, old_data), (new_spec, new_data), request=False)
    return changes


def load_normalized(path: Path) -> dict[str, Any]:
    """A description from a file, normalised (quietly) as the generator would see it."""
    spec = load_spec(path)
    with contextlib.redirect_stdout(io.StringIO()):
        normalize(spec)
    return spec


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the report; exit 1 when anything is breaking."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--title", default=None, help="the report's heading")
    args = parser.parse_args(argv)
    changes = diff(load_normalized(args.old), load_normalized(args.new))
    text = report(changes, args.title or f"API description: {args.old.name} → {args.new.name}")
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 1 if any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
