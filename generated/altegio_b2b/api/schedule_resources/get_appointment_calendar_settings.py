import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_appointment_calendar_settings_response import GetAppointmentCalendarSettingsResponse
from ...models.timetable import Timetable


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/settings/timetable".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetAppointmentCalendarSettingsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetAppointmentCalendarSettingsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> None | Timetable | None:
    """Retrieving Appointment Calendar Settings

    Args:
        location_id (int):

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
        ),
    )
