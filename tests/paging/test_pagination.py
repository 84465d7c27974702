"""Pagination stop rules, against respx: totals, no totals, exactly full last page, empty first
page, a server that repeats a page; max_items and start_page; non-paged operations refused."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from altegio_async import AltegioClient, PaginationError, ResponseFormatError
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_cert_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from altegio_b2b.api.products import search_product
from tests.support.routes import path_of

LIST = path_of("chain_loyalty_certificate_types_list", 1)


def pages_of(total: int, size: int, *, report_total: bool = True, meta_key: str = "total_count") -> Any:
    """A respx side effect serving ``total`` items in pages, as the request's page/page_size ask."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        asked = int(request.url.params["page_size"])
        assert asked == size
        items = [{"id": i} for i in range((page - 1) * size + 1, min(page * size, total) + 1)]
        meta = {meta_key: total} if report_total else []
        return httpx.Response(200, json={"success": True, "data": items, "meta": meta})

    return answer


@pytest.mark.parametrize(("total", "report"), [(25, True), (25, False), (30, True), (30, False), (7, True)])
async def test_every_item_once(altegio: AltegioClient, router: respx.MockRouter, total: int, report: bool) -> None:
    route = router.get(LIST).mock(side_effect=pages_of(total, 10, report_total=report))
    ids = [t.id async for t in altegio.chain(1).paginate(list_cert_types, page_size=10)]
    assert ids == list(range(1, total + 1))
    full_pages, rest = divmod(total, 10)
    if report:  # the total stops it at once
        assert route.call_count == full_pages + (1 if rest else 0)
    else:  # a short page stops it; an exactly full last page needs one empty page to be sure
        assert route.call_count == full_pages + 1


async def test_meta_count_larger_than_the_page_is_a_total(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(LIST).mock(side_effect=pages_of(20, 10, meta_key="count"))
    assert len(await altegio.chain(1).paginate(list_cert_types, page_size=10).collect()) == 20
    assert route.call_count == 2


async def test_empty_first_page(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(LIST).respond(200, json={"success": True, "data": [], "meta": {"total_count": 0}})
    assert await altegio.chain(1).paginate(list_cert_types).collect() == []
    assert route.call_count == 1
    router.get(LIST).respond(200, json={"success": True, "data": None, "meta": []})
    assert await altegio.chain(1).paginate(list_cert_types).collect() == []


async def test_repeated_page_raises(altegio: AltegioClient, router: respx.MockRouter) -> None:
    same = {"success": True, "data": [{"id": i} for i in range(10)], "meta": []}
    route = router.get(LIST).respond(200, json=same)
    with pytest.raises(PaginationError, match="page 2 repeats page 1"):
        await altegio.chain(1).paginate(list_cert_types, page_size=10).collect()
    assert route.call_count == 2


async def test_one_object_where_a_page_is_documented(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).respond(200, json={"success": True, "data": {"id": 1}, "meta": []})
    # The server is right: a lone object is a page of one item (and the last page).
    assert [t.id for t in await altegio.chain(1).paginate(list_cert_types).collect()] == [1]
    # Strict: the data as a whole is not the documented list, refused before paging looks at it.
    with pytest.raises(ResponseFormatError, match="the data is an object, the description documents a list"):
        await altegio.with_options(strict=True).chain(1).paginate(list_cert_types).collect()


async def test_max_items_and_start_page(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(LIST).mock(side_effect=pages_of(45, 10))
    paginator = altegio.chain(1).paginate(list_cert_types, page_size=10)
    assert [t.id for t in await paginator.with_options(max_items=13).collect()] == list(range(1, 14))
    assert route.call_count == 2
    route.reset()
    assert [t.id for t in await paginator.with_options(start_page=4).collect()] == list(range(31, 46))
    assert [int(c.request.url.params["page"]) for c in route.calls] == [4, 5]
    assert await paginator.with_options(max_items=0).collect() == []


async def test_pages_yield_results_with_meta(altegio: AltegioClient, router: respx.MockRouter) -> None:
    router.get(LIST).mock(side_effect=pages_of(15, 10))
    pages = [page async for page in altegio.chain(1).pages(list_cert_types, page_size=10, title="Gift")]
    assert [len(p.data) for p in pages] == [10, 5]
    assert all(p.meta == {"total_count": 15} for p in pages)


async def test_default_page_size_is_the_operations(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(LIST).respond(200, json={"success": True, "data": [{"id": 1}], "meta": []})
    await altegio.chain(1).paginate(list_cert_types).collect()
    assert route.calls.last.request.url.params["page_size"] == "10"


async def test_count_alone_is_one_request(altegio: AltegioClient, router: respx.MockRouter) -> None:
    items = [{"id": i} for i in range(5)]
    route = router.get(path_of("search_product", 3)).respond(200, json={"success": True, "data": items, "meta": []})
    found = await altegio.location(3).paginate(search_product, count=5, term="oil").collect()
    assert len(found) == 5 and route.call_count == 1


async def test_non_paged_operation_is_refused(altegio: AltegioClient) -> None:
    with pytest.raises(TypeError, match="chain_loyalty_certificate_types_get is not a paged operation"):
        altegio.chain(1).paginate(get_cert_type, 2)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="page_size must be a positive int"):
        await altegio.chain(1).paginate(list_cert_types, page_size=0).collect()
