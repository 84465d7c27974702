import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_service_category_response import GetServiceCategoryResponse
from ...models.service_category import ServiceCategory


def build_request(
    location_id: int,
    id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_category/{location_id}/{id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            id=_types.path_segment(id, "id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetServiceCategoryResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetServiceCategoryResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    id: int,
) -> list[ServiceCategory] | None:
    """Get service category

    Args:
        location_id (int):
        id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[ServiceCategory] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            id=id,
        ),
    )
