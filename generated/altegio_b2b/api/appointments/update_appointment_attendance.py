import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.attendance import Attendance
from ...models.update_appointment_attendance_body import UpdateAppointmentAttendanceBody


def build_request(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/records/{record_id}/attendance".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateAppointmentAttendanceBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Attendance | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> Attendance | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Attendance, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Attendance | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody | dict[str, Any],
) -> Attendance | None:
    """Change Appointment attendance status

     Change the attendance status of one Appointment without resending the full Appointment. The body
    field is `attendance` (not `visit_attendance`). The supported statuses are `-1` (did not come), `0`
    (waiting), `1` (came), and `2` (confirmed). Read the current status from the Appointment first.

    Args:
        location_id (int):
        record_id (int):
        body (UpdateAppointmentAttendanceBody):

    Returns the answer's data (Attendance | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.update_appointment_attendance', method='POST', path='/company/{location_id}/records/{record_id}/attendance', summary='Change Appointment attendance status', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='record_id', python_name='record_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='object', items='', model='Attendance', paging='')  # fmt: skip
