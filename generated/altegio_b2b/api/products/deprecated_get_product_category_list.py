import sys
from typing import Any, cast

from ... import types as _types
from ...models.deprecated_get_product_category_list_response import DeprecatedGetProductCategoryListResponse
from ...models.goods_category import GoodsCategory
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    category_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods_categories/{location_id}/{category_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            category_id=_types.path_segment(category_id, "category_id"),
        )
        if not isinstance(category_id, Unset)
        else "/goods_categories/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> DeprecatedGetProductCategoryListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(DeprecatedGetProductCategoryListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    category_id: int | Unset = UNSET,
) -> GoodsCategory | list[GoodsCategory] | None:
    """Get a list of product categories

    Args:
        location_id (int):
        category_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        GoodsCategory | list[GoodsCategory] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            category_id=category_id,
        ),
    )
