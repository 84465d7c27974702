"""The README's performance table, written from ``benchmarks/results/latest.json`` (never by hand).

``python -m benchmarks.report`` prints it; a test keeps the README and the performance page equal
to it, so every figure they claim is the benchmark's own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["table"]

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def _x(value: float) -> str:
    return f"{value:.2f}×"


def _spread(r: dict[str, Any], prefix: str, kind: str = "cpu") -> str:
    low, high = r[f"{prefix}_{kind}_ratio_min"], r[f"{prefix}_{kind}_ratio_max"]
    return f"{_x(r[f'{prefix}_{kind}_ratio'])} ({low:.2f}–{high:.2f})"


def _goal(value: float, bound: float, unit: str = "×") -> str:
    text = f"≤ {bound:g}{unit}"
    return f"{text}: met" if value <= bound else f"{text}: **missed**"


def _ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"


def table(r: dict[str, Any]) -> str:
    """The performance table for one run's results (CPU ratios: median, then smallest–largest round)."""
    mb = r["large_body_bytes"] / 1e6
    rows = [
        ("measure", "CPU of the client process", "wall", "goal"),
        ("---", "---", "---", "---"),
        (
            "one small call vs raw httpx",
            f"{_spread(r, 'small')}; {_ms(r['small_client_cpu_ms'])} vs {_ms(r['small_raw_cpu_ms'])}",
            _x(r["small_wall_ratio"]),
            _goal(r["small_cpu_ratio"], 1.1),
        ),
        (
            f"a {r['large_items']:,}-item answer ({mb:.1f} MB, {r['large_fields_per_item']} fields an item), "
            "`call_raw` vs raw httpx + `json.loads`",
            f"{_spread(r, 'large_call_raw')}",
            _x(r["large_call_raw_wall_ratio"]),
            "",
        ),
        (
            "the same through `call` (attrs models)",
            f"{_spread(r, 'large')}; {_ms(r['large_client_cpu_ms'])} vs {_ms(r['large_raw_cpu_ms'])}",
            _x(r["large_wall_ratio"]),
            _goal(r["large_cpu_ratio"], 1.5),
        ),
        (
            "longest event-loop stall beside that `call` (1 ms ticker, 5 calls)",
            "",
            f"{_ms(r['loop_stall_max_ms'])} (median {_ms(r['loop_stall_median_ms'])})",
            _goal(r["loop_stall_max_ms"], 25, " ms"),
        ),
        (
            "1,000 small calls at concurrency 50 vs raw httpx",
            _spread(r, "concurrency"),
            _x(r["concurrency_wall_ratio"]),
            "",
        ),
        (
            "`AiohttpClient`: one small call vs raw aiohttp",
            f"{_spread(r, 'aiohttp_small')}; {_ms(r['aiohttp_small_client_cpu_ms'])} vs "
            f"{_ms(r['aiohttp_small_raw_cpu_ms'])}",
            _x(r["aiohttp_small_wall_ratio"]),
            _goal(r["aiohttp_small_cpu_ratio"], 1.5),
        ),
        (
            "`AiohttpClient`: 1,000 small calls at concurrency 50 vs raw aiohttp",
            _spread(r, "aiohttp_concurrency"),
            _x(r["aiohttp_concurrency_wall_ratio"]),
            _goal(r["aiohttp_concurrency_cpu_ratio"], 1.5),
        ),
        (
            f"a page through the paginator (`pages()`) vs the raw request ({r['per_page_items']} items a page)",
            f"{_spread(r, 'per_page')}; {_ms(r['per_page_client_cpu_ms'] / r['per_page_pages'])} vs "
            f"{_ms(r['per_page_raw_cpu_ms'] / r['per_page_pages'])} a page",
            _x(r["per_page_wall_ratio"]),
            _goal(r["per_page_cpu_ratio"], 1.3),
        ),
        (
            "`collect()` of those pages vs raw httpx keeping every decoded item",
            f"{_spread(r, 'per_page_collect')}; {_ms(r['per_page_collect_client_cpu_ms'] / r['per_page_pages'])} vs "
            f"{_ms(r['per_page_collect_raw_cpu_ms'] / r['per_page_pages'])} a page",
            _x(r["per_page_collect_wall_ratio"]),
            "",
        ),
        (
            f"fan-out, {r['fanout_chains']:,} chains at {r['fanout_rate']}/s, "
            f"{r['fanout_latency_s'] * 1000:g} ms latency: wall vs the occupancy bound",
            "",
            f"{_x(r['fanout_ratio_to_bound'])} ({r['fanout_wall_s']:.1f} s of {r['fanout_bound_s']:.1f} s); "
            f"the server saw at most {r['fanout_server_max_per_window']} in any second",
            "≤ 1×",
        ),
        (
            "the same through `RedisRateLimiter` on a real redis-server",
            "",
            f"{_x(r['fanout_redis_ratio_to_bound'])} ({r['fanout_redis_wall_s']:.1f} s); "
            f"at most {r['fanout_redis_server_max_per_window']} in any second",
            "≤ 1×",
        ),
        (
            f"the in-process limiter: acquire and release with {r['limiter_held']:,} answers held",
            "",
            f"{r['limiter_acquire_release_us']:.1f} µs",
            "",
        ),
        ("`import altegio_async`, fresh interpreter", "", _ms(r["import_ms_cold"]), ""),
        (
            f"paginating {r['paginate_items']:,} items, peak RSS",
            "",
            f"{r['paginate_100k_peak_rss_mb']:.0f} MB (before paging {r['paginate_rss_before_mb']:.0f} MB; "
            f"holding them all: {r['collect_100k_peak_rss_mb']:.0f} MB)",
            "",
        ),
    ]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.append("")
    lines.append(
        f"Where the large answer's time goes (CPU, medians of 5): decoding {_ms(r['large_json_loads_ms'])} with "
        f"`json.loads`, {_ms(r['large_msgspec_decode_ms'])} with msgspec (what the client uses); building "
        f"the attrs models {_ms(r['large_models_ms'])}, {_ms(r['large_models_collector_paused_ms'])} with "
        f"the garbage collector held off (as the client does); decoding straight into msgspec structs of "
        f"the same fields, a model layer built for speed, {_ms(r['large_msgspec_models_ms'])} in all."
    )
    return "\n".join(lines)


def main() -> None:
    """Print the table for the committed results."""
    print(table(json.loads(RESULTS.read_text(encoding="utf-8"))))


if __name__ == "__main__":
    main()
