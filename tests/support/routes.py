"""API paths for tests, read from the operation descriptors, so a path Altegio renames is followed.

Tests that stub the server (respx routes, expected URLs) take the path an operation is sent to
from ``altegio_b2b.operation_index`` instead of spelling it, so an accepted upstream change of a
path (same operation) leaves them passing.
"""

from __future__ import annotations

from altegio_b2b.operation_index import OPERATIONS

BASE = "https://api.alteg.io/api/v1"


def path_of(operation: str, *ids: object) -> str:
    """The path ``operation`` is sent to, its path parameters ``ids`` in order (an optional last may be left out)."""
    entry = OPERATIONS[operation]
    names = [p.name for p in entry.parameters if p.location == "path"]
    if len(ids) not in (len(names), len(names) - 1) or (len(ids) < len(names) and names and _required_last(operation)):
        raise TypeError(f"{operation} takes {len(names)} path parameter(s) {names}, got {len(ids)}")
    path = entry.path
    if len(ids) < len(names):
        path = path.rsplit("/", 1)[0]
    for name, value in zip(names, ids, strict=False):
        path = path.replace("{" + name + "}", str(value))
    return path


def url_of(operation: str, *ids: object) -> str:
    """The full URL of :func:`path_of`."""
    return BASE + path_of(operation, *ids)


def _required_last(operation: str) -> bool:
    path = [p for p in OPERATIONS[operation].parameters if p.location == "path"]
    return bool(path) and path[-1].required
