import sys
from typing import Any, cast

from ... import types as _types


def build_request(
    location_id: int,
    id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/service_category/{location_id}/{id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            id=_types.path_segment(id, "id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    id: int,
) -> Any | None:
    """Delete service category

    Args:
        location_id (int):
        id (int):

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
            id=id,
        ),
    )
