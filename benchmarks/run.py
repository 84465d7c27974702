"""``make bench``: what the client costs over raw httpx, measured in one run on one machine.

Every figure is a ratio against a baseline measured in the same run against the same local
server: a server in its own process answering prepared bytes (``benchmarks/_server.py``: each
distinct request rendered once, then answered from the kept bytes, so the server's own work does
not sit on both sides of a ratio), and for fan-out the mock's in-process ASGI transport. Rounds
of the client and of the baseline interleave and the median round is kept; wall time and this
process's CPU time are reported side by side.

Writes a table to stdout and ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from altegio_async import AltegioClient
from altegio_async.testing import MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_cert_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_transaction_list as list_transactions
from tests.limits.services import max_in_window, redis_server

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
HEADERS = {
    "Accept": "application/vnd.api.v2+json",
    "Authorization": f"Bearer {MOCK_PARTNER_TOKEN}, User {MOCK_USER_TOKEN}",
}
CHAIN = 706028
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(chains: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "benchmarks._server", str(port), str(chains)])
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/chain/{CHAIN}/loyalty/certificate_types", headers=HEADERS, timeout=2)
            return process, base
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the benchmark server did not start") from None
            time.sleep(0.2)


CPU: dict[str, float] = {}
"""Client-process CPU seconds per call of the last ``alternate`` run, by side (the server runs apart)."""


async def alternate(
    baseline: Callable[[], Awaitable[Any]], candidate: Callable[[], Awaitable[Any]], calls: int
) -> tuple[float, float]:
    """Median wall seconds per call of each side, over interleaved rounds of ``calls`` calls.

    The medians of this process's CPU time per call are kept in ``CPU`` beside them: the server
    runs in a process of its own, so this is what the client costs the caller's machine.
    """
    rounds: dict[str, list[float]] = {"baseline": [], "candidate": []}
    cpu: dict[str, list[float]] = {"baseline": [], "candidate": []}
    for fn in (baseline, candidate):  # warm both up
        await fn()
    for _ in range(ROUNDS):
        for name, fn in (("baseline", baseline), ("candidate", candidate)):
            started, started_cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                await fn()
            rounds[name].append((time.perf_counter() - started) / calls)
            cpu[name].append((time.process_time() - started_cpu) / calls)
    CPU["baseline"], CPU["candidate"] = statistics.median(cpu["baseline"]), statistics.median(cpu["candidate"])
    return statistics.median(rounds["baseline"]), statistics.median(rounds["candidate"])


async def per_call(base: str, type_id: int) -> dict[str, float]:
    limits = httpx.Limits(max_connections=10)
    async with httpx.AsyncClient(limits=limits) as raw_http, httpx.AsyncClient(limits=limits) as client_http:
        altegio = AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=client_http, rate_limit=None
        )
        chain = altegio.chain(CHAIN)
        small_url = f"{base}/chain/{CHAIN}/loyalty/certificate_types/{type_id}"
        large_url = f"{base}/chain/{CHAIN}/loyalty/transactions"
        large_params = {"count": 10_000, "page": 1, "created_after": "2026-01-01", "created_before": "2026-12-31"}

        async def raw_small() -> Any:
            return json.loads((await raw_http.get(small_url, headers=HEADERS)).content)

        async def raw_large() -> Any:
            return json.loads((await raw_http.get(large_url, headers=HEADERS, params=large_params)).content)

        after, before = date(2026, 1, 1), date(2026, 12, 31)
        small = await alternate(raw_small, lambda: chain.call(get_cert_type, type_id), 200)
        small_cpu = dict(CPU)
        large = await alternate(
            raw_large,
            lambda: chain.call(list_transactions, count=10_000, page=1, created_after=after, created_before=before),
            3,
        )
        large_cpu = dict(CPU)
        large_raw = await alternate(
            raw_large,
            lambda: chain.call_raw(list_transactions, count=10_000, page=1, created_after=after, created_before=before),
            3,
        )
        body = await raw_large()
        started = time.perf_counter()
        for _ in range(3):
            list_transactions.parse_success(body["data"])  # the models alone
        parse = (time.perf_counter() - started) / 3
    return {
        "small_raw_cpu_ms": small_cpu["baseline"] * 1000,
        "small_client_cpu_ms": small_cpu["candidate"] * 1000,
        "cpu_ratio_small": small_cpu["candidate"] / small_cpu["baseline"],
        "large_raw_cpu_ms": large_cpu["baseline"] * 1000,
        "large_client_cpu_ms": large_cpu["candidate"] * 1000,
        "cpu_ratio_large": large_cpu["candidate"] / large_cpu["baseline"],
        "small_raw_ms": small[0] * 1000,
        "small_client_ms": small[1] * 1000,
        "overhead_ratio_small": small[1] / small[0],
        "large_raw_ms": large[0] * 1000,
        "large_client_ms": large[1] * 1000,
        "overhead_ratio_large": large[1] / large[0],
        "overhead_ratio_large_without_models": large_raw[1] / large_raw[0],
        "large_model_parse_ms": parse * 1000,
    }


async def aiohttp_backend(base: str, type_id: int, calls: int = 1000, width: int = 50) -> dict[str, float]:
    """The client over AiohttpClient against raw aiohttp + json.loads: per small call, and at concurrency."""
    import aiohttp

    from altegio_async import AiohttpClient

    url = f"{base}/chain/{CHAIN}/loyalty/certificate_types/{type_id}"
    connector = aiohttp.TCPConnector(limit=width)
    async with (
        aiohttp.ClientSession(connector=connector) as session,
        AiohttpClient(limits=httpx.Limits(max_connections=width, max_keepalive_connections=width)) as http,
    ):
        altegio = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=http, rate_limit=None)
        chain = altegio.chain(CHAIN)

        async def raw() -> Any:
            async with session.get(url, headers=HEADERS) as answer:
                return json.loads(await answer.read())

        small = await alternate(raw, lambda: chain.call(get_cert_type, type_id), 200)
        small_cpu = dict(CPU)

        async def burst(fn: Callable[[], Awaitable[Any]]) -> float:
            gate = asyncio.Semaphore(width)

            async def one() -> None:
                async with gate:
                    await fn()

            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(calls)))
            return calls / (time.perf_counter() - started)

        raw_rates, client_rates = [], []
        for _ in range(3):
            raw_rates.append(await burst(raw))
            client_rates.append(await burst(lambda: chain.call(get_cert_type, type_id)))
    return {
        "aiohttp_small_raw_cpu_ms": small_cpu["baseline"] * 1000,
        "aiohttp_small_client_cpu_ms": small_cpu["candidate"] * 1000,
        "aiohttp_cpu_ratio_small": small_cpu["candidate"] / small_cpu["baseline"],
        "aiohttp_small_raw_ms": small[0] * 1000,
        "aiohttp_small_client_ms": small[1] * 1000,
        "aiohttp_overhead_ratio_small": small[1] / small[0],
        "aiohttp_concurrency_raw_per_s": statistics.median(raw_rates),
        "aiohttp_concurrency_client_per_s": statistics.median(client_rates),
        "aiohttp_concurrency_cost_ratio": statistics.median(raw_rates) / statistics.median(client_rates),
    }


async def loop_stall(base: str) -> dict[str, float]:
    """The longest gap a 1 ms ticker sees while call() reads a 10,000-item answer beside it."""
    after, before = date(2026, 1, 1), date(2026, 12, 31)
    async with httpx.AsyncClient() as http:
        altegio = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=http, rate_limit=None)
        chain = altegio.chain(CHAIN)
        stalls = []
        for _ in range(3):
            done = asyncio.Event()
            gaps: list[float] = []

            async def ticker(done: asyncio.Event = done, gaps: list[float] = gaps) -> None:
                last = time.perf_counter()
                while not done.is_set():
                    await asyncio.sleep(0.001)
                    now = time.perf_counter()
                    gaps.append(now - last)
                    last = now

            tick = asyncio.create_task(ticker())
            await chain.call(list_transactions, count=10_000, page=1, created_after=after, created_before=before)
            done.set()
            await tick
            stalls.append(max(gaps))
    return {"loop_stall_max_ms": max(stalls) * 1000, "loop_stall_median_ms": statistics.median(stalls) * 1000}


async def per_page(base: str, pages: int = 20, size: int = 100) -> dict[str, float]:
    """What a page costs through the paginator, against fetching the same pages with raw httpx."""
    after, before = date(2026, 1, 1), date(2026, 12, 31)
    url = f"{base}/chain/{CHAIN}/loyalty/transactions"
    async with httpx.AsyncClient() as raw_http, httpx.AsyncClient() as http:
        altegio = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=http, rate_limit=None)
        chain = altegio.chain(CHAIN)

        async def raw() -> None:
            for page in range(1, pages + 1):
                params = {"count": size, "page": page, "created_after": "2026-01-01", "created_before": "2026-12-31"}
                json.loads((await raw_http.get(url, headers=HEADERS, params=params)).content)

        async def paged() -> None:
            paginator = chain.paginate(list_transactions, count=size, created_after=after, created_before=before)
            await paginator.with_options(max_items=pages * size).collect()

        raw_s, client_s = await alternate(raw, paged, 1)
    return {
        "per_page_raw_ms": raw_s / pages * 1000,
        "per_page_client_ms": client_s / pages * 1000,
        "per_page_ratio": client_s / raw_s,
    }


async def concurrency(base: str, type_id: int, calls: int = 1000, width: int = 50) -> dict[str, float]:
    limits = httpx.Limits(max_connections=width, max_keepalive_connections=width)
    url = f"{base}/chain/{CHAIN}/loyalty/certificate_types/{type_id}"

    async def burst(fn: Callable[[], Awaitable[Any]]) -> float:
        gate = asyncio.Semaphore(width)

        async def one() -> None:
            async with gate:
                await fn()

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(calls)))
        return calls / (time.perf_counter() - started)

    async with httpx.AsyncClient(limits=limits) as raw_http, httpx.AsyncClient(limits=limits) as client_http:
        altegio = AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=client_http, rate_limit=None
        )
        chain = altegio.chain(CHAIN)

        async def raw() -> Any:
            return json.loads((await raw_http.get(url, headers=HEADERS)).content)

        raw_rates, client_rates = [], []
        for _ in range(3):
            raw_rates.append(await burst(raw))
            client_rates.append(await burst(lambda: chain.call(get_cert_type, type_id)))
    raw_rate, client_rate = statistics.median(raw_rates), statistics.median(client_rates)
    return {
        "raw_calls_per_s": raw_rate,
        "client_calls_per_s": client_rate,
        "concurrency_throughput_ratio": client_rate / raw_rate,
    }


async def fanout(
    chains: int = 1000, rate: int = 50, latency: float = 0.005, shared: str | None = None
) -> dict[str, float]:
    """A fan-out at ``rate`` requests per 1 s window: wall time against the bound, and the most
    arrivals any 1 s window held at the server (in-process limiter, or Redis when ``shared``)."""
    from altegio_async import RedisRateLimiter

    mock = MockAltegio(seed=3, chains=chains, locations_per_chain=1)
    mock.set_faults(Faults(latency=latency))
    limiter = RedisRateLimiter(shared, [(rate, 1.0)]) if shared else [(rate, 1.0)]
    prefix = "fanout_redis" if shared else "fanout"
    async with (
        mock.http_client() as http,
        AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=MOCK_BASE_URL, http_client=http, rate_limit=limiter
        ) as altegio,
    ):
        started = time.perf_counter()
        outcomes = [o async for o in altegio.fan_out(mock.chain_ids, lambda c: c.call(list_cert_types), concurrency=50)]
        wall = time.perf_counter() - started
    if shared:
        await limiter.aclose()  # type: ignore[union-attr]
    assert len(outcomes) == chains and all(o.ok for o in outcomes)
    # A 1 s window admits the first `rate` at once; each later place frees a window after an answer.
    bound = 1.15 * (chains - rate) / rate + (chains / rate) * latency
    return {
        f"{prefix}_chains": chains,
        f"{prefix}_rate": rate,
        f"{prefix}_latency_s": latency,
        f"{prefix}_wall_s": wall,
        f"{prefix}_bound_s": bound,
        f"{prefix}_ratio_to_bound": wall / bound,
        f"{prefix}_server_max_per_window": max_in_window(mock.arrivals, 1.0),
    }


def shared_fanout() -> dict[str, float]:
    """The same fan-out through a RedisRateLimiter on a real redis-server on loopback."""
    with redis_server() as redis:
        return asyncio.run(fanout(shared=redis.url))


def import_times() -> dict[str, float]:
    def median_run(code: str) -> float:
        runs = []
        for _ in range(10):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            runs.append(time.perf_counter() - started)
        return statistics.median(runs) * 1000

    bare = median_run("pass")
    cold = median_run("import altegio_async")
    first_call = median_run(
        "import asyncio\n"
        "from altegio_async import AltegioClient\n"
        "from altegio_async.testing import MockAltegio, MOCK_BASE_URL, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN\n"
        "from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as op\n"
        "async def main():\n"
        "    mock = MockAltegio(chains=1)\n"
        "    async with mock.http_client() as http, AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN,"
        " base_url=MOCK_BASE_URL, http_client=http) as c:\n"
        "        await c.chain(706028).call(op)\n"
        "asyncio.run(main())\n"
    )
    return {"interpreter_ms": bare, "import_ms_cold": cold - bare, "first_call_ms": first_call - bare}


PAGINATE_SCRIPT = """
import asyncio, datetime, resource, sys
from altegio_async import AltegioClient
from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_transaction_list as op
WINDOW = {"created_after": datetime.date(2026, 1, 1), "created_before": datetime.date(2026, 12, 31)}

