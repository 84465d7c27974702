"""Webhooks as the fast path: the replica changes when a delivery arrives; the sync repairs what none carried."""

from __future__ import annotations

from pathlib import Path

import httpx

from altegio_async import AltegioClient
from altegio_async.sync import SQLiteCheckpoints, SQLiteReplica, replica_handler, sync_location
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_async.testing._records import records_of
from altegio_async.webhooks import SQLiteInbox, WebhookReceiver
from altegio_b2b.api.appointments import create_appointment, delete_appointment, update_appointment
from tests.sync.test_sync import appointment


async def test_deliveries_update_the_replica_and_the_sync_repairs_a_missed_one(tmp_path: Path) -> None:
    mock = MockAltegio(chains=1, locations_per_chain=1)
    location = mock.store.chains[mock.chain_ids[0]].location_ids[0]
    replica, checkpoints = SQLiteReplica(tmp_path / "r.sqlite"), SQLiteCheckpoints(tmp_path / "c.sqlite")
    receiver = WebhookReceiver(secrets=["s"], inbox=SQLiteInbox(tmp_path / "inbox.sqlite"))
    receiver.on()(replica_handler(replica))
    mock.set_webhook(location, "http://hooks/?secret=s", transport=httpx.ASGITransport(app=receiver))
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=None
        ) as altegio,
    ):
        scope = altegio.location(location)
        await sync_location(altegio, "appointments", location, checkpoints=checkpoints, sink=replica)
        created = await scope.call(create_appointment, body=appointment("booked online"))
        assert created is not None
        await mock.webhooks.drain()
        await receiver.process()
        key = f"{location}:{created.id}"
        assert replica.rows("appointments")[key]["comment"] == "booked online", "there before any sync"

        await scope.call(delete_appointment, created.id)
        await mock.webhooks.drain()
        await receiver.process()
        assert key not in replica.rows("appointments")

        mock.webhooks.targets.clear()  # a delivery that never comes
        seeded = sorted(i for i in records_of(mock.store, location) if i != created.id)[0]
        await scope.call(update_appointment, seeded, body=appointment("changed, never delivered"))
        await mock.webhooks.drain()
        assert replica.rows("appointments")[f"{location}:{seeded}"]["comment"] != "changed, never delivered"
        await sync_location(altegio, "appointments", location, checkpoints=checkpoints, sink=replica)
    assert replica.rows("appointments")[f"{location}:{seeded}"]["comment"] == "changed, never delivered"
    expected = {f"{location}:{i}": r for i, r in records_of(mock.store, location).items() if not r["deleted"]}
    assert replica.rows("appointments") == expected
