import sys
from typing import Any, cast

from ... import types as _types
from ...models.record import Record
from ...models.update_appointment_body import UpdateAppointmentBody
from ...models.update_appointment_response import UpdateAppointmentResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentBody | dict[str, Any],
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> UpdateAppointmentResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(UpdateAppointmentResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Record: the answer's data.
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
