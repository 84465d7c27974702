import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_product_category_list_response import GetProductCategoryListResponse
from ...models.goods_category import GoodsCategory


def build_request(
    location_id: int,
    parent_category_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/goods_categories/{parent_category_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            parent_category_id=_types.path_segment(parent_category_id, "parent_category_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetProductCategoryListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetProductCategoryListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    parent_category_id: int,
) -> list[GoodsCategory] | None:
    """Example of a request to get categories

    Args:
        location_id (int):
        parent_category_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[GoodsCategory] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            parent_category_id=parent_category_id,
        ),
    )
