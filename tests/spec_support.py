"""Test helpers driven by the API description: the normalised spec, example values, and the
conversion of example JSON into the Python arguments a generated operation takes."""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import io
import pkgutil
import types
import typing
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dateutil.parser import isoparse
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parent.parent
CATALOG_IMPORT = ROOT / "openapi" / "altegio-b2b-v1.yaml"

import normalize_spec  # noqa: E402
import spec_walk  # noqa: E402
from altegio_codegen.pipeline import recorded_source  # noqa: E402
from spec_io import load_spec  # noqa: E402

from altegio_b2b.types import File, Unset  # noqa: E402

SPEC_PATH = recorded_source()
"""What the committed client was generated from: the kept upstream file when there is one, else the catalog import."""

EXAMPLE_DATE = "2026-01-02"
EXAMPLE_DATETIME = "2026-01-02T03:04:05+00:00"
# A path value that must be escaped: a slash, a space, a query and a fragment marker, unicode.
AWKWARD_PATH_VALUE = "a b/c?d#é"


@functools.cache
def normalized_spec() -> dict[str, Any]:
    """The recorded source after the normaliser, as the generator saw it."""
    spec = load_spec(SPEC_PATH)
    normalize_spec.normalize(spec)
    return spec


@functools.cache
def operation_index() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId → (path, method, operation) for the normalised spec."""
    return {op["operationId"]: (path, method, op) for path, method, op in spec_walk.operations(normalized_spec())}


@functools.cache
def catalog_operation_index() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId → (path, method, operation) for the catalog import, normalised (what the seeds were checked on)."""
    spec = load_spec(CATALOG_IMPORT)
    normalize_spec.normalize(spec)
    return {op["operationId"]: (path, method, op) for path, method, op in spec_walk.operations(spec)}


@functools.cache
def operation_modules() -> dict[str, types.ModuleType]:
    """operationId → generated endpoint module, found by walking ``altegio_b2b.api``."""
    import altegio_b2b.api

    found = {}
    for info in pkgutil.walk_packages(altegio_b2b.api.__path__, "altegio_b2b.api."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[1]] = importlib.import_module(info.name)
    return found


def resolve(schema: Any) -> Any:
    """Follow ``$ref`` in the normalised spec."""
    return spec_walk.resolve(normalized_spec(), schema)


def example(schema: Any, name: str = "", depth: int = 0) -> Any:
    """A deterministic JSON value that satisfies ``schema``."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            variants = [v for v in schema[key] if resolve(v).get("type") != "null"]
            return example(variants[0] if variants else schema[key][0], name, depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, name, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if own.get("properties"):
            merged.update(example(own, name, depth + 1))
        return merged
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), "null")
    if declared is None:
        declared = "object" if "properties" in schema else "array" if "items" in schema else None
    if declared == "object":
        props = schema.get("properties") or {}
        if props:
            return {key: example(sub, key, depth + 1) for key, sub in props.items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return {"extra": example(extra, "extra", depth + 1)}
        return {"extra": "value"} if extra is True else {}
    if declared == "array":
        return [example(schema.get("items") or {}, name, depth + 1)]
    if declared == "string" and schema.get("format") == "binary":
        return b"file-content"  # only multipart bodies declare binary strings
    if declared == "string":
        return {
            "date": EXAMPLE_DATE,
            "date-time": EXAMPLE_DATETIME,
            "email": "client@example.com",
        }.get(schema.get("format", ""), f"{name or 'text'}-value")
    if declared == "integer":
        return 7
    if declared == "number":
        return 1.5
    if declared == "boolean":
        return True
    if declared == "null":
        return None
    return "any-value"


def to_python(value: Any, hint: Any) -> Any:
    """Convert example JSON into the Python value a generated signature declares."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        candidates = [a for a in typing.get_args(hint) if a not in (Unset, type(None))]
        for candidate in candidates:
            try:
                return to_python(value, candidate)
            except (TypeError, ValueError):
                continue
        return value
    if origin is list:
        if not isinstance(value, list):
            raise TypeError("not a list")
        (item_hint,) = typing.get_args(hint)
        return [to_python(item, item_hint) for item in value]
    if not isinstance(hint, type):
        return value
    if issubclass(hint, enum.Enum):
        return hint(value)
    if hint is datetime.datetime:
        if not isinstance(value, str):
            raise TypeError("not a string")
        return isoparse(value)
    if hint is datetime.date:
        if not isinstance(value, str):
            raise TypeError("not a string")
        return datetime.date.fromisoformat(value)
    if hint is File:
        return File(payload=io.BytesIO(str(value).encode()), file_name="upload.bin", mime_type="image/png")
    if hasattr(hint, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return hint.from_dict(value)
    if hint in (int, float, str, bool):
        if not isinstance(value, hint) and not (hint is float and isinstance(value, int)):
            raise TypeError(f"not a {hint.__name__}")
        return value
    return value


def php_query(name: str, value: Any) -> list[tuple[str, str]]:
    """What the query string should carry for one parameter, by the client's PHP-style rule."""

    def text(v: Any) -> str:
        if isinstance(v, bool):
            return "1" if v else "0"
        return str(v)

    if isinstance(value, list):
        key = name if name.endswith("]") else f"{name}[]"
        return [(key, text(v)) for v in value]
    return [(name, text(value))]


def python_name(wire_name: str) -> str:
    """The argument name the generator gives a parameter."""
    return str(PythonIdentifier(wire_name, prefix="field_"))


def build_call(op_id: str) -> tuple[dict[str, Any], str, list[tuple[str, str]], Any]:
    """Arguments for the operation, and the path, query items and body the request must carry."""
    path, _method, op = operation_index()[op_id]
    module = operation_modules()[op_id]
    hints = typing.get_type_hints(module.build_request)
    kwargs: dict[str, Any] = {}
    expected_path = path
    expected_query: list[tuple[str, str]] = []
    for param in op.get("parameters") or []:
        param = resolve(param)
        name = python_name(param["name"])
        if name not in hints:  # the generator suffixes a name that two locations share
            name = f"{name}_{param['in']}"
        assert name in hints, f"{op_id}: no argument {name} for parameter {param['name']}"
        if param["in"] == "path":
            is_text = "string" in str(param["schema"].get("type")) and "format" not in param["schema"]
            value = AWKWARD_PATH_VALUE if is_text else example(param["schema"], param["name"])
            expected_path = expected_path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
        else:
            value = example(param["schema"], param["name"])
            expected_query += php_query(param["name"], value)
        kwargs[name] = to_python(value, hints[name])
    body_json = None
    content = (op.get("requestBody") or {}).get("content") or {}
    for _content_type, media in content.items():
        body_json = example(media.get("schema"), "body")
        kwargs["body"] = to_python(body_json, hints["body"])
    return kwargs, expected_path, expected_query, body_json
