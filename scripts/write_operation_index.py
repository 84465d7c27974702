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

from altegio_codegen.fixes._shared import OPTIONAL_PATH_KEY
from openapi_python_client.strings import PythonIdentifier
from spec_io import load_spec
from spec_walk import contents, operations, resolve, types_of

from altegio_async.rules import PAGE_SIZE_PARAMETERS

HEADER = '''"""Every operation of this client, described once; written by scripts/write_operation_index.py.

``OPERATIONS`` maps an operation's name to its :class:`~altegio_async.descriptor.Operation`,
decided from the normalised API description when the client was generated; each operation's
module declares the same value as ``OPERATION``. The facade, the mock server, the CLI and the
docs writer read these descriptors; nothing guesses at run time.
"""

from altegio_async.descriptor import Operation, Parameter

# The names of an earlier release, kept for one release.
OperationEntry = Operation
ParameterEntry = Parameter

OPERATIONS: dict[str, Operation] = {
'''
FIELDS = (
    "module", "method", "path", "summary", "auth", "query", "deprecated", "status",
    "parameters", "body", "body_required", "answer", "data", "items", "model", "paging",
)  # fmt: skip
PARAMETER_FIELDS = ("name", "python_name", "location", "required", "type")


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


def literal(entry: tuple[Any, ...], prefix: str = "") -> str:
    """``Operation(method=..., path=..., ...)``: one descriptor as keyword fields (the formatter wraps it)."""
    values = dict(zip(FIELDS, entry, strict=True))
    params = ", ".join(
        f"{prefix}Parameter(" + ", ".join(f"{k}={v!r}" for k, v in zip(PARAMETER_FIELDS, p, strict=True)) + ")"
        for p in values["parameters"]
    )
    values["parameters"] = f"({params}{',' if len(values['parameters']) == 1 else ''})"
    fields = ", ".join(f"{k}={v}" if k == "parameters" else f"{k}={v!r}" for k, v in values.items())
    return f"{prefix}Operation({fields})"


def declare(package: Path, module: str, entry: tuple[Any, ...]) -> None:
    """Append ``OPERATION = Operation(...)`` to the operation's generated module: it declares itself."""
    path = package.parent.joinpath(*module.split(".")).with_suffix(".py")
    text = path.read_text(encoding="utf-8")
    # Under private names: a model of the API may be called Operation or Parameter.
    head = "from altegio_async.descriptor import Operation as _Operation\n"
    head += "from altegio_async.descriptor import Parameter as _Parameter\n"
    path.write_text(
        head + text.rstrip("\n") + "\n\n" + f"OPERATION = {literal(entry, '_')}  # fmt: skip\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    """Read the spec and the package; write the descriptors into the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("package", type=Path)
    args = parser.parse_args(argv)
    print(write(load_spec(args.spec), args.package))
    return 0


def write(spec: dict[str, Any], package: Path) -> str:
    """Declare ``OPERATION`` in every operation module of ``package`` and write its index; a one-line summary."""
    package = package.resolve()
    modules = {p.stem: f"{package.name}.api.{p.parent.name}.{p.stem}" for p in (package / "api").glob("*/*.py")}
    entries = []
    for path, method, op in operations(spec):
        name = op["operationId"]
        if name not in modules:
            raise SystemExit(f"write_operation_index: no generated module for {name}")
        entries.append((name, describe(spec, path, method, op, modules[name])))
    for name, entry in entries:
        declare(package, modules[name], entry)
    lines = [HEADER, *(f"    {name!r}: {literal(entry)},\n" for name, entry in sorted(entries)), "}\n"]
    (package / "operation_index.py").write_text("".join(lines), encoding="utf-8")
    return f"operation index: {len(entries)} operations"


if __name__ == "__main__":
    sys.exit(main())
