import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
from ...models.program import Program
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["include"] = include

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = _types.to_json(type_)

    params["type"] = json_type_

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/programs/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Program] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Program] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                response_200_type_0_item = _types.parse_model(Program, response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Program] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> list[Program] | None:
    """Get a List of Promotions Active in the Location

     The method allows you to get a list of promotions that are active for the specified location.

    Args:
        location_id (int):
        include (str | Unset):
        type_ (GetLocationLoyaltyProgramListType | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Program] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            include=include,
            type_=type_,
        ),
    )
