import sys
from typing import Any, cast

from ... import types as _types
from ...models.card import Card


def build_request(
    phone: str,
    chain_id: int,
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/cards/{phone}/{chain_id}/{location_id}".format(
            phone=_types.path_segment(phone, "phone"),
            chain_id=_types.path_segment(chain_id, "chain_id"),
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> Card | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Card, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    phone: str,
    chain_id: int,
    location_id: int,
) -> Card | None:
    """Get a List of Customer Cards by Phone Number

     Returns a list of customer cards with programs that are active in this location

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Card: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
        ),
    )
