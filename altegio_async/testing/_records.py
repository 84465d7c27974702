"""The mock's appointments: a change log per location, read by ``changed_after``/``changed_before``/``with_deleted``.

Every location holds seeded appointments; creates, updates and deletes through the API stamp
``last_change_date`` with the server's clock (``Store.clock_skew`` seconds off the real one, to
test clients whose clock disagrees), and a deleted appointment stays listed with
``with_deleted=1``, as Altegio's does. That is what an incremental sync reads.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from ..rules import change_time_seconds, change_time_text
from ._examples import stable_int
from ._loyalty import Answer, Call, Refused, envelope, page_of
from ._store import Store

__all__ = ["RECORD_HANDLERS", "churn", "records_of", "server_now"]

SEEDED_PER_LOCATION = 20


def server_now(store: Store) -> float:
    """The mock server's clock (seconds), ``clock_skew`` off this machine's."""
    return time.time() + store.clock_skew


def records_of(store: Store, location_id: int) -> dict[int, dict[str, Any]]:
    """The appointments of a location (seeded on first use), by id."""
    logs = store.records
    if location_id not in logs:
        now = server_now(store)
        records = {}
        for n in range(SEEDED_PER_LOCATION):
            record_id = location_id * 1000 + n + 1
            changed = now - stable_int(store.seed, location_id, n, modulo=30 * 86400)
            records[record_id] = {
                "id": record_id,
                "company_id": location_id,
                "staff_id": stable_int(location_id, n, "staff", modulo=5),
                "datetime": change_time_text(changed + 7 * 86400),
                "seance_length": 3600,
                "comment": f"seeded appointment {n + 1}",
                "deleted": False,
                "last_change_date": change_time_text(changed),
            }
        logs[location_id] = records
    return logs[location_id]


def _location(call: Call) -> int:
    raw = call.params["location_id"]
    if not raw.isdigit():
        raise Refused(400, "Invalid location id", {"location_id": ["Must be an integer"]})
    return int(raw)


def _time_arg(call: Call, name: str) -> float | None:
    raw = call.arg(name)
    if not raw:
        return None
    try:
        return change_time_seconds(raw)
    except ValueError:
        raise Refused(400, f"{name} must be a date-time", {name: ["Must be a date-time"]}) from None


def list_records(call: Call) -> Answer:
    """``GET /records/{location_id}``: by change time then id; deleted ones only with ``with_deleted``."""
    records = records_of(call.store, _location(call))
    after, before = _time_arg(call, "changed_after"), _time_arg(call, "changed_before")
    with_deleted = (call.arg("with_deleted") or "").lower() in ("1", "true")
    found = [
        r
        for r in records.values()
        if (with_deleted or not r["deleted"])
        and (after is None or change_time_seconds(r["last_change_date"]) >= after)
        and (before is None or change_time_seconds(r["last_change_date"]) <= before)
    ]
    found.sort(key=lambda r: (change_time_seconds(r["last_change_date"]), r["id"]))
    size = call.int_arg("count", 50)
    return envelope(page_of(found, call.int_arg("page", 1), size), {"count": len(found), "total_count": len(found)})


def _touch(call: Call, record: dict[str, Any]) -> dict[str, Any]:
    record["last_change_date"] = change_time_text(server_now(call.store))
    return record


def create_record(call: Call) -> Answer:
    """``POST /records/{location_id}``: a new appointment, stamped now."""
    location_id = _location(call)
    body = call.body if isinstance(call.body, dict) else {}
    record_id = call.store.new_id()
    record = {**body, "id": record_id, "company_id": location_id, "deleted": False}
    records_of(call.store, location_id)[record_id] = _touch(call, record)
    return envelope(record, status=201)


def _record(call: Call) -> dict[str, Any]:
    records = records_of(call.store, _location(call))
    raw = call.params["record_id"]
    found = records.get(int(raw)) if raw.isdigit() else None
    if found is None or found["deleted"]:
        raise Refused(404, "Appointment not found")
    return found


def update_record(call: Call) -> Answer:
    """``PUT /record/{location_id}/{record_id}``: fields replaced, stamped now."""
    record = _record(call)
    body = call.body if isinstance(call.body, dict) else {}
    record.update({k: v for k, v in body.items() if k not in ("id", "company_id", "deleted")})
    return envelope(_touch(call, record))


def delete_record(call: Call) -> Answer:
    """``DELETE /record/{location_id}/{record_id}``: kept as deleted (listed with ``with_deleted``), stamped now."""
    record = _record(call)
    record["deleted"] = True
    _touch(call, record)
    return envelope(None)


def get_record(call: Call) -> Answer:
    """``GET /record/{location_id}/{record_id}``."""
    return envelope(_record(call))


RECORD_HANDLERS: dict[str, Callable[[Call], Answer]] = {
    "get_appointment_list": list_records,
    "create_appointment": create_record,
    "get_appointment": get_record,
    "update_appointment": update_record,
    "delete_appointment": delete_record,
}


def churn(store: Store, location_id: int, choose: Callable[[Sequence[Any]], Any], changes: int) -> None:
    """``changes`` edits made at Altegio by someone else: updates, deletions and new appointments.

    Each is stamped with the server's clock, as a write through the API would be; ``choose``
    picks among options (``random.Random(seed).choice`` makes it repeatable).
    """
    records = records_of(store, location_id)
    for _ in range(changes):
        alive = [r for r in records.values() if not r["deleted"]]
        action = choose(["update", "delete", "create"]) if alive else "create"
        if action == "create":
            record_id = store.new_id()
            record: dict[str, Any] = {
                "id": record_id,
                "company_id": location_id,
                "seance_length": 1800,
                "deleted": False,
            }
            records[record_id] = record
        else:
            record = choose(alive)
            if action == "delete":
                record["deleted"] = True
            else:
                record["comment"] = f"edited {record.get('comment', '')}"[:200]
        record["last_change_date"] = change_time_text(server_now(store))
