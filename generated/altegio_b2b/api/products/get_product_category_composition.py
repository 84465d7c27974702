import sys
from typing import Any, cast

from ... import types as _types
from ...models.category_node import CategoryNode
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    category_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["count"] = count

    params["page"] = page

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/category_node/{location_id}/{category_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            category_id=_types.path_segment(category_id, "category_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> CategoryNode | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> CategoryNode | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(CategoryNode, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(CategoryNode | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    category_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> CategoryNode | None:
    """Example of a request to get the composition of a category

    Args:
        location_id (int):
        category_id (int):
        count (int | Unset):
        page (int | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        CategoryNode | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            category_id=category_id,
            count=count,
            page=page,
        ),
    )
