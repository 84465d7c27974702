"""Webhook deliveries: typed leniently, authenticated, stored before they are acknowledged, handled once."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import altegio_b2b.models
from altegio_async.testing._examples import Example
from altegio_async.webhooks import (
    RESOURCE_MODELS,
    Inbox,
    MarketplaceEvent,
    RedisInbox,
    SQLiteInbox,
    WebhookAuthError,
    WebhookError,
    WebhookEvent,
    WebhookReceiver,
    parse_event,
    verify_url_secret,
    verify_user_data,
)
from tests.limits.services import redis_server

DATE_SPELLINGS = ("2026-09-21 10:00:00", "2026-09-21T10:00:00+05:00", "2026-09-21T10:00:00+0500")


def delivery(resource: str, status: str, data: Any, resource_id: int = 7) -> dict[str, Any]:
    return {"company_id": 720441, "resource": resource, "resource_id": resource_id, "status": status, "data": data}


def quirky(data: dict[str, Any], spelling: str) -> dict[str, Any]:
    """What real deliveries do to a model's JSON: other date spellings, ``[]`` for empty objects and relations."""
    out = dict(data)
    for key, value in data.items():
        if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in "T ":
            out[key] = spelling
        elif isinstance(value, dict):
            out[key] = []  # an empty object or relation sent as an empty list
    out["custom_fields"] = [] if spelling.endswith("00") else {}
    out["field_from_the_future"] = {"kept": True}
    return out


@pytest.mark.parametrize(
    ("resource", "status"), list(itertools.product(RESOURCE_MODELS, ("create", "update", "delete")))
)
def test_every_resource_and_status_parses_with_every_field_kept(resource: str, status: str) -> None:
    model = getattr(altegio_b2b.models, RESOURCE_MODELS[resource])
    for spelling in DATE_SPELLINGS:
        data = quirky(Example((resource, status)).model(model), spelling)
        body = json.dumps(delivery(resource, status, data)).replace("/", "\\/")  # PHP escapes slashes
        event = parse_event(body.encode())
        assert isinstance(event, WebhookEvent)
        assert (event.resource, event.status, event.resource_id, event.location_id) == (resource, status, 7, 720441)
        assert isinstance(event.data, model)
        kept = event.data.to_dict()
        assert set(data) <= set(kept), f"{resource}: lost {set(data) - set(kept)}"
        assert event.raw["data"] == data
        assert kept["field_from_the_future"] == {"kept": True}


def test_dates_keep_the_text_they_came_as() -> None:
    for spelling in DATE_SPELLINGS:
        event = parse_event(delivery("record", "update", {"id": 1, "datetime": spelling}))
        assert isinstance(event, WebhookEvent)
        assert event.data.to_dict()["datetime"] == spelling


def test_an_unknown_resource_is_an_event_with_plain_json() -> None:
    event = parse_event(delivery("loyalty_card_v9", "create", {"anything": [1, 2]}))
    assert isinstance(event, WebhookEvent)
    assert event.data == {"anything": [1, 2]}


def test_a_one_element_list_and_unicode_escapes_are_read() -> None:
    body = json.dumps([delivery("client", "create", {"id": 3, "name": "Zo\u00eb"})], ensure_ascii=True)
    event = parse_event(body)
    assert isinstance(event, WebhookEvent) and event.data.name == "Zoë"


@pytest.mark.parametrize("body", [b"", b"not json", b"[1, 2]", b'"text"', b"\xff\xfe"])
def test_a_body_that_is_not_a_delivery_is_a_webhook_error(body: bytes) -> None:
    with pytest.raises(WebhookError):
        parse_event(body)


def test_marketplace_hooks_are_their_own_kind() -> None:
    event = parse_event({"salon_id": 5, "application_id": 9, "event": "uninstall", "partner_token": "p"})
    assert isinstance(event, MarketplaceEvent)
    assert (event.event, event.location_id, event.application_id) == ("uninstall", 5, 9)


def test_url_secrets_can_be_rotated() -> None:
    assert verify_url_secret("new", ["old", "new"]) and verify_url_secret("old", ["old", "new"])
    assert not verify_url_secret("olde", ["old", "new"]) and not verify_url_secret(None, ["old"])
    with pytest.raises(ValueError, match="secret is required"):
        verify_url_secret("x", [])


