import sys
from typing import Any, cast

from ... import types as _types
from ...models.category_node import CategoryNode
from ...models.get_product_category_composition_response import GetProductCategoryCompositionResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    category_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

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


def parse_success(data: Any) -> GetProductCategoryCompositionResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetProductCategoryCompositionResponse, data)

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
