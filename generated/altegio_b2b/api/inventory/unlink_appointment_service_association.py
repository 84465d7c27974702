import sys
from typing import Any, cast

from ... import types as _types
from ...models.technological_card import TechnologicalCard
from ...models.unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
from ...models.unlink_appointment_service_association_response import UnlinkAppointmentServiceAssociationResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset | dict[str, Any] = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> UnlinkAppointmentServiceAssociationResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UnlinkAppointmentServiceAssociationResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset | dict[str, Any] = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> list[TechnologicalCard] | None:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (float | Unset):
        body (UnlinkAppointmentServiceAssociationBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[TechnologicalCard] | None: the answer's data.
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
