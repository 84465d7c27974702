"""One location's sync of one resource (incremental or by scan), and many locations at once."""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..rules import change_time_seconds, change_time_text
from .changes import Change
from .checkpoints import Checkpoints
from .sinks import Sink

if TYPE_CHECKING:
    from ..client import AltegioClient
    from ..fanout import Outcome, ProgressCallback
    from ..scopes import LocationScope

__all__ = ["RESOURCES", "Change", "Resource", "SyncReport", "sync_location", "sync_locations"]


@dataclass(frozen=True)
class Resource:
    """What to sync and how.

    Attributes:
        name: the replica's table and the checkpoint's prefix (``appointments``).
        operation: the list operation read for a location (``get_appointment_list``).
        incremental: whether the operation filters by change time (``changed_after``,
            ``with_deleted``); otherwise every run scans the whole list and compares hashes.
        key_field: the object's id field.
        changed_field: the object's change-time field (incremental resources).
        deleted_field: the object's deleted flag (incremental resources).
        page_size: items asked for per page.
    """

    name: str
    operation: str
    incremental: bool
    key_field: str = "id"
    changed_field: str = "last_change_date"
    deleted_field: str = "deleted"
    page_size: int = 200


RESOURCES: dict[str, Resource] = {
    "appointments": Resource("appointments", "get_appointment_list", incremental=True),
    "products": Resource("products", "get_products_list", incremental=False, key_field="good_id"),
}
"""The resources :func:`sync_location` knows, by name."""


@dataclass
class SyncReport:
    """What one run did for one location."""

    resource: str
    location_id: int
    upserted: int = 0
    deleted: int = 0
    overlap_skipped: int = 0
    read: int = 0
    cursor: float | None = None
    changes: list[Change] = field(default_factory=list, repr=False)


def _operation(resource: Resource) -> Any:
    import importlib

    from altegio_b2b.operation_index import OPERATIONS

    return importlib.import_module(OPERATIONS[resource.operation].module)


def _as_json(item: Any) -> dict[str, Any]:
    from altegio_b2b.types import to_json

    value = to_json(item)
    if not isinstance(value, dict):
        raise TypeError(f"expected an object in the list, got {type(value).__name__}")
    return value


async def sync_location(
    client: AltegioClient | LocationScope,
    resource: Resource | str,
    location_id: int,
    *,
    checkpoints: Checkpoints,
    sink: Sink,
    lag: datetime.timedelta = datetime.timedelta(minutes=5),
) -> SyncReport:
    """Bring ``sink``'s copy of one location's ``resource`` up to date, then move its checkpoint.

    Incremental resources read everything changed since the cursor less ``lag`` (deleted ones
    included) and skip what this location already delivered in that overlap; the cursor is the
    latest change time the server reported, so a client clock that disagrees with the server's
    changes nothing. Other resources are scanned whole and compared with the hashes kept from
    the last run. The checkpoint is saved only after ``sink.write`` returned.
    """
    spec = RESOURCES[resource] if isinstance(resource, str) else resource
    scope = client.location(location_id) if hasattr(client, "location") else client
    key = f"{spec.name}:{location_id}"
    place = await checkpoints.load(key) or {}
    report = SyncReport(spec.name, location_id)
    if spec.incremental:
        changes, new_place = await _incremental(scope, spec, location_id, place, lag, report)
    else:
        changes, new_place = await _scan(scope, spec, location_id, place, report)
    if changes:
        await sink.write(spec.name, changes)
    await checkpoints.save(key, new_place)
    report.changes = changes
    report.upserted = sum(c.kind == "upserted" for c in changes)
    report.deleted = sum(c.kind == "deleted" for c in changes)
    return report


