import sys
from typing import Any, cast

from ... import types as _types
from ...models.delete_timetable_event_schedule_response_204_type_0 import DeleteTimetableEventScheduleResponse204Type0


def build_request(
    location_id: int,
    schedule_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/schedules/{schedule_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> DeleteTimetableEventScheduleResponse204Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_204(data: object) -> DeleteTimetableEventScheduleResponse204Type0 | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_204_type_0 = _types.parse_model(DeleteTimetableEventScheduleResponse204Type0, data)

            if response_204_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_204_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(DeleteTimetableEventScheduleResponse204Type0 | None, data)

    response_204 = _parse_response_204(data)

    return response_204


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
) -> DeleteTimetableEventScheduleResponse204Type0 | None:
    """Delete a Schedule

     Completely deletes a schedule along with all its series and the linked appointments or events.

    Args:
        location_id (int):
        schedule_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        DeleteTimetableEventScheduleResponse204Type0 | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            schedule_id=schedule_id,
        ),
    )
