import sys
from typing import Any, cast

from ... import types as _types
from ...models.consumable import Consumable
from ...models.update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
from ...models.update_appointment_service_consumables_response import UpdateAppointmentServiceConsumablesResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> UpdateAppointmentServiceConsumablesResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateAppointmentServiceConsumablesResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Consumable] | None: the answer's data.
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
