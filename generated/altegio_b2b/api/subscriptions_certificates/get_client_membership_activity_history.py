import sys
from typing import Any, cast

from ... import types as _types
from ...models.history import History
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["include"] = include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
            membership_id=_types.path_segment(membership_id, "membership_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[History] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[History] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                response_200_type_0_item = _types.parse_model(History, response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[History] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> list[History] | None:
    """Get a client's membership activity history

     Returns state changes and usage events for one membership belonging to the specified client at this
    Location. The client must belong to the Location, and the membership must be found among that
    client's memberships by phone; either mismatch returns 404. The caller needs Location access,
    Loyalty access, and permission to view membership history. This activity history is not a purchase
    history and does not provide a sale price or paid amount.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        include (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[History] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
        ),
    )
