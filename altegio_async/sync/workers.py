"""The sync as taskiq tasks on a Redis broker: one task per location and resource, any number of workers.

Every worker process shares one :class:`~altegio_async.RedisRateLimiter` budget, the checkpoints
(:class:`RedisCheckpoints`) and a lease per location (:class:`RedisLease`): a location is synced
by one worker at a time, and a task that finds it busy reports so instead of waiting. Run
workers with ``taskiq worker altegio_async.sync.workers:broker`` (extra ``[workers]``),
configured by the environment:

- ``ALTEGIO_SYNC_REDIS_URL``: the broker, results, checkpoints, leases and rate budget
  (default ``redis://127.0.0.1:6379/0``);
- ``ALTEGIO_PARTNER_TOKEN``, ``ALTEGIO_USER_TOKEN``, ``ALTEGIO_BASE_URL``: the client's;
- ``ALTEGIO_SYNC_DB``: the SQLite replica every worker writes (default ``altegio-replica.sqlite``);
- ``ALTEGIO_SYNC_LEASE_SECONDS``: how long a location's lease lasts when its worker dies holding
  it (default 600; longer than one location's sync takes, since a live holder keeps it until done).

Enqueue from anywhere: ``await enqueue("appointments", location_ids)``.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable
from typing import Any

from .._extras import missing_extra

if (_hint := missing_extra("workers")) is not None:
    raise ModuleNotFoundError(f"altegio_async.sync.workers: {_hint}")

from taskiq import Context, TaskiqDepends, TaskiqEvents, TaskiqState
from taskiq_redis import ListQueueBroker, RedisAsyncResultBackend

from ..client import DEFAULT_BASE_URL, AltegioClient
from ..limits.redis import RedisRateLimiter
from .engine import sync_location
from .redis_state import RedisCheckpoints, RedisLease
from .sinks import SQLiteReplica

__all__ = ["broker", "enqueue", "sync_location_task"]

REDIS_URL = os.environ.get("ALTEGIO_SYNC_REDIS_URL", "redis://127.0.0.1:6379/0")
LEASE_SECONDS = float(os.environ.get("ALTEGIO_SYNC_LEASE_SECONDS", "600"))

broker = ListQueueBroker(REDIS_URL, queue_name="altegio-sync").with_result_backend(
    RedisAsyncResultBackend(REDIS_URL, result_ex_time=3600)
)


@broker.on_event(TaskiqEvents.WORKER_STARTUP)
async def _start(state: TaskiqState) -> None:
    """One client per worker process, on the shared budget; the shared checkpoints, leases and replica."""
    state.altegio = AltegioClient(
        os.environ.get("ALTEGIO_PARTNER_TOKEN", ""),
        os.environ.get("ALTEGIO_USER_TOKEN") or None,
        base_url=os.environ.get("ALTEGIO_BASE_URL", DEFAULT_BASE_URL),
        rate_limit=RedisRateLimiter(REDIS_URL),
    )
    state.checkpoints = RedisCheckpoints(REDIS_URL)
    state.leases = RedisLease(REDIS_URL)
    state.replica = SQLiteReplica(os.environ.get("ALTEGIO_SYNC_DB", "altegio-replica.sqlite"))


@broker.on_event(TaskiqEvents.WORKER_SHUTDOWN)
async def _stop(state: TaskiqState) -> None:
    await state.altegio.aclose()
    await state.checkpoints.aclose()
    await state.leases.aclose()
    state.replica.close()


_CONTEXT: Context = TaskiqDepends()  # taskiq's way of handing a task its worker's context


@broker.task(task_name="altegio_async.sync_location")
async def sync_location_task(
    resource: str, location_id: int, lag_seconds: float = 300.0, context: Context = _CONTEXT
) -> dict[str, Any]:
    """Sync one location's ``resource`` unless another worker holds it; a summary of what was done."""
    state = context.state
    async with state.leases.hold(f"{resource}:{location_id}", LEASE_SECONDS) as held:
        if not held:
            return {"resource": resource, "location_id": location_id, "busy": True}
        report = await sync_location(
            state.altegio,
            resource,
            location_id,
            checkpoints=state.checkpoints,
            sink=state.replica,
            lag=datetime.timedelta(seconds=lag_seconds),
        )
    return {
        "resource": resource,
        "location_id": location_id,
        "busy": False,
        "read": report.read,
        "upserted": report.upserted,
        "deleted": report.deleted,
        "worker": os.getpid(),
    }


async def enqueue(resource: str, location_ids: Iterable[int], lag_seconds: float = 300.0) -> list[Any]:
    """One task per location (the broker must be started: ``await broker.startup()``); their handles."""
    return [await sync_location_task.kiq(resource, int(location_id), lag_seconds) for location_id in location_ids]
