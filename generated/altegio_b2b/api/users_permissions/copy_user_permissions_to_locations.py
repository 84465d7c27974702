import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
from ...models.copy_user_permissions_to_locations_response_200_type_0 import (
    CopyUserPermissionsToLocationsResponse200Type0,
)
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    body: CopyUserPermissionsToLocationsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/users/{user_id}/copy_to_companies".format(
            location_id=_types.path_segment(location_id, "location_id"),
            user_id=_types.path_segment(user_id, "user_id"),
        ),
    }

    if isinstance(body, dict):
        body = CopyUserPermissionsToLocationsBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CopyUserPermissionsToLocationsResponse200Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> CopyUserPermissionsToLocationsResponse200Type0 | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(CopyUserPermissionsToLocationsResponse200Type0, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(CopyUserPermissionsToLocationsResponse200Type0 | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
    *,
    body: CopyUserPermissionsToLocationsBody | Unset | dict[str, Any] = UNSET,
) -> CopyUserPermissionsToLocationsResponse200Type0 | None:
    """Copy a User to Companies

     Copies an active user and their permissions to multiple locations at once. If the user does not yet
    exist in a location, they will be added as an active user. If the user has already been invited to
    the location, only their permissions will be updated — however, they will still need to accept the
    invitation.

    Args:
        location_id (int):
        user_id (int):
        body (CopyUserPermissionsToLocationsBody | Unset):

    Returns the answer's data (CopyUserPermissionsToLocationsResponse200Type0 | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.users_permissions.copy_user_permissions_to_locations', method='POST', path='/company/{location_id}/users/{user_id}/copy_to_companies', summary='Copy a User to Companies', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='user_id', python_name='user_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='', paging='')  # fmt: skip