async def _incremental(
    scope: Any, spec: Resource, location_id: int, place: dict[str, Any], lag: datetime.timedelta, report: SyncReport
) -> tuple[list[Change], dict[str, Any]]:
    cursor: float | None = place.get("cursor")
    # key → [change time, content digest] of what was delivered inside the lag window: a change
    # time alone is not enough, since Altegio stamps to the second and two versions can share one.
    seen: dict[str, list[str]] = {k: list(v) for k, v in (place.get("seen") or {}).items()}
    arguments: dict[str, Any] = {"with_deleted": True, "count": spec.page_size}
    if cursor is not None:
        arguments["changed_after"] = change_time_text(cursor - lag.total_seconds())
    latest: dict[str, tuple[float, Change, list[str]]] = {}  # key → (change time, change, fingerprint)
    newest = cursor
    async for item in scope.paginate(_operation(spec), **arguments):
        data = _as_json(item)
        report.read += 1
        changed = str(data.get(spec.changed_field) or "")
        when = change_time_seconds(changed) if changed else 0.0
        object_key = f"{location_id}:{data[spec.key_field]}"
        fingerprint = [changed, _digest(data)]
        if changed and seen.get(object_key) == fingerprint:
            report.overlap_skipped += 1  # delivered by the last run; read again only because of the lag
            continue
        kind: Literal["upserted", "deleted"] = "deleted" if data.get(spec.deleted_field) else "upserted"
        if object_key not in latest or latest[object_key][0] <= when:
            latest[object_key] = (when, Change(kind, object_key, location_id, changed, data), fingerprint)
        if changed:
            newest = max(newest or 0.0, when)
    window_start = (newest or 0.0) - lag.total_seconds()
    kept = {k: v for k, v in seen.items() if v and v[0] and change_time_seconds(v[0]) >= window_start}
    kept.update({key: mark for key, (when, change, mark) in latest.items() if change.changed and when >= window_start})
    report.cursor = newest
    return [change for _, change, _ in latest.values()], {"cursor": newest, "seen": kept}


def _digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:32]


async def _scan(
    scope: Any, spec: Resource, location_id: int, place: dict[str, Any], report: SyncReport
) -> tuple[list[Change], dict[str, Any]]:
    before: dict[str, str] = dict(place.get("hashes") or {})
    items = await scope.call_raw(_operation(spec))
    now = change_time_text(datetime.datetime.now(datetime.UTC).timestamp())
    after: dict[str, str] = {}
    changes: list[Change] = []
    for item in items if isinstance(items, list) else [items] if isinstance(items, dict) else []:
        if not isinstance(item, dict):
            continue
        report.read += 1
        object_key = f"{location_id}:{item.get(spec.key_field)}"
        digest = _digest(item)
        after[object_key] = digest
        if before.get(object_key) != digest:
            changes.append(Change("upserted", object_key, location_id, now, item))
    for gone in sorted(set(before) - set(after)):
        changes.append(Change("deleted", gone, location_id, now, {spec.key_field: gone.split(":", 1)[1]}))
    return changes, {"hashes": after}


async def sync_locations(
    client: AltegioClient,
    resource: Resource | str,
    location_ids: Iterable[int],
    *,
    checkpoints: Checkpoints,
    sink: Sink,
    lag: datetime.timedelta = datetime.timedelta(minutes=5),
    concurrency: int = 10,
    progress: ProgressCallback | None = None,
) -> Sequence[Outcome[SyncReport]]:
    """:func:`sync_location` for every location, ``concurrency`` at a time within the client's rate budget.

    One location failing does not stop the others: its outcome carries the error and its
    checkpoint stays where it was, so the next run takes it up again. ``progress(done, total,
    failed)`` is called as each location finishes.
    """
    outcomes = []
    async for outcome in client.fan_out(
        location_ids,
        lambda scope: sync_location(scope, resource, scope.id, checkpoints=checkpoints, sink=sink, lag=lag),
        scope="location",
        concurrency=concurrency,
        progress=progress,
    ):
        outcomes.append(outcome)
    return sorted(outcomes, key=lambda o: o.target)
