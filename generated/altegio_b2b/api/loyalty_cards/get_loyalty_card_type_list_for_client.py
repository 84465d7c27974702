import sys
from typing import Any, cast

from ... import types as _types
from ...models.client import Client


def build_request(
    location_id: int,
    phone: float,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/card_types/client/{location_id}/{phone}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            phone=_types.path_segment(phone, "phone"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Client] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(Client, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    phone: float,
) -> list[Client] | None:
    """Get a List of Card Types Available for Issuance to the Client

     Returns a list of card types that are available for issuance to a location client.

    Args:
        location_id (int):
        phone (float):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Client]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            phone=phone,
        ),
    )
