"""Paginators against lying servers: a cycling server is caught within a cycle."""

from __future__ import annotations

import httpx
import pytest
import respx

from altegio_async import (
    AltegioClient,
    PaginationError,
)
from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_transaction_list as list_transactions
from tests.support.respx_client import BASE
from tests.support.routes import path_of


@pytest.mark.parametrize("cycle", [2, 3])
async def test_a_cycling_server_is_caught_within_a_cycle(client: AltegioClient, cycle: int) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        first = ((number - 1) % cycle) * 10
        items = [{"id": first + i, "amount": i} for i in range(10)]
        return httpx.Response(200, json={"success": True, "data": items, "meta": {"total_count": 1000}})

    with respx.mock(base_url=BASE) as router:
        route = router.get(path_of("get_chain_loyalty_transaction_list", 1)).mock(side_effect=page)
        with pytest.raises(PaginationError, match=f"page {cycle + 1} repeats page 1"):
            window = {"created_after": "2026-01-01", "created_before": "2026-12-31"}
            await client.chain(1).paginate(list_transactions, count=10, **window).collect()  # type: ignore[arg-type]
    assert route.call_count == cycle + 1
