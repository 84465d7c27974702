import sys
from typing import Any, cast

from ... import types as _types
from ...models.update_user_notification_settings_body import UpdateUserNotificationSettingsBody
from ...models.update_user_notification_settings_response import UpdateUserNotificationSettingsResponse
from ...models.user import User
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notification_settings/{location_id}/users/{user_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            user_id=_types.path_segment(user_id, "user_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateUserNotificationSettingsBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> UpdateUserNotificationSettingsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateUserNotificationSettingsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody | Unset | dict[str, Any] = UNSET,
) -> None | User | None:
    """Change User Push Notification Settings

     The method allows you to change the user's PUSH notification settings. The type of notification to
    be changed (record_create_online_staff or record_create_online_admin, etc.) should be selected based
    on the type of notification specified by the user (mode: admin or mode: team_member). Note: 'staff'
    in notification type names is a legacy term for team member.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserNotificationSettingsBody | Unset): Change User Push Notification Settings

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
            body=body,
        ),
    )
