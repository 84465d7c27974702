"""``make bench`` (part two): the webhook receiver on loopback, in its own process, under a steady load.

The receiver (``WebhookReceiver`` over an ``SQLiteInbox`` with ``synchronous=FULL``, served by
uvicorn) runs in a child process; this process sends deliveries (with aiohttp) at a fixed rate
for a fixed time and records, for each, how long the 200 took (the delivery is in the inbox by then). It
reports the rate achieved and the acknowledgement latency's median and 99th percentile, and
how many deliveries the inbox holds afterwards (every acknowledged one must be there).

Writes ``benchmarks/results/webhooks.json``.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.limits.services import wait_for_port
from tests.mock.conftest import free_port

RESULTS = Path(__file__).resolve().parent / "results" / "webhooks.json"
RATE = 1000  # deliveries per second offered
SECONDS = 5.0

RECEIVER = """
import sys, uvicorn
from altegio_async.webhooks import SQLiteInbox, WebhookReceiver
receiver = WebhookReceiver(secrets=["bench"], inbox=SQLiteInbox(sys.argv[2]))
uvicorn.run(receiver, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", lifespan="off", access_log=False)
"""


async def offer(port: int, rate: int, seconds: float) -> tuple[list[float], int, float]:
    """Send ``rate`` deliveries a second for ``seconds``; (ack latencies in seconds, failures, elapsed).

    The load comes from aiohttp: httpx's connection pool could not offer more than about 175
    requests a second here even to an app that only answers 200, so it would measure itself.
    """
    import aiohttp

    latencies: list[float] = []
    failures = 0
    url = f"http://127.0.0.1:{port}/?secret=bench"
    headers = {"Content-Type": "application/json"}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as http:

        async def one(n: int) -> None:
            nonlocal failures
            delivery = {"company_id": 720441, "resource": "record", "resource_id": n, "status": "update"}
            body = json.dumps({**delivery, "data": {"id": n}}).encode()
            started = time.perf_counter()
            async with http.post(url, data=body, headers=headers) as answer:
                await answer.read()
                if answer.status == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    failures += 1

        tasks = []
        begun = time.perf_counter()
        for n in range(int(rate * seconds)):
            delay = begun + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(n)))
        await asyncio.gather(*tasks)
        return latencies, failures, time.perf_counter() - begun


def main() -> int:
    """Run the load; print and keep the figures."""
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "inbox.sqlite"
        process = subprocess.Popen([sys.executable, "-c", RECEIVER, str(port), str(db)], stderr=subprocess.DEVNULL)
        try:
            wait_for_port(port, process, "receiver")
            asyncio.run(offer(port, 50, 0.5))  # warm up: connections, the file, the interpreter
            latencies, failures, elapsed = asyncio.run(offer(port, RATE, SECONDS))
        finally:
            process.terminate()
            process.wait(timeout=15)
        from altegio_async.webhooks import SQLiteInbox

        stored = len(asyncio.run(SQLiteInbox(db).pending()))
    ordered = sorted(latencies)
    figures = {
        "offered_per_second": RATE,
        "seconds": SECONDS,
        "acknowledged": len(latencies),
        "failures": failures,
        "achieved_per_second": round(len(latencies) / elapsed, 1),
        "ack_p50_ms": round(statistics.median(ordered) * 1000, 2),
        "ack_p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2),
        "in_inbox_after": stored,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print("webhook receiver (SQLite inbox, synchronous=FULL, uvicorn, loopback):")
    for key, value in figures.items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
