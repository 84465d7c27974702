"""``make bench``: what the client costs over raw httpx, measured in one run on one machine.

Every figure is a ratio against a baseline measured in the same run against the same local
server: a server in its own process answering prepared bytes (``benchmarks/_server.py``: each
distinct request rendered once, then answered from the kept bytes, so the server's own work does
not sit on both sides of a ratio), and for fan-out the mock's in-process ASGI transport. Rounds
of the client and of the baseline interleave; each round's pair gives a ratio, and the median of
those ratios is reported with their smallest and largest. This process's CPU time (what the
client costs the caller's machine: the server runs apart) and wall time are reported side by side.

The large answer is 10,000 certificate types with all 26 documented fields filled (its size is
reported as measured); the small call is one certificate type. ``BENCH_PARTS=per_call,aiohttp``
runs only those parts and prints them (nothing is written).

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
LARGE_PARAMS = {"page": 1, "page_size": 10_000}
"""The large answer's query: the benchmark server answers it with 10,000 fully filled certificate types."""
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "9"))


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


ROUND_SECONDS = float(os.environ.get("BENCH_ROUND_SECONDS", "0.4"))


class Pair:
    """One comparison: per-call CPU and wall of each side, round by round, and the ratios paired per round.

    The rounds interleave (baseline, candidate, baseline, ...) so a slower moment of the machine
    falls on both sides; the ratio of each round's pair is kept, and the median and spread of
    those ratios are what is reported. CPU is this process's (the server runs in its own), so it
    is what the client costs the caller's machine.
    """

    def __init__(self) -> None:
        self.cpu: dict[str, list[float]] = {"baseline": [], "candidate": []}
        self.wall: dict[str, list[float]] = {"baseline": [], "candidate": []}

    def ratios(self, kind: str = "cpu") -> list[float]:
        table = self.cpu if kind == "cpu" else self.wall
        return [c / b for b, c in zip(table["baseline"], table["candidate"], strict=True)]

    def report(self, prefix: str) -> dict[str, float]:
        """``<prefix>_{raw,client}_{cpu,wall}_ms`` medians; ``<prefix>_cpu_ratio`` (+ ``_min``/``_max``), wall too."""
        out: dict[str, float] = {}
        for side, name in (("baseline", "raw"), ("candidate", "client")):
            out[f"{prefix}_{name}_cpu_ms"] = statistics.median(self.cpu[side]) * 1000
            out[f"{prefix}_{name}_wall_ms"] = statistics.median(self.wall[side]) * 1000
        for kind in ("cpu", "wall"):
            ratios = self.ratios(kind)
            out[f"{prefix}_{kind}_ratio"] = statistics.median(ratios)
            out[f"{prefix}_{kind}_ratio_min"] = min(ratios)
            out[f"{prefix}_{kind}_ratio_max"] = max(ratios)
        out[f"{prefix}_rounds"] = len(ratios)
        return out


async def alternate(
    baseline: Callable[[], Awaitable[Any]], candidate: Callable[[], Awaitable[Any]], calls: int | None = None
) -> Pair:
    """Interleaved rounds of each side; a round is ``calls`` calls (default: about ROUND_SECONDS of them)."""
    pair = Pair()
    for fn in (baseline, candidate):  # warm both up
        await fn()
    if calls is None:
        started = time.perf_counter()
        await baseline()
        calls = max(1, int(ROUND_SECONDS / max(time.perf_counter() - started, 1e-6)))
    for _ in range(ROUNDS):
        for name, fn in (("baseline", baseline), ("candidate", candidate)):
            started, started_cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                await fn()
            pair.wall[name].append((time.perf_counter() - started) / calls)
            pair.cpu[name].append((time.process_time() - started_cpu) / calls)
    return pair


def burst(fn: Callable[[], Awaitable[Any]], calls: int, width: int) -> Callable[[], Awaitable[None]]:
    """One round of ``calls`` calls of ``fn``, ``width`` at a time."""

    async def run() -> None:
        gate = asyncio.Semaphore(width)

        async def one() -> None:
            async with gate:
                await fn()

        await asyncio.gather(*(one() for _ in range(calls)))

    return run


