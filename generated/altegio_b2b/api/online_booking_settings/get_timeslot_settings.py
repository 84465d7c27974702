import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_timeslot_settings_response import GetTimeslotSettingsResponse
from ...models.timeslot import Timeslot


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/settings/timeslots".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTimeslotSettingsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTimeslotSettingsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> None | Timeslot | None:
    """Get timeslot settings

     Retrieves the timeslot configuration for online booking at a location.

    Args:
        location_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Timeslot: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )
