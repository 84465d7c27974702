import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.user_permission import UserPermission
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> None | UserPermission | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | UserPermission:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(UserPermission, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | UserPermission, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> None | UserPermission | None:
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

    Returns the answer's data (None | UserPermission); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            group_permissions=group_permissions,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.users_permissions.get_permission_list', method='GET', path='/user/permissions/{location_id}', summary='Get effective permissions for the authenticated Business User', auth='user', query=('group_permissions[]',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='group_permissions[]', python_name='group_permissions', location='query', required=False, type='array')), body='none', body_required=False, answer='envelope', data='object', items='', model='UserPermission', paging='')  # fmt: skip
