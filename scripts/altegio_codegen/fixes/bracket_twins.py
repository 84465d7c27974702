"""Merge ``x`` and ``x[]`` query parameters into one."""

from __future__ import annotations

import copy
from typing import Any

from spec_walk import (
    label,
    operations,
    resolve,
)

from ._shared import Report


def merge_bracket_twins(spec: dict[str, Any]) -> Report:
    """Merge a query parameter ``x`` with its array twin ``x[]`` into one ``x``: scalar or list.

    Both would be called ``x`` in Python. The merged parameter accepts a single value (sent as
    ``x=1``) or a list (sent PHP-style, ``x[]=1&x[]=2``), so neither form is lost.
    """
    report = []
    for path, method, op in operations(spec):
        params = op.get("parameters")
        if not isinstance(params, list):
            continue
        by_name = {resolve(spec, p).get("name"): i for i, p in enumerate(params)}
        for name in [n for n in by_name if isinstance(n, str) and n.endswith("[]")]:
            plain = name[:-2]
            if plain not in by_name:
                continue
            scalar = resolve(spec, params[by_name[plain]])
            array = resolve(spec, params[by_name[name]])
            merged = copy.deepcopy(scalar)
            merged["schema"] = {"anyOf": [scalar.get("schema") or {}, array.get("schema") or {"type": "array"}]}
            merged["description"] = (
                f"{scalar.get('description', '').rstrip('.')}. A list is sent as {plain}[]=…&{plain}[]=…"
            ).lstrip(". ")
            params[by_name[plain]] = merged
            params.pop(by_name[name])
            by_name = {resolve(spec, p).get("name"): i for i, p in enumerate(params)}
            report.append(f"{label(path, method)}: query parameters {plain} and {name} merged into {plain}")
    return report
