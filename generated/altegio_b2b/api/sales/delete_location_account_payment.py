import sys
from typing import Any, cast

from ... import types as _types
from ...models.payment_transaction import PaymentTransaction


def build_request(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/sale/{document_id}/payment/payment_transaction/{payment_transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
            payment_transaction_id=_types.path_segment(payment_transaction_id, "payment_transaction_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None | PaymentTransaction | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | PaymentTransaction:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(PaymentTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | PaymentTransaction, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> None | PaymentTransaction | None:
    """Delete a Cashier Payment Transaction

     As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | PaymentTransaction: the answer's data.
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
