"""The sync on taskiq: several real worker processes, one redis-server, one mock on a port."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from altegio_async import AltegioClient
from altegio_async.sync import SQLiteReplica
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_async.testing._records import records_of
from altegio_b2b.api.appointments import delete_appointment, update_appointment
from tests.limits.services import max_in_window, redis_server
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port
from tests.sync.test_sync import appointment

WORKERS = 3


@pytest.fixture
def workers(served_mock: tuple[str, MockAltegio], tmp_path: Path) -> Iterator[tuple[str, Path]]:  # noqa: F811
    """(redis URL, replica file) with ``WORKERS`` taskiq worker processes running."""
    base_url, _mock = served_mock
    with redis_server() as redis:
        db = tmp_path / "replica.sqlite"
        env = {
            **os.environ,
            "ALTEGIO_SYNC_REDIS_URL": redis.url,
            "ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN,
            "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN,
            "ALTEGIO_BASE_URL": base_url,
            "ALTEGIO_SYNC_DB": str(db),
        }
        command = [sys.executable, "-m", "taskiq", "worker", "altegio_async.sync.workers:broker", "--workers", "1"]
        processes = [
            subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(WORKERS)
        ]
        try:
            yield redis.url, db
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=20)


async def run_round(broker_module: Any, location_ids: list[int]) -> list[dict[str, Any]]:
    tasks = await broker_module.enqueue("appointments", location_ids + location_ids, lag_seconds=60)  # each twice
    results = []
    for task in tasks:
        result = await task.wait_result(timeout=120)
        assert not result.is_err, result.error
        results.append(result.return_value)
    return results


async def test_many_workers_sync_many_locations_to_an_exact_replica(
    served_mock: tuple[str, MockAltegio],  # noqa: F811
    workers: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base_url, mock = served_mock
    redis_url, db = workers
    monkeypatch.setenv("ALTEGIO_SYNC_REDIS_URL", redis_url)
    module = importlib.reload(importlib.import_module("altegio_async.sync.workers"))
    ids = [i for chain in mock.store.chains.values() for i in chain.location_ids]
    await module.broker.startup()
    try:
        deadline = time.monotonic() + 60
        arrived = len(mock.arrivals)
        first = await run_round(module, ids)
        first_arrivals = mock.arrivals[arrived:]
        assert time.monotonic() < deadline
        # Each location was synced (a duplicate task either synced nothing new or found it busy).
        assert {r["location_id"] for r in first if not r["busy"]} == set(ids)
        async with AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=None) as altegio:
            for location in ids[:5]:
                alive = sorted(records_of(mock.store, location))
                await altegio.location(location).call(update_appointment, alive[0], body=appointment("moved"))
                await altegio.location(location).call(delete_appointment, alive[1])
        arrived = len(mock.arrivals)
        second = await run_round(module, ids)
        second_arrivals = mock.arrivals[arrived:]
    finally:
        await module.broker.shutdown()
    assert sum(r.get("deleted", 0) for r in second) == 5
    # Three processes, one budget (Altegio's 5 a second, held in Redis): never more at the server.
    assert len(first_arrivals) >= len(ids)
    assert max_in_window(first_arrivals, 1.0) <= 5 and max_in_window(second_arrivals, 1.0) <= 5
    assert len({r["worker"] for r in first + second if not r["busy"]}) > 1, "the work was shared"
    replica = SQLiteReplica(db)
    expected = {
        f"{location}:{record_id}": record
        for location in ids
        for record_id, record in records_of(mock.store, location).items()
        if not record["deleted"]
    }
    assert replica.rows("appointments") == expected


async def test_a_lease_is_held_by_one_holder_and_released_only_by_it() -> None:
    from altegio_async.sync.redis_state import RedisCheckpoints, RedisLease

    with redis_server() as redis:
        one, two = RedisLease(redis.url), RedisLease(redis.url)
        async with one.hold("appointments:1", seconds=30) as first:
            async with two.hold("appointments:1", seconds=30) as second:
                assert (first, second) == (True, False)
            async with two.hold("appointments:1", seconds=30) as again:  # the failed try released nothing
                assert again is False
        async with two.hold("appointments:1", seconds=30) as after:
            assert after is True
        async with one.hold("appointments:2", seconds=0.05) as short:
            assert short is True
            time.sleep(0.1)  # a holder that died: the lease expires on its own
            async with two.hold("appointments:2", seconds=30) as taken:
                assert taken is True
        checkpoints = RedisCheckpoints(redis.url)
        assert await checkpoints.load("appointments:1") is None
        await checkpoints.save("appointments:1", {"cursor": 1.5, "seen": {}})
        assert await checkpoints.load("appointments:1") == {"cursor": 1.5, "seen": {}}
        for closable in (one, two, checkpoints):
            await closable.aclose()
