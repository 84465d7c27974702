import sys
from typing import Any, cast

from ... import types as _types
from ...models.activity import Activity
from ...models.update_event_body import UpdateEventBody
from ...models.update_event_response import UpdateEventResponse


def build_request(
    location_id: int,
    event_id: int,
    *,
    body: UpdateEventBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/{location_id}/{event_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            event_id=_types.path_segment(event_id, "event_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateEventBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> UpdateEventResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateEventResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    event_id: int,
    *,
    body: UpdateEventBody | dict[str, Any],
) -> Activity | None:
    """Deprecated. Update Event

    Args:
        location_id (int):
        event_id (int):
        body (UpdateEventBody): Event creation/update request body

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Activity | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            event_id=event_id,
            body=body,
        ),
    )
