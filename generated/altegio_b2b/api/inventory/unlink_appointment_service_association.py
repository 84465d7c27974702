import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.record_consumable_technological_card import RecordConsumableTechnologicalCard
from ...models.unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset | dict[str, Any] = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["delete_consumables"] = delete_consumables

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = UnlinkAppointmentServiceAssociationBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> list[RecordConsumableTechnologicalCard] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[RecordConsumableTechnologicalCard] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(RecordConsumableTechnologicalCard, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[RecordConsumableTechnologicalCard] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset | dict[str, Any] = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> list[RecordConsumableTechnologicalCard] | None:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (float | Unset):
        body (UnlinkAppointmentServiceAssociationBody | Unset):

    Returns the answer's data (list[RecordConsumableTechnologicalCard] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            delete_consumables=delete_consumables,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.unlink_appointment_service_association', method='DELETE', path='/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}', summary='Unlink Appointment-Service Association', auth='user', query=('delete_consumables',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='record_id', python_name='record_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=True, type='integer'), _Parameter(name='delete_consumables', python_name='delete_consumables', location='query', required=False, type='number')), body='json', body_required=False, answer='envelope', data='array', items='object', model='RecordConsumableTechnologicalCard', paging='')  # fmt: skip
