import sys
from typing import Any, cast

from ... import types as _types
from ...models.duplicate_event_body import DuplicateEventBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    event_id: int,
    *,
    body: DuplicateEventBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/{location_id}/{event_id}/duplicate".format(
            location_id=_types.path_segment(location_id, "location_id"),
            event_id=_types.path_segment(event_id, "event_id"),
        ),
    }

    if isinstance(body, dict):
        body = DuplicateEventBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    event_id: int,
    *,
    body: DuplicateEventBody | Unset | dict[str, Any] = UNSET,
) -> Any | None:
    """Duplicate Event

     A request for duplication can be made in 3 ways:

    Args:
        location_id (int):
        event_id (int):
        body (DuplicateEventBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
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
