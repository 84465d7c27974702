import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.user import User
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> list[User] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[User] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(User, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[User] | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (list[User] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            filteris_approved=filteris_approved,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.users_permissions.get_location_users', method='GET', path='/company/{location_id}/users', summary='Get location users', auth='user', query=('filter[is_approved]',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='filter[is_approved]', python_name='filteris_approved', location='query', required=False, type='number')), body='none', body_required=False, answer='envelope', data='array', items='object', model='User', paging='')  # fmt: skip
