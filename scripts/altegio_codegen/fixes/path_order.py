"""Path parameters in path order, the rest by name."""

from __future__ import annotations

import re
from typing import Any

from spec_walk import (
    label,
    operations,
    resolve,
)

from ._shared import Report


def order_path_parameters(spec: dict[str, Any]) -> Report:
    """Put path parameters in the order they appear in the path, then the others by place and name."""
    report = []
    for path, method, op in operations(spec):
        params = op.get("parameters")
        if not isinstance(params, list):
            continue
        order = re.findall(r"{([^}]+)}", path)

        def position(param: Any, order: list[str] = order) -> tuple[int, int, str]:
            p = resolve(spec, param)
            if p.get("in") == "path" and p.get("name") in order:
                return (0, order.index(p["name"]), "")
            return (1, 0, f"{p.get('in')}:{p.get('name')}")  # the rest by name: upstream reordering changes nothing

        ordered = sorted(params, key=position)
        if ordered != params:
            op["parameters"] = ordered
            report.append(f"{label(path, method)}: parameters put in path order {order}, then by name")
    return report
