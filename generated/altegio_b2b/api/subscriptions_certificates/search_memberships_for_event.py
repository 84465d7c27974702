import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement import Abonement


def build_request(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> Abonement | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Abonement, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    *,
    event_id: int,
) -> Abonement | None:
    """Search available subscriptions for event

     Retrieves subscriptions that can be used to create a client schedule for a series of events.

    Args:
        location_id (int):
        client_id (int):
        event_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Abonement: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
        ),
    )
