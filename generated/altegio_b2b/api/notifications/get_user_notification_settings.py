import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_user_notification_settings_response import GetUserNotificationSettingsResponse
from ...models.user import User


def build_request(
    location_id: int,
    user_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_settings/{location_id}/users/{user_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            user_id=_types.path_segment(user_id, "user_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetUserNotificationSettingsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetUserNotificationSettingsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
) -> None | User | None:
    """Get User Notification Settings

     The method allows you to get notification settings for a particular location user.

    Args:
        location_id (int):
        user_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | User: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            user_id=user_id,
        ),
    )
