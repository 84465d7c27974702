import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_payment_with_loyalty_methods_body_type_0 import CreatePaymentWithLoyaltyMethodsBodyType0
from ...models.create_payment_with_loyalty_methods_body_type_1 import CreatePaymentWithLoyaltyMethodsBodyType1
from ...models.create_payment_with_loyalty_methods_body_type_2 import CreatePaymentWithLoyaltyMethodsBodyType2
from ...models.create_payment_with_loyalty_methods_body_type_3 import CreatePaymentWithLoyaltyMethodsBodyType3
from ...models.create_payment_with_loyalty_methods_body_type_4 import CreatePaymentWithLoyaltyMethodsBodyType4
from ...models.create_payment_with_loyalty_methods_body_type_5 import CreatePaymentWithLoyaltyMethodsBodyType5
from ...models.create_payment_with_loyalty_methods_body_type_6 import CreatePaymentWithLoyaltyMethodsBodyType6
from ...models.payment import Payment


def build_request(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/sale/{document_id}/payment".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    if isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType0):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType1):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType2):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType3):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType4):
        _kwargs["json"] = _types.to_json(body)
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType5):
        _kwargs["json"] = _types.to_json(body)
    else:
        _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | Payment | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Payment:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Payment, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Payment, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
) -> None | Payment | None:
    """Payment at the Location Account and Loyalty (Various Methods)

     As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        body (CreatePaymentWithLoyaltyMethodsBodyType0 | CreatePaymentWithLoyaltyMethodsBodyType1
            | CreatePaymentWithLoyaltyMethodsBodyType2 | CreatePaymentWithLoyaltyMethodsBodyType3 |
            CreatePaymentWithLoyaltyMethodsBodyType4 | CreatePaymentWithLoyaltyMethodsBodyType5 |
            CreatePaymentWithLoyaltyMethodsBodyType6):

    Returns the answer's data (None | Payment); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.sales.create_payment_with_loyalty_methods', method='POST', path='/company/{location_id}/sale/{document_id}/payment', summary='Payment at the Location Account and Loyalty (Various Methods)', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='document_id', python_name='document_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='object', items='', model='Payment', paging='')  # fmt: skip
