import sys
from typing import Any, cast

from ... import types as _types
from ...models.delete_loyalty_payment_transaction_response import DeleteLoyaltyPaymentTransactionResponse
from ...models.loyalty_transaction import LoyaltyTransaction


def build_request(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
            payment_transaction_id=_types.path_segment(payment_transaction_id, "payment_transaction_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> DeleteLoyaltyPaymentTransactionResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(DeleteLoyaltyPaymentTransactionResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> LoyaltyTransaction | None:
    """Delete a Loyalty Payment Transaction

     As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        LoyaltyTransaction | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
        ),
    )
