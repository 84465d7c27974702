import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.schedule import Schedule
from ...models.update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    schedule_id: int,
    *,
    body: UpdateTimetableEventScheduleBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/company/{location_id}/schedules/{schedule_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateTimetableEventScheduleBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | Schedule | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Schedule:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Schedule, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Schedule, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
    *,
    body: UpdateTimetableEventScheduleBody | Unset | dict[str, Any] = UNSET,
) -> None | Schedule | None:
    """Update a Schedule

     Updates the settings of a schedule containing appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        body (UpdateTimetableEventScheduleBody | Unset):

    Returns the answer's data (None | Schedule); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.update_timetable_event_schedule', method='PATCH', path='/company/{location_id}/schedules/{schedule_id}', summary='Update a Schedule', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='schedule_id', python_name='schedule_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='Schedule', paging='')  # fmt: skip
