import sys
from typing import Any, cast

from ... import types as _types
from ...models.copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
from ...models.copy_user_permissions_to_locations_response import CopyUserPermissionsToLocationsResponse
from ...models.copy_user_permissions_to_locations_response_data_type_0 import (
    CopyUserPermissionsToLocationsResponseDataType0,
)
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    body: CopyUserPermissionsToLocationsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> CopyUserPermissionsToLocationsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(CopyUserPermissionsToLocationsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
    *,
    body: CopyUserPermissionsToLocationsBody | Unset | dict[str, Any] = UNSET,
) -> CopyUserPermissionsToLocationsResponseDataType0 | None:
    """Copy a User to Companies

     Copies an active user and their permissions to multiple locations at once. If the user does not yet
    exist in a location, they will be added as an active user. If the user has already been invited to
    the location, only their permissions will be updated — however, they will still need to accept the
    invitation.

    Args:
        location_id (int):
        user_id (int):
        body (CopyUserPermissionsToLocationsBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        CopyUserPermissionsToLocationsResponseDataType0 | None: the answer's data.
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
