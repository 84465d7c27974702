#!/usr/bin/env python3
"""Write the operations reference of the docs site from the descriptors and the description.

One page per section of the API (``docs/operations/<section>.md``) and an index. For every
operation: its import line, method and path, parameters (type, where it goes, optional or
not), body, answer model with its fields, paging style, the scope it runs on, an example call
through the facade, and the documented example answer where the description has one. Read
from the generated descriptors (``altegio_b2b.operation_index``) and the normalised description
the client was generated from (fields, wire names, descriptions, examples), never from the
generated code's source, so regenerating the client regenerates these pages.

Usage: ``python scripts/write_operation_docs.py [OUT_DIR]`` (default ``docs/operations``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from spec_walk import contents, resolve, types_of

ROOT = Path(__file__).resolve().parent.parent
SCOPES = {"chain_id": "chain", "location_id": "location", "company_id": "location", "salon_id": "location"}
BODY_NEED = {(True, False): "", (True, True): "", (False, True): " (required)", (False, False): " (optional)"}
AUTH = {"user": "partner and user token", "partner": "partner token", "none": "none"}
EXAMPLE_VALUES = {"integer": "1", "number": "1.5", "string": '"text"', "boolean": "True", "date": '"2026-01-31"'}


def operation_of(spec: dict[str, Any], entry: Any) -> dict[str, Any]:
    """The operation an index entry describes, in the normalised description."""
    return dict(spec["paths"][entry.path][entry.method.lower()])


def body_schema(spec: dict[str, Any], entry: Any) -> dict[str, Any] | None:
    """The body's schema (resolved; a union's first object variant), or None for an operation without one."""
    if entry.body == "none":
        return None
    media = next(iter(contents(resolve(spec, operation_of(spec, entry).get("requestBody")))), None)
    schema = resolve(spec, media[1].get("schema")) if media else None
    if isinstance(schema, dict) and not object_fields(spec, schema)[0] and "array" not in types_of(schema):
        objects = [v for v in _variants(spec, schema) if object_fields(spec, v)[0]]
        schema = objects[0] if objects else schema
    return schema if isinstance(schema, dict) else None


def object_fields(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    """(properties, required names) of an object schema, its ``allOf`` parts merged; empty for others."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}, set()
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in [*(schema.get("allOf") or []), schema]:
        part = resolve(spec, part)
        if part is not schema:
            more, more_required = object_fields(spec, part)
            properties.update(more)
            required |= more_required
        elif isinstance(part.get("properties"), dict):
            properties.update(part["properties"])
            required |= {str(name) for name in part.get("required") or ()}
    return properties, required


def _variants(spec: dict[str, Any], schema: dict[str, Any]) -> list[Any]:
    return [
        v
        for v in (resolve(spec, v) for key in ("anyOf", "oneOf") for v in schema.get(key) or [])
        if not (isinstance(v, dict) and types_of(v) == ["null"])
    ]


def _nested_object(spec: dict[str, Any], schema: Any) -> tuple[Any, bool]:
    """(the object schema a field holds, whether in a list), or (None, False) for a plain field."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None, False
    variants = _variants(spec, schema)
    if len(variants) == 1:
        return _nested_object(spec, variants[0])
    if "array" in types_of(schema):
        inner, _ = _nested_object(spec, schema.get("items"))
        return inner, inner is not None
    return (schema, False) if object_fields(spec, schema)[0] else (None, False)


def type_text(spec: dict[str, Any], schema: Any) -> str:
    """A short readable JSON type: ``integer``, ``date-time``, ``list of object``, ``enum: a, b``."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or not schema:
        return "any"
    variants = _variants(spec, schema)
    if variants:
        return " or ".join(dict.fromkeys(type_text(spec, v) for v in variants))
    if "enum" in schema:
        values = [json.dumps(v, ensure_ascii=False) for v in schema["enum"]]
        return "enum: " + ", ".join(values[:8]) + (", …" if len(values) > 8 else "")
    types = [t for t in types_of(schema) if t != "null"]
    if "array" in types:
        return f"list of {type_text(spec, schema.get('items'))}"
    if schema.get("format") in ("date", "date-time", "binary"):
        return str(schema["format"])
    if types:
        return " or ".join(types)
    if object_fields(spec, schema)[0]:
        return ref.rsplit("/", 1)[1] if isinstance(ref, str) else "object"
    return "any"


