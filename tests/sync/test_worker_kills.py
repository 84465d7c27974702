"""``kill -9`` of taskiq sync workers mid-task: after restarts the replica is exact.

Three real worker processes on one redis-server sync the mock's locations; at random moments
one of them is killed (whatever it was doing: fetching a page, writing the replica, saving a
checkpoint) and a fresh one started, while the server keeps changing. A killed worker's tasks
are lost and its leases expire; the next round repairs everything, re-reading at most one page
per location, and the replica equals the server. A killed worker's places in the shared rate
budget free themselves when their lease ends, so the workers' budget is never exceeded either.
"""

# ruff: noqa: F811 - the served_mock fixture is imported, then named as a test parameter
from __future__ import annotations

import asyncio
import importlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from altegio_async.sync import SQLiteReplica
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_async.testing._records import churn, records_of
from tests.limits.services import max_in_window, redis_server
from tests.mock.conftest import served_mock  # noqa: F401 - the mock on a real port

WORKERS = 3
KILLS = 50
LEASE_SECONDS = 2.0


def _start(env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "taskiq", "worker", "altegio_async.sync.workers:broker", "--workers", "1"]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def _round(module: Any, ids: list[int]) -> list[dict[str, Any]]:
    tasks = await module.enqueue("appointments", ids, lag_seconds=60)
    results = []
    for task in tasks:
        result = await task.wait_result(timeout=180)
        assert not result.is_err, result.error
        results.append(result.return_value)
    return results


async def _queue_drained(redis_url: str) -> None:
    """Wait until no task is queued and every started one has had time to end (its lease too)."""
    import redis.asyncio as aioredis

    client = aioredis.from_url(redis_url)
    try:
        deadline = time.monotonic() + 60
        while await client.llen("altegio-sync") and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
    finally:
        await client.aclose()
    await asyncio.sleep(LEASE_SECONDS + 1.0)


async def _pages_needed(redis_url: str, mock: MockAltegio, ids: list[int]) -> int:
    """Pages a sync from each location's checkpoint must read: its changes since the cursor (less the lag)."""
    from altegio_async.rules import change_time_seconds
    from altegio_async.sync.engine import RESOURCES
    from altegio_async.sync.redis_state import RedisCheckpoints

    checkpoints = RedisCheckpoints(redis_url)
    size = RESOURCES["appointments"].page_size
    total = 0
    try:
        for location in ids:
            place = await checkpoints.load(f"appointments:{location}") or {}
            cursor = place.get("cursor")
            since = None if cursor is None else cursor - 60
            changed = [
                r
                for r in records_of(mock.store, location).values()
                if since is None or change_time_seconds(str(r.get("last_change_date") or "")) >= since
            ]
            total += max(1, -(-len(changed) // size))
    finally:
        await checkpoints.aclose()
    return total


async def test_killed_workers_leave_an_exact_replica_after_restarts(
    served_mock: tuple[str, MockAltegio], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url, mock = served_mock
    ids = [i for chain in mock.store.chains.values() for i in chain.location_ids]
    rnd = random.Random(11)
    with redis_server() as redis:
        db = tmp_path / "replica.sqlite"
        env = {
            **os.environ,
            "ALTEGIO_SYNC_REDIS_URL": redis.url,
            "ALTEGIO_PARTNER_TOKEN": MOCK_PARTNER_TOKEN,
            "ALTEGIO_USER_TOKEN": MOCK_USER_TOKEN,
            "ALTEGIO_BASE_URL": base_url,
            "ALTEGIO_SYNC_DB": str(db),
            "ALTEGIO_SYNC_LEASE_SECONDS": str(LEASE_SECONDS),
        }
        monkeypatch.setenv("ALTEGIO_SYNC_REDIS_URL", redis.url)
        module = importlib.reload(importlib.import_module("altegio_async.sync.workers"))
        processes = [_start(env) for _ in range(WORKERS)]
        arrived = len(mock.arrivals)
        await module.broker.startup()
        try:
            killed = 0
            for _ in range(KILLS):
                for _ in range(20):
                    churn(mock.store, rnd.choice(ids), rnd.choice, 1)
                # A few locations a round (not awaited: the kill cuts in), so the whole test stays
                # within Altegio's 200 a minute, which the workers' shared budget holds.
                await module.enqueue("appointments", rnd.sample(ids, 3), lag_seconds=60)
                await asyncio.sleep(rnd.uniform(0.1, 0.9))
                victim = rnd.randrange(WORKERS)
                processes[victim].send_signal(signal.SIGKILL)
                processes[victim].wait(timeout=15)
                killed += 1
                processes[victim] = _start(env)
            await _queue_drained(redis.url)
            pages_needed = await _pages_needed(redis.url, mock, ids)
            before = mock.stats()["requests"]
            results = await _round(module, ids)
            repaired = mock.stats()["requests"] - before
        finally:
            await module.broker.shutdown()
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=20)
    assert killed == KILLS
    assert max_in_window(mock.arrivals[arrived:], 1.0) <= 5, "the shared budget held through the kills"
    assert {r["location_id"] for r in results if not r["busy"]} == set(ids), "every location synced after the kills"
    # Only what changed since each location's last completed sync is read again: for the small
    # changes here, one page per location (more only where a location never completed a sync).
    assert repaired <= pages_needed, (repaired, pages_needed)
    assert pages_needed <= len(ids) + 3, "the kills and changes left little to repair"
    expected = {
        f"{location}:{record_id}": record
        for location in ids
        for record_id, record in records_of(mock.store, location).items()
        if not record["deleted"]
    }
    replica = SQLiteReplica(db)
    try:
        assert replica.rows("appointments") == expected
    finally:
        replica.close()