async def per_call(base: str, type_id: int) -> dict[str, float]:
    """One small call, and the 10,000-item answer (``call`` and ``call_raw``), against raw httpx + json.loads."""
    limits = httpx.Limits(max_connections=10)
    async with httpx.AsyncClient(limits=limits) as raw_http, httpx.AsyncClient(limits=limits) as client_http:
        altegio = AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=client_http, rate_limit=None
        )
        chain = altegio.chain(CHAIN)
        small_url = f"{base}/chain/{CHAIN}/loyalty/certificate_types/{type_id}"
        large_url = f"{base}/chain/{CHAIN}/loyalty/certificate_types"

        async def raw_small() -> Any:
            return json.loads((await raw_http.get(small_url, headers=HEADERS)).content)

        async def raw_large() -> Any:
            return json.loads((await raw_http.get(large_url, headers=HEADERS, params=LARGE_PARAMS)).content)

        results = (await alternate(raw_small, lambda: chain.call(get_cert_type, type_id))).report("small")
        results |= (await alternate(raw_large, lambda: chain.call(list_cert_types, **LARGE_PARAMS), 2)).report("large")
        results |= (await alternate(raw_large, lambda: chain.call_raw(list_cert_types, **LARGE_PARAMS), 2)).report(
            "large_call_raw"
        )
        answer = await raw_http.get(large_url, headers=HEADERS, params=LARGE_PARAMS)
        body = json.loads(answer.content)
        results["large_body_bytes"] = len(answer.content)
        results["large_items"] = len(body["data"])
        results["large_fields_per_item"] = len(body["data"][0])
        results |= model_costs(answer.content, body["data"])
    return results


def model_costs(content: bytes, data: list[dict[str, Any]]) -> dict[str, float]:
    """Where the large answer's time goes: decoding, attrs models with and without the collector, and msgspec.

    ``msgspec_models_ms`` decodes the same bytes straight into ``msgspec.Struct`` types of the 26
    fields: what a model layer built for speed would cost (the public types stay attrs models).
    """
    import gc

    import msgspec

    def median_ms(fn: Callable[[], Any], runs: int = 5) -> float:
        times = []
        for _ in range(runs):
            started = time.process_time()
            fn()
            times.append(time.process_time() - started)
        return statistics.median(times) * 1000

    class ItemType(msgspec.Struct):
        id: int
        title: str

    fields = {name: Any for name in data[0] if name != "item_type"}
    Item = msgspec.defstruct("Item", [(name, kind) for name, kind in fields.items()] + [("item_type", ItemType)])
    Envelope = msgspec.defstruct("Envelope", [("success", bool), ("data", list[Item]), ("meta", dict)])  # type: ignore[valid-type]
    typed = msgspec.json.Decoder(Envelope)

    def paused(fn: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            gc.disable()
            try:
                return fn()
            finally:
                gc.enable()

        return run

    return {
        "large_json_loads_ms": median_ms(lambda: json.loads(content)),
        "large_msgspec_decode_ms": median_ms(lambda: msgspec.json.decode(content)),
        "large_models_ms": median_ms(lambda: list_cert_types.parse_success(data)),
        "large_models_collector_paused_ms": median_ms(paused(lambda: list_cert_types.parse_success(data))),
        "large_msgspec_models_ms": median_ms(lambda: typed.decode(content)),
    }


async def aiohttp_backend(base: str, type_id: int, calls: int = 1000, width: int = 50) -> dict[str, float]:
    """The client over AiohttpClient against raw aiohttp + json.loads: per small call, and at concurrency."""
    import aiohttp

    from altegio_async import AiohttpClient

    url = f"{base}/chain/{CHAIN}/loyalty/certificate_types/{type_id}"
    connector = aiohttp.TCPConnector(limit=width)
    async with (
        aiohttp.ClientSession(connector=connector) as session,
        AiohttpClient(max_connections=width) as http,
    ):
        altegio = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=http, rate_limit=None)
        chain = altegio.chain(CHAIN)

        async def raw() -> Any:
            async with session.get(url, headers=HEADERS) as answer:
                return json.loads(await answer.read())

        results = (await alternate(raw, lambda: chain.call(get_cert_type, type_id))).report("aiohttp_small")

        # A round is about ROUND_SECONDS of bursts, like every other part: one burst (a tenth of a
        # second) is shorter than the gaps between the collector's full passes, so one round would
        # catch a pass or miss it by chance.
        wide = await alternate(
            burst(raw, calls, width), burst(lambda: chain.call(get_cert_type, type_id), calls, width)
        )
        results |= wide.report("aiohttp_concurrency")
        results["aiohttp_concurrency_calls"] = calls
        results["aiohttp_concurrency_width"] = width
    return results


async def loop_stall(base: str) -> dict[str, float]:
    """The longest gap a 1 ms ticker sees while call() reads the 10,000-item answer beside it (5 calls)."""
    async with httpx.AsyncClient() as http:
        altegio = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=http, rate_limit=None)
        chain = altegio.chain(CHAIN)
        stalls = []
        for _ in range(5):
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
            answer = await chain.call(list_cert_types, **LARGE_PARAMS)
            done.set()
            await tick
            del answer  # freeing 10,000 models is the caller's moment, after the call: not counted
            stalls.append(max(gaps))
    return {"loop_stall_max_ms": max(stalls) * 1000, "loop_stall_median_ms": statistics.median(stalls) * 1000}


