#!/usr/bin/env python3
"""Write the operations reference of the docs site from the generated client.

One page per section of the API (``docs/operations/<section>.md``) and an index. For every
operation: its import line, method and path, parameters (type, where it goes, optional or
not), body, answer model with its fields, paging style, the scope it runs on, an example call
through the facade, and the documented example answer where the description has one. Read
from the generated descriptors (``altegio_b2b.operation_index``) and models, so regenerating
the client regenerates these pages.

Usage: ``python scripts/write_operation_docs.py [OUT_DIR]`` (default ``docs/operations``).
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import re
import sys
import typing
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCOPES = {"chain_id": "chain", "location_id": "location", "company_id": "location", "salon_id": "location"}
BODY_NEED = {(True, False): "", (True, True): "", (False, True): " (required)", (False, False): " (optional)"}
AUTH = {"user": "partner and user token", "partner": "partner token", "none": "none"}
EXAMPLE_VALUES = {"integer": "1", "number": "1.5", "string": '"text"', "boolean": "True", "date": '"2026-01-31"'}


def type_name(hint: Any) -> str:
    """A short readable form of a type annotation (``list[CertificateType] | None``)."""
    text = str(hint).replace("typing.", "").replace("NoneType", "None")
    for prefix in ("altegio_b2b.models.", "altegio_b2b.types.", "altegio_async.runtime.", "datetime."):
        while prefix in text:
            start = text.index(prefix)
            end = start + len(prefix)
            dot = text.find(".", end)
            stop = min([i for i in (text.find(c, end) for c in " ,[]|") if i != -1] or [len(text)])
            text = text[:start] + (text[dot + 1 : stop] if -1 < dot < stop else text[end:stop]) + text[stop:]
    return text.replace("<class '", "").replace("'>", "")


def hints_of(model: Any) -> dict[str, Any]:
    """The model's field annotations, resolved."""
    from altegio_async._operations import model_annotations

    return model_annotations(model)


def model_fields(model: Any) -> list[tuple[str, str]]:
    """(field, type) of an attrs model, in declaration order."""
    hints = hints_of(model)
    fields = getattr(model, "__attrs_attrs__", ())
    return [(f.name, type_name(hints.get(f.name, Any))) for f in fields if f.name != "additional_properties"]


_ATTRIBUTE = re.compile(r"^ {8,12}(\w+) \(([^)]*(?:\([^)]*\))?[^)]*)\): ?(.*)$")
_WIRE = re.compile(r'(?:field_dict\["([^"]+)"\] = |"([^"]+)": )(\w+)')


def field_descriptions(model: Any) -> dict[str, str]:
    """Field → its documented description, read from the generated model's docstring."""
    doc = inspect.getdoc(model) or ""
    if "Attributes:" not in doc:
        return {}
    out: dict[str, str] = {}
    current, indent = "", None
    for line in doc.split("Attributes:", 1)[1].splitlines():
        depth = len(line) - len(line.lstrip())
        match = _ATTRIBUTE.match(" " * 8 + line.strip())
        if match and (indent is None or depth <= indent):
            indent = depth
            current = match.group(1)
            out[current] = match.group(3).strip()
        elif current and line.strip():
            out[current] += " " + line.strip()
    return out


def wire_names(model: Any) -> dict[str, str]:
    """Field → the name it has on the wire (``datetime_`` → ``datetime``), from the model's ``to_dict``."""
    try:
        source = inspect.getsource(model.to_dict)
    except (OSError, TypeError):
        return {}
    return {python: a or b for a, b, python in _WIRE.findall(source)}


def _models_in(hint: Any) -> list[Any]:
    found = []
    for arg in (hint, *typing.get_args(hint)):
        if isinstance(arg, type) and hasattr(arg, "__attrs_attrs__"):
            found.append(arg)
        elif typing.get_origin(arg) is list:
            found.extend(_models_in(typing.get_args(arg)[0]) if typing.get_args(arg) else [])
    return found


