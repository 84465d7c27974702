import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.record import Record
from ...models.update_appointment_body import UpdateAppointmentBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentBody | dict[str, Any],
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/record/{location_id}/{record_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = UpdateAppointmentBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | Record | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> None | Record:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(Record, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Record, data)

    response_201 = _parse_response_201(data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentBody | dict[str, Any],
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> None | Record | None:
    """Edit Appointment

     Fully updates an Appointment. This is not a partial update: for a standard Appointment, resend
    `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when only
    `custom_fields` needs to change. A missing required field returns `422`.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        body (UpdateAppointmentBody): Request body for creating or fully updating an Appointment.
            Required: staff_id, services, client, datetime, seance_length; or activity_id, client.

    Returns the answer's data (None | Record); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.update_appointment', method='PUT', path='/record/{location_id}/{record_id}', summary='Edit Appointment', auth='user', query=('include_consumables', 'include_finance_transactions'), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='record_id', python_name='record_id', location='path', required=True, type='integer'), _Parameter(name='include_consumables', python_name='include_consumables', location='query', required=False, type='number'), _Parameter(name='include_finance_transactions', python_name='include_finance_transactions', location='query', required=False, type='number')), body='json', body_required=True, answer='envelope', data='object', items='', model='Record', paging='')  # fmt: skip
