"""Of properties sharing a Python name, keep one."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    all_schemas,
    python_name,
)

from ._shared import Report


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