def body_rows(model: Any, prefix: str = "", depth: int = 0) -> list[str]:
    """Table rows for every field of a body model, nested objects expanded (``client.phone``)."""
    from attrs import NOTHING

    hints, docs, wire = hints_of(model), field_descriptions(model), wire_names(model)
    rows = []
    for field in getattr(model, "__attrs_attrs__", ()):
        if field.name == "additional_properties":
            continue
        hint = hints.get(field.name, Any)
        name = prefix + wire.get(field.name, field.name)
        required = "yes" if field.default is NOTHING else "no"
        description = " ".join(docs.get(field.name, "").replace("|", "\\|").split())
        shown = type_name(hint).replace(" | Unset", "").replace("|", "\\|")
        rows.append(f"| `{name}` | {shown} | {required} | {description} |")
        if depth < 2:
            for nested in _models_in(hint):
                rows.extend(body_rows(nested, name + ("[]." if "list[" in str(hint) else "."), depth + 1))
    return rows


_SAMPLES: dict[Any, Any] = {
    int: 1,
    float: 1.5,
    str: "text",
    bool: True,
    datetime.datetime: "2026-09-21T10:00:00+03:00",
    datetime.date: "2026-09-21",
}


def example_body(model: Any, depth: int = 0) -> dict[str, Any]:
    """A body a user can send as is: every required field (and, when none is, the first few) with a value."""
    from attrs import NOTHING

    hints, wire = hints_of(model), wire_names(model)
    fields = [f for f in getattr(model, "__attrs_attrs__", ()) if f.name != "additional_properties"]
    # A body folded from variants documents "Required: a, b; or c, d": the first variant's fields.
    first_variant = re.search(r"Required: ([\w, ]+)[;.]", " ".join((inspect.getdoc(model) or "").split()))
    named = {n.strip() for n in first_variant.group(1).split(",")} if first_variant else set()
    chosen = [f for f in fields if f.default is NOTHING or wire.get(f.name, f.name) in named] or sorted(
        fields, key=lambda f: not f.name.endswith("id")
    )[:3]
    return {wire.get(f.name, f.name): _sample(hints.get(f.name, Any), depth) for f in chosen}


def _sample(hint: Any, depth: int) -> Any:
    options = [
        a for a in (typing.get_args(hint) or (hint,)) if a is not type(None) and getattr(a, "__name__", "") != "Unset"
    ]
    for option in options:
        if option in _SAMPLES:
            return _SAMPLES[option]
        if typing.get_origin(option) is list:
            inner = typing.get_args(option)
            return [_sample(inner[0], depth + 1)] if inner and depth < 3 else []
        if isinstance(option, type) and hasattr(option, "__attrs_attrs__"):
            return example_body(option, depth + 1) if depth < 3 else {}
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return next(iter(option)).value
    return "text"


def body_model(module: Any) -> Any:
    """The JSON body's model of an operation (the first, for a union of bodies), or None."""
    hint = typing.get_type_hints(module.build_request).get("body")
    models = _models_in(hint) if hint is not None else []
    return models[0] if models else None


def example_for(module: Any) -> Any:
    """The example body of an operation: the model's example, in a list where the body is a list."""
    hint = typing.get_type_hints(module.build_request).get("body")
    model = body_model(module)
    if model is None:
        return None
    is_list = any(typing.get_origin(a) is list for a in (hint, *typing.get_args(hint)))
    return [example_body(model)] if is_list else example_body(model)


def answer_model(module: Any, entry: Any) -> Any:
    """The model class the answer's data is built into (the descriptor names it), if there is one."""
    if not entry.model:
        return None
    import altegio_b2b.models

    return getattr(altegio_b2b.models, entry.model, None)


def example_call(name: str, entry: Any, scope: str) -> str:
    """A call through the facade with every required argument given an example value."""
    module_name = entry.module.rsplit(".", 1)[1]
    section = entry.module.split(".")[2]
    args: list[str] = []
    path = [p for p in entry.parameters if p.location == "path"]
    for index, p in enumerate(path):
        if index == 0 and scope != "none":
            continue
        if p.required:
            args.append(EXAMPLE_VALUES.get(p.type, "1"))
    for p in entry.parameters:
        if p.location == "query" and p.required:
            args.append(f"{p.python_name}={EXAMPLE_VALUES.get(p.type, '...')}")
    model = body_model(importlib.import_module(entry.module)) if entry.body == "json" else None
    if model is not None and entry.body_required:
        example = example_for(importlib.import_module(entry.module))
        args.append("body=" + json.dumps(example, ensure_ascii=False).replace("true", "True"))
    elif entry.body != "none" and entry.body_required:
        args.append("body=...")
    target = {"chain": "altegio.chain(706028)", "location": "altegio.location(720441)"}.get(scope, "altegio")
    call = "paginate" if entry.paging else "call"
    joined = ", ".join([module_name, *args])
    lines = [f"from altegio_b2b.api.{section} import {module_name}", ""]
    if entry.paging:
        lines.append(f"async for item in {target}.paginate({joined}):")
        lines.append("    print(item)")
    else:
        lines.append(f"data = await {target}.{call}({joined})")
    return "\n".join(lines)


