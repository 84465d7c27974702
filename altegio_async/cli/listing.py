"""What the CLI prints about operations: the list (``ops``) and one operation (``describe``).

Both read the generated descriptors (``altegio_b2b.operation_index``); both print plain lines
when the output is not a terminal (so ``grep`` works) and JSON with ``--json``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .terminal import json_text, safe

__all__ = ["describe_lines", "describe_record", "operation_rows", "print_describe", "print_ops"]


def operation_rows(tag: str | None, search: str | None) -> list[dict[str, Any]]:
    """One dict per operation matching the filters, sorted by name."""
    from altegio_b2b.operation_index import OPERATIONS

    rows = []
    for name, entry in sorted(OPERATIONS.items()):
        section = entry.module.split(".")[2]
        text = f"{name} {entry.path} {entry.summary}".lower()
        if (tag and section != tag) or (search and search.lower() not in text):
            continue
        rows.append(
            {
                "operation": name,
                "section": section,
                "method": entry.method,
                "path": entry.path,
                "summary": entry.summary,
                "deprecated": entry.deprecated,
            }
        )
    return rows


def print_ops(console: Console, rows: list[dict[str, Any]], *, as_json: bool) -> None:
    """The list: JSON, plain tab-separated lines (not a terminal), or a table (a terminal)."""
    if as_json:
        console.print_json(json_text(rows))
        return
    if not console.is_terminal:
        for row in rows:
            summary = row["summary"] + (" (deprecated)" if row["deprecated"] else "")
            # Written as is: rich would expand the tabs that make the lines easy to cut and grep.
            console.file.write(
                "\t".join(safe(v) for v in (row["operation"], row["method"], row["path"], summary)) + "\n"
            )
        return
    table = Table(title="Altegio B2B v1 operations")
    table.add_column("operation", no_wrap=True)
    table.add_column("method")
    table.add_column("path", overflow="fold")
    table.add_column("summary")
    for row in rows:
        table.add_row(  # Text cells: a bracket in a summary is text, not markup
            Text(safe(row["operation"])),
            Text(row["method"]),
            Text(safe(row["path"])),
            Text(safe(row["summary"] + (" (deprecated)" if row["deprecated"] else ""))),
        )
    console.print(table)
    console.print(f"{len(rows)} operation(s)")


def describe_record(name: str) -> dict[str, Any]:
    """Everything the descriptor says about one operation, as plain data."""
    from altegio_b2b.operation_index import OPERATIONS

    entry = OPERATIONS[name]
    section, module_name = entry.module.split(".")[2], entry.module.rsplit(".", 1)[1]
    first = next((p.python_name for p in entry.parameters if p.location == "path"), None)
    scope = {"chain_id": "chain", "location_id": "location", "company_id": "location", "salon_id": "location"}
    return {
        "operation": name,
        "import": f"from altegio_b2b.api.{section} import {module_name}",
        "method": entry.method,
        "path": entry.path,
        "summary": entry.summary,
        "auth": entry.auth,
        "deprecated": entry.deprecated,
        "scope": scope.get(first or "", "none"),
        "parameters": [dataclasses.asdict(p) for p in entry.parameters],
        "body": {"kind": entry.body, "required": entry.body_required, "fields": body_fields(entry.module)},
        "answer": {
            "kind": entry.answer,
            "data": entry.data,
            "items": entry.items,
            "model": entry.model,
        },
        "paging": entry.paging or "not paged",
    }


def body_fields(module_name: str, depth: int = 1) -> list[dict[str, Any]]:
    """The body model's fields as the wire names them (nested objects one level down: ``client.phone``)."""
    import importlib

    from .._operations import describe

    info = describe(importlib.import_module(module_name))
    models = _models_in(info.hints.get("body"))
    return _fields_of(models[0], "", depth) if models else []


def _models_in(hint: Any) -> list[type]:
    import typing

    found: list[type] = []
    for arg in (hint, *typing.get_args(hint)):
        if isinstance(arg, type) and hasattr(arg, "__attrs_attrs__"):
            found.append(arg)
        elif typing.get_origin(arg) is list:
            found.extend(_models_in(typing.get_args(arg)[0]) if typing.get_args(arg) else [])
    return found


def _fields_of(model: type, prefix: str, depth: int) -> list[dict[str, Any]]:
    from attrs import NOTHING

    from .._operations import model_annotations

    hints = model_annotations(model)
    wire: dict[str, str] = dict(getattr(model, "WIRE_NAMES", {}))
    out: list[dict[str, Any]] = []
    for field in getattr(model, "__attrs_attrs__", ()):
        if field.name == "additional_properties":
            continue
        hint = hints.get(field.name, Any)
        name = prefix + wire.get(field.name, field.name)
        shown = _type_text(hint)
        out.append({"name": name, "type": shown, "required": field.default is NOTHING})
        if depth > 0:
            for nested in _models_in(hint):
                out.extend(_fields_of(nested, name + ("[]." if "list[" in shown else "."), depth - 1))
    return out


def _type_text(hint: Any) -> str:
    """``str | None`` for ``typing.Union[str, NoneType, altegio_b2b.types.Unset]``: dotted paths cut to names."""
    import re

    text = re.sub(r"<class '([\w.]+)'>", r"\1", str(hint).replace("typing.", "").replace("NoneType", "None"))
    text = re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", text)
    return text.replace(" | Unset", "")


def describe_lines(record: dict[str, Any]) -> list[str]:
    """The record as readable lines."""
    lines = [
        f"{record['operation']}: {record['summary']}{' (deprecated)' if record['deprecated'] else ''}",
        f"  {record['method']} {record['path']}   (auth: {record['auth']}, scope: {record['scope']})",
        f"  {record['import']}",
        "  parameters:" if record["parameters"] else "  parameters: none",
    ]
    for p in record["parameters"]:
        needed = "required" if p["required"] else "optional"
        wire = f" (sent as {p['name']})" if p["name"] != p["python_name"] else ""
        lines.append(f"    {p['python_name']}: {p['type']}, {p['location']}, {needed}{wire}")
    body = record["body"]
    lines.append(
        f"  body: {body['kind']}{', required' if body['required'] else ', optional' if body['kind'] != 'none' else ''}"
    )
    for field in body["fields"]:
        lines.append(f"    {field['name']}: {field['type']}, {'required' if field['required'] else 'optional'}")
    answer = record["answer"]
    shape = answer["data"] + (f" of {answer['items']}" if answer["items"] else "")
    model = f", model {answer['model']}" if answer["model"] else ""
    lines.append(f"  answer: {answer['kind']}, data {shape}{model}")
    lines.append(f"  paging: {record['paging']}")
    return lines


def print_describe(console: Console, name: str, *, as_json: bool) -> None:
    """One operation: JSON or readable lines."""
    record = describe_record(name)
    if as_json:
        console.print_json(json_text(record))
        return
    for line in describe_lines(record):
        console.out(safe(line), highlight=False)
