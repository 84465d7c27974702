"""The mock's webhooks: after every write it serves, a real-shaped delivery POSTed to the location's URL.

Altegio POSTs ``{company_id, resource, resource_id, status, data}`` to the URL set in a
location's webhook settings; the mock does the same for the writes it serves, so a user's
receiver (and ``make demo``) sees the loop end to end without credentials.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..rules import LOCATION_IDS

__all__ = ["WebhookSender", "WebhookTarget", "delivery_for"]

logger = logging.getLogger("altegio_async.mock")

RESOURCE_BY_SEGMENT: Mapping[str, str] = {
    "records": "record",
    "record": "record",
    "clients": "client",
    "client": "client",
    "staff": "staff",
    "services": "service",
    "service_categories": "service_category",
    "service_category": "service_category",
    "goods": "good",
    "goods_transactions": "goods_operations_sale",
    "finance_transactions": "finances_operation",
    "company": "company",
    "companies": "company",
}
"""The path word an operation writes → the ``resource`` Altegio names in its deliveries."""

_SCOPE_WORDS = frozenset(("company", "storage_operations"))
STATUS_BY_METHOD: Mapping[str, str] = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def delivery_for(method: str, path: str, params: Mapping[str, str], data: Any) -> dict[str, Any] | None:
    """The delivery Altegio would send for a served write, or None when it sends none.

    ``path`` is the operation's path template (``/records/{location_id}``), ``params`` its values.
    The resource is the path's last word when it is one Altegio reports on (writes to things inside
    it, such as comments, files or settings, are not reported); the id is the last path parameter
    after the location (an update or delete), else the answer's ``id`` (a create).
    """
    status = STATUS_BY_METHOD.get(method)
    location = next((value for name, value in params.items() if name in LOCATION_IDS), None)
    if status is None or location is None or not location.isdigit():
        return None
    words = [s for s in path.strip("/").split("/") if s and not s.startswith("{")]
    resource = RESOURCE_BY_SEGMENT.get(words[-1]) if words else None
    if resource is None or (resource == "company" and len(words) > 1) or not set(words[:-1]) <= _SCOPE_WORDS:
        return None  # writes to things inside a resource (comments, files, links) are not reported
    item = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else data
    others = [v for k, v in params.items() if k not in LOCATION_IDS]
    resource_id: Any
    if others:  # an update or delete names the object in its path
        resource_id = int(others[-1]) if others[-1].isdigit() else others[-1]
    else:  # a create learns it from the answer
        resource_id = item.get("id") if isinstance(item, dict) else None
    body = {**item, "id": resource_id} if isinstance(item, dict) else {"id": resource_id}
    return {
        "company_id": int(location),
        "resource": resource,
        "resource_id": resource_id,
        "status": status,
        "data": body,
    }


@dataclass
class WebhookTarget:
    """Where a location's deliveries go: a URL, and optionally an in-process transport (an ASGI app)."""

    url: str
    transport: httpx.AsyncBaseTransport | None = None


@dataclass
class WebhookSender:
    """Sends deliveries in the background, in order per location; :meth:`drain` waits for all of them."""

    targets: dict[int, WebhookTarget] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)
    failed: int = 0
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _locks: dict[int, asyncio.Lock] = field(default_factory=dict)

    def set(self, location_id: int, url: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        """Send ``location_id``'s deliveries to ``url`` (through ``transport`` when given)."""
        self.targets[int(location_id)] = WebhookTarget(url, transport)

    def send(self, delivery: dict[str, Any]) -> None:
        """Queue a delivery for its location's URL (nothing happens when none is set)."""
        target = self.targets.get(int(delivery["company_id"]))
        if target is None:
            return
        task = asyncio.get_running_loop().create_task(self._post(target, delivery))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _post(self, target: WebhookTarget, delivery: dict[str, Any]) -> None:
        lock = self._locks.setdefault(int(delivery["company_id"]), asyncio.Lock())
        async with lock, httpx.AsyncClient(transport=target.transport, timeout=10.0) as http:
            try:
                answer = await http.post(target.url, json=delivery)
                answer.raise_for_status()
            except httpx.HTTPError as exc:
                self.failed += 1
                logger.warning("webhook to location %s failed: %s", delivery["company_id"], type(exc).__name__)
                return
            self.sent.append(delivery)

    async def drain(self) -> None:
        """Wait until every queued delivery was sent (or failed)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