def test_user_data_is_returned_only_with_its_sign() -> None:
    raw = json.dumps({"id": 1, "name": "Salon"}).encode()
    user_data = base64.b64encode(raw).decode()
    sign = hmac.new(b"partner-token", raw, hashlib.sha256).hexdigest()
    assert verify_user_data(user_data, sign, "partner-token") == {"id": 1, "name": "Salon"}
    with pytest.raises(WebhookAuthError) as caught:
        verify_user_data(user_data, sign, "another-token")
    assert "partner-token" not in str(caught.value) and sign not in str(caught.value)


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as server:
        yield server.url


@pytest.fixture(params=["sqlite", "redis"])
async def inbox(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Inbox]:
    """Every inbox guarantee is checked on both inboxes."""
    if request.param == "sqlite":
        yield SQLiteInbox(tmp_path / "inbox.sqlite", max_attempts=3, lease_seconds=0)
        return
    redis = RedisInbox(request.getfixturevalue("redis_url"), name=request.node.name, max_attempts=3, lease_seconds=0)
    yield redis
    await redis.aclose()


def _client(receiver: WebhookReceiver) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://hooks")


async def test_a_delivery_without_an_accepted_secret_is_401_and_the_secret_is_not_logged(
    inbox: Inbox, caplog: pytest.LogCaptureFixture
) -> None:
    receiver = WebhookReceiver(secrets=["s3cret-value"], inbox=inbox)
    caplog.set_level(logging.DEBUG)
    async with _client(receiver) as http:
        wrong = await http.post("/altegio?secret=guess-value", json=delivery("record", "create", {"id": 1}))
        none = await http.post("/altegio", json=delivery("record", "create", {"id": 1}))
    assert wrong.status_code == none.status_code == 401
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("altegio_async"))
    assert "refused" in ours  # (the sender's own httpx log line is the test's, not the receiver's)
    assert "s3cret-value" not in ours and "guess-value" not in ours
    assert await inbox.pending() == []


async def test_duplicates_reach_a_handler_once_and_failures_are_retried_then_dead_lettered(inbox: Inbox) -> None:
    receiver = WebhookReceiver(secrets=["s"], inbox=inbox)
    seen: list[tuple[str, Any]] = []
    attempts = 0

    @receiver.on("record", "create")
    async def on_record(event: WebhookEvent) -> None:
        seen.append((event.resource, event.resource_id))

    @receiver.on("client")
    async def on_client(event: WebhookEvent) -> None:
        nonlocal attempts
        attempts += 1
        raise RuntimeError("the database is down")

    async with _client(receiver) as http:
        for _ in range(3):  # Altegio re-sends, several web workers receive
            answer = await http.post("/altegio?secret=s", json=delivery("record", "create", {"id": 1}))
            assert answer.status_code == 200
        assert (await http.post("/altegio?secret=s", json=delivery("client", "update", {"id": 2}))).status_code == 200
        assert (await http.get("/altegio?secret=s")).status_code == 405
        assert (await http.post("/altegio?secret=s", content=b"<html>")).status_code == 400
    for _ in range(5):
        await receiver.process()
    assert seen == [("record", 7)]
    assert attempts == 3
    (dead,) = await inbox.dead_letters()
    assert json.loads(dead.body)["resource"] == "client"
    assert await inbox.pending() == []


async def test_an_acknowledged_delivery_survives_the_process(tmp_path: Path) -> None:
    path = tmp_path / "inbox.sqlite"
    receiver = WebhookReceiver(secrets=["s"], inbox=SQLiteInbox(path))
    async with _client(receiver) as http:
        assert (await http.post("/altegio?secret=s", json=delivery("staff", "delete", {"id": 4}))).status_code == 200
    receiver.inbox.close()  # the process ends before any handler ran
    reopened = SQLiteInbox(path)
    (pending,) = await reopened.pending()
    assert json.loads(pending.body)["resource"] == "staff"


