import sys
from typing import Any, cast

from ... import types as _types
from ...models.goods_category import GoodsCategory
from ...models.update_product_category_body import UpdateProductCategoryBody
from ...models.update_product_category_response import UpdateProductCategoryResponse


def build_request(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/goods_categories/{location_id}/{category_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            category_id=_types.path_segment(category_id, "category_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateProductCategoryBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> UpdateProductCategoryResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateProductCategoryResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody | dict[str, Any],
) -> GoodsCategory | None:
    """Edit a Product Category

     The method allows you to edit the product category

    Args:
        location_id (int):
        category_id (int):
        body (UpdateProductCategoryBody): Create a Product Category

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        GoodsCategory | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            category_id=category_id,
            body=body,
        ),
    )
