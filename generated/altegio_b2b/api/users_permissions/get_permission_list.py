import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_permission_list_response import GetPermissionListResponse
from ...models.permission import Permission
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    json_group_permissions: list[str] | Unset = UNSET
    if not isinstance(group_permissions, Unset):
        json_group_permissions = group_permissions

    params["group_permissions[]"] = json_group_permissions

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/permissions/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetPermissionListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetPermissionListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> None | Permission | None:
    """Get effective permissions for the authenticated Business User

     Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    Args:
        location_id (int):
        group_permissions (list[str] | Unset):

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
            group_permissions=group_permissions,
        ),
    )
