"""Remove a path prefix that repeats the server URL's path."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from ._shared import Report

API_PREFIX = "/api/v1"


def strip_server_prefix(spec: dict[str, Any]) -> Report:
    """Remove a path prefix that repeats a server URL's path (``/api/v1/company/…``).

    Every ``servers`` entry counts, and so does Altegio's own ``/api/v1`` whatever the servers
    say: the client's base URL always ends in ``/api/v1``.
    """
    bases = {urlparse(str(server.get("url", ""))).path.rstrip("/") for server in spec.get("servers") or []}
    bases = sorted({b for b in bases | {API_PREFIX} if b}, key=len, reverse=True)
    report = []
    rebuilt: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        base = next((b for b in bases if path.startswith(b + "/")), "")
        new = path[len(base) :] if base else path
        if new != path:
            report.append(f"{path}: server prefix {base} removed")
        if new in rebuilt and isinstance(item, dict):
            for key, value in item.items():
                rebuilt[new].setdefault(key, value)
        else:
            rebuilt[new] = item
    if report:
        spec["paths"] = rebuilt
    return report
