"""Webhooks as the sync's fast path: a delivery updates the replica at once; the next sync repairs what they missed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from ..webhooks import WebhookEvent
from .changes import Change
from .sinks import Sink

__all__ = ["RESOURCE_BY_WEBHOOK", "replica_handler"]

RESOURCE_BY_WEBHOOK: Mapping[str, str] = {"record": "appointments"}
"""A webhook's ``resource`` → the synced resource it updates (the sync's key and table)."""


def replica_handler(
    sink: Sink, resources: Mapping[str, str] = RESOURCE_BY_WEBHOOK
) -> Callable[[WebhookEvent], Awaitable[None]]:
    """A :class:`~altegio_async.webhooks.WebhookReceiver` handler writing each delivery to ``sink``.

    Register it with ``receiver.on()(replica_handler(replica))``. A ``delete`` removes the object,
    anything else upserts the delivery's ``data`` under the same key the sync uses
    (``<location_id>:<id>``), so the periodic sync later overwrites it with what the list
    answers and repairs any delivery that never came.
    """

    async def handle(event: WebhookEvent) -> None:
        resource = resources.get(event.resource)
        if resource is None or event.resource_id is None or event.location_id is None:
            return
        data: Any = event.raw.get("data")
        body = dict(data) if isinstance(data, Mapping) else {"id": event.resource_id}
        location = int(event.location_id)
        change = Change(
            "deleted" if event.status == "delete" else "upserted",
            f"{location}:{event.resource_id}",
            location,
            str(body.get("last_change_date") or ""),
            body,
        )
        await sink.write(resource, [change])

    return handle
