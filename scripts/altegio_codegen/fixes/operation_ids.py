"""Unique snake_case operationIds that are safe Python names and do not depend on document order."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections import defaultdict
from typing import Any

from spec_walk import label, operations, python_name

from ._shared import Report

_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins))


def _route(method: str, path: str) -> str:
    """``get_things_location_id`` for ``GET /things/{location_id}``."""
    return python_name(re.sub(r"[^0-9A-Za-z]+", "_", f"{method}_{path}").strip("_")) or method


def _base(original: Any, method: str, path: str) -> str:
    """The operation's name before collisions: its operationId as a Python name, else one from the route.

    A name that is a keyword or a builtin (``import``, ``class``, ``list``) gets the method in
    front (``post_import``); one that is not ASCII is folded to ASCII where it decomposes, and
    otherwise named from the method and path, so it still means something to a reader.
    """
    route = _route(method, path)
    text = original if isinstance(original, str) else ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = python_name(folded) if folded.strip() and len(folded) * 2 >= len(text) else ""
    base = base.strip("_")
    if not base:
        return route
    if base in _RESERVED:
        base = f"{method}_{base}"
    if base[0].isdigit():
        base = f"op_{base}"
    return base


def unique_operation_ids(spec: dict[str, Any]) -> Report:
    """Make every operationId a unique snake_case identifier (missing ones derived from the path).

    Operations that would share a name are all told apart by their method (``get_things_get``,
    ``get_things_post``), else by method and path: the result does not depend on which comes
    first in the document.
    """
    found = [(path, method, op, _base(op.get("operationId"), method, path)) for path, method, op in operations(spec)]
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path, method, _op, base in found:
        groups[base].append((method, path))
    taken = {base for base, members in groups.items() if len(members) == 1}
    report = []
    for path, method, op, base in sorted(found, key=lambda f: (f[3], f[1], f[0])):
        candidate = base
        if len(groups[base]) > 1:
            by_method = [m for m, _p in groups[base]].count(method) == 1
            candidate = f"{base}_{method}" if by_method else f"{base}_{_route(method, path)}"
            n = 2
            while candidate in taken:
                candidate, n = f"{base}_{method}_{n}", n + 1
        taken.add(candidate)
        original = op.get("operationId")
        if candidate != original:
            op["operationId"] = candidate
            report.append(f"{label(path, method)}: operationId {original!r} → {candidate!r}")
    return report
