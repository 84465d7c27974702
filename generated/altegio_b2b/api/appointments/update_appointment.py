import sys
from typing import Any, cast

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
