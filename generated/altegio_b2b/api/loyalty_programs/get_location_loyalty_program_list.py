import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_location_loyalty_program_list_response import GetLocationLoyaltyProgramListResponse
from ...models.get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
from ...models.program import Program
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

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


def parse_success(data: Any) -> GetLocationLoyaltyProgramListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetLocationLoyaltyProgramListResponse, data)

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
