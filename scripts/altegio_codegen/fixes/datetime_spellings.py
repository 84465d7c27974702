"""Every date and date-time gets an ``example`` in its documented spelling (the templates read it)."""

from __future__ import annotations

import re
from typing import Any

from spec_walk import all_schemas

from ._shared import Report

SPELLING_EXAMPLES = {
    "iso": "2026-09-21T23:00:00+00:00",
    "ymd_his": "2026-09-21 23:00:00",
    "date": "2026-09-21",
}


_YMD_HIS = re.compile(r"Y-m-d H:i|yyyy-mm-dd hh:mm|YYYY-MM-DD HH:MM", re.IGNORECASE)


_ISO = re.compile(r"ISO[ -]?8601|RFC ?3339", re.IGNORECASE)


def spelling_of(description: Any) -> str:
    """The spelling a date-time's documentation asks for: ``ymd_his`` or ``iso`` (the default)."""
    text = str(description or "")
    if _YMD_HIS.search(text):
        return "ymd_his"
    return "iso"


def datetime_spellings(spec: dict[str, Any]) -> Report:
    """Give every date and date-time schema an ``example`` in its documented spelling.

    An example already present (the upstream bundle has them) is kept: it is the spelling.
    The templates read the example's shape: ``2026-09-21 23:00:00`` → ``Y-m-d H:i:s``,
    anything else → ISO 8601; dates are always ``Y-m-d``.
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        variants = [v for key in ("anyOf", "oneOf") for v in schema.get(key) or [] if isinstance(v, dict)]
        for node, description in [
            (schema, schema.get("description")),
            *((v, schema.get("description")) for v in variants),
        ]:
            fmt = node.get("format")
            if fmt not in ("date", "date-time") or "example" in node:
                continue
            spelling = "date" if fmt == "date" else spelling_of(node.get("description") or description)
            node["example"] = SPELLING_EXAMPLES[spelling]
            documented = "documented" if _ISO.search(str(node.get("description") or description or "")) else "default"
            report.append(f"{where}: {fmt} spelled {spelling} ({documented if spelling == 'iso' else 'documented'})")
    return report
