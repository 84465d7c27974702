"""Incremental sync and scans: exact replicas, nothing lost when a sink fails, clocks that disagree."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from altegio_async import AltegioClient
from altegio_async.sync import Change, SQLiteCheckpoints, SQLiteReplica, sync_location, sync_locations
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_async.testing._records import records_of
from altegio_b2b.api.appointments import create_appointment, delete_appointment, update_appointment
from tests.support.routes import path_of


@pytest.fixture
def mock() -> MockAltegio:
    return MockAltegio(chains=2, locations_per_chain=5)


@pytest.fixture
async def client(mock: MockAltegio) -> AsyncIterator[AltegioClient]:
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=None
        ) as altegio,
    ):
        yield altegio


def appointment(comment: str) -> dict[str, Any]:
    """A body create and update accept."""
    client = {"phone": "+15550100", "name": "Ada"}
    return {
        "staff_id": 1,
        "services": [],
        "client": client,
        "datetime": "2026-09-21T10:00:00+03:00",
        "seance_length": 600,
        "comment": comment,
    }


def locations(mock: MockAltegio) -> list[int]:
    return [location for chain in mock.store.chains.values() for location in chain.location_ids]


def truth(mock: MockAltegio, location_ids: Sequence[int]) -> dict[str, dict[str, Any]]:
    """What the replica must hold: every appointment not deleted, by key."""
    return {
        f"{location}:{record_id}": record
        for location in location_ids
        for record_id, record in records_of(mock.store, location).items()
        if not record["deleted"]
    }


def replica_of(replica: SQLiteReplica) -> dict[str, dict[str, Any]]:
    return {key: {k: v for k, v in row.items()} for key, row in replica.rows("appointments").items()}


async def test_a_first_sync_copies_every_location_and_a_second_finds_nothing(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path
) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    ids = locations(mock)
    first = await sync_locations(client, "appointments", ids, checkpoints=checkpoints, sink=replica)
    assert [o.error for o in first] == [None] * len(ids)
    assert replica_of(replica) == truth(mock, ids)
    second = await sync_locations(client, "appointments", ids, checkpoints=checkpoints, sink=replica)
    assert sum(o.value.upserted + o.value.deleted for o in second if o.value) == 0
    assert sum(o.value.overlap_skipped for o in second if o.value) > 0, "the lag re-read something, and skipped it"


@pytest.mark.parametrize("skew", [-120.0, 0.0, 120.0])
async def test_changes_and_deletions_arrive_whatever_the_servers_clock_says(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path, skew: float
) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    location = locations(mock)[0]
    await sync_location(client, "appointments", location, checkpoints=checkpoints, sink=replica)
    mock.store.clock_skew = skew  # the server's clock is two minutes off this machine's
    scope = client.location(location)
    some = sorted(records_of(mock.store, location))
    created = await scope.call(create_appointment, body=appointment("new"))
    await scope.call(update_appointment, some[0], body=appointment("moved"))
    await scope.call(delete_appointment, some[1])
    report = await sync_location(client, "appointments", location, checkpoints=checkpoints, sink=replica)
    assert (report.upserted, report.deleted) == (2, 1)
    assert {c.kind for c in report.changes if c.key == f"{location}:{some[1]}"} == {"deleted"}
    assert created is not None and f"{location}:{created.id}" in replica_of(replica)
    assert replica_of(replica) == truth(mock, [location])


class FailingOnce:
    """A sink that refuses its first batch (a database that was down), then writes to a replica."""

    def __init__(self, replica: SQLiteReplica) -> None:
        self.replica, self.failed = replica, False

    async def write(self, resource: str, changes: Sequence[Change]) -> None:
        if not self.failed:
            self.failed = True
            raise RuntimeError("the replica database is down")
        await self.replica.write(resource, changes)


async def test_a_batch_the_sink_refused_is_delivered_by_the_next_run(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path
) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    location = locations(mock)[0]
    sink = FailingOnce(replica)
    with pytest.raises(RuntimeError, match="down"):
        await sync_location(client, "appointments", location, checkpoints=checkpoints, sink=sink)
    assert await checkpoints.load(f"appointments:{location}") is None, "the cursor did not move"
    await sync_location(client, "appointments", location, checkpoints=checkpoints, sink=sink)
    assert replica_of(replica) == truth(mock, [location])


async def test_a_crash_after_the_sink_and_before_the_checkpoint_redelivers_and_stays_exact(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path
) -> None:
    replica = SQLiteReplica(tmp_path / "r.sqlite")
    location = locations(mock)[0]

    class Forgetful(SQLiteCheckpoints):
        async def save(self, key: str, value: dict[str, Any]) -> None:
            raise KeyboardInterrupt  # the process dies between the sink's commit and the checkpoint

    with pytest.raises(KeyboardInterrupt):
        await sync_location(
            client, "appointments", location, checkpoints=Forgetful(tmp_path / "c.sqlite"), sink=replica
        )
    report = await sync_location(
        client, "appointments", location, checkpoints=SQLiteCheckpoints(tmp_path / "c.sqlite"), sink=replica
    )
    assert report.upserted == len(truth(mock, [location])), "delivered again: at least once"
    assert replica_of(replica) == truth(mock, [location]), "and the upsert makes the replica exact"


async def test_a_failing_location_does_not_stop_the_others_and_keeps_its_place(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path
) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    ids = locations(mock)[:3]
    mock.set_faults(
        Faults(server_error_rate=1.0, server_error_statuses=(500,)), path=path_of("get_appointment_list", ids[1])
    )
    outcomes = await sync_locations(client, "appointments", ids, checkpoints=checkpoints, sink=replica)
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert await checkpoints.load(f"appointments:{ids[1]}") is None
    assert replica_of(replica) == truth(mock, [ids[0], ids[2]])


async def test_random_churn_between_syncs_leaves_an_exact_replica(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path
) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    ids = locations(mock)
    rnd = random.Random(7)
    for _round in range(4):
        mock.store.clock_skew = rnd.choice([-120.0, 0.0, 120.0])
        for _ in range(25):
            location = rnd.choice(ids)
            scope = client.location(location)
            alive = [i for i, r in records_of(mock.store, location).items() if not r["deleted"]]
            action = rnd.choice(["create", "update", "delete"])
            if action == "create" or not alive:
                await scope.call(create_appointment, body=appointment(f"created in round {_round}"))
            elif action == "update":
                await scope.call(update_appointment, rnd.choice(alive), body=appointment(f"round {_round}"))
            else:
                await scope.call(delete_appointment, rnd.choice(alive))
        outcomes = await sync_locations(client, "appointments", ids, checkpoints=checkpoints, sink=replica)
        assert all(o.error is None for o in outcomes)
        assert replica_of(replica) == truth(mock, ids)


async def test_a_scan_finds_new_changed_and_gone_objects(tmp_path: Path) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    answers = [
        [{"good_id": 1, "title": "Shampoo"}, {"good_id": 2, "title": "Wax"}],
        [{"good_id": 1, "title": "Shampoo 2"}, {"good_id": 3, "title": "Oil"}],
        [{"good_id": 1, "title": "Shampoo 2"}, {"good_id": 3, "title": "Oil"}],
    ]
    with respx.mock(base_url="https://api.alteg.io/api/v1") as router:
        route = router.get(path_of("get_products_list", 5)).mock(
            side_effect=[httpx.Response(200, json={"success": True, "data": data, "meta": []}) for data in answers]
        )
        async with AltegioClient("partner", "user", rate_limit=None) as altegio:
            reports = [
                await sync_location(altegio, "products", 5, checkpoints=checkpoints, sink=replica) for _ in answers
            ]
    assert route.call_count == 3
    assert [(r.upserted, r.deleted) for r in reports] == [(2, 0), (2, 1), (0, 0)]
    assert {c.key for c in reports[1].changes if c.kind == "deleted"} == {"5:2"}
    assert replica.rows("products") == {
        "5:1": {"good_id": 1, "title": "Shampoo 2"},
        "5:3": {"good_id": 3, "title": "Oil"},
    }


async def test_two_versions_stamped_in_the_same_second_are_both_delivered(
    client: AltegioClient, mock: MockAltegio, tmp_path: Path
) -> None:
    checkpoints, replica = SQLiteCheckpoints(tmp_path / "c.sqlite"), SQLiteReplica(tmp_path / "r.sqlite")
    location = locations(mock)[0]
    scope = client.location(location)
    created = await scope.call(create_appointment, body=appointment("short-lived"))
    assert created is not None
    await sync_location(client, "appointments", location, checkpoints=checkpoints, sink=replica)
    await scope.call(delete_appointment, created.id)  # within the second it was created, most likely
    report = await sync_location(client, "appointments", location, checkpoints=checkpoints, sink=replica)
    assert [c.kind for c in report.changes if c.key == f"{location}:{created.id}"] == ["deleted"]
    assert f"{location}:{created.id}" not in replica_of(replica)
