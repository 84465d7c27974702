"""String defaults the generator cannot spell are left to the server."""

from __future__ import annotations

from typing import Any

from spec_walk import all_schemas

from ._shared import Report

_UNSAFE = ('"', "'", "\\", "\n", "\r")


def safe_string_defaults(spec: dict[str, Any]) -> Report:
    """Drop a string ``default`` holding a quote, a backslash or a line break.

    The generator writes such a default into Python source escaped twice (``a"b`` becomes
    ``a\\"b``), so the client would send a value the description never gave. Without the default
    the field is left out unless the caller sets it, and the server applies its own default.
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        default = schema.get("default")
        if isinstance(default, str) and any(mark in default for mark in _UNSAFE):
            del schema["default"]
            report.append(f"{where}: string default {default!r} left to the server")
    return report
