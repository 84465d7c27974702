import sys
from typing import Any, cast

from ... import types as _types
from ...models.remove_user_from_locations_body import RemoveUserFromLocationsBody
from ...models.remove_user_from_locations_response import RemoveUserFromLocationsResponse
from ...models.remove_user_from_locations_response_data_type_0 import RemoveUserFromLocationsResponseDataType0
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/users/{user_id}/remove_from_companies".format(
            location_id=_types.path_segment(location_id, "location_id"),
            user_id=_types.path_segment(user_id, "user_id"),
        ),
    }

    if isinstance(body, dict):
        body = RemoveUserFromLocationsBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> RemoveUserFromLocationsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(RemoveUserFromLocationsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset | dict[str, Any] = UNSET,
) -> None | RemoveUserFromLocationsResponseDataType0 | None:
    """Removing a User from Companies

     Removes an active user from multiple companies at once.

    Args:
        location_id (int):
        user_id (int):
        body (RemoveUserFromLocationsBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | RemoveUserFromLocationsResponseDataType0: the answer's data.
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
