import sys
from typing import Any, cast

from ... import types as _types
from ...models.create_product_category_body import CreateProductCategoryBody
from ...models.create_product_category_response import CreateProductCategoryResponse
from ...models.goods_category import GoodsCategory


def build_request(
    location_id: int,
    *,
    body: CreateProductCategoryBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/goods_categories/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateProductCategoryBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CreateProductCategoryResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(CreateProductCategoryResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: CreateProductCategoryBody | dict[str, Any],
) -> GoodsCategory | None:
    """Create a Product Category

     The method allows you to create a product category.

    Args:
        location_id (int):
        body (CreateProductCategoryBody): Create a Product Category

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
            body=body,
        ),
    )
