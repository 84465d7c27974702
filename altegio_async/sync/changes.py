"""One object to apply to a replica: what a sync run and a webhook hand to a sink."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Change"]


@dataclass(frozen=True)
class Change:
    """One object to apply to a replica.

    Attributes:
        kind: ``upserted`` or ``deleted``.
        key: ``<location_id>:<id>``, stable across runs (the replica upserts on it).
        location_id: the location it belongs to.
        changed: its change time as Altegio spells it (incremental), else when the scan saw it.
        data: the object as JSON.
    """

    kind: Literal["upserted", "deleted"]
    key: str
    location_id: int
    changed: str
    data: dict[str, Any]
