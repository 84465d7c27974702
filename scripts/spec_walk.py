"""Walking an OpenAPI description: its operations, every schema in it, local ``$ref``s, names.

Shared by the normaliser, its fixes and the scripts that read the normalised description.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_CHILD_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_SCHEMA_CHILD_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_CHILDREN = ("items", "additionalProperties", "not", "contains")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation of the spec."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def label(path: str, method: str) -> str:
    """How the report names an operation."""
    return f"{method.upper()} {path}"


def walk_schemas(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (location, schema) for every schema below ``node``, parents before children."""
    if not isinstance(node, dict):
        return
    yield where, node
    for key in _SCHEMA_CHILD_MAPS:
        children = node.get(key)
        if isinstance(children, dict):
            for name, child in children.items():
                yield from walk_schemas(child, f"{where}/{key}/{name}")
    for key in _SCHEMA_CHILD_LISTS:
        children = node.get(key)
        if isinstance(children, list):
            for i, child in enumerate(children):
                yield from walk_schemas(child, f"{where}/{key}/{i}")
    for key in _SCHEMA_CHILDREN:
        if isinstance(node.get(key), dict):
            yield from walk_schemas(node[key], f"{where}/{key}")


def all_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema of the spec: components, parameters, bodies and responses."""
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        yield from walk_schemas(schema, f"#/components/schemas/{name}")
    for name, param in ((spec.get("components") or {}).get("parameters") or {}).items():
        yield from walk_schemas(param.get("schema"), f"#/components/parameters/{name}")
    for path, method, op in operations(spec):
        where = label(path, method)
        for param in op.get("parameters") or []:
            if isinstance(param, dict):
                yield from walk_schemas(param.get("schema"), f"{where} param {param.get('name')}")
        for content_type, media in contents(op.get("requestBody")):
            yield from walk_schemas(media.get("schema"), f"{where} body {content_type}")
        for status, response in (op.get("responses") or {}).items():
            for content_type, media in contents(response):
                yield from walk_schemas(media.get("schema"), f"{where} {status} {content_type}")


def contents(holder: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
        for content_type, media in holder["content"].items():
            if isinstance(media, dict):
                yield content_type, media


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (``#/a/b``) to what it names; other nodes come back as they are."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
        if target is None or seen > 20:
            return node
        node, seen = target, seen + 1
    return node


def python_name(name: str) -> str:
    """The snake_case identifier the generator derives from a wire name: the generator's own function.

    One rule for every stage (operation ids, colliding properties, descriptors), so a name the
    normaliser decides is the name the generated code has (``v2Items`` → ``v_2_items``).
    """
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


def types_of(schema: Any) -> list[str]:
    """The JSON types a schema declares, as a list (``type: x`` and ``type: [x, "null"]`` alike)."""
    if not isinstance(schema, dict):
        return []
    declared = schema.get("type")
    return list(declared) if isinstance(declared, list) else [declared] if isinstance(declared, str) else []
