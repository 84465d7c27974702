import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_user_roles_include_item import GetUserRolesIncludeItem
from ...models.role import Role
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> list[Role] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Role] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Role, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Role] | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (list[Role] | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.users_permissions.get_user_roles', method='GET', path='/company/{location_id}/users/{user_id}/roles', summary='Getting a list of user roles in the context of a location user', auth='user', query=('include',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='user_id', python_name='user_id', location='path', required=True, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='array')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Role', paging='')  # fmt: skip