def operation_section(name: str, entry: Any) -> str:
    """The Markdown of one operation."""
    module = importlib.import_module(entry.module)
    first = next((p.python_name for p in entry.parameters if p.location == "path"), "")
    scope = SCOPES.get(first, "none")
    out = [f"## `{name}`", ""]
    if entry.summary:
        out += [f"{entry.summary}{' **(deprecated)**' if entry.deprecated else ''}", ""]
    doc = (module.asyncio.__doc__ or "").strip().split("\n\n")
    description = doc[1].strip() if len(doc) > 1 and not doc[1].strip().startswith("Args:") else ""
    if description:
        out += [" ".join(description.split()), ""]
    out += [
        f"`{entry.method} {entry.path}`",
        "",
        "```python",
        f"from altegio_b2b.api.{entry.module.split('.')[2]} import {entry.module.rsplit('.', 1)[1]}",
        "```",
        "",
        f"- **Auth**: {AUTH[entry.auth]}",
        f"- **Scope**: {'`altegio.' + scope + '(id)`' if scope != 'none' else 'none (pass every id)'}",
        f"- **Paging**: {entry.paging or 'not paged'}",
        f"- **Body**: {entry.body}{BODY_NEED[entry.body == 'none', entry.body_required]}",
        f"- **Answer**: {entry.answer}, data {entry.data}{' of ' + entry.items if entry.items else ''}",
        "",
    ]
    if entry.parameters:
        out += ["| parameter | type | in | required |", "|---|---|---|---|"]
        for p in entry.parameters:
            wire = f" (`{p.name}`)" if p.name != p.python_name else ""
            out.append(f"| `{p.python_name}`{wire} | {p.type} | {p.location} | {'yes' if p.required else 'no'} |")
        out.append("")
    body = body_model(module) if entry.body == "json" else None
    if body is not None:
        out += [f"**Body** `{body.__name__}` (a dict with these fields, or the model):", ""]
        out += ["| field | type | required | description |", "|---|---|---|---|", *body_rows(body), ""]
        out += [
            "A body you can send:",
            "",
            "```json",
            json.dumps(example_for(module), indent=2, ensure_ascii=False),
            "```",
            "",
        ]
    model = answer_model(module, entry)
    if model is not None:
        fields = model_fields(model)
        out += [f"**Answer model** `{model.__name__}`: " + ", ".join(f"`{f}`" for f, _ in fields[:40])]
        if len(fields) > 40:
            out[-1] += f", and {len(fields) - 40} more"
        out.append("")
    out += ["Example:", "", "```python", example_call(name, entry, scope), "```", ""]
    example = documented_example(module)
    if example is not None:
        out += ["Documented answer:", "", "```json", example, "```", ""]
    return "\n".join(out)


def documented_example(module: Any) -> str | None:
    """The example answer the description documents (kept in the generated docstring), if any."""
    doc = module.asyncio.__doc__ or ""
    marker = "Example:"
    if marker not in doc:
        return None
    text = doc.split(marker, 1)[1].strip().split("\n\n", 1)[0]
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    """Write the pages; print how many."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "docs" / "operations"
    from altegio_b2b.operation_index import OPERATIONS

    by_section: dict[str, list[str]] = defaultdict(list)
    for name, entry in sorted(OPERATIONS.items()):
        by_section[entry.module.split(".")[2]].append(name)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.md"):
        old.unlink()
    index = ["# Operations", "", f"{len(OPERATIONS)} operations in {len(by_section)} sections.", ""]
    for section, names in sorted(by_section.items()):
        title = section.replace("_", " ").capitalize()
        index.append(f"- [{title}]({section}.md): {len(names)} operations")
        page = [f"# {title}", "", f"Module: `altegio_b2b.api.{section}`", ""]
        page += [operation_section(name, OPERATIONS[name]) for name in names]
        (out / f"{section}.md").write_text("\n".join(page), encoding="utf-8")
    (out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"operations reference: {len(OPERATIONS)} operations on {len(by_section)} pages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
