import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_appointment_consumables_response import GetAppointmentConsumablesResponse
from ...models.record_consumable import RecordConsumable


def build_request(
    location_id: int,
    record_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/technological_cards/record_consumables/{location_id}/{record_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            record_id=_types.path_segment(record_id, "record_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetAppointmentConsumablesResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetAppointmentConsumablesResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    record_id: int,
) -> list[RecordConsumable] | None:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        record_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[RecordConsumable] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            record_id=record_id,
        ),
    )
