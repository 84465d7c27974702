import sys
from typing import Any, cast

from ... import types as _types
from ...models.event import Event
from ...models.list_timetable_schedule_day_events_response import ListTimetableScheduleDayEventsResponse


def build_request(
    location_id: int,
    schedule_id: int,
    day_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
            day_id=_types.path_segment(day_id, "day_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> ListTimetableScheduleDayEventsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ListTimetableScheduleDayEventsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
    day_id: int,
) -> list[Event] | None:
    """Get a List of Scheduled Appointments and Events

     Prints a list of events of scheduled records/activities.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Event] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
        ),
    )
