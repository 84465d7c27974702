import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_user_permissions_response import GetUserPermissionsResponse
from ...models.permission import Permission


def build_request(
    location_id: int,
    user_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users/{user_id}/permissions".format(
            location_id=_types.path_segment(location_id, "location_id"),
            user_id=_types.path_segment(user_id, "user_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetUserPermissionsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetUserPermissionsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
) -> None | Permission | None:
    """Getting permission values and user role

     Returns the role and configured permission values for the specified Business User at this Location.
    The caller needs permission to view Location users. The user must be linked to the Location;
    otherwise the endpoint returns 404. For the authenticated caller's effective permissions, use `GET
    /user/permissions/{location_id}` instead.

    Args:
        location_id (int):
        user_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Permission: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            user_id=user_id,
        ),
    )
