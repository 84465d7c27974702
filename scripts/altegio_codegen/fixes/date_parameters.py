"""Parameters named or described as dates but typed as numbers are dates."""

from __future__ import annotations

import re
from typing import Any

from spec_walk import label, operations, resolve, types_of

from ._shared import Report

_DATE_NAME = re.compile(r"(^|_)date(_|$)")


_DATE_DESCRIPTION = re.compile(r"^\W*(\w+ )?date in (iso ?8601|Y-m-d|yyyy-mm-dd)", re.IGNORECASE)


def date_parameters(spec: dict[str, Any]) -> Report:
    """Type as dates the parameters whose name or description says date but whose type is a number."""
    report = []
    for path, method, op in operations(spec):
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            schema = p.get("schema")
            if not isinstance(schema, dict) or not {"number", "integer"} & set(types_of(schema)):
                continue
            name, description = str(p.get("name", "")), str(p.get("description") or "")
            if _DATE_NAME.search(name) or _DATE_DESCRIPTION.search(description):
                nullable = "null" in types_of(schema)
                p["schema"] = {"type": ["string", "null"] if nullable else "string", "format": "date"}
                report.append(f"{label(path, method)}: {p.get('in')} parameter {name} typed as a date, not a number")
    return report
