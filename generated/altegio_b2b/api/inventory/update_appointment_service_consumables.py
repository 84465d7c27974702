import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.consumable import Consumable
from ...models.update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateAppointmentServiceConsumablesBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> list[Consumable] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Consumable] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Consumable, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Consumable] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody | Unset | dict[str, Any] = UNSET,
) -> list[Consumable] | None:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (UpdateAppointmentServiceConsumablesBody | Unset):

    Returns the answer's data (list[Consumable] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.update_appointment_service_consumables', method='PUT', path='/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}', summary='Update Consumables for the Appointment-Service Association', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='record_id', python_name='record_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='array', items='object', model='Consumable', paging='')  # fmt: skip
