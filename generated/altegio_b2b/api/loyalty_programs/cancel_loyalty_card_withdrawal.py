import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.cancel_card_withdrawal import CancelCardWithdrawal
from ...models.cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody


def build_request(
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            card_id=_types.path_segment(card_id, "card_id"),
        ),
    }

    if isinstance(body, dict):
        body = CancelLoyaltyCardWithdrawalBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CancelCardWithdrawal | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(CancelCardWithdrawal, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody | dict[str, Any],
) -> CancelCardWithdrawal | None:
    """Cancel Withdrawal from the Loyalty Card During the Visit

     Cancellation of write-off from the loyalty card.

    Args:
        location_id (int):
        card_id (int):
        body (CancelLoyaltyCardWithdrawalBody): Apply promotion

    Returns the answer's data (CancelCardWithdrawal); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.cancel_loyalty_card_withdrawal', method='POST', path='/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}', summary='Cancel Withdrawal from the Loyalty Card During the Visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='card_id', python_name='card_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='bare', data='object', items='', model='CancelCardWithdrawal', paging='')  # fmt: skip
