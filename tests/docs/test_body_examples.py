"""Every operation page's body table and example body, checked against the generated client."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
import write_operation_docs as docs
from altegio_codegen.pipeline import normalised_description

from altegio_async._operations import describe, prepare_arguments
from altegio_b2b.operation_index import OPERATIONS


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return normalised_description()


def test_every_example_body_is_accepted_by_its_operation(spec: dict[str, Any]) -> None:
    checked = 0
    for name, entry in sorted(OPERATIONS.items()):
        body = docs.example_for(spec, entry) if entry.body == "json" else None  # multipart: the examples test
        if body is None:
            continue
        module = importlib.import_module(entry.module)
        info = describe(module)
        args = {p.python_name: 1 for p in entry.parameters if p.required and p.type in ("integer", "number")}
        args.update({p.python_name: "x" for p in entry.parameters if p.required and p.type == "string"})
        args.update({p.python_name: "2026-09-21" for p in entry.parameters if p.required and p.type == "date"})
        request = module.build_request(**prepare_arguments(info, (), {**args, "body": body}))
        sent = request.get("json")
        if isinstance(body, list):
            assert isinstance(sent, list) and len(sent) == 1, name
            body, sent = body[0], sent[0]
        assert isinstance(sent, dict), name
        assert set(body) <= set(sent), f"{name}: the example body lost {set(body) - set(sent)}"
        checked += 1
    assert checked >= 60


def test_the_create_appointment_page_lists_every_body_field(spec: dict[str, Any]) -> None:
    entry = OPERATIONS["create_appointment"]
    rows = docs.body_rows(spec, docs.body_schema(spec, entry))
    fields = {row.split("`")[1] for row in rows}
    assert {"staff_id", "services", "client", "datetime", "seance_length", "activity_id", "client.phone"} <= fields
    assert {"services[].id", "services[].cost"} <= fields
    assert any(row.startswith("| `datetime` | date-time | no | Date and time of appointment") for row in rows)
    example = docs.example_for(spec, entry)
    assert {"staff_id", "services", "client", "datetime", "seance_length"} <= set(example)


def test_wire_names_that_are_python_keywords_keep_their_wire_spelling(spec: dict[str, Any]) -> None:
    # The table shows what goes on the wire: a field the model calls ``datetime_`` or ``type_`` is
    # listed under its JSON name, and the example body uses that name.
    renamed = 0
    for entry in OPERATIONS.values():
        schema = docs.body_schema(spec, entry)
        if schema is None:
            continue
        fields = {row.split("`")[1] for row in docs.body_rows(spec, schema)}
        assert not any(f.endswith("_") and f[:-1] in fields for f in fields)
        renamed += any(f in ("type", "datetime", "from", "class") for f in fields)
    assert renamed > 0
