import sys
from typing import Any, cast

from ... import types as _types
from ...models.loyalty_card import LoyaltyCard


def build_request(
    chain_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/loyalty_cards/{chain_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> LoyaltyCard | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(LoyaltyCard, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
) -> LoyaltyCard | None:
    """Get User Loyalty Cards

     Returns a list of cards of an authorized user with programs, filtering cards by location chain /
    location

    Args:
        chain_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        LoyaltyCard: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
        ),
    )
