import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_location_users_response import GetLocationUsersResponse
from ...models.user import User
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["filter[is_approved]"] = filteris_approved

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetLocationUsersResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetLocationUsersResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
) -> list[User] | None:
    """Get location users

     The method allows you to get users of the location. location User object: | Attribute | Type |
    Description | | ------------- | ------------- | ------------- | | id | number | User ID | | name |
    string | User name | | phone | string | User phone | | email | string | User email | | information |
    string | User information | | is_approved | boolean | Whether the user accepted the invitation to
    manage the location | | is_non_deletable | boolean | Whether the user is non-deletable

    Args:
        location_id (int):
        filteris_approved (float | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[User] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            filteris_approved=filteris_approved,
        ),
    )
