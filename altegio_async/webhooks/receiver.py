"""An ASGI app that authenticates, stores and acknowledges deliveries, and runs handlers from the inbox."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from .auth import verify_partner_token, verify_url_secret
from .events import FiscalizationRequest, MarketplaceEvent, WebhookError, WebhookEvent, parse_event
from .inbox import Inbox

__all__ = ["WebhookReceiver"]

logger = logging.getLogger("altegio_async.webhooks")

Handler = Callable[[Any], Awaitable[None]]
MAX_BODY_BYTES = 1 << 20


class WebhookReceiver:
    """Receives Altegio's deliveries as an ASGI app and hands them to the handlers registered with :meth:`on`.

    Register the URL at Altegio with the secret in it, e.g. ``https://example.com/altegio?secret=S``.
    A delivery is answered 200 only once it is stored in ``inbox``; one without an accepted secret
    is answered 401 (nothing of the secret is logged); a body that is not a delivery 400. Handlers
    run from the inbox (:meth:`process`, or :meth:`run` in a background task): once per delivery,
    retried on failure, dead-lettered after the inbox's ``max_attempts``.

    Args:
        secrets: the accepted URL secrets (several while one is being rotated).
        inbox: where deliveries are stored before they are acknowledged.
        partner_token: checks marketplace hooks (their ``partner_token``); without it they are refused.
        secret_parameter: the query parameter the secret is in.
    """

    def __init__(
        self,
        *,
        secrets: Iterable[str],
        inbox: Inbox,
        partner_token: str | None = None,
        secret_parameter: str = "secret",
    ) -> None:
        self.secrets = tuple(secrets)
        verify_url_secret("", self.secrets)  # refuses an empty set now, not at the first delivery
        self.inbox = inbox
        self.partner_token = partner_token
        self.secret_parameter = secret_parameter
        self._handlers: list[tuple[str | None, str | None, Handler]] = []

    def on(self, resource: str | None = None, status: str | None = None) -> Callable[[Handler], Handler]:
        """Register an async handler for a resource and status (``None`` matches any resource's events).

        ``"marketplace"`` receives marketplace hooks, ``"fiscalization"`` fiscalisation requests.
        """

        def register(handler: Handler) -> Handler:
            self._handlers.append((resource, status, handler))
            return handler

        return register

    def handlers_for(self, event: WebhookEvent | MarketplaceEvent | FiscalizationRequest) -> list[Handler]:
        """The handlers an event goes to, in registration order."""
        if isinstance(event, FiscalizationRequest):
            return [h for r, _s, h in self._handlers if r == "fiscalization"]
        if isinstance(event, MarketplaceEvent):
            return [h for r, s, h in self._handlers if r == "marketplace" and s in (None, event.event)]
        return [h for r, s, h in self._handlers if r in (None, event.resource) and s in (None, event.status)]

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        """The ASGI entry point."""
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _answer(send, 405, b"POST only")
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = (query.get(self.secret_parameter) or [""])[0]
        if not verify_url_secret(given, self.secrets):
            logger.warning("webhook refused: no accepted secret in the URL (path %s)", scope.get("path", ""))
            await _answer(send, 401, b"unauthorized")
            return
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_BODY_BYTES:
                await _answer(send, 413, b"too large")
                return
            if not message.get("more_body"):
                break
        try:
            event = parse_event(bytes(body))
        except WebhookError as exc:
            await _answer(send, 400, str(exc).encode())
            return
        if isinstance(event, MarketplaceEvent) and not (
            self.partner_token and verify_partner_token(dict(event.raw), self.partner_token)
        ):
            logger.warning("marketplace hook refused: the partner token does not match")
            await _answer(send, 401, b"unauthorized")
            return
        await self.inbox.put(bytes(body))  # durable before the answer: a crash after it loses nothing
        await _answer(send, 200, b"ok")

    async def process(self, limit: int = 100) -> int:
        """Run the handlers for up to ``limit`` stored deliveries; how many were handled."""
        handled = 0
        for delivery in await self.inbox.claim(limit):
            try:
                event = parse_event(delivery.body)
                for handler in self.handlers_for(event):
                    await handler(event)
            except Exception as exc:  # any handler failure is retried, then dead-lettered
                await self.inbox.failed(delivery, f"{type(exc).__name__}: {exc}")
                continue
            await self.inbox.done(delivery)
            handled += 1
        return handled

    async def run(self, interval: float = 0.2) -> None:
        """Process the inbox until cancelled (start it as a background task beside the web app)."""
        import asyncio

        while True:
            if not await self.process():
                await asyncio.sleep(interval)


async def _answer(send: Callable[[MutableMapping[str, Any]], Awaitable[None]], status: int, text: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": text})
