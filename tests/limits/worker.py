"""One worker process of the shared-budget proof: N calls through a RedisRateLimiter.

Usage: ``python -m tests.limits.worker BASE_URL REDIS_URL CALLS LIMIT PERIOD`` — prints a JSON
line with how many calls succeeded and the error types of the others.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter

from altegio_async import AltegioClient, RedisRateLimiter
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN


async def main(base_url: str, redis_url: str, calls: int, limit: int, period: float) -> dict[str, object]:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types

    limiter = RedisRateLimiter(redis_url, [(limit, period)])
    outcomes: Counter[str] = Counter()
    async with AltegioClient(MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=limiter) as altegio:
        chain = altegio.chain(706028)

        async def one() -> None:
            try:
                await chain.call(list_types)
                outcomes["ok"] += 1
            except Exception as exc:  # counted and reported, the proof reads them
                outcomes[type(exc).__name__] += 1

        await asyncio.gather(*(one() for _ in range(calls)))
    await limiter.aclose()
    return dict(outcomes)


if __name__ == "__main__":
    base, redis_url, calls, limit, period = sys.argv[1:6]
    print(json.dumps(asyncio.run(main(base, redis_url, int(calls), int(limit), float(period)))))
