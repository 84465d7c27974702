import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_sale_transaction_response import GetSaleTransactionResponse
from ...models.sale import Sale


def build_request(
    location_id: int,
    document_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/sale/{document_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetSaleTransactionResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetSaleTransactionResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    document_id: int,
) -> None | Sale | None:
    """Receipt of a Sales Transaction

     Reads one sale document at the specified Location. For a membership with a nonzero
    `goods_transaction_id`, first retrieve that goods transaction to get its `document_id`. The caller
    needs Location access and, for a sale document, Inventory access. The sale state contains items and
    payment transactions; it is not a single membership purchase amount. Match document and item IDs
    before attributing any payment to a membership.

    Args:
        location_id (int):
        document_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Sale: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            document_id=document_id,
        ),
    )
