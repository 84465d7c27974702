import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.client_schedule import ClientSchedule
from ...models.create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/schedules/{schedule_id}/client_schedules".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateTimetableClientScheduleBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> ClientSchedule | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> ClientSchedule | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(ClientSchedule, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(ClientSchedule | None, data)

    response_201 = _parse_response_201(data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset | dict[str, Any] = UNSET,
) -> ClientSchedule | None:
    """Create Recurring Appointments

     Creates a recurring appointment series for a client based on an event schedule. Automatically
    generates future appointments according to the schedule pattern.

    Args:
        location_id (int):
        schedule_id (int):
        body (CreateTimetableClientScheduleBody | Unset):

    Returns the answer's data (ClientSchedule | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.appointments.create_timetable_client_schedule', method='POST', path='/company/{location_id}/schedules/{schedule_id}/client_schedules', summary='Create Recurring Appointments', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='schedule_id', python_name='schedule_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='ClientSchedule', paging='')  # fmt: skip
