"""Every operation page's body table and example body, checked against the generated client."""

from __future__ import annotations

import importlib

import write_operation_docs as docs

from altegio_async._operations import describe, prepare_arguments
from altegio_b2b.operation_index import OPERATIONS


def test_every_example_body_is_accepted_by_its_operation() -> None:
    checked = 0
    for name, entry in sorted(OPERATIONS.items()):
        if entry.body != "json":
            continue
        module = importlib.import_module(entry.module)
        model = docs.body_model(module)
        if model is None:
            continue
        body = docs.example_for(module)
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


def test_the_create_appointment_page_lists_every_body_field() -> None:
    from altegio_b2b.api.appointments import create_appointment

    model = docs.body_model(create_appointment)
    rows = docs.body_rows(model)
    fields = {row.split("`")[1] for row in rows}
    assert {"staff_id", "services", "client", "datetime", "seance_length", "activity_id", "client.phone"} <= fields
    assert any(row.startswith("| `datetime` | datetime | no | Date and time of appointment") for row in rows)
    example = docs.example_body(model)
    assert {"staff_id", "services", "client", "datetime", "seance_length"} <= set(example)
