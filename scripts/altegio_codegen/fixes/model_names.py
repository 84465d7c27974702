"""Generated class names that are unique: a nested model never takes another's name."""

from __future__ import annotations

from typing import Any

from ._shared import Report


def _class_name(parent: str, name: str, schema: dict[str, Any]) -> str:
    from openapi_python_client.strings import pascal_case

    return f"{pascal_case(parent)}{pascal_case(str(schema.get('title') or name))}"


def _needs_class(schema: Any) -> bool:
    """Whether the generator makes a class of an inline schema (an object with fields, or an enum)."""
    return isinstance(schema, dict) and "$ref" not in schema and (bool(schema.get("properties")) or "enum" in schema)


def unique_model_names(spec: dict[str, Any]) -> Report:
    """Give a ``title`` to an inline schema whose generated class name another schema already has.

    The generator names an inline object ``{Parent}{Property}`` (list items ``…Item``, union
    variants ``…Type0``), which can repeat a component's name or another inline one
    (``Abonement.type.balance_container`` and ``AbonementType.balance_container``). The
    component keeps its name; the inline schema found later, in name order, is titled
    ``{Property}Field`` (a name that says where it is, not what fields it has).
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    taken = set(schemas)
    report: Report = []

    def visit(parent: str, name: str, schema: Any) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        own = parent
        if _needs_class(schema):
            own = _class_name(parent, name, schema)
            if own in taken:
                schema["title"] = f"{name}_field"
                own = _class_name(parent, name, schema)
                report.append(f"{parent}.{name}: titled {schema['title']} ({own}), its name was taken")
            taken.add(own)
        children(own if _needs_class(schema) else parent, name, schema, nested=_needs_class(schema))

    def children(parent: str, name: str, schema: dict[str, Any], nested: bool) -> None:
        if nested:
            for prop, sub in (schema.get("properties") or {}).items():
                visit(parent, prop, sub)
        if isinstance(schema.get("items"), dict):
            visit(parent, f"{name}_item", schema["items"])
        for i, variant in enumerate([*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]):
            if isinstance(variant, dict) and variant.get("title") and variant.get("title") != schema.get("title"):
                visit(parent, f"{name}_{variant['title']}", {k: v for k, v in variant.items() if k != "title"})
            else:
                visit(parent, f"{name}_type_{i}", variant)

    for component in sorted(schemas):
        schema = schemas[component]
        if isinstance(schema, dict):
            children(component, component, schema, nested=True)
    return report