async def main(base, keep):
    async with AltegioClient(sys.argv[3], sys.argv[4], base_url=base, rate_limit=None) as client:
        chain = client.chain(706028)
        await chain.call(op, count=1, **WINDOW)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        items = chain.paginate(op, count=1000, **WINDOW)
        n = len(await items.collect()) if keep else sum([1 async for _ in items])
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(n, before / 1024, after / 1024)

asyncio.run(main(sys.argv[1], sys.argv[2] == "keep"))
"""


def paginate_memory(base: str) -> dict[str, float]:
    """Peak RSS of walking 100,000 items page by page, next to holding them all."""

    def run(mode: str) -> list[str]:
        command = [sys.executable, "-c", PAGINATE_SCRIPT, base, mode, MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()

    streamed, kept = run("stream"), run("keep")
    return {
        "paginate_items": int(streamed[0]),
        "paginate_rss_before_mb": float(streamed[1]),
        "paginate_100k_peak_rss_mb": float(streamed[2]),
        "collect_100k_peak_rss_mb": float(kept[2]),
    }


def main() -> None:
    process, base = start_server(chains=5)
    try:
        type_id = next(
            iter(httpx.get(f"{base}/chain/{CHAIN}/loyalty/certificate_types", headers=HEADERS).json()["data"])
        )["id"]
        results: dict[str, Any] = {}
        results.update(asyncio.run(per_call(base, type_id)))
        results.update(asyncio.run(concurrency(base, type_id)))
        results.update(asyncio.run(aiohttp_backend(base, type_id)))
        results.update(asyncio.run(loop_stall(base)))
        results.update(asyncio.run(per_page(base)))
        results.update(paginate_memory(base))
    finally:
        process.terminate()
        process.wait(timeout=10)
    results.update(import_times())
    results.update(asyncio.run(fanout()))
    results.update(shared_fanout())
    results["machine"] = {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"machine: {results['machine']['cores']} cores, Python {results['machine']['python']}")
    print(f"{'measure':44} {'value':>12}")
    for key, value in results.items():
        if key != "machine":
            print(f"{key:44} {value:>12.3f}" if isinstance(value, float) else f"{key:44} {value:>12}")
    print(f"written: {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
