import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.apply_card_withdrawal import ApplyCardWithdrawal
from ...models.apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody


def build_request(
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/apply_card_withdrawal/{location_id}/{card_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            card_id=_types.path_segment(card_id, "card_id"),
        ),
    }

    if isinstance(body, dict):
        body = ApplyLoyaltyCardDeductionBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> ApplyCardWithdrawal | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(ApplyCardWithdrawal, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody | dict[str, Any],
) -> ApplyCardWithdrawal | None:
    """Apply Deduction from the Loyalty Card in the Visit

     The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
    off transaction will occur

    Args:
        location_id (int):
        card_id (int):
        body (ApplyLoyaltyCardDeductionBody): Apply Deduction from the Loyalty Card in the Visit

    Returns the answer's data (ApplyCardWithdrawal); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.apply_loyalty_card_deduction', method='POST', path='/visit/loyalty/apply_card_withdrawal/{location_id}/{card_id}', summary='Apply Deduction from the Loyalty Card in the Visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='card_id', python_name='card_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='bare', data='object', items='', model='ApplyCardWithdrawal', paging='')  # fmt: skip
