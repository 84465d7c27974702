import sys
from typing import Any, cast

from ... import types as _types
from ...models.timetable import Timetable
from ...models.update_appointment_calendar_settings_body import UpdateAppointmentCalendarSettingsBody
from ...models.update_appointment_calendar_settings_response import UpdateAppointmentCalendarSettingsResponse


def build_request(
    location_id: int,
    *,
    body: UpdateAppointmentCalendarSettingsBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/company/{location_id}/settings/timetable".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateAppointmentCalendarSettingsBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> UpdateAppointmentCalendarSettingsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateAppointmentCalendarSettingsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: UpdateAppointmentCalendarSettingsBody | dict[str, Any],
) -> None | Timetable | None:
    """Update Appointment Calendar settings

    Args:
        location_id (int):
        body (UpdateAppointmentCalendarSettingsBody): Timetable settings for a location

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Timetable: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )
