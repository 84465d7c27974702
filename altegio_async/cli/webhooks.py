"""``altegio-async webhooks listen``: a receiver on a port that prints every event it handles."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console

from ..webhooks import FiscalizationRequest, MarketplaceEvent, SQLiteInbox, WebhookEvent, WebhookReceiver
from .listener import bind_listener
from .terminal import json_text


def event_line(event: WebhookEvent | MarketplaceEvent | FiscalizationRequest) -> str:
    """One event as a JSON line: what happened where, and the delivery as received."""
    if isinstance(event, FiscalizationRequest):
        head: dict[str, Any] = {"kind": "fiscalization", "document_id": event.document_id, "id": event.id}
        return json_text({**head, "raw": dict(event.raw)})
    if isinstance(event, MarketplaceEvent):
        head = {"kind": "marketplace", "event": event.event, "location_id": event.location_id}
        raw = {k: v for k, v in event.raw.items() if k != "partner_token"}
    else:
        head = {"resource": event.resource, "status": event.status, "resource_id": event.resource_id}
        head["location_id"] = event.location_id
        raw = dict(event.raw)
    return json_text({**head, "raw": raw})


def listen(
    *,
    host: str,
    port: int,
    secrets: Sequence[str],
    db: Path,
    partner_token: str | None,
    out: Console,
    err: Console,
) -> None:
    """Serve a :class:`WebhookReceiver` on ``host:port`` until interrupted, printing events to ``out``."""
    import uvicorn

    listener = bind_listener(host, port, err)
    inbox = SQLiteInbox(db)
    receiver = WebhookReceiver(secrets=secrets, inbox=inbox, partner_token=partner_token)

    @receiver.on()
    @receiver.on("marketplace")
    @receiver.on("fiscalization")
    async def show(event: WebhookEvent | MarketplaceEvent | FiscalizationRequest) -> None:
        out.print(event_line(event), markup=False, highlight=False, soft_wrap=True)
        out.file.flush()

    async def serve() -> None:
        server = uvicorn.Server(uvicorn.Config(receiver, log_level="warning", lifespan="off"))
        worker = asyncio.create_task(receiver.run(interval=0.05))
        try:
            await server.serve(sockets=[listener])
        finally:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
            inbox.close()

    err.print(f"receiving webhooks on http://{host}:{listener.getsockname()[1]}/?secret=… (inbox {db})")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
