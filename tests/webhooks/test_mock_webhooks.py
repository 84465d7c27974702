"""The mock sends webhooks for the writes it serves; the receiver takes them end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from altegio_async import AltegioClient
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_async.testing.webhooks import delivery_for
from altegio_async.webhooks import RESOURCE_MODELS, SQLiteInbox, WebhookEvent, WebhookReceiver, parse_event
from altegio_b2b.operation_index import OPERATIONS


def test_every_reported_write_gives_a_delivery_the_receiver_types() -> None:
    reported: set[tuple[str, str]] = set()
    for name, entry in OPERATIONS.items():
        params = {
            p.name: ("5" if p.name in ("location_id", "company_id") else "9")
            for p in entry.parameters
            if p.location == "path"
        }
        delivery = delivery_for(entry.method, entry.path, params, {"id": 9, "title": "x"})
        if delivery is None:
            continue
        event = parse_event(delivery)
        assert isinstance(event, WebhookEvent), name
        assert event.location_id == 5 and event.resource_id == 9, name
        assert type(event.data).__name__ == RESOURCE_MODELS[event.resource], name
        reported.add((event.resource, event.status))
    expected = {
        (r, s) for r in RESOURCE_MODELS if not r.startswith("goods_operations_") for s in ("create", "update", "delete")
    }
    assert expected - {("company", "create")} <= reported  # a location is created at the chain, not at itself
    assert not any(
        entry.method == "GET"
        for entry in OPERATIONS.values()
        if delivery_for("GET", entry.path, {"location_id": "1"}, {})
    )


def test_reads_and_writes_inside_a_resource_send_nothing() -> None:
    assert delivery_for("GET", "/records/{location_id}", {"location_id": "1"}, [{"id": 1}]) is None
    assert delivery_for("POST", "/company/{location_id}/clients/search", {"location_id": "1"}, []) is None
    path = "/company/{location_id}/clients/{client_id}/comments"
    assert delivery_for("POST", path, {"location_id": "1", "client_id": "2"}, {"id": 3}) is None


async def test_the_mock_delivers_its_writes_to_a_receiver(tmp_path: Path) -> None:
    mock = MockAltegio()
    location = mock.store.chains[mock.chain_ids[0]].location_ids[0]
    receiver = WebhookReceiver(secrets=["s"], inbox=SQLiteInbox(tmp_path / "inbox.sqlite"))
    seen: list[WebhookEvent] = []

    @receiver.on()
    async def everything(event: WebhookEvent) -> None:
        seen.append(event)

    mock.set_webhook(location, "http://hooks/altegio?secret=s", transport=httpx.ASGITransport(app=receiver))
    from altegio_b2b.api.appointments import create_appointment, delete_appointment, update_appointment
    from altegio_b2b.api.clients import create_client

    body: dict[str, Any] = {
        "staff_id": 1,
        "services": [{"id": 2}],
        "client": {"phone": "+100"},
        "datetime": "2026-09-21T10:00:00+03:00",
        "seance_length": 3600,
    }
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=None
        ) as altegio,
    ):
        scoped = altegio.location(location)
        created = await scoped.call(create_appointment, body=body)
        assert created is not None
        await scoped.call(update_appointment, created.id, body=body)
        await scoped.call(delete_appointment, created.id)
        await scoped.call(create_client, body={"name": "Zoë", "phone": "+100"})
        await altegio.location(location + 1).call(
            create_client, body={"name": "Elsewhere", "phone": "+1"}
        )  # no URL set
    await mock.webhooks.drain()
    assert await receiver.process() == 4
    assert [(e.resource, e.status) for e in seen] == [
        ("record", "create"),
        ("record", "update"),
        ("record", "delete"),
        ("client", "create"),
    ]
    assert {e.location_id for e in seen} == {location}
    assert [e.resource_id for e in seen[:3]] == [created.id] * 3 and isinstance(created.id, int)
    assert type(seen[0].data).__name__ == "Record"
    assert mock.webhooks.failed == 0 and len(mock.webhooks.sent) == 4


async def test_a_mock_on_a_port_takes_its_webhook_url_over_http() -> None:
    mock = MockAltegio()
    async with httpx.AsyncClient(transport=mock.transport(), base_url="http://altegio.mock") as http:
        answer = await http.post("/__mock__/webhooks", json={"location_id": 5, "url": "http://127.0.0.1:9/h"})
        assert answer.status_code == 200
        assert (await http.post("/__mock__/webhooks", json={"url": 1})).status_code == 400
    assert mock.webhooks.targets[5].url == "http://127.0.0.1:9/h"


@pytest.mark.parametrize("status", [500, 401])
async def test_a_failing_receiver_is_counted_not_raised(status: int) -> None:
    mock = MockAltegio()
    mock.set_webhook(5, "http://hooks/", transport=httpx.MockTransport(lambda request: httpx.Response(status)))
    mock.webhooks.send({"company_id": 5, "resource": "record", "resource_id": 1, "status": "create", "data": {}})
    await mock.webhooks.drain()
    assert mock.webhooks.failed == 1 and mock.webhooks.sent == []
