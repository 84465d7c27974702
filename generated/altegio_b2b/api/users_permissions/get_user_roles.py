import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_user_roles_include_item import GetUserRolesIncludeItem
from ...models.get_user_roles_response import GetUserRolesResponse
from ...models.role import Role
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users/{user_id}/roles".format(
            location_id=_types.path_segment(location_id, "location_id"),
            user_id=_types.path_segment(user_id, "user_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetUserRolesResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetUserRolesResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> list[Role] | None:
    """Getting a list of user roles in the context of a location user

     Returns a list of user roles along with permissions for each role. Allows to get the editable status
    for each permission of a location user (`is_editable` field). This status depends on the current
    user's permissions.

    Args:
        location_id (int):
        user_id (int):
        include (list[GetUserRolesIncludeItem] | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Role] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            user_id=user_id,
            include=include,
        ),
    )
