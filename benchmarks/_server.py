"""The mock Altegio on a loopback port, with the large data sets the benchmarks read.

``python -m benchmarks._server PORT CHAINS``: chain 706028 gets 10,000 certificate types
(the large answer) and 100,000 loyalty transactions (the long pagination).
"""

from __future__ import annotations

import sys

import uvicorn

from altegio_async.testing import MockAltegio
from altegio_async.testing._store import certificate_type

LARGE_ITEMS = 10_000
PAGINATED_ITEMS = 100_000


def build(chains: int) -> MockAltegio:
    """A mock with ``chains`` chains; the first holds the large data sets."""
    mock = MockAltegio(seed=11, chains=chains, locations_per_chain=1)
    first = mock.store.chains[mock.chain_ids[0]]
    for n in range(LARGE_ITEMS):
        item = certificate_type(10_000_000 + n, first.id, f"Bulk certificate {n}", 100 + n % 900, first.location_ids)
        first.certificate_types[item["id"]] = item
    template = first.transactions[0]
    first.transactions = [{**template, "id": 20_000_000 + n, "amount": n % 250} for n in range(PAGINATED_ITEMS)]
    return mock


def main() -> None:
    """Serve until killed."""
    port, chains = int(sys.argv[1]), int(sys.argv[2])
    uvicorn.run(build(chains).app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
