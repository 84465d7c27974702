#!/usr/bin/env python3
"""Write ``altegio_b2b/operation_index.py``: one descriptor per operation, decided at generation time.

The facade, the embedded mock server and the CLI read these descriptors instead of guessing at
run time: the method and path template, every parameter with its wire name, Python name, place,
type and optionality, the body's kind, what the success answer is (envelope, bare body, binary,
nothing) and its data's JSON shape, and the paging style. Everything is read from the normalised
description; no generated module is imported to find out what it is.

Usage: ``python scripts/write_operation_index.py NORMALIZED_SPEC PACKAGE_DIR``
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openapi_python_client.strings import PythonIdentifier
from spec_io import load_spec
from spec_walk import contents, operations, resolve, types_of
from wire_fixes import OPTIONAL_PATH_KEY

PAGE_SIZE_PARAMETERS = ("count", "page_size", "limit", "editable_length")
HEADER = '''"""Every operation of this client, described once; written by scripts/write_operation_index.py.

``OPERATIONS`` maps an operation's name to an :class:`OperationEntry`, decided when the client
was generated from the API description. The facade, the mock server and the CLI read these
descriptors; nothing guesses at run time.
"""

from typing import NamedTuple


class ParameterEntry(NamedTuple):
    """One parameter of an operation.

    Attributes:
        name: the name on the wire (``id[]``, ``location_id``).
        python_name: the keyword the generated function takes.
        location: ``"path"`` or ``"query"``.
        required: whether a caller must give it (a trailing path parameter may be optional).
        type: ``integer``, ``number``, ``string``, ``boolean``, ``date``, ``date-time``, ``array``,
            ``object``, ``enum`` or ``any``.
    """

    name: str
    python_name: str
    location: str
    required: bool
    type: str


class OperationEntry(NamedTuple):
    """One operation of the API.

    Attributes:
        module: the generated module (``altegio_b2b.api.<section>.<name>``).
        method: the HTTP method.
        path: the path template.
        summary: the documented summary.
        auth: ``"user"`` (partner and user token), ``"partner"`` or ``"none"``.
        query: the wire names of its query parameters.
        deprecated: whether Altegio deprecated it.
        status: the documented success status.
        parameters: path parameters in path order, then query parameters.
        body: ``"json"``, ``"multipart"`` or ``"none"``.
        body_required: whether a body must be given (False when the body requires no field).
        answer: ``"envelope"`` ({success, data, meta}), ``"bare"`` (the documented body is the
            data), ``"binary"`` (bytes, e.g. a PDF) or ``"none"`` (no body documented).
        data: the JSON type the data must have: ``object``, ``array``, ``string``, ``number``,
            ``integer``, ``boolean`` or ``any``; ``null`` is always accepted.
        items: for an array, the JSON type of its items (``any`` when open).
        model: the class in ``altegio_b2b.models`` the data (or each item of it) is built into, or ``""``.
        paging: ``"page+count"``, ``"page+page_size"``, ``"page+limit"``, ``"page+editable_length"``,
            ``"count"`` (size only), ``"body:page+page_size"`` (paged through the JSON body's
            fields) or ``""`` (not paged).
    """

    module: str
    method: str
    path: str
    summary: str
    auth: str
    query: tuple[str, ...]
    deprecated: bool
    status: int
    parameters: tuple[ParameterEntry, ...]
    body: str
    body_required: bool
    answer: str
    data: str
    items: str
    model: str
    paging: str


OPERATIONS: dict[str, OperationEntry] = {
'''


def auth_of(op: dict[str, Any]) -> str:
    """``user``, ``partner`` or ``none`` from an operation's security requirements."""
    schemes = {name for requirement in op.get("security") or [] for name in requirement}
    if not schemes:
        return "none"
    return "user" if any("User" in name for name in schemes) else "partner"


