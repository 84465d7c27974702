import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        CancelCardWithdrawal: the answer's data.
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
