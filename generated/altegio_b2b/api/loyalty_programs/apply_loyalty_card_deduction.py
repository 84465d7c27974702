import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        ApplyCardWithdrawal: the answer's data.
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
