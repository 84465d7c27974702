import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.goods_category import GoodsCategory
from ...models.update_product_category_body import UpdateProductCategoryBody


def build_request(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
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


def parse_success(data: Any) -> GoodsCategory | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> GoodsCategory | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(GoodsCategory, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(GoodsCategory | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (GoodsCategory | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.products.update_product_category', method='PUT', path='/goods_categories/{location_id}/{category_id}', summary='Edit a Product Category', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='category_id', python_name='category_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='object', items='', model='GoodsCategory', paging='')  # fmt: skip
