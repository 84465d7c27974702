"""The rules of Altegio's API, written once: the pipeline, the facade, the mock, the CLI and the
docs writer all read them from here.

Nothing here imports anything beyond the standard library, so the code generator can read it
without the client's dependencies.
"""

from __future__ import annotations

import datetime
from typing import Any

__all__ = [
    "CHAIN_IDS",
    "ENVELOPE_KEYS",
    "LOCATION_IDS",
    "PAGE_PARAMETER",
    "PAGE_SIZE_PARAMETERS",
    "PAGING_PARAMETERS",
    "TOTAL_KEYS",
    "change_time_seconds",
    "change_time_text",
    "is_envelope",
    "is_envelope_schema",
]

PAGE_PARAMETER = "page"
"""The page-number parameter (1-based)."""

PAGE_SIZE_PARAMETERS = ("count", "page_size", "limit", "editable_length")
"""The page-size parameters, in the order a paging style is looked for (one operation takes ``count`` alone)."""

PAGING_PARAMETERS = frozenset({PAGE_PARAMETER, *PAGE_SIZE_PARAMETERS})
"""Every parameter that pages (typed as whole numbers by the normaliser)."""

TOTAL_KEYS = ("total_count", "count")
"""Where ``meta`` reports a total: ``total_count``, else ``count`` (when it exceeds the page)."""

ENVELOPE_KEYS = ("success", "data", "meta")
"""Altegio's envelope: ``{"success": bool, "data": ..., "meta": {...} or []}``."""

CHAIN_IDS = frozenset({"chain_id"})
"""The first path parameter a chain scope binds."""

LOCATION_IDS = frozenset({"location_id", "company_id", "salon_id"})
"""The first path parameter a location scope binds (the API's older names too)."""


def is_envelope(body: Any) -> bool:
    """Whether a decoded answer is the envelope: a boolean ``success`` beside ``data`` or ``meta``."""
    return isinstance(body, dict) and isinstance(body.get("success"), bool) and ("data" in body or "meta" in body)


def is_envelope_schema(schema: Any) -> bool:
    """Whether a schema describes the envelope: an object with ``success`` and ``data`` properties."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    return isinstance(props, dict) and "success" in props and "data" in props


def change_time_text(seconds: float) -> str:
    """A change time as Altegio's lists spell it: ``YYYY-MM-DD HH:MM:SS`` in UTC, to the second."""
    return datetime.datetime.fromtimestamp(int(seconds), datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")


def change_time_seconds(text: str) -> float:
    """Seconds since the epoch of a change time (``YYYY-MM-DD HH:MM:SS`` or ISO 8601; UTC when no offset is given)."""
    parsed = datetime.datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed.timestamp()