def json_shape(spec: dict[str, Any], schema: Any) -> str:
    """The one JSON type a schema allows besides null, or ``any``."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or not schema:
        return "any"
    variants = [resolve(spec, v) for key in ("anyOf", "oneOf") for v in schema.get(key) or []]
    if variants:
        shapes = {json_shape(spec, v) for v in variants if not (isinstance(v, dict) and v.get("type") == "null")}
        return shapes.pop() if len(shapes) == 1 else "any"
    if schema.get("allOf"):
        shapes = {json_shape(spec, v) for v in schema["allOf"]} - {"any"}
        return shapes.pop() if len(shapes) == 1 else "any"
    types = [t for t in types_of(schema) if t != "null"]
    if len(types) == 1:
        return types[0]
    if not types and isinstance(schema.get("properties"), dict):
        return "object"
    return "any"


def parameter_type(spec: dict[str, Any], schema: Any) -> str:
    """The short type a parameter is documented with."""
    schema = resolve(spec, schema) or {}
    if isinstance(schema, dict) and schema.get("format") in ("date", "date-time"):
        return str(schema["format"])
    if isinstance(schema, dict) and "enum" in schema:
        return "enum"
    return json_shape(spec, schema)


def answer_of(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, str, str, int, Any]:
    """(answer kind, data shape, items shape, success status, the success media's schema)."""
    for status, response in (op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        media = next(iter(contents(resolve(spec, response))), None)
        if media is None:
            return "none", "any", "", int(status), None
        schema = resolve(spec, media[1].get("schema"))
        if isinstance(schema, dict) and schema.get("format") == "binary":
            return "binary", "any", "", int(status), schema
        kind = "envelope" if resolve(spec, response).get("x-altegio-envelope") is True else "bare"
        target = schema
        shape = json_shape(spec, target)
        items = ""
        if shape == "array":
            array = _array_of(spec, target)
            items = json_shape(spec, array.get("items")) if array else "any"
        return kind, shape, items, int(status), schema
    return "none", "any", "", 200, None


def _array_of(spec: dict[str, Any], schema: Any) -> dict[str, Any] | None:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "array" in types_of(schema):
        return schema
    for key in ("anyOf", "oneOf"):
        for variant in schema.get(key) or []:
            found = _array_of(spec, variant)
            if found is not None:
                return found
    return None


def _schema_of(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    """The success answer's (unwrapped) schema, as written (references kept)."""
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            media = next(iter(contents(resolve(spec, response))), None)
            return media[1].get("schema") if media else None
    return None


def data_model(spec: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """The component the data (or its items, or its first object variant) refers to: its class name."""
    if not isinstance(schema, dict) or depth > 4:
        return ""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        target = resolve(spec, schema)
        if isinstance(target, dict) and ("object" in types_of(target) or isinstance(target.get("properties"), dict)):
            return ref.rsplit("/", 1)[1]
        return ""
    for child in [schema.get("items"), *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]:
        found = data_model(spec, child, depth + 1)
        if found:
            return found
    return ""


def body_of(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, bool]:
    """(``json``/``multipart``/``none``, whether it is required)."""
    body = resolve(spec, op.get("requestBody"))
    media = next(iter(contents(body)), None)
    if media is None:
        return "none", False
    kind = "multipart" if media[0] == "multipart/form-data" else "json"
    return kind, bool(body.get("required"))


def paging_of(spec: dict[str, Any], op: dict[str, Any], parameters: list[tuple[str, str, str, bool, str]]) -> str:
    """The paging style from the query parameters' wire names, else from the JSON body's fields.

    A list paged through its body (``POST .../clients/search``) is ``body:page+page_size``.
    """
    query = {name for name, _python, where, _req, _type in parameters if where == "query"}
    size = next((name for name in PAGE_SIZE_PARAMETERS if name in query), None)
    if size is not None:
        return f"page+{size}" if "page" in query else size
    media = next(iter(contents(resolve(spec, op.get("requestBody")))), None)
    body = resolve(spec, media[1].get("schema")) if media and media[0] != "multipart/form-data" else None
    fields = set((body.get("properties") or {}) if isinstance(body, dict) else ())
    size = next((name for name in PAGE_SIZE_PARAMETERS if name in fields), None)
    if size is None or "page" not in fields:
        return ""
    return f"body:page+{size}"


def describe(spec: dict[str, Any], path: str, method: str, op: dict[str, Any], module: str) -> tuple[Any, ...]:
    """The descriptor of one operation, as a tuple in ``OperationEntry`` order."""
    parameters = []
    params = [resolve(spec, param) for param in op.get("parameters") or []]
    params = [p for p in params if p.get("in") in ("path", "query")]
    # The generator's rule: a Python name two places share is suffixed with the place, in both.
    shared = Counter(str(PythonIdentifier(p["name"], prefix="field_")) for p in params)
    for p in params:
        where = p["in"]
        base = str(PythonIdentifier(p["name"], prefix="field_"))
        python = f"{base}_{where}" if shared[base] > 1 else base
        required = bool(p.get("required")) and not p.get(OPTIONAL_PATH_KEY)
        parameters.append((p["name"], python, where, required, parameter_type(spec, p.get("schema"))))
    body, body_required = body_of(spec, op)
    answer, data, items, status, _schema = answer_of(spec, op)
    summary = " ".join(str(op.get("summary", "")).split())
    query = tuple(name for name, _p, where, _r, _t in parameters if where == "query")
    return (
        module,
        method.upper(),
        path,
        summary,
        auth_of(op),
        query,
        bool(op.get("deprecated")),
        status,
        tuple(parameters),
        body,
        body_required,
        answer,
        data,
        items,
        data_model(spec, _schema_of(spec, op)),
        paging_of(spec, op, parameters),
    )


def render(name: str, entry: tuple[Any, ...]) -> str:
    """One ``OPERATIONS`` line (the formatter wraps it)."""
    parameters = ", ".join(f"ParameterEntry{p!r}" for p in entry[8])
    head = ", ".join(repr(v) for v in entry[:8])
    tail = ", ".join(repr(v) for v in entry[9:])
    return f"    {name!r}: OperationEntry({head}, ({parameters}{',' if len(entry[8]) == 1 else ''}), {tail}),\n"


def main(argv: list[str] | None = None) -> int:
    """Read the spec and the package; write the descriptors into the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("package", type=Path)
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    package = args.package.resolve()
    modules = {p.stem: f"{package.name}.api.{p.parent.name}.{p.stem}" for p in (package / "api").glob("*/*.py")}
    entries = []
    for path, method, op in operations(spec):
        name = op["operationId"]
        if name not in modules:
            raise SystemExit(f"write_operation_index: no generated module for {name}")
        entries.append((name, describe(spec, path, method, op, modules[name])))
    lines = [HEADER, *(render(name, entry) for name, entry in sorted(entries)), "}\n"]
    (package / "operation_index.py").write_text("".join(lines), encoding="utf-8")
    print(f"operation index: {len(entries)} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
