import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.event import Event


def build_request(
    location_id: int,
    schedule_id: int,
    day_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
            day_id=_types.path_segment(day_id, "day_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Event] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Event] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Event, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Event] | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (list[Event] | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.list_timetable_schedule_day_events', method='GET', path='/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events', summary='Get a List of Scheduled Appointments and Events', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='schedule_id', python_name='schedule_id', location='path', required=True, type='integer'), _Parameter(name='day_id', python_name='day_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Event', paging='')  # fmt: skip
