import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_document_product_transactions_response import GetDocumentProductTransactionsResponse
from ...models.goods_transaction import GoodsTransaction


def build_request(
    document_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage_operations/documents/goods_transactions/{document_id}".format(
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetDocumentProductTransactionsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetDocumentProductTransactionsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    document_id: int,
) -> list[GoodsTransaction] | None:
    """Get Product Transactions of a Document

    Args:
        document_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[GoodsTransaction] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            document_id=document_id,
        ),
    )
