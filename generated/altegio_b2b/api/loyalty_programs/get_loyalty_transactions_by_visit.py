import sys
from typing import Any, cast

from ... import types as _types
from ...models.transaction import Transaction


def build_request(
    visit_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/visit/loyalty/transactions/{visit_id}".format(
            visit_id=_types.path_segment(visit_id, "visit_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Transaction] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(Transaction, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    visit_id: int,
) -> list[Transaction] | None:
    """Get loyalty transactions by visit

     List of transactions for loyalty promotions for this visit

    Args:
        visit_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Transaction]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            visit_id=visit_id,
        ),
    )