def body_rows(spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> list[str]:
    """Table rows for every field of a body schema, nested objects expanded (``client.phone``)."""
    properties, required = object_fields(spec, schema)
    rows = []
    for name, field in properties.items():
        shown = prefix + name
        description = clean_description(str(resolve(spec, field).get("description") or "")).replace("|", "\\|")
        kind = type_text(spec, field).replace("|", "\\|")
        rows.append(f"| `{shown}` | {kind} | {'yes' if name in required else 'no'} | {description} |")
        nested, in_list = _nested_object(spec, field)
        if nested is not None and depth < 2:
            rows.extend(body_rows(spec, nested, shown + ("[]." if in_list else "."), depth + 1))
    return rows


_SAMPLES = {"integer": 1, "number": 1.5, "string": "text", "boolean": True}
FILE_SAMPLE = b"%PDF-1.4 example file"
_DATES = {"date": "2026-09-21", "date-time": "2026-09-21T10:00:00+03:00"}


def example_body(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """A body a user can send as is: every required field (and, when none is, the first few) with a value."""
    properties, required = object_fields(spec, schema)
    # A body folded from variants documents "Required: a, b; or c, d": the first variant's fields.
    text = " ".join(str(resolve(spec, schema).get("description") or "").split())
    first_variant = re.search(r"Required: ([\w, ]+)[;.]", text)
    named = {n.strip() for n in first_variant.group(1).split(",")} if first_variant else set()
    chosen = [n for n in properties if n in required or n in named] or sorted(
        properties, key=lambda n: not n.endswith("id")
    )[:3]
    return {name: sample(spec, properties[name], depth) for name in chosen}


def sample(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """An example value of a schema's type."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return "text"
    variants = _variants(spec, schema)
    if variants:
        return sample(spec, variants[0], depth)
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("format") in _DATES:
        return _DATES[schema["format"]]
    if schema.get("format") == "binary":
        return FILE_SAMPLE
    types = [t for t in types_of(schema) if t != "null"]
    if "array" in types:
        return [sample(spec, schema.get("items"), depth + 1)] if depth < 3 else []
    if object_fields(spec, schema)[0]:
        return example_body(spec, schema, depth + 1) if depth < 3 else {}
    return next((_SAMPLES[t] for t in types if t in _SAMPLES), "text")


def documented_body(spec: dict[str, Any], entry: Any) -> Any:
    """The JSON body example the description documents for the operation (Altegio's reference), or None."""
    if entry.body != "json":
        return None
    for media_type, media in contents(resolve(spec, operation_of(spec, entry).get("requestBody"))):
        if "json" not in media_type:
            continue
        examples = [media["example"]] if "example" in media else []
        examples += [resolve(spec, e).get("value") for e in (media.get("examples") or {}).values()]
        found = next((e for e in examples if isinstance(e, (dict, list)) and e), None)
        if found is not None:
            return found
    return None


def example_for(spec: dict[str, Any], entry: Any) -> Any:
    """The example body of an operation: Altegio's own where the description has one, else one built
    from the schema (in a list where the body is a list); None without a JSON object body."""
    documented = documented_body(spec, entry)
    if documented is not None:
        return documented
    schema = body_schema(spec, entry)
    if schema is None:
        return None
    target, in_list = _nested_object(spec, schema)
    if target is None:
        return None
    return [example_body(spec, target)] if in_list else example_body(spec, target)


def answer_fields(spec: dict[str, Any], entry: Any) -> list[str]:
    """The wire names of the answer model's fields (the descriptor names the model)."""
    if not entry.model:
        return []
    return list(object_fields(spec, (spec.get("components") or {}).get("schemas", {}).get(entry.model))[0])


def _parameter_schema(spec: dict[str, Any], entry: Any, wire_name: str, where: str) -> Any:
    for param in operation_of(spec, entry).get("parameters") or []:
        p = resolve(spec, param)
        if p.get("name") == wire_name and p.get("in") == where:
            return p.get("schema")
    return None


def _argument(spec: dict[str, Any], entry: Any, p: Any) -> str:
    """An example value for a parameter, as Python source: an enum's first value, else one of its type."""
    if p.type == "enum":
        return repr(sample(spec, _parameter_schema(spec, entry, p.name, p.location)))
    return EXAMPLE_VALUES.get(p.type, "1")


def _python(value: Any) -> str:
    """``value`` as Python source (a body's example, where bytes stand for a file)."""
    return repr(value)


def example_call(spec: dict[str, Any], entry: Any, scope: str) -> str:
    """A call through the facade with every required argument given an example value."""
    module_name = entry.module.rsplit(".", 1)[1]
    section = entry.module.split(".")[2]
    args: list[str] = []
    path = [p for p in entry.parameters if p.location == "path"]
    for index, p in enumerate(path):
        if index == 0 and scope != "none":
            continue
        if p.required:
            args.append(_argument(spec, entry, p))
    for p in entry.parameters:
        if p.location == "query" and p.required:
            args.append(f"{p.python_name}={_argument(spec, entry, p)}")
    example = example_for(spec, entry)
    if example is not None and entry.body_required:
        args.append("body=" + _python(example))
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


def heading(name: str, entry: Any, repeated: bool) -> str:
    """The section heading: the operation's summary (what a reader searches for), its name as the anchor.

    A summary two operations on one page share gets the name after it, so the table of contents
    tells them apart.
    """
    title = entry.summary or name
    if repeated or not entry.summary:
        title = f"{title} ({name})" if entry.summary else name
    return f"## {title} {{#{name}}}"


_LINK = re.compile(r"\[([^\]]+)\]\((?!https?://)[^)]*\)")


def clean_description(text: str) -> str:
    """Altegio's description on one line, its links into Altegio's own pages reduced to their text."""
    return _LINK.sub(r"\1", " ".join(text.split()))


def operation_section(spec: dict[str, Any], name: str, entry: Any, repeated: bool = False) -> str:
    """The Markdown of one operation."""
    op = operation_of(spec, entry)
    first = next((p.python_name for p in entry.parameters if p.location == "path"), "")
    scope = SCOPES.get(first, "none")
    out = [heading(name, entry, repeated), ""]
    out += [f"`{name}`{' **(deprecated)**' if entry.deprecated else ''}", ""]
    description = clean_description(str(op.get("description") or ""))
    if description and description != entry.summary:
        out += [description, ""]
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
    example = example_for(spec, entry)
    if example is not None:
        schema = body_schema(spec, entry)
        out += ["**Body** (a dict with these fields, or the body model the function's signature names):", ""]
        out += ["| field | type | required | description |", "|---|---|---|---|", *body_rows(spec, schema), ""]
        if entry.body == "json":
            out += ["A body you can send:", "", "```json", json.dumps(example, indent=2, ensure_ascii=False), "```", ""]
        else:  # multipart form fields; a file is given as bytes (or a binary file object, or a File)
            out += ["A body you can send (form fields; a file as bytes):", "", "```python", _python(example), "```", ""]
    fields = answer_fields(spec, entry)
    if fields:
        out += [f"**Answer model** `{entry.model}`: " + ", ".join(f"`{f}`" for f in fields[:40])]
        if len(fields) > 40:
            out[-1] += f", and {len(fields) - 40} more"
        out.append("")
    out += ["Example:", "", "```python", example_call(spec, entry, scope), "```", ""]
    documented = documented_example(spec, op)
    if documented is not None:
        out += ["Documented answer:", "", "```json", documented, "```", ""]
    else:
        answer = mock_answer(entry)
        if answer is not None:
            out += [
                "An answer's data (the mock's example, built from the answer model):",
                "",
                "```json",
                answer,
                "```",
                "",
            ]
    return "\n".join(out)


ANSWER_LINES = 40


def mock_answer(entry: Any) -> str | None:
    """The embedded mock's example of an operation's answer data, cut to ``ANSWER_LINES`` lines."""
    import importlib

    from altegio_async.testing._examples import Example, success_type

    if entry.answer not in ("envelope", "bare"):
        return None
    hint = success_type(importlib.import_module(entry.module))
    if hint is None:
        return None
    data = Example((entry.module, "docs")).value(hint, "data")
    if isinstance(data, list):
        data = data[:1]
    lines = json.dumps(data, indent=2, ensure_ascii=False, default=str).splitlines()
    if len(lines) > ANSWER_LINES:
        lines = [*lines[:ANSWER_LINES], "  …"]
    return "\n".join(lines)


def documented_example(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    """The example answer the description documents for the success status, if any."""
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        for _type, media in contents(resolve(spec, response)):
            examples = [media["example"]] if "example" in media else []
            examples += [resolve(spec, e).get("value") for e in (media.get("examples") or {}).values()]
            found = next((e for e in examples if e is not None), None)
            if found is not None:
                return json.dumps(found, indent=2, ensure_ascii=False)
    return None


def main(argv: list[str] | None = None) -> int:
    """Write the pages; print how many."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "docs" / "operations"
    from altegio_codegen.pipeline import normalised_description

    from altegio_b2b.operation_index import OPERATIONS

    spec = normalised_description()

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
        # The page is titled by its module path, the section's name follows as text: Material's search
        # ranks a page whose title matches a query word above every section of the site, so a title
        # made of operation words ("Subscriptions certificates") would outrank the operation a reader
        # searches for ("certificate types", the section "List certificate types").
        page = [f"# altegio_b2b.api.{section}", "", f"**{title}**: {len(names)} operations.", ""]
        summaries = [OPERATIONS[name].summary for name in names]
        page += [
            operation_section(spec, name, OPERATIONS[name], summaries.count(OPERATIONS[name].summary) > 1)
            for name in names
        ]
        (out / f"{section}.md").write_text("\n".join(page), encoding="utf-8")
    (out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"operations reference: {len(OPERATIONS)} operations on {len(by_section)} pages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
