import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_transaction_response import GetTransactionResponse
from ...models.goods_transaction import GoodsTransaction


def build_request(
    location_id: int,
    transaction_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage_operations/goods_transactions/{location_id}/{transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            transaction_id=_types.path_segment(transaction_id, "transaction_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTransactionResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTransactionResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    transaction_id: int,
) -> GoodsTransaction | None:
    """Get a transaction

     Reads a goods transaction by ID at the specified Location. A membership's `goods_transaction_id` can
    be used here to obtain this transaction's `document_id`, `create_date`, `cost_per_unit`, `discount`,
    and `cost`. These fields describe the goods transaction; they do not establish the total amount
    paid. The caller needs permission to view Inventory transactions.

    Args:
        location_id (int):
        transaction_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        GoodsTransaction | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            transaction_id=transaction_id,
        ),
    )
