import sys
from typing import Any, cast

from ... import types as _types
from ...models.search_for_product_transactions_response import SearchForProductTransactionsResponse
from ...models.transaction import Transaction
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["count"] = count

    params["document_id"] = document_id

    params["end_date"] = end_date

    params["page"] = page

    params["start_date"] = start_date

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storages/transactions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> SearchForProductTransactionsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchForProductTransactionsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> list[Transaction] | None:
    """Search for product transactions

    Args:
        location_id (int):
        changed_after (str | Unset):
        changed_before (str | Unset):
        count (int | Unset):
        document_id (str | Unset):
        end_date (str | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Transaction] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            document_id=document_id,
            end_date=end_date,
            page=page,
            start_date=start_date,
        ),
    )
