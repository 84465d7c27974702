"""``make bench`` (part three): the incremental sync at scale, against the mock in-process.

1,000 locations (20,000 seeded appointments); a first cycle copies everything; then cycles in
which 10,000 appointments change at Altegio (updates, deletions, new ones) with the server's
clock up to 120 s off this machine's, each followed by a sync of every location; then a cycle
with no change. After every cycle the replica is compared with the server: missing, stale and
extra rows are counted (all must be 0). Requests per cycle come from the mock's own count.

Writes ``benchmarks/results/sync.json``.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from altegio_async import AltegioClient
from altegio_async.sync import SQLiteCheckpoints, SQLiteReplica, sync_locations
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, MockAltegio
from altegio_async.testing._records import churn, records_of

RESULTS = Path(__file__).resolve().parent / "results" / "sync.json"
CHAINS, PER_CHAIN = 100, 10
CHANGES_PER_CYCLE = 10_000
CHURN_CYCLES = 3


def compare(mock: MockAltegio, replica: SQLiteReplica, ids: list[int]) -> dict[str, int]:
    """Missing, stale and extra rows of the replica against the server."""
    truth = {
        f"{location}:{record_id}": record
        for location in ids
        for record_id, record in records_of(mock.store, location).items()
        if not record["deleted"]
    }
    rows = replica.rows("appointments")
    return {
        "missing": sum(1 for key in truth if key not in rows),
        "stale": sum(1 for key, record in truth.items() if key in rows and rows[key] != record),
        "extra": sum(1 for key in rows if key not in truth),
        "rows": len(rows),
    }


async def cycles() -> list[dict[str, Any]]:
    mock = MockAltegio(chains=CHAINS, locations_per_chain=PER_CHAIN)
    ids = [i for chain in mock.store.chains.values() for i in chain.location_ids]
    rnd = random.Random(11)
    folder = Path(tempfile.mkdtemp())
    checkpoints, replica = SQLiteCheckpoints(folder / "c.sqlite"), SQLiteReplica(folder / "r.sqlite")
    figures = []
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=None
        ) as altegio,
    ):
        plan = ["first"] + ["churn"] * CHURN_CYCLES + ["no change"]
        for kind in plan:
            changes = 0
            if kind == "churn":
                mock.store.clock_skew = rnd.uniform(-120.0, 120.0)
                for _ in range(CHANGES_PER_CYCLE):
                    churn(mock.store, rnd.choice(ids), rnd.choice, 1)
                changes = CHANGES_PER_CYCLE
            before = mock.stats()["requests"]
            started = time.perf_counter()
            outcomes = await sync_locations(
                altegio, "appointments", ids, checkpoints=checkpoints, sink=replica, concurrency=50
            )
            elapsed = time.perf_counter() - started
            requests = mock.stats()["requests"] - before
            delivered = sum(o.value.upserted + o.value.deleted for o in outcomes if o.value)
            figures.append(
                {
                    "cycle": kind,
                    "server_changes": changes,
                    "clock_skew_s": round(mock.store.clock_skew, 1),
                    "locations": len(ids),
                    "failed_locations": sum(1 for o in outcomes if o.error is not None),
                    "requests": requests,
                    "requests_per_location": round(requests / len(ids), 2),
                    "changes_delivered": delivered,
                    "seconds": round(elapsed, 2),
                    **compare(mock, replica, ids),
                }
            )
    return figures


def main() -> int:
    """Run the cycles; print and keep the figures."""
    figures = asyncio.run(cycles())
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print("incremental sync, 1,000 locations against the in-process mock:")
    for row in figures:
        print("  " + ", ".join(f"{k}: {v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
