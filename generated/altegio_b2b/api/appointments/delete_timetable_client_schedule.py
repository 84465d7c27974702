import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.delete_timetable_client_schedule_response_204_type_0 import DeleteTimetableClientScheduleResponse204Type0


def build_request(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
            client_schedule_id=_types.path_segment(client_schedule_id, "client_schedule_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> DeleteTimetableClientScheduleResponse204Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_204(data: object) -> DeleteTimetableClientScheduleResponse204Type0 | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_204_type_0 = _types.parse_model(DeleteTimetableClientScheduleResponse204Type0, data)

            if response_204_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_204_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(DeleteTimetableClientScheduleResponse204Type0 | None, data)

    response_204 = _parse_response_204(data)

    return response_204


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
) -> DeleteTimetableClientScheduleResponse204Type0 | None:
    """Delete Recurring Appointments

     Deletes a recurring appointment series and all associated future appointments.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):

    Returns the answer's data (DeleteTimetableClientScheduleResponse204Type0 | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.delete_timetable_client_schedule', method='DELETE', path='/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}', summary='Delete Recurring Appointments', auth='user', query=(), deprecated=False, status=204, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='schedule_id', python_name='schedule_id', location='path', required=True, type='integer'), _Parameter(name='client_schedule_id', python_name='client_schedule_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='', paging='')  # fmt: skip
