#!/usr/bin/env python3
"""Write ``altegio_b2b/operation_index.py``: one line per operation, for tools that list or route.

The generator writes one module per operation; the embedded mock server and the CLI need all
of them at a glance (method, path, summary, who may call it) without importing 262 modules.
This script reads the normalised description and the generated package and writes that table.

Usage: ``python scripts/write_operation_index.py NORMALIZED_SPEC PACKAGE_DIR``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize_spec import operations, resolve
from spec_io import load_spec

HEADER = '''"""Every operation of this client at a glance; written by scripts/write_operation_index.py.

``OPERATIONS`` maps an operation's name to an :class:`OperationEntry`: the module that holds it
(``altegio_b2b.api.<section>.<name>``), its HTTP method and path template, its summary, who
may call it (``"user"``: partner and user token, ``"partner"``: partner token, ``"none"``),
its query parameters, whether it is deprecated, and its documented success status.
"""

from typing import NamedTuple


class OperationEntry(NamedTuple):
    """One operation of the API."""

    module: str
    method: str
    path: str
    summary: str
    auth: str
    query: tuple[str, ...]
    deprecated: bool
    status: int


OPERATIONS: dict[str, OperationEntry] = {
'''


def auth_of(op: dict[str, Any]) -> str:
    """``user``, ``partner`` or ``none`` from an operation's security requirements."""
    schemes = {name for requirement in op.get("security") or [] for name in requirement}
    if not schemes:
        return "none"
    return "user" if any("User" in name for name in schemes) else "partner"


def main(argv: list[str] | None = None) -> int:
    """Read the spec and the package; write the index module into the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("package", type=Path)
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    modules = {p.stem: f"altegio_b2b.api.{p.parent.name}.{p.stem}" for p in (args.package / "api").glob("*/*.py")}
    lines = [HEADER]
    entries = []
    for path, method, op in operations(spec):
        name = op["operationId"]
        if name not in modules:
            raise SystemExit(f"write_operation_index: no generated module for {name}")
        query = tuple(
            resolve(spec, p)["name"] for p in op.get("parameters") or [] if resolve(spec, p).get("in") == "query"
        )
        status = next((int(code) for code in op.get("responses") or {} if str(code).startswith("2")), 200)
        summary = " ".join(str(op.get("summary", "")).split())
        entry = (modules[name], method.upper(), path, summary, auth_of(op), query, bool(op.get("deprecated")), status)
        entries.append((name, entry))
    for name, entry in sorted(entries):
        lines.append(f"    {name!r}: OperationEntry{entry!r},\n")
    lines.append("}\n")
    (args.package / "operation_index.py").write_text("".join(lines), encoding="utf-8")
    print(f"operation index: {len(entries)} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
