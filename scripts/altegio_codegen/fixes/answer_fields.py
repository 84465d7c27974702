"""Fields of success answers are optional."""

from __future__ import annotations

from typing import Any

from spec_walk import (
    _SCHEMA_CHILD_LISTS,
    _SCHEMA_CHILD_MAPS,
    _SCHEMA_CHILDREN,
    contents,
    label,
    operations,
    resolve,
)

from altegio_async.rules import is_envelope_schema

from ._shared import Report


def optional_answer_fields(spec: dict[str, Any]) -> Report:
    """Treat fields of success answers as optional (the envelope's own keep their ``required``).

    Altegio's examples omit fields its schemas call required; a required field that is
    missing would make the whole answer unreadable, where an absent optional field is ``UNSET``.
    """
    report = []
    seen: set[int] = set()

    def relax(node: Any, where: str) -> None:
        node = resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node.get("required"), list) and node["required"] and not is_envelope_schema(node):
            report.append(f"{where}: required {node['required']} made optional")
            del node["required"]
        for key in _SCHEMA_CHILD_MAPS:
            for name, child in (node.get(key) or {}).items():
                relax(child, f"{where}/{name}")
        for key in _SCHEMA_CHILD_LISTS:
            for i, child in enumerate(node.get(key) or []):
                relax(child, f"{where}/{key}/{i}")
        for key in _SCHEMA_CHILDREN:
            relax(node.get(key), f"{where}/{key}")

    for path, method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                for _content_type, media in contents(resolve(spec, response)):
                    relax(media.get("schema"), f"{label(path, method)} {status}")
    return report
