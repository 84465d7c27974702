"""Refuse path templates that could leave the API root."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from spec_io import SpecError
from spec_walk import (
    label,
    operations,
)

from ._shared import Report


def safe_paths(spec: dict[str, Any]) -> Report:
    """Refuse a path template that could leave ``/api/v1``: a ``.`` or ``..`` segment (plain or
    percent-encoded), a backslash, an empty segment, a query or a fragment (``SpecError``, one line
    naming the operation). Nothing is changed: a description that asks for this is not used."""
    for path, method, op in operations(spec):
        segments = path.split("/")[1:]
        decoded = [unquote(segment) for segment in segments]
        bad = (
            not path.startswith("/")
            or any(s in (".", "..") for s in decoded)
            or any(s == "" for s in segments[:-1])
            or any(c in path for c in "\\?#")
            or any("/" in s or "\\" in s for s in decoded)
        )
        if bad:
            name = op.get("operationId") or label(path, method)
            raise SpecError(f"{name}: the path template {path!r} could reach outside the API root; refused")
    return []
