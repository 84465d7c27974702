import sys
from typing import Any, cast

from ... import types as _types


def build_request(
    location_id: int,
    transaction_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/finance_transactions/{location_id}/{transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            transaction_id=_types.path_segment(transaction_id, "transaction_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    transaction_id: int,
) -> Any | None:
    """Deleting a transaction

    Args:
        location_id (int):
        transaction_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            transaction_id=transaction_id,
        ),
    )