async def per_page(base: str, pages: int = 20, size: int = 100) -> dict[str, float]:
    """What a page costs through the paginator, against fetching the same pages with raw httpx.

    ``per_page``: ``paginator.pages()`` read page by page, each side keeping nothing. ``per_page_collect``:
    ``collect()``, against raw httpx keeping every decoded item in a list too (a kept item is the
    garbage collector's to look at again, on either side). A round is about ROUND_SECONDS of walks.
    """
    after, before = date(2026, 1, 1), date(2026, 12, 31)
    url = f"{base}/chain/{CHAIN}/loyalty/transactions"
    async with httpx.AsyncClient() as raw_http, httpx.AsyncClient() as http:
        altegio = AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=http, rate_limit=None)
        chain = altegio.chain(CHAIN)

        async def raw(keep: list[Any] | None = None) -> None:
            for page in range(1, pages + 1):
                params = {"count": size, "page": page, "created_after": "2026-01-01", "created_before": "2026-12-31"}
                body = json.loads((await raw_http.get(url, headers=HEADERS, params=params)).content)
                if keep is not None:
                    keep.extend(body["data"])

        def paginator() -> Any:
            walk = chain.paginate(list_transactions, count=size, created_after=after, created_before=before)
            return walk.with_options(max_items=pages * size)

        async def paged() -> None:
            async for _page in paginator().pages():
                pass

        async def raw_kept() -> None:
            await raw([])

        async def collected() -> None:
            await paginator().collect()

        results = (await alternate(raw, paged)).report("per_page")
        results |= (await alternate(raw_kept, collected)).report("per_page_collect")
    results["per_page_items"] = size
    results["per_page_pages"] = pages
    return results


async def limiter_acquire(held: int = 20_000) -> dict[str, float]:
    """The in-process limiter's acquire and release with ``held`` answers inside its windows."""
    from altegio_async import RateLimiter

    limiter = RateLimiter([(10**9, 60.0), (10**9, 1.0)])
    slots = [await limiter.acquire() for _ in range(held)]
    for slot in slots[: held // 2]:
        await slot.release()
    runs = 2000
    started = time.perf_counter()
    for _ in range(runs):
        await (await limiter.acquire()).release()
    return {"limiter_held": held, "limiter_acquire_release_us": (time.perf_counter() - started) / runs * 1e6}


async def concurrency(base: str, type_id: int, calls: int = 1000, width: int = 50) -> dict[str, float]:
    """1,000 small calls 50 at a time through httpx: the client against raw httpx + json.loads."""
    limits = httpx.Limits(max_connections=width, max_keepalive_connections=width)
    url = f"{base}/chain/{CHAIN}/loyalty/certificate_types/{type_id}"

    async with httpx.AsyncClient(limits=limits) as raw_http, httpx.AsyncClient(limits=limits) as client_http:
        altegio = AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base, http_client=client_http, rate_limit=None
        )
        chain = altegio.chain(CHAIN)

        async def raw() -> Any:
            return json.loads((await raw_http.get(url, headers=HEADERS)).content)

        pair = await alternate(
            burst(raw, calls, width), burst(lambda: chain.call(get_cert_type, type_id), calls, width)
        )
    return pair.report("concurrency")


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
    """Every part, or those named in ``BENCH_PARTS`` (comma-separated; a partial run prints, writes nothing)."""
    wanted = {p.strip() for p in os.environ.get("BENCH_PARTS", "").split(",") if p.strip()}

    def part(name: str) -> bool:
        return not wanted or name in wanted

    process, base = start_server(chains=5)
    results: dict[str, Any] = {}
    try:
        type_id = next(
            iter(httpx.get(f"{base}/chain/{CHAIN}/loyalty/certificate_types", headers=HEADERS).json()["data"])
        )["id"]
        server_parts: list[tuple[str, Callable[[], dict[str, Any]]]] = [
            ("per_call", lambda: asyncio.run(per_call(base, type_id))),
            ("concurrency", lambda: asyncio.run(concurrency(base, type_id))),
            ("aiohttp", lambda: asyncio.run(aiohttp_backend(base, type_id))),
            ("loop_stall", lambda: asyncio.run(loop_stall(base))),
            ("per_page", lambda: asyncio.run(per_page(base))),
            ("paginate_memory", lambda: paginate_memory(base)),
        ]
        for name, run in server_parts:
            if part(name):
                results.update(run())
    finally:
        process.terminate()
        process.wait(timeout=10)
    for name, run in [
        ("limiter", lambda: asyncio.run(limiter_acquire())),
        ("import", import_times),
        ("fanout", lambda: asyncio.run(fanout())),
        ("fanout_redis", shared_fanout),
    ]:
        if part(name):
            results.update(run())
    if wanted:
        print(json.dumps(results, indent=2, sort_keys=True))
        return
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
