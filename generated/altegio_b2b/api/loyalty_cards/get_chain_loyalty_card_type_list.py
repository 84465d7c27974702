import sys
from typing import Any, cast

from ... import types as _types
from ...models.card_type import CardType


def build_request(
    chain_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/card_types".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[CardType] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(CardType, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
) -> list[CardType] | None:
    """Get a List of Card Types Available at the Chain

    Args:
        chain_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[CardType]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
        ),
    )
