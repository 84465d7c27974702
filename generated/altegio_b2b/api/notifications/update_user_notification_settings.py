import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.notification_setting_user import NotificationSettingUser
from ...models.update_user_notification_settings_body import UpdateUserNotificationSettingsBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
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


def parse_success(data: Any) -> None | NotificationSettingUser | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | NotificationSettingUser:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(NotificationSettingUser, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | NotificationSettingUser, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody | Unset | dict[str, Any] = UNSET,
) -> None | NotificationSettingUser | None:
    """Change User Push Notification Settings

     The method allows you to change the user's PUSH notification settings. The type of notification to
    be changed (record_create_online_staff or record_create_online_admin, etc.) should be selected based
    on the type of notification specified by the user (mode: admin or mode: team_member). Note: 'staff'
    in notification type names is a legacy term for team member.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserNotificationSettingsBody | Unset): Change User Push Notification Settings

    Returns the answer's data (None | NotificationSettingUser); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.notifications.update_user_notification_settings', method='POST', path='/notification_settings/{location_id}/users/{user_id}', summary='Change User Push Notification Settings', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='user_id', python_name='user_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='NotificationSettingUser', paging='')  # fmt: skip
