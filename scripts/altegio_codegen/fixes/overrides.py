"""Known mistakes of the description, corrected from ``openapi/overrides.yaml`` (each entry with its reason)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from spec_io import load_spec
from spec_walk import contents, label, operations, resolve

from ._shared import OVERRIDDEN_KEY, Report
from .answer_shapes import SHAPES, reshape_answer

OVERRIDES_PATH = Path(__file__).resolve().parents[3] / "openapi" / "overrides.yaml"


def load_overrides(path: Path = OVERRIDES_PATH) -> list[dict[str, Any]]:
    """The entries of the overrides file (none when it does not exist); each must give a reason."""
    if not path.is_file():
        return []
    data = load_spec(path)
    entries = data.get("overrides") or []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not entry.get("operation") or not entry.get("reason"):
            raise ValueError(f"{path}: entry {i} needs at least 'operation' and 'reason'")
        if sum(key in entry for key in ("parameter", "property", "answer")) != 1:
            raise ValueError(f"{path}: entry {i} names exactly one of 'parameter', 'property' or 'answer'")
        if "answer" in entry and (not isinstance(entry["answer"], dict) or entry["answer"].get("shape") not in SHAPES):
            raise ValueError(f"{path}: entry {i}: answer needs shape, one of {', '.join(SHAPES)}")
    return list(entries)


def apply_overrides(spec: dict[str, Any], entries: list[dict[str, Any]] | None = None) -> Report:
    """Apply each override: a parameter's fields, or a body/answer property's schema, replaced.

    An entry names an ``operation`` (operationId) and a ``parameter`` (its fields in
    ``set``, e.g. ``required``, ``schema``), an ``answer`` (``shape``: the whole success data is
    ``item``, ``list`` or ``item-or-list``; see ``answer_shapes``) or a ``property`` (every property of that name in
    the operation's request body, ``in: body``, or success answer, ``in: answer``, gets
    ``schema``). An entry whose target is not in the description is skipped and reported.
    """
    entries = load_overrides() if entries is None else entries
    by_id = {op.get("operationId"): (path, method, op) for path, method, op in operations(spec)}
    report = []
    for entry in entries:
        target = by_id.get(entry["operation"])
        if target is None:
            continue  # stale_overrides() names it
        path, method, op = target
        where = f"{label(path, method)} ({entry['operation']})"
        if "parameter" in entry:
            changed = _override_parameter(spec, op, entry)
            what = f"parameter {entry['parameter']}"
        elif "answer" in entry:
            changed = reshape_answer(spec, op, entry["answer"]["shape"])
            what = f"answer shape ({entry['answer']['shape']})"
        else:
            changed = _override_property(spec, op, entry)
            what = f"{entry.get('in', 'body')} property {entry['property']}"
        if changed:
            report.append(f"{where}: {what} overridden: {entry['reason']}")
    return report


def stale_overrides(spec: dict[str, Any], entries: list[dict[str, Any]] | None = None) -> list[str]:
    """The overrides whose operation, parameter or property the description no longer has."""
    entries = load_overrides() if entries is None else entries
    by_id = {op.get("operationId"): op for _path, _method, op in operations(spec)}
    stale = []
    for entry in entries:
        op = by_id.get(entry["operation"])
        probe = copy.deepcopy(op) if op is not None else None
        if probe is None:
            found = None
        elif "parameter" in entry:
            found = _override_parameter(spec, probe, entry)
        elif "answer" in entry:
            found = reshape_answer(spec, probe, entry["answer"]["shape"])
        else:
            found = _override_property(spec, probe, entry)
        if found is None:
            target = entry.get("parameter") or entry.get("property") or "success data"
            stale.append(f"override not applied, {entry['operation']} has no {target}: {entry['reason']}")
    return stale


def _override_parameter(spec: dict[str, Any], op: dict[str, Any], entry: dict[str, Any]) -> bool | None:
    for param in op.get("parameters") or []:
        p = resolve(spec, param)
        if p.get("name") == entry["parameter"]:
            wanted = entry.get("set") or {}
            if all(p.get(k) == v for k, v in wanted.items()):
                return False
            p.update(copy.deepcopy(wanted))
            return True
    return None


def _override_property(spec: dict[str, Any], op: dict[str, Any], entry: dict[str, Any]) -> bool | None:
    """Replace the named property of the body, or of the object(s) the success answer's data is."""
    roots: list[Any] = []
    if entry.get("in", "body") == "body":
        roots = [media.get("schema") for _ct, media in contents(resolve(spec, op.get("requestBody")))]
    else:
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                for _ct, media in contents(resolve(spec, response)):
                    answer = resolve(spec, media.get("schema"))
                    props = answer.get("properties") if isinstance(answer, dict) else None
                    is_envelope = isinstance(props, dict) and "success" in props and "data" in props
                    roots.append(props["data"] if is_envelope else answer)
    found: bool | None = None
    for node in (n for root in roots for n in _data_objects(spec, root)):
        props = node.get("properties")
        if isinstance(props, dict) and entry["property"] in props:
            current = resolve(spec, props[entry["property"]])
            description = current.get("description") if isinstance(current, dict) else None
            replacement = {
                **copy.deepcopy(entry.get("schema") or {}),
                **({"description": description} if description else {}),
                OVERRIDDEN_KEY: True,  # a model merged from several operations keeps this schema
            }
            found = found or False
            if props[entry["property"]] != replacement:
                props[entry["property"]] = replacement
                found = True
    return found


def _data_objects(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The objects a body or answer's data is: itself, its union variants, its list items."""
    node = resolve(spec, schema)
    if not isinstance(node, dict):
        return []
    out = [node] if isinstance(node.get("properties"), dict) else []
    for key in ("anyOf", "oneOf"):
        for variant in node.get(key) or []:
            out.extend(_data_objects(spec, variant))
    if isinstance(node.get("items"), dict):
        out.extend(_data_objects(spec, node["items"]))
    return out
