import sys
from typing import Any, cast

from ... import types as _types
from ...models.delete_timetable_event_schedule_response import DeleteTimetableEventScheduleResponse
from ...models.delete_timetable_event_schedule_response_data_type_0 import DeleteTimetableEventScheduleResponseDataType0


def build_request(
    location_id: int,
    schedule_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/schedules/{schedule_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> DeleteTimetableEventScheduleResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_204 = _types.parse_model(DeleteTimetableEventScheduleResponse, data)

    return response_204


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
) -> DeleteTimetableEventScheduleResponseDataType0 | None:
    """Delete a Schedule

     Completely deletes a schedule along with all its series and the linked appointments or events.

    Args:
        location_id (int):
        schedule_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        DeleteTimetableEventScheduleResponseDataType0 | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            schedule_id=schedule_id,
        ),
    )
