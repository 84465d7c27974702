import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
from ...models.manual_transaction import ManualTransaction
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/loyalty/cards/{card_id}/manual_transaction".format(
            location_id=_types.path_segment(location_id, "location_id"),
            card_id=_types.path_segment(card_id, "card_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateLoyaltyCardTransactionBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> ManualTransaction | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> ManualTransaction | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(ManualTransaction, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(ManualTransaction | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset | dict[str, Any] = UNSET,
) -> ManualTransaction | None:
    """Manual withdraw/deposit to loyalty card in location

    Args:
        location_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Returns the answer's data (ManualTransaction | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            card_id=card_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.create_loyalty_card_transaction', method='POST', path='/company/{location_id}/loyalty/cards/{card_id}/manual_transaction', summary='Manual withdraw/deposit to loyalty card in location', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='card_id', python_name='card_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='ManualTransaction', paging='')  # fmt: skip