async def test_marketplace_hooks_need_the_partner_token(inbox: Inbox) -> None:
    receiver = WebhookReceiver(secrets=["s"], inbox=inbox, partner_token="pt")
    events: list[MarketplaceEvent] = []

    @receiver.on("marketplace", "freeze")
    async def on_freeze(event: MarketplaceEvent) -> None:
        events.append(event)

    hook = {"salon_id": 5, "application_id": 9, "event": "freeze"}
    async with _client(receiver) as http:
        assert (await http.post("/altegio?secret=s", json={**hook, "partner_token": "wrong"})).status_code == 401
        assert (await http.post("/altegio?secret=s", json={**hook, "partner_token": "pt"})).status_code == 200
    await receiver.process()
    assert [e.location_id for e in events] == [5]


async def test_an_oversized_body_is_refused(inbox: Inbox) -> None:
    receiver = WebhookReceiver(secrets=["s"], inbox=inbox)
    async with _client(receiver) as http:
        answer = await http.post("/altegio?secret=s", content=b"[" + b"1," * 600_000 + b"1]")
    assert answer.status_code == 413


async def test_two_workers_share_one_inbox_and_handle_each_delivery_once(inbox: Inbox) -> None:
    inbox.lease_seconds = 30.0  # type: ignore[attr-defined]  # a claimed delivery stays with its worker
    first, second = (WebhookReceiver(secrets=["s"], inbox=inbox) for _ in range(2))
    handled: list[Any] = []
    for receiver in (first, second):
        receiver.on("record")(_collect(handled))
    async with _client(first) as one, _client(second) as two:
        for n in range(30):  # every delivery reaches both web workers
            body = delivery("record", "create", {"id": n}, resource_id=n)
            assert (await one.post("/altegio?secret=s", json=body)).status_code == 200
            assert (await two.post("/altegio?secret=s", json=body)).status_code == 200
    import asyncio

    await asyncio.gather(first.process(limit=7), second.process(limit=7), first.process(), second.process())
    assert sorted(handled) == list(range(30))


def _collect(into: list[Any]) -> Any:
    async def handler(event: WebhookEvent) -> None:
        into.append(event.resource_id)

    return handler


FISCALIZATION = {
    "id": "c1f0e7",
    "document_id": 1234,
    "type": 0,
    "date": "2026-09-21T10:00:00+03:00",
    "callback_url": "https://api.alteg.io/api/v1/integration/kkm/callback",
    "cashier": {"name": "Ada", "position": "Manager", "uid": "7"},
    "customer": {"email": "client@example.com", "phone": "+15550100"},
    "payments": [{"sum": 1000.0, "type": "card"}],
    "positions": [{"name": "Haircut", "price": 1000.0, "quantity": 1, "payment_method": "payment"}],
    "print_receipt": True,
    "tax": {"vat": 20},
}


def test_a_fiscalization_request_is_its_own_kind_with_every_field_kept() -> None:
    from altegio_async.webhooks import FiscalizationRequest

    event = parse_event(json.dumps(FISCALIZATION))
    assert isinstance(event, FiscalizationRequest)
    assert (event.id, event.document_id, event.type) == ("c1f0e7", 1234, 0)
    assert event.callback_url is not None and event.callback_url.endswith("/integration/kkm/callback")
    assert event.positions[0]["name"] == "Haircut" and event.payments == [{"sum": 1000.0, "type": "card"}]
    assert event.customer["phone"] == "+15550100" and event.cashier["uid"] == "7"
    assert event.raw == FISCALIZATION


async def test_fiscalization_requests_reach_their_handlers(inbox: Inbox) -> None:
    from altegio_async.webhooks import FiscalizationRequest

    receiver = WebhookReceiver(secrets=["s"], inbox=inbox)
    got: list[FiscalizationRequest] = []

    @receiver.on("fiscalization")
    async def fiscalise(event: FiscalizationRequest) -> None:
        got.append(event)

    async with _client(receiver) as http:
        assert (await http.post("/altegio?secret=s", json=FISCALIZATION)).status_code == 200
    await receiver.process()
    assert [e.document_id for e in got] == [1234]


def test_one_sqlite_inbox_serves_successive_event_loops(tmp_path: Path) -> None:
    import asyncio

    inbox = SQLiteInbox(tmp_path / "inbox.sqlite")
    assert asyncio.run(inbox.put(b'{"n": 1}')) is True
    assert asyncio.run(inbox.put(b'{"n": 2}')) is True  # a new loop: the first loop's writer is gone
    assert asyncio.run(inbox.put(b'{"n": 1}')) is False
    assert len(asyncio.run(inbox.pending())) == 2
