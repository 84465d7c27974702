import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.loyalty_transaction import LoyaltyTransaction


def build_request(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
            payment_transaction_id=_types.path_segment(payment_transaction_id, "payment_transaction_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> LoyaltyTransaction | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> LoyaltyTransaction | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(LoyaltyTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(LoyaltyTransaction | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (LoyaltyTransaction | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.sales.delete_loyalty_payment_transaction', method='DELETE', path='/company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id}', summary='Delete a Loyalty Payment Transaction', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='document_id', python_name='document_id', location='path', required=True, type='integer'), _Parameter(name='payment_transaction_id', python_name='payment_transaction_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='LoyaltyTransaction', paging='')  # fmt: skip
