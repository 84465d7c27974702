"""A trailing path parameter the description calls optional may be left out."""

from __future__ import annotations

import re
from typing import Any

from spec_walk import label, operations, resolve

from ._shared import OPTIONAL_PATH_KEY, Report


def optional_path_parameters(spec: dict[str, Any]) -> Report:
    """Mark a trailing path parameter as optional where the description says so.

    The parameter stays ``required`` for the generator (OpenAPI requires path parameters);
    ``x-altegio-optional: true`` tells the templates to let callers leave it out, and then the
    request goes to the path without its last segment.
    """
    report = []
    for path, method, op in operations(spec):
        segments = path.rstrip("/").split("/")
        last = segments[-1]
        if not (last.startswith("{") and last.endswith("}")):
            continue
        name = last[1:-1]
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            if p.get("in") != "path" or p.get("name") != name or p.get(OPTIONAL_PATH_KEY) is True:
                continue
            if _says_optional(name, p.get("description"), op.get("description"), op.get("summary")):
                p[OPTIONAL_PATH_KEY] = True
                report.append(f"{label(path, method)}: trailing path parameter {name} is optional")
    return report


def _says_optional(name: str, own: Any, *texts: Any) -> bool:
    own_text = str(own or "")
    if re.search(r"\boptional\b|if you need to work with a specific", own_text, re.IGNORECASE):
        return True
    listed = re.compile(rf"[+*-]\s*{re.escape(name)}\s*(:\s*\S+\s*)?\(\s*optional", re.IGNORECASE)
    return any(listed.search(str(text or "")) for text in texts)
